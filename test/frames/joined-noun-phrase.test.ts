// What a noun phrase joined by "and" to the one a count counts names is counted too: "43 floats
// and walking groups took part" counts the groups as well as the floats (not "43 floats and 12
// groups", where the groups have a figure of their own).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { extractFacts } from "../../src/facts/extract.js";

describe("a noun phrase joined by 'and' after a count", () => {
  it("is counted too", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frame = (text: string, lang: "en" | "da" = "en") => readFrames(text, parseFigures(text, lang), lang, index).frames[0];
    const words = (text: string, lang: "en" | "da" = "en") => [frame(text, lang).joined?.text];
    expect(words("A total of 43 floats and walking groups took part.")).toContain("groups");
    expect(words("Der deltog 43 vogne og gående grupper.", "da")).toContain("grupper");
    expect(words("A total of 43 floats and 12 groups took part.")).not.toContain("groups");
  });

  it("is a subject of the fact extract drafts", async () => {
    const text = "Carnival draws crowds\n\nA total of 43 floats and walking groups took part, compared with 37 in 2024.";
    const draft = await extractFacts(text, { id: "carnival", lang: "en", date: "2025-07-12", markdown: false });
    const subject = JSON.stringify(draft.facts.find((f) => f.figure.value === 43)?.terms.subject);
    expect(subject).toContain("groups");
    expect(subject).toContain("floats");
  });
});
