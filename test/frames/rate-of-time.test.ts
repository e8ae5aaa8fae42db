// A rate of time right after an amount ("a year", "om året": the packs' rates.perTime) says how
// often, not what the amount is about: "He earns £9,870 a year" is no amount of years. With the
// built-in lexicon, where "year" is a concept.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("a rate of time after an amount", () => {
  it("is not what the amount is about", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const head = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].head?.key;
    expect(head("He earns £9,870 a year for his work.", "en")).not.toBe("years");
    expect(head("He earns £9,870 a year for two shifts a day.", "en")).not.toBe("years");
    expect(head("Adult members will pay £395 a year.", "en")).toBe("members");
    expect(head("Mawby tjener 8.870 pund om året.", "da")).not.toBe("years");
  });
});
