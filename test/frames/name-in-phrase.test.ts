// A name right before a noun is part of the phrase a preposition opens ("i Vestkøbing bymidte",
// "from Sandholme Rotary Club"): the phrase is skipped when looking for what a figure is about, as
// it is without the name (src/frames/index.ts, phraseNear). From test/newdocs/natteravne-vestkoebing.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Færre anmeldelser",
  "",
  "Ifølge politiet faldt antallet af anmeldelser om hærværk i Nørreby bymidte fra 143 i 2022 til 97 i fjor.",
].join("\n");

describe("a name inside a prepositional phrase", () => {
  it("leaves the figure to the noun before the phrase", async () => {
    const checker = await checkerFor(SOURCE, "da", "2024-11-05");
    expect(verdictOf(checker, "Police received roughly 140 reports of vandalism in the town centre in 2022.")).toBe("match");
    expect(verdictOf(checker, "The police recorded nearly 100 reports of vandalism in the town centre last year.")).toBe("match");
    expect(verdictOf(checker, "The police recorded 143 reports of vandalism in the town centre last year.")).toBe("mismatch");
  });
});
