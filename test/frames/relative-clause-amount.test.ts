// An amount in a relative clause whose relative word is its subject ("…, which peaked at 19.1 per
// cent") is of the phrase the clause is said of, right before it, and the word after the relative
// word is the clause's verb, not a thing counted (src/frames/index.ts). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Food bank demand eases",
  "",
  "The food bank handed out 4,120 parcels last year, up from 3,650 the year before.",
  "",
  "Its manager added that food price inflation, which peaked at 19.1 per cent in 2023, had eased to around 3 per cent, giving families some relief.",
].join("\n");

async function frames(sentence: string) {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  return readFrames(sentence, parseFigures(sentence, "en"), "en", index).frames;
}

describe("an amount in a relative clause", () => {
  it("is of the phrase the clause is said of", async () => {
    const [peak] = await frames("Its manager added that food price inflation, which peaked at 19.1 per cent in 2023, had eased.");
    expect(peak.head?.text).toBe("inflation");
    expect(peak.predicates.map((p) => p.text)).toContain("peaked");
  });

  it("so a claim about that phrase is checked against it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-02-10");
    expect(verdictOf(checker, "Food price inflation peaked at 19.1% in 2023.")).toBe("match");
    expect(verdictOf(checker, "Food price inflation peaked at 21.3% in 2023.")).toBe("mismatch");
  });

  it("is of the noun right before it when no phrase before it is the clause's own, though a preposition opens it", async () => {
    const [, insurance] = await frames("Most of the money went on insurance, which came to £11,750.");
    expect(insurance.head?.text).toBe("insurance");
    // (an adverb may stand before the clause's verb; a pronoun, the clause's own subject, not)
    const [, alone] = await frames("Most of it went on stewards and insurance, which alone came to £11,750.");
    expect(alone.head?.text).toBe("insurance");
    const [, paid] = await frames("Most of it went on insurance, which we paid with £11,750.");
    expect(paid.head?.text).not.toBe("insurance");
  });
});
