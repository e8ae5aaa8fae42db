// An adverb of the clause is never what a figure counts: "who together weigh about 1.9 tonnes" is
// about the horses, not about "together" (English "together", as Danish "tilsammen", is a stop word
// of the pack's grammar).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";

describe("an adverb of the clause, with the built-in lexicon", () => {
  it("is not what a figure counts or is about", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    // (what it counts or is about: its head and the clause's topic)
    const about = (text: string, lang: "en" | "da" = "en") => {
      const [frame] = readFrames(text, parseFigures(text, lang), lang, index).frames;
      return [frame.head, ...frame.topic].map((s) => s?.text.toLowerCase());
    };
    expect(about("The two horses together weigh about 1.9 tonnes.")).not.toContain("together");
    expect(about("The two horses weigh about 1.9 tonnes together.")).not.toContain("together");
    expect(about("De to heste vejer tilsammen omkring 1,9 ton.", "da")).not.toContain("tilsammen");
  });
});
