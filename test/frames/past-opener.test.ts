// A sentence that opens with a word of before and a word that is no figure ("Before the expansion,
// …", "Før jordfordelingen …") says what held before then: its amounts are values from before, the
// value a change started from ("faldet fra 214 til 131"). Not "Before 2020" (a bound in time), nor
// a sentence of the future ("Before the new wing opens, the clinic will hire ten vets").
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a sentence opening with a word of before", () => {
  it("gives values from before", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const previous = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames.find((f) => f.figure.kind === "count")?.previous === true;
    expect(previous("Before the expansion, the clinic had ten vets.", "en")).toBe(true);
    expect(previous("Prior to the merger the bank had 412 branches.", "en")).toBe(true);
    expect(previous("Før jordfordelingen var der 214 marklodder i området.", "da")).toBe(true);
    expect(previous("Before the new wing opens, the clinic will hire ten vets.", "en")).toBe(false);
    expect(previous("The clinic had ten vets before the expansion began.", "en")).toBe(false);
  });

  it("is about the value a change started from", async () => {
    const source = ["Færre marker", "", "Antallet af marklodder i området er faldet fra 214 til 131, og afstanden fra gård til mark er faldet fra 3,8 til 1,4 kilometer."].join("\n");
    const checker = await checkerFor(source, "da", "2025-06-01");
    expect(verdictOf(checker, "Før jordfordelingen var der 214 marklodder i området.")).toBe("match");
    expect(verdictOf(checker, "Før jordfordelingen var der 131 marklodder i området.")).toBe("mismatch");
    expect(verdictOf(checker, "I dag er der 131 marklodder i området.")).toBe("match");
  });
});
