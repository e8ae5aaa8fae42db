// "stemte 6-1 for bevillingen": the second count of a vote's score counts what the first does, not
// the noun after it (six votes to one, not one grant). With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("the second count of a vote's score", () => {
  it("shares the first's head", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const heads = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames.map((f) => [f.head?.key, f.counted]);
    const [six, one] = heads("Kultur- og fritidsudvalget stemte 6-1 for bevillingen.", "da");
    expect(one).toEqual(six);
    expect(one[0]).not.toBe("funding");
    const [seven, two] = heads("The committee voted 7-2 for the grant.", "en");
    expect(two).toEqual(seven);
  });
});
