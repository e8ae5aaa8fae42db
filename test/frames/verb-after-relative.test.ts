// A figure's clause with no verb, a relative clause set off after it and a clause that opens with
// its verb: that verb says what happened to the figure, not the relative clause's ("212 af de
// medlemmer, der stemte, bakkede op om planen" backed the plan; src/frames/index.ts,
// relativeSetOff).
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("the verb after a relative clause set off after a figure", () => {
  it("is the figure's", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frame = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0];
    const predicates = (text: string, lang: Lang) => frame(text, lang).predicates.map((p) => p.key);
    expect(predicates("212 af de medlemmer, der stemte, bakkede op om planen.", "da")).toEqual(["support"]);
    expect(predicates("Halvdelen af de 400 medlemmer, der stemte, sagde ja til planen.", "da")).toEqual(["say"]);
    expect(frame("The 212 members, who voted on Monday, backed the plan.", "en").topic.map((t) => t.text)).toContain("plan");
  });
});
