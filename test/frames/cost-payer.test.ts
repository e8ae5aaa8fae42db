// An amount of money right after who pays it, after "cost" ("The new roof cost the council
// £40,000"), is what costs it, before the verb: the one who pays is the nearest noun phrase before
// the figure, but not what the amount is of (src/frames/index.ts, costBefore).
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

async function heads(sentence: string, lang: "en" | "da"): Promise<(string | undefined)[]> {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  return readFrames(sentence, parseFigures(sentence, lang), lang, index).frames.map((f) => f.head?.text);
}

describe("an amount of money after who pays it", () => {
  it("is of what costs it", async () => {
    expect(await heads("The new roof cost the council £40,000.", "en")).toEqual(["roof"]);
    expect(await heads("Insurance for the day cost the organisers £22,600.", "en")).toEqual(["Insurance"]);
    expect(await heads("Renoveringen af skolen kostede kommunen 40.000 kr.", "da")).toEqual(["Renoveringen"]);
  });

  it("is of who pays it when nothing before the verb is named", async () => {
    expect(await heads("It will cost taxpayers £2m.", "en")).toEqual(["taxpayers"]);
  });

  it("so a claim of what costs it is checked against it", async () => {
    const SOURCE = ["Cheese rolling", "", "Insurance alone cost the organisers £11,750, and an online appeal raised £22,600."].join("\n");
    const checker = await checkerFor(SOURCE, "en", "2025-06-01");
    expect(verdictOf(checker, "Insurance cost the organisers £11,750.")).toBe("match");
    expect(verdictOf(checker, "Insurance for the day cost the organisers £22,600.")).toBe("mismatch");
  });
});
