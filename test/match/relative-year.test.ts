// A year said relative to the writing belongs to the amount nearest it (match/index.ts, relativeYear).
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { relativeYear } from "../../src/frames/anchors.js";
import type { Lang } from "../../src/types.js";
import { shippedChecker } from "../hardening/helpers.js";

const yearOf = (text: string, figureText: string, lang: Lang) => {
  const figures = parseFigures(text, lang);
  const own = figures.find((f) => f.text.startsWith(figureText));
  if (!own) throw new Error(`no figure ${figureText} in ${JSON.stringify(figures.map((f) => f.text))}`);
  return relativeYear(text, figures, own, lang);
};

describe("relativeYear", () => {
  it.each<[string, string, Lang, number | undefined]>([
    ["Samlet anslås værdien til 3,14 mia. kr. mod 2,98 mia. kr. i år.", "2,98", "da", 0],
    ["Samlet anslås værdien til 3,14 mia. kr. mod 2,98 mia. kr. i år.", "3,14", "da", undefined],
    ["Omsætningen steg til 412 mio. kr. fra 380 mio. kr. sidste år.", "380", "da", -1],
    ["I årets første ni måneder købte selskabet aktier for 1,5 mia. kr.", "1,5", "da", undefined],
    ["Profit rose to $412 million from $380 million last year.", "$380", "en", -1],
    ["The budget for next year is DKK 612.4 million.", "DKK 612.4", "en", 1],
    ["Sales were 40 units last year. This quarter they rose to 55 units.", "55", "en", undefined],
  ])("%s (%s)", (text, figure, lang, expected) => {
    expect(yearOf(text, figure, lang)).toBe(expected);
  });
});

describe("a claimed year the source does not give", () => {
  const check = async (text: string) => (await shippedChecker()).checkBlock({ text, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0];
  it("is unverified next to a matching amount when the source is of another year", async () => {
    const r = await check("In 2020, 347 refugees crossed into Tajikistan.");
    expect(r.checks.map((c) => [c.figure.text, c.verdict, c.rule])).toEqual([
      ["2020", "unverified", "time-unstated"],
      ["347", "match", "equal"],
    ]);
    expect(r.verdict).toBe("unverified");
  });
  it("is a match when it is the source's year", async () => {
    const r = await check("In 2021, 347 refugees crossed into Tajikistan.");
    expect(r.checks.map((c) => [c.figure.text, c.verdict, c.rule])).toEqual([
      ["2021", "match", "time-of-fact"],
      ["347", "match", "equal"],
    ]);
  });
});
