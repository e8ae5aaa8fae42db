// "1.162 medlemmer, hvoraf 734 spiller padel": after a partitive relative ("of whom", "hvoraf") a
// count followed by a verb is that verb's subject, a part of the whole before: it counts members,
// not padel. A count followed by a noun still counts the noun. With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("a count after a partitive relative, then a verb", () => {
  it("counts the whole's noun", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const heads = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames.map((f) => f.head?.key);
    expect(heads("Klubben har i dag 1.162 medlemmer, hvoraf 734 spiller padel.", "da")).toEqual(["members", "members"]);
    expect(heads("The club has 1,162 members, of whom 734 play padel.", "en")).toEqual(["members", "members"]);
    expect(heads("Klubben har 1.162 medlemmer, hvoraf 734 kvinder.", "da")).toEqual(["members", "women"]);
  });
});
