import { describe, expect, it } from "vitest";
import { formatFigure, parseDateValue, parseFigures } from "../../src/figures/index.js";
import type { FigureValue, Lang } from "../../src/types.js";

const v = (f: FigureValue) => f;

const FORMATS: [FigureValue, Lang, string][] = [
  [v({ kind: "count", qualifier: "exact", value: 2448 }), "en", "2,448"],
  [v({ kind: "count", qualifier: "exact", value: 2448 }), "da", "2.448"],
  [v({ kind: "count", qualifier: "exact", value: 9.5 }), "en", "9.5"],
  [v({ kind: "count", qualifier: "exact", value: 9.5 }), "da", "9,5"],
  [v({ kind: "count", qualifier: "exact", value: 1234567 }), "en", "1,234,567"],
  [v({ kind: "count", qualifier: "exact", value: 347 }), "da", "347"],
  [v({ kind: "count", qualifier: "at_most", value: 60, reach: true }), "en", "up to 60"],
  [v({ kind: "count", qualifier: "at_most", value: 60, reach: true }), "da", "op til 60"],
  [v({ kind: "count", qualifier: "more_than", value: 200 }), "en", "more than 200"],
  [v({ kind: "count", qualifier: "more_than", value: 200 }), "da", "flere end 200"],
  [v({ kind: "count", qualifier: "about", value: 350 }), "en", "about 350"],
  [v({ kind: "count", qualifier: "about", value: 350 }), "da", "cirka 350"],
  [v({ kind: "count", qualifier: "at_least", value: 44 }), "da", "mindst 44"],
  [v({ kind: "count", qualifier: "less_than", value: 100 }), "en", "fewer than 100"],
  [v({ kind: "count", qualifier: "nearly", value: 3000 }), "en", "nearly 3,000"],
  [v({ kind: "count", qualifier: "range", value: null, low: 300, high: 400 }), "en", "300–400"],
  [v({ kind: "vague", qualifier: "vague", value: "many hundreds", low: 200, high: 999 }), "en", "many hundreds"],
  [v({ kind: "vague", qualifier: "vague", value: "many hundreds", low: 200, high: 999 }), "da", "mange hundrede"],
  [v({ kind: "vague", qualifier: "vague", value: null, low: 200, high: 999 }), "en", "200–999"],
  [v({ kind: "percent", qualifier: "exact", value: 12, unit: "%" }), "en", "12%"],
  [v({ kind: "percent", qualifier: "exact", value: 12, unit: "%" }), "da", "12 %"],
  [v({ kind: "money", qualifier: "exact", value: 2.3e9, unit: "USD" }), "en", "$2.3 billion"],
  [v({ kind: "money", qualifier: "exact", value: 2.3e9, unit: "DKK" }), "da", "2,3 mia. kr."],
  [v({ kind: "money", qualifier: "exact", value: 5e6, unit: "EUR" }), "en", "€5 million"],
  [v({ kind: "money", qualifier: "exact", value: 500, unit: "DKK" }), "da", "500 kr."],
  // less than one of a currency with hundredths: in pence or øre
  [v({ kind: "money", qualifier: "exact", value: 0.8, unit: "GBP" }), "en", "80p"],
  [v({ kind: "money", qualifier: "exact", value: 0.085, unit: "DKK" }), "da", "8,5 øre"],
  [v({ kind: "money", qualifier: "exact", value: 0.64, unit: "GBP" }), "da", "64 pence"],
  [v({ kind: "money", qualifier: "exact", value: 0.5, unit: "USD" }), "en", "$0.5"],
  [v({ kind: "quantity", qualifier: "exact", value: 1344, unit: "km" }), "en", "1,344 km"],
  [v({ kind: "year", qualifier: "exact", value: 2011 }), "en", "2011"],
  [v({ kind: "year", qualifier: "before", value: 2012 }), "en", "before 2012"],
  [v({ kind: "year", qualifier: "after", value: 2010 }), "da", "efter 2010"],
  [v({ kind: "date", qualifier: "exact", value: "2001-09-11" }), "en", "11 September 2001"],
  [v({ kind: "date", qualifier: "exact", value: "2001-09-11" }), "da", "11. september 2001"],
  [v({ kind: "date", qualifier: "exact", value: "--09-11" }), "en", "11 September"],
  [v({ kind: "month", qualifier: "exact", value: "2021-08" }), "en", "August 2021"],
  [v({ kind: "month", qualifier: "exact", value: "2021-08" }), "da", "august 2021"],
  [v({ kind: "month", qualifier: "before", value: "2021-08" }), "en", "by the end of August 2021"],
  [v({ kind: "month", qualifier: "before", value: "2021-08" }), "da", "inden udgangen af august 2021"],
  [v({ kind: "weekday", qualifier: "exact", value: "monday" }), "en", "Monday"],
  [v({ kind: "weekday", qualifier: "exact", value: "monday" }), "da", "mandag"],
  // a rank, by the language's ordinal plural category
  [v({ kind: "ordinal", qualifier: "exact", value: 1 }), "en", "1st"],
  [v({ kind: "ordinal", qualifier: "exact", value: 22 }), "en", "22nd"],
  [v({ kind: "ordinal", qualifier: "exact", value: 113 }), "en", "113th"],
  [v({ kind: "ordinal", qualifier: "exact", value: 163 }), "en", "163rd"],
  [v({ kind: "ordinal", qualifier: "exact", value: 14 }), "da", "14."],
];

describe("formatFigure", () => {
  it.each(FORMATS)("%o in %s → %s", (f, lang, want) => expect(formatFigure(f, lang)).toBe(want));
});

/** Drop what a parse adds (text, offsets) and what the stored value may leave out (date). */
function core(f: FigureValue): FigureValue {
  const out: FigureValue = { kind: f.kind, qualifier: f.qualifier, value: f.value };
  if (f.low !== undefined) out.low = f.low;
  if (f.high !== undefined) out.high = f.high;
  if (f.unit !== undefined) out.unit = f.unit;
  return out;
}

const ROUND_TRIPS: FigureValue[] = [
  ...[0, 7, 12, 99, 347, 1000, 2011, 2448, 20722, 100000, 1234567, 9.5, 1234.5].map((value) =>
    v({ kind: "count", qualifier: "exact", value }),
  ),
  ...(["more_than", "at_least", "less_than", "at_most", "about", "nearly"] as const).map((qualifier) =>
    v({ kind: "count", qualifier, value: 2448 }),
  ),
  v({ kind: "count", qualifier: "range", value: null, low: 300, high: 400 }),
  v({ kind: "count", qualifier: "range", value: null, low: 1500, high: 2500 }),
  v({ kind: "percent", qualifier: "exact", value: 12.5, unit: "%" }),
  v({ kind: "percent", qualifier: "about", value: 40, unit: "%" }),
  v({ kind: "percent", qualifier: "range", value: null, low: 10, high: 12, unit: "%" }),
  v({ kind: "money", qualifier: "exact", value: 2.3e9, unit: "USD" }),
  v({ kind: "money", qualifier: "exact", value: 2.3e9, unit: "DKK" }),
  v({ kind: "money", qualifier: "more_than", value: 5e6, unit: "EUR" }),
  v({ kind: "money", qualifier: "exact", value: 2448000, unit: "USD" }),
  v({ kind: "money", qualifier: "exact", value: 500, unit: "DKK" }),
  v({ kind: "money", qualifier: "exact", value: 0.8, unit: "GBP" }),
  v({ kind: "money", qualifier: "exact", value: 0.5, unit: "DKK" }),
  v({ kind: "quantity", qualifier: "exact", value: 1344, unit: "km" }),
  v({ kind: "vague", qualifier: "vague", value: "many hundreds", low: 200, high: 999 }),
  v({ kind: "vague", qualifier: "vague", value: "tens of thousands", low: 20000, high: 99999 }),
  v({ kind: "year", qualifier: "exact", value: 2011 }),
  v({ kind: "year", qualifier: "before", value: 2012 }),
  v({ kind: "year", qualifier: "after", value: 2001 }),
  v({ kind: "year", qualifier: "range", value: null, low: 2001, high: 2014 }),
  v({ kind: "year", qualifier: "range", value: null, low: 1990, high: 1999 }),
  v({ kind: "date", qualifier: "exact", value: "2001-09-11" }),
  v({ kind: "date", qualifier: "exact", value: "--09-11" }),
  v({ kind: "date", qualifier: "before", value: "2001-09-11" }),
  v({ kind: "month", qualifier: "exact", value: "2021-08" }),
  v({ kind: "month", qualifier: "exact", value: "--08" }),
  v({ kind: "month", qualifier: "before", value: "2021-08" }),
  v({ kind: "weekday", qualifier: "exact", value: "sunday" }),
];

describe("formatFigure round trip", () => {
  const rows = ROUND_TRIPS.flatMap((f) => (["en", "da"] as Lang[]).map((lang) => [lang, f] as [Lang, FigureValue]));
  it.each(rows)("%s %o", (lang, f) => {
    const text = formatFigure(f, lang);
    const got = parseFigures(text, lang);
    expect(got).toHaveLength(1);
    expect(core(got[0])).toEqual(core(f));
    expect(got[0].text).toBe(text);
  });
});

const WORDS: [number, string, string][] = [
  [1, "one", "én"],
  [2, "two", "to"],
  [13, "thirteen", "tretten"],
  [21, "twenty-one", "enogtyve"],
  [44, "forty-four", "fireogfyrre"],
  [47, "forty-seven", "syvogfyrre"],
  [99, "ninety-nine", "nioghalvfems"],
  [100, "one hundred", "et hundrede"],
  [347, "three hundred and forty-seven", "tre hundrede og syvogfyrre"],
  [1000, "one thousand", "et tusind"],
  [2448, "two thousand four hundred and forty-eight", "to tusind fire hundrede og otteogfyrre"],
  [20722, "twenty thousand seven hundred and twenty-two", "tyve tusind syv hundrede og toogtyve"],
  [500000, "five hundred thousand", "fem hundrede tusind"],
  [1000000, "one million", "en million"],
];

describe("number words up to a million", () => {
  it.each(WORDS)("%d = %s = %s", (n, en, da) => {
    expect(parseFigures(`${en} people`, "en").map((f) => [f.value, f.text])).toEqual([[n, en]]);
    expect(parseFigures(`${da} mennesker`, "da").map((f) => [f.value, f.text])).toEqual([[n, da]]);
  });
});

describe("parseDateValue", () => {
  it.each([
    ["year", 2011, { year: 2011 }],
    ["year", "2011", { year: 2011 }],
    ["date", "2001-09-11", { year: 2001, month: 9, day: 11 }],
    ["date", "--09-11", { month: 9, day: 11 }],
    ["month", "2021-08", { year: 2021, month: 8 }],
    ["month", "--08", { month: 8 }],
    ["weekday", "monday", { weekday: 1 }],
    ["weekday", "mandag", { weekday: 1 }],
    ["weekday", "Sunday", { weekday: 7 }],
    ["date", "2001-02-30", null],
    ["month", "2021-13", null],
    ["weekday", "someday", null],
    ["date", "11 September", null],
  ] as const)("%s %s", (kind, value, want) => expect(parseDateValue(kind, value)).toEqual(want));
});
