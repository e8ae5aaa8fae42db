import { describe, expect, it } from "vitest";
import { detectLanguage, parseFigures } from "../../src/figures/index.js";
import type { Lang } from "../../src/types.js";

const N = 100_000;

/**
 * How much longer parsing the whole input takes than parsing an eighth of it (the same pattern):
 * linear time is 8, and 12 is the limit — a ratio measured in one run, in the CPU time of this
 * process, which holds on a busy machine as a wall-clock budget does not. Each time is the least
 * of its runs (after one run to warm up, three of the eighth and one of the whole; while the ratio
 * is over the limit, as many again, twice at most), so a pause of the machine or the collector in
 * one run does not count; an input that is slower than linear is so in every run. The eighth
 * counts as at least MIN_EIGHTH_MS (below that, noise rules).
 */
function growth(parse: (text: string) => unknown, text: string): number {
  const eighth = text.slice(0, Math.floor(text.length / 8));
  const cpu = (run: () => unknown) => {
    const t0 = process.cpuUsage();
    run();
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  parse(eighth);
  let small = Infinity;
  let whole = Infinity;
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio > MAX_GROWTH; attempt++) {
    for (let k = 0; k < 3; k++) small = Math.min(small, cpu(() => parse(eighth)));
    whole = Math.min(whole, cpu(() => parse(text)));
    ratio = whole / Math.max(small, MIN_EIGHTH_MS);
  }
  return ratio;
}
const MAX_GROWTH = 12;
const MIN_EIGHTH_MS = 20;

const PATHOLOGICAL: [string, string][] = [
  ["digits", "1".repeat(N)],
  ["grouped digits", "1,".repeat(N / 2)],
  ["dotted digits", "1.2.".repeat(N / 4)],
  ["dashes", "1-".repeat(N / 2)],
  ["slashes", "1/".repeat(N / 2)],
  ["words", "one ".repeat(N / 4)],
  ["danish words", "to tusind ".repeat(N / 10)],
  ["hundreds", "hundred and ".repeat(N / 12)],
  ["qualifiers", "more than ".repeat(N / 10)],
  ["between", "between 1 and ".repeat(N / 14)],
  ["months", "September 11, ".repeat(N / 14)],
  ["spaces", " ".repeat(N)],
  ["nul bytes", "\u0000".repeat(N)],
  ["emoji", "😀1".repeat(N / 3)],
  ["rtl", "مرحبا ١٢٣ ".repeat(N / 10)],
  ["mixed", "a1-b2/c3:d4.e5,f6 ".repeat(N / 18)],
  ["phone", "12 ".repeat(N / 3)],
  ["lone surrogates", "\ud800".repeat(N)],
  ["combining marks", "e\u0301".repeat(N / 2)],
];

describe("robustness", () => {
  it.each(PATHOLOGICAL)("%s", (_, text) => {
    for (const lang of ["en", "da"] as Lang[]) {
      const got = parseFigures(text, lang);
      for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(growth((t) => parseFigures(t, lang), text)).toBeLessThanOrEqual(MAX_GROWTH);
    }
    expect(["en", "da"]).toContain(detectLanguage(text));
  });

  it("reads a 10 MB line", () => {
    const text = "More than 200 soldiers, 2,448 Americans and 11 September 2001. ".repeat(160_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    // (the whole is parsed once, for its ratio and its figures alike)
    let got: unknown[] = [];
    const ratio = growth((t) => {
      const figures = parseFigures(t, "en");
      if (t === text) got = figures;
      return figures;
    }, text);
    expect(got.length).toBe(160_000 * 3);
    expect(ratio).toBeLessThanOrEqual(MAX_GROWTH);
  }, 120_000);

  it("handles NUL bytes, emoji and RTL text around figures", () => {
    expect(parseFigures("\u0000200\u0000", "en").map((f) => f.value)).toEqual([200]);
    expect(parseFigures("😀 over 200 😀", "en").map((f) => f.text)).toEqual(["over 200"]);
    expect(parseFigures("مرحبا 300 مرحبا", "en").map((f) => f.value)).toEqual([300]);
  });
});

describe("long texts are read in chunks", () => {
  it("finds the same figures as sentence by sentence", () => {
    const sentences = [
      "More than 200 soldiers died in 2011.",
      "By the end of August 2021, 2,448 Americans had been killed.",
      "Between 300 and 400 people fled on 11 September 2001.",
      "F-16 jets and about 12% of the $2.3 billion budget.",
      "Tens of thousands marched on Monday.",
    ];
    let text = "";
    const want: { text: string; start: number }[] = [];
    for (let k = 0; text.length < 600_000; k++) {
      const s = sentences[k % sentences.length];
      for (const f of parseFigures(s, "en")) want.push({ text: f.text, start: text.length + f.start });
      text += s + (k % 7 === 0 ? "\n" : " ");
    }
    const got = parseFigures(text, "en").map((f) => ({ text: f.text, start: f.start }));
    expect(got.length).toBe(want.length);
    expect(got).toEqual(want);
  });
});
