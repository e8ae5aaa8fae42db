// The character tests decide by ranges what Unicode property classes decide: the same answer for
// every code point. And the word tokenizer built on them splits as /[\p{L}\p{M}\p{N}]+/gu does.
import { describe, expect, it } from "vitest";
import { hasNumberChar, isLetterOrMark, isNumberChar } from "../../src/lang/chars.js";
import { tokenize } from "../../src/text/tokens.js";

describe("isLetterOrMark and isNumberChar", () => {
  it("agree with \\p{L}\\p{M} and \\p{N} on every code point", () => {
    const lm = /^[\p{L}\p{M}]$/u;
    const n = /^\p{N}$/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const s = String.fromCodePoint(cp);
      if (isLetterOrMark(cp) !== lm.test(s)) wrong.push(`L/M U+${cp.toString(16)}`);
      if (isNumberChar(cp) !== n.test(s)) wrong.push(`N U+${cp.toString(16)}`);
      if (wrong.length > 20) break;
    }
    expect(wrong).toEqual([]);
  });

  it("find a number character anywhere in a string", () => {
    expect(hasNumberChar("km²")).toBe(true);
    expect(hasNumberChar("x𝟙")).toBe(true);
    expect(hasNumberChar("højst")).toBe(false);
    expect(hasNumberChar("")).toBe(false);
  });
});

describe("tokenize", () => {
  const reference = (text: string) =>
    [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ raw: m[0], start: m.index, end: m.index + m[0].length }));

  it.each([
    "347 refugees crossed into Tajikistan",
    "USA's troops, U.S. forces and Tadsjikistans grænse",
    "Søren Kierkegaard — 2,448 ½ km² ¼ 𝐀𝐁𝐂 x\uD800y \uDC00z",
    "e\u0301te cafe\u0301 ١٢٣ 東京 Ⅻ",
    "9\u200B9 kr.\u00A0500 'quoted' «citat»",
  ])("splits %s as the Unicode regular expression does", (text) => {
    expect(tokenize(text).map(({ raw, start, end }) => ({ raw, start, end }))).toEqual(reference(text));
  });

  it("lower-cases in NFC", () => {
    expect(tokenize("E\u0301TAT")[0].lower).toBe("état");
  });
});

describe("tokenize: pauses between words", () => {
  // (no phrase of the lexicon runs across a pause: see src/frames/occurrences.ts)
  const paused = (text: string) => tokenize(text).filter((t) => t.pause).map((t) => t.raw);
  it("marks a word after a comma, semicolon, colon, bracket or spaced dash", () => {
    expect(paused("visitors in 2024, the highest; number: (up) – now — then—so")).toEqual(["the", "number", "up", "now", "then", "so"]);
  });
  it("not a comma or colon between digits, a point, or a dash inside a word or span", () => {
    expect(paused("684,300 visitors at 10:30 in the U.S. from July–September, the well-known 2023-24 season")).toEqual(["the"]);
  });
});
