// A past form the endings miss ("ran", "løb") is a verb, not the noun a figure is about: "The
// building work ran five weeks over schedule" is about the building work.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("an irregular past form", () => {
  it("is no head", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const head = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].head?.key;
    expect(head("The building work ran five weeks over schedule.", "en")).toBe("construction");
    expect(head("Byggeriet trak tre uger ud.", "da")).not.toMatch(/trak/);
  });
});

describe("a noun's verb form, known by its stem only", () => {
  // "averaged" (average) between a noun and its number is the verb; "aged under 30" is no verb.
  it("is a verb right before its number", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frame = (text: string) => readFrames(text, parseFigures(text, "en"), "en", index).frames[0];
    expect(frame("The winning hen averaged 1312 yards a minute.").head?.key).not.toBe("average");
    expect(frame("There are now 214 members aged under 30.").predicates.map((p) => p.key)).not.toContain("age");
  });
});
