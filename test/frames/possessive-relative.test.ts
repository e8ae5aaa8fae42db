// "the trust's members, whose number has grown … to 3,150": a word that numbers right after a
// possessor's relative word (the packs' grammar.possessiveRelatives) numbers the noun before that
// word — members, not a number. With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("a number after a possessor's relative word", () => {
  it("is of the noun before it", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const heads = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames.map((f) => f.head?.key);
    expect(heads("The rest came from the trust's members, whose number has grown by 12 per cent in a year to 3,150.", "en")).toEqual(["members", "members"]);
    expect(heads("Resten kom fra foreningens medlemmer, hvis antal er steget til 3.150 på et år.", "da")).toEqual(["members"]);
  });
});
