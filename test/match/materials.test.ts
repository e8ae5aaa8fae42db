// What quarries and builders move is named in both packs' lexicons (stone, limestone, granite,
// chalk, gravel, concrete, asphalt, timber), so that a claim in the other language ties the
// source's tonnes: "kalksten" is limestone. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Quarry plan goes to appeal",
  "",
  "The operator says the northern extension would release about 2.5 million tonnes of limestone over twenty years.",
  "",
  "Lorries would carry 400,000 tonnes of gravel a year along the village road.",
].join("\n");

describe("building materials", () => {
  it("tie across languages", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-09-02");
    expect(verdictOf(checker, "Udvidelsen vil give adgang til omkring 2,5 millioner ton kalksten.")).toBe("match");
    expect(verdictOf(checker, "Lastbilerne skal transportere 400.000 ton grus om året.")).toBe("match");
    expect(verdictOf(checker, "Lastbilerne skal transportere 500.000 ton grus om året.")).toBe("mismatch");
  });
});
