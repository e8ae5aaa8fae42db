// "Det er 38 færre end i fjor": a count of how many more (or fewer) with no noun after its
// comparative counts no "færre"; what it counts is said before it, else in the sentence before.
// With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("a comparative with no noun after it", () => {
  it("is no head", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const heads = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames.map((f) => f.head?.text);
    expect(heads("Det er 38 færre end i fjor og det laveste antal.", "da")).toEqual([undefined]);
    expect(heads("That is 38 fewer than last year.", "en")).toEqual([undefined]);
    // (a noun after it is still what it counts)
    expect(heads("We hired 38 more staff than last year.", "en")).toEqual(["staff"]);
    expect(heads("I år er der 38 færre konfirmander end i fjor.", "da")).toEqual(["konfirmander"]);
  });
});
