// "…, mens de i resten af kommunen er steget med 2,1 procent": a clause whose words before its
// verb are a pronoun and a phrase after a preposition names no subject of its own; it shares the
// sentence's (the house prices). With the built-in lexicon, and end to end on a source drafted by
// extract.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SENTENCE = "Huspriserne i Sølvkær er faldet med 6,5 procent, mens de i resten af kommunen er steget med 2,1 procent.";

describe("a clause with only a prepositional phrase before its verb", () => {
  it("shares the sentence's subject", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const [, second] = readFrames(SENTENCE, parseFigures(SENTENCE, "da"), "da", index).frames;
    expect(second.head?.key).toBe("prices");
  });

  it("ties a claim of the prices there", async () => {
    const checker = await checkerFor(["Boligmarkedet", "", SENTENCE].join("\n"), "da", "2025-06-01");
    expect(verdictOf(checker, "In the rest of the municipality house prices have risen by 2.1 per cent.")).toBe("match");
    expect(verdictOf(checker, "In the rest of the municipality house prices have risen by 3.1 per cent.")).toBe("mismatch");
  });
});
