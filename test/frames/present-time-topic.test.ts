// The words of a present time ("i dag", "today", "currently") say when, not what a figure is
// about (src/frames/index.ts): "Tallet stiger fra 4.870 i dag til 6.930 i 2035" is about no days,
// and "I dag er der 11 aktive stråtækkere" is a count of thatchers (before, "days" was the first
// of each figure's topic, and a fact drafted from it was about days).
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";

async function topicOf(sentence: string, lang: "en" | "da"): Promise<string[]> {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  return readFrames(sentence, parseFigures(sentence, lang), lang, index).frames[0]?.topic.map((t) => t.key) ?? [];
}

describe("a present time", () => {
  it("is no topic of a figure", async () => {
    expect(await topicOf("Tallet stiger fra 4.870 i dag til 6.930 i 2035.", "da")).not.toContain("days");
    expect(await topicOf("The figure rises from 4,870 today to 6,930 in 2035.", "en")).not.toContain("days");
  });
  it("while a day that is no present time still is", async () => {
    expect(await topicOf("Dagen bød på 4.870 besøgende.", "da")).toContain("days");
  });
});
