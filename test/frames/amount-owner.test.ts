// "en gæld til kommunen på 2,8 mio. kr.": past a phrase that says to or from whom (the packs'
// grammar.amountOwners), the noun before the amount's "på"/"of" is what it counts — the debt, not
// the municipality. With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("an amount after a noun and a phrase of to or from whom", () => {
  it("counts the noun", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const head = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].head?.key;
    expect(head("Vi har stadig en gæld til kommunen på 2,8 mio. kr.", "da")).toBe("debt");
    expect(head("The club still has a debt to the council of £280,000.", "en")).toBe("debt");
    // (not past another preposition: "the year with income of £31,200" is no year)
    expect(head("The charity ended its financial year with income of £31,200.", "en")).not.toBe("years");
  });
});
