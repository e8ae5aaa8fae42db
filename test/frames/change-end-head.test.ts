// "has grown from 2,340 at the 2011 census to an estimated 2,910 today": the value a change ends at
// (after the packs' newValue word, past a hedge) counts what the value it started from (after
// previousValue) counts, whatever noun stands between them. With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";

describe("the value a change ends at", () => {
  it("counts what the value it started from counts", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const text = "Pennock's population has grown from 2,340 at the 2011 census to an estimated 2,910 today.";
    const frames = readFrames(text, parseFigures(text, "en"), "en", index).frames;
    expect(frames.map((f) => [f.figure.value, f.head?.key])).toEqual([
      [2340, "population"],
      [2011, "?census"],
      [2910, "population"],
    ]);
  });
});
