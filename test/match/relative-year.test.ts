// A year said relative to the writing belongs to the amount nearest it (frames/relative-years.ts).
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { amountOfDate } from "../../src/frames/anchors.js";
import { relativeYearPhrases, relativeYears } from "../../src/frames/relative-years.js";
import type { Lang } from "../../src/types.js";
import { shippedChecker } from "../hardening/helpers.js";

const yearOf = (text: string, figureText: string, lang: Lang) => {
  const figures = parseFigures(text, lang);
  const own = figures.find((f) => f.text.startsWith(figureText));
  if (!own) throw new Error(`no figure ${figureText} in ${JSON.stringify(figures.map((f) => f.text))}`);
  return relativeYears(text, figures, lang).get(own);
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
    ["Liggetiden er faldet til 118 dage, mod 135 dage for et år siden.", "135", "da", -1],
    ["Liggetiden er faldet til 118 dage, mod 135 dage for et år siden.", "118", "da", undefined],
    // years further back, and the span of years the phrase says is no amount it goes with
    ["The association now has 163 paying members, compared with 210 a decade ago.", "210", "en", -10],
    ["The association now has 163 paying members, compared with 210 a decade ago.", "163", "en", undefined],
    ["For fem år siden udgjorde gæld 31 procent af sagerne.", "31", "da", -5],
    // a phrase that opens a clause goes with its clause's amount, not the one before the comma
    ["In 2024 it made 214, and last year that figure rose to 287.", "287", "en", -1],
    ["In 2024 it made 214, and last year that figure rose to 287.", "214", "en", undefined],
    ["I 2024 lavede den 214, og sidste år steg tallet til 287.", "287", "da", -1],
    ["Debt accounts for 46% of casework, compared with 31% five years ago.", "31%", "en", -5],
  ])("%s (%s)", (text, figure, lang, expected) => {
    expect(yearOf(text, figure, lang)).toBe(expected);
  });
});

describe("relativeYearPhrases", () => {
  it("takes 'the same period last year' whole: its 'period' is no thing a figure counts", () => {
    const said = (text: string, lang: Lang) => relativeYearPhrases(text, lang).map((p) => [text.slice(p.start, p.end), p.offset]);
    expect(said("Det er 22 procent mere end i samme periode sidste år.", "da")).toContainEqual(["samme periode sidste år", -1]);
    expect(said("Sales were 9 percent up on the same period last year.", "en")).toContainEqual(["same period last year", -1]);
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

describe("the amount a date goes with", () => {
  it.each<[string, string, string, Lang]>([
    ["Omsætningen steg med 19 procent til 2,86 mia. kr. fra 2,41 mia. kr. i 2023.", "2023", "2,41", "da"],
    ["In 2019 turnout was 84.6 percent.", "2019", "84.6", "en"],
    ["Turnout was 84.6 percent in 2019, against 80.3 percent in 2015.", "2015", "80.3", "en"],
    ["Turnout was 84.6 percent in 2019, against 80.3 percent in 2015.", "2019", "84.6", "en"],
    // (not an age group between, which says whom the amount counts)
    ["Police show 14 collisions involving pedestrians under 16 in the borough in 2024.", "2024", "14", "en"],
  ])("%s: %s dates %s", (text, date, amount, lang) => {
    const figures = parseFigures(text, lang);
    const d = figures.find((f) => f.text === date)!;
    expect(amountOfDate(d, d, figures.filter((f) => f !== d))?.text.startsWith(amount)).toBe(true);
  });
});
