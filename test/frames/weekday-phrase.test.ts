// A noun right after weekdays that a preposition opens ("on Friday and Saturday nights") is in
// that phrase, which says when: it is not what a figure of the clause counts ("The number of door
// staff on Friday and Saturday nights must rise from six to eight" counts door staff). A date's
// noun is not ("fra 1. oktober acontoprisen på mælk": the price).
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import type { Lang } from "../../src/types.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

async function headOf(sentence: string, lang: Lang, nth = 0): Promise<string | undefined> {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  const frames = readFrames(sentence, parseFigures(sentence, lang), lang, index).frames.filter((f) => f.figure.kind !== "weekday");
  return frames[nth]?.head?.key;
}

describe("a noun after weekdays in a phrase of a preposition", () => {
  it("is no head of the clause's figures", async () => {
    expect(await headOf("The number of door staff on Friday and Saturday nights must rise from six to eight.", "en", 1)).toBe("workers");
  });

  it("while a date's noun still is", async () => {
    expect(await headOf("Mejeriet hæver fra 1. oktober acontoprisen på mælk med 8,5 øre til 3,42 kr. pr. kilo.", "da", 1)).toBe("?acontoprisen");
  });

  it("so a claim of the door staff is checked against them", async () => {
    const source = ["Nightclub licence", "", "The number of door staff on Friday and Saturday nights must rise from six to eight, and CCTV footage must be kept for 31 days instead of 14."].join("\n");
    const checker = await checkerFor(source, "en", "2025-03-03");
    expect(verdictOf(checker, "The club will have to employ eight door staff on Friday and Saturday nights.")).toBe("match");
    expect(verdictOf(checker, "The club will have to employ ten door staff on Friday and Saturday nights.")).toBe("mismatch");
  });
});
