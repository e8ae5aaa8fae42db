// A claimed number that one fact gives, in another quote than the facts the claim's words tie, is
// not that fact's when it counts another thing and shares no word with the claim, and the words
// tie a fact of the claim's kind by more than its noun: "The village hall has 1,162 member
// households" against a hall of 212 member households in a village of 1,162 residents mixes the
// two up. Sharing a word, it may still be the fact's, its counted thing misread ("812 patients
// were in hospital with flu" against 812 admissions); tied by the noun alone, the claim may be of
// the whole ("Danseskolen har 1.284 elever" against hiphop's 412 pupils, test/commands/extract).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const DANISH = [
  "Fællesspisning samler landsbyen",
  "",
  "Østerby har 1.162 indbyggere. Forsamlingshuset blev bygget i 1898 og har i dag 212 medlemshusstande.",
].join("\n");

describe("a number given by a fact of another thing", () => {
  it("is the tied fact's figure mixed up", async () => {
    const checker = await checkerFor(DANISH, "da", "2025-02-10");
    expect(verdictOf(checker, "The village hall has 1,162 member households.")).toBe("mismatch");
    expect(verdictOf(checker, "The village hall has 212 member households.")).toBe("match");
    expect(verdictOf(checker, "Østerby has 1,162 residents.")).toBe("match");
  });
});
