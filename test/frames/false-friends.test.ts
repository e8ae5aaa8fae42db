// A word of one language's lexicon that is another, common word of the other language is written
// with "=" (matched as written, in its own language only): the Danish "rent" of "gøre et
// klasseværelse rent" (to clean a classroom) is no English rent, the "gang" of "for første gang" no
// gang. Before, "11 minutter" counted rent.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("a word that is another word in the other language", () => {
  it("is read only in its own", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const keys = (text: string, lang: Lang) => {
      const f = readFrames(text, parseFigures(text, lang), lang, index).frames[0];
      return [f.head, ...f.modifiers, ...f.topic].flatMap((s) => (s?.known ? [s.key] : []));
    };
    expect(keys("Hun har i dag 11 minutter til at gøre et klasseværelse rent.", "da")).not.toContain("rent");
    expect(keys("Hun har i dag 11 minutter til at gøre et klasseværelse rent.", "da")).not.toContain("lease");
    // (the pronoun "man" is a Danish stop word, no English man; "gang", a time, is no gang)
    expect(keys("Man regner med 300 gæster til festen.", "da")).not.toContain("men");
    expect(keys("For første gang deltog 40 skoler i løbet.", "da")).not.toContain("gangs");
    expect(keys("The two men were each fined £300.", "en")).toContain("men");
    expect(keys("The rent went up by £40 a month.", "en")).toContain("rent");
    expect(keys("Tenants now pay £40 more in rents.", "en")).toContain("rent");
  });
});
