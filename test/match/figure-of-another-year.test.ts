// A fact tied by its figure alone (the claim's words tie only facts of another kind) is not one of
// another year than the claim's when its quote gives a figure of its unit for the claim's year:
// "fik 20.000 kr. i år" against "i år fået 35.000 kr. …, mod 20.000 kr. i fjor" is no match
// (src/match/index.ts, tieByFigure). From test/newdocs/natteravne-vestkoebing.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Natteravne",
  "",
  "Natteravnene har i år gået 31 ture i byens gader.",
  "",
  "På turene har natteravnene i år hjulpet 118 unge.",
  "",
  "Foreningen har i år fået 35.000 kr. fra kommunens pulje til frivilligt socialt arbejde, mod 20.000 kr. i fjor.",
].join("\n");

describe("a figure tied by its number alone", () => {
  it("is not of another year than the claim's when its quote gives one of that year", async () => {
    const checker = await checkerFor(SOURCE, "da", "2024-11-05");
    expect(verdictOf(checker, "Natteravnene fik 20.000 kr. fra kommunens pulje i år.")).not.toBe("match");
    expect(verdictOf(checker, "Foreningen fik 20.000 kr. fra kommunens pulje i fjor.")).toBe("match");
    expect(verdictOf(checker, "Foreningen fik 35.000 kr. fra kommunens pulje i år.")).toBe("match");
  });
});
