// Where compounds are written as one word (Danish), a word right after a known noun that is a
// verb as well as a noun is the clause's verb, not a noun of a compound written apart
// (src/frames/index.ts): "18 fly angreb tyske skibe" counts aircraft, not ships. Not after a
// genitive, whose noun it is ("butikkens overskud").
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";

async function headOf(sentence: string, figure = 0): Promise<string | undefined> {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  return readFrames(sentence, parseFigures(sentence, "da"), "da", index).frames[figure]?.head?.key;
}

describe("a Danish word after a noun that is a verb as well", () => {
  it("ends the noun phrase the figure counts", async () => {
    expect(await headOf("Bomben stammer fra luftangrebet den 11. oktober 1944, hvor 18 fly angreb tyske skibe ved kajen.", 1)).toBe("aircraft");
  });
  it("is a genitive's noun", async () => {
    expect(await headOf("Ungdomsafdelingen fik 60.000 kr. af butikkens overskud.")).not.toBe("shops");
  });
});
