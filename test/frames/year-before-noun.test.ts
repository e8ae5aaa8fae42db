// "the 2026 championship": a year between a determiner and a noun is that noun's, as a possessive
// date's is ("Tuesday's general election"), not the time of the clause's verb. With the built-in
// lexicon; and end to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a year before a noun", () => {
  it("is the noun's", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frame = (text: string) => readFrames(text, parseFigures(text, "en"), "en", index).frames[0];
    expect(frame("Organisers have fixed the 2026 championship for Saturday 15 August.").head?.key).toBe("championship");
    expect(frame("Organisers have fixed the 2026 championship for Saturday 15 August.").predicates).toEqual([]);
    // (not a year after a preposition alone, nor one before no noun)
    expect(frame("The championship was first held in 1998 in Dunleigh.").head?.key).not.toBe("dunleigh");
  });

  it("dates the date of the claim", async () => {
    const source = ["Town criers", "", "The council has already confirmed that next year's championship will take place on Saturday 15 August 2026."].join("\n");
    const checker = await checkerFor(source, "en", "2025-08-18");
    expect(verdictOf(checker, "Organisers have fixed the 2026 championship for Saturday 15 August.")).toBe("match");
    expect(verdictOf(checker, "Organisers have fixed the 2026 championship for Saturday 22 August.")).toBe("mismatch");
  });
});
