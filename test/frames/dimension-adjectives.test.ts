// An adjective of size after a measure ("long", "lang", "høj") is no noun the measure is of: before
// a noun it is passed over ("en 6,5 meter lang gummibåd" measures the boat), and ending the phrase
// it leaves the measure to its clause's subject ("Sejlrenden bliver 150 meter bred"). With the
// built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("an adjective of size after a measure", () => {
  it("is passed over before a noun, and leaves the measure to the subject at the phrase's end", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const head = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].head?.key;
    expect(head("Politiet og kommunens naturvejleder vil patruljere i en 6,5 meter lang gummibåd.", "da")).toBe("rubber-dinghies");
    expect(head("Sejlrenden bliver 150 meter bred.", "da")).toBe("?sejlrenden");
    expect(head("The diving tower is ten metres high.", "en")).toBe("towers");
    expect(head("The council built an 8-metre high wall.", "en")).toBe("?wall");
  });
});
