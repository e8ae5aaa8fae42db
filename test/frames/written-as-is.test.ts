// A word of the lexicon written as is ("=love", Danish laws) is matched in its own language only;
// a name is written alike in every language (src/frames/occurrences.ts). With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("a word of the lexicon written as is", () => {
  it("is of its own language only", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const keys = (text: string, lang: Lang) => {
      const [frame] = readFrames(text, parseFigures(text, lang), lang, index).frames;
      return [frame.head, ...frame.topic, ...frame.predicates, ...frame.context].filter((s) => s !== null).map((s) => s!.key);
    };
    // (Danish "love" are laws, "sad" is sat; the English words are neither)
    expect(keys("Folketinget vedtog 12 nye love.", "da")).toContain("law");
    expect(keys("Residents love the 12 new benches.", "en")).not.toContain("law");
    expect(keys("Hun sad i byrådet i 12 år.", "da")).toContain("sit");
    expect(keys("Residents were sad that 12 benches went.", "en")).not.toContain("sit");
  });
});
