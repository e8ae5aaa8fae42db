// Word lists of the figure reader: number words, scale words, qualifiers, vague quantities, units,
// currencies, months and weekdays, in English and Danish. General language knowledge only.
import type { Lang, Qualifier } from "../types.js";
import { lazy, PhraseTable } from "./phrases.js";

// ---------------------------------------------------------------------------------------------
// Number words

export const EN_SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const DA_SMALL: Readonly<Record<string, number>> = {
  nul: 0, "én": 1, "ét": 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9,
  ti: 10, elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17,
  atten: 18, nitten: 19,
  tyve: 20, tredive: 30, tredve: 30, fyrre: 40, fyrretyve: 40, halvtreds: 50, halvtredsindstyve: 50,
  tres: 60, tresindstyve: 60, halvfjerds: 70, halvfjerdsindstyve: 70, firs: 80, firsindstyve: 80,
  halvfems: 90, halvfemsindstyve: 90,
};

/** Units that may open a Danish compound: "enogtyve", "syvogfyrre". */
export const DA_COMPOUND_UNITS: Readonly<Record<string, number>> = {
  en: 1, et: 1, "én": 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9,
};
export const DA_TENS: Readonly<Record<string, number>> = {
  tyve: 20, tredive: 30, tredve: 30, fyrre: 40, fyrretyve: 40, halvtreds: 50, halvtredsindstyve: 50,
  tres: 60, tresindstyve: 60, halvfjerds: 70, halvfjerdsindstyve: 70, firs: 80, firsindstyve: 80,
  halvfems: 90, halvfemsindstyve: 90,
};

/** "syvogfyrre" → 47; null when the word is not a compound number. */
export function daCompound(low: string): number | null {
  const k = low.indexOf("og");
  if (k <= 0) return null;
  // "otteogfyrre": the unit never contains "og", so the first "og" splits it.
  const unit = DA_COMPOUND_UNITS[low.slice(0, k)];
  const tens = DA_TENS[low.slice(k + 2)];
  return unit !== undefined && tens !== undefined ? tens + unit : null;
}

/** Small number (0..99) written as one word in the language, or null. */
export function smallWord(low: string, lang: Lang): number | null {
  if (lang === "en") return Object.hasOwn(EN_SMALL, low) ? EN_SMALL[low] : null;
  if (Object.hasOwn(DA_SMALL, low)) return DA_SMALL[low];
  return daCompound(low);
}

export const HUNDRED_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["hundred"],
  da: ["hundrede", "hundred"],
};

/** Scale words written out, as powers of ten. */
export const WORD_SCALES: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
  en: { thousand: 3, million: 6, billion: 9, trillion: 12 },
  da: { tusind: 3, tusinde: 3, million: 6, millioner: 6, milliard: 9, milliarder: 9, billion: 12, billioner: 12 },
};

/** Articles that stand for 1 before hundred/thousand/million/dozen ("a hundred", "en million"). */
export const ARTICLES: Readonly<Record<Lang, readonly string[]>> = {
  en: ["a", "an", "one"],
  da: ["en", "et", "én", "ét"],
};

export const AND_WORD: Readonly<Record<Lang, string>> = { en: "and", da: "og" };
export const DOZEN_WORD: Readonly<Record<Lang, string>> = { en: "dozen", da: "dusin" };

/** Scales after digits ("9.5 million", "2,3 mio.", "$5m", "2.4k"); `adj` = must touch the number. */
export interface ScaleEntry {
  exp: number;
  adj?: boolean;
}
const SCALES_COMMON: [string, ScaleEntry][] = [
  ["million", { exp: 6 }],
  ["millions", { exp: 6 }],
  ["mio.", { exp: 6 }],
  ["mio", { exp: 6 }],
  ["mill.", { exp: 6 }],
  ["mn", { exp: 6 }],
  ["mln", { exp: 6 }],
  ["m", { exp: 6, adj: true }],
  ["bn", { exp: 9 }],
  ["mia.", { exp: 9 }],
  ["mia", { exp: 9 }],
  ["mrd.", { exp: 9 }],
  ["milliard", { exp: 9 }],
  ["milliarder", { exp: 9 }],
  ["k", { exp: 3, adj: true }],
];
export const DIGIT_SCALES = {
  en: lazy(
    () =>
      new PhraseTable<ScaleEntry>([
        ...SCALES_COMMON,
        ["thousand", { exp: 3 }],
        ["billion", { exp: 9 }],
        ["billions", { exp: 9 }],
        ["trillion", { exp: 12 }],
      ]),
  ),
  da: lazy(
    () =>
      new PhraseTable<ScaleEntry>([
        ...SCALES_COMMON,
        ["tusind", { exp: 3 }],
        ["tusinde", { exp: 3 }],
        ["millioner", { exp: 6 }],
        ["billion", { exp: 12 }],
        ["billioner", { exp: 12 }],
      ]),
  ),
};

// ---------------------------------------------------------------------------------------------
// Qualifiers

export type Scope = "num" | "date" | "both";
export interface QualEntry {
  q: Qualifier;
  scope: Scope;
}

const QUAL_EN: [string, Qualifier, Scope][] = [
  ["more than", "more_than", "num"],
  ["over", "more_than", "num"],
  ["above", "more_than", "num"],
  ["in excess of", "more_than", "num"],
  ["upwards of", "more_than", "num"],
  ["just over", "more_than", "num"],
  ["well over", "more_than", "num"],
  ["a little over", "more_than", "num"],
  ["slightly over", "more_than", "num"],
  ["slightly more than", "more_than", "num"],
  ["just above", "more_than", "num"],
  ["well above", "more_than", "num"],
  ["at least", "at_least", "num"],
  ["no fewer than", "at_least", "num"],
  ["no less than", "at_least", "num"],
  ["not less than", "at_least", "num"],
  ["not fewer than", "at_least", "num"],
  ["a minimum of", "at_least", "num"],
  ["fewer than", "less_than", "num"],
  ["less than", "less_than", "num"],
  ["under", "less_than", "num"],
  ["below", "less_than", "num"],
  ["just under", "less_than", "num"],
  ["just below", "less_than", "num"],
  ["slightly less than", "less_than", "num"],
  ["at most", "at_most", "num"],
  ["up to", "at_most", "num"],
  ["no more than", "at_most", "num"],
  ["not more than", "at_most", "num"],
  ["a maximum of", "at_most", "num"],
  ["as many as", "at_most", "num"],
  ["about", "about", "both"],
  ["around", "about", "both"],
  ["roughly", "about", "num"],
  ["approximately", "about", "both"],
  ["approx.", "about", "both"],
  ["approx", "about", "both"],
  ["some", "about", "num"],
  ["circa", "about", "both"],
  ["ca.", "about", "both"],
  ["c.", "about", "both"],
  ["an estimated", "about", "num"],
  ["estimated", "about", "num"],
  ["more or less", "about", "num"],
  ["in the region of", "about", "num"],
  ["nearly", "nearly", "num"],
  ["almost", "nearly", "num"],
  ["close to", "nearly", "num"],
  ["just shy of", "nearly", "num"],
  ["by", "before", "date"],
  ["before", "before", "date"],
  ["prior to", "before", "date"],
  ["no later than", "before", "date"],
  ["since", "after", "date"],
  ["after", "after", "date"],
];

const QUAL_DA: [string, Qualifier, Scope][] = [
  ["flere end", "more_than", "num"],
  ["mere end", "more_than", "num"],
  ["over", "more_than", "num"],
  ["godt", "more_than", "num"],
  ["lidt over", "more_than", "num"],
  ["langt over", "more_than", "num"],
  ["mindst", "at_least", "num"],
  ["minimum", "at_least", "num"],
  ["ikke færre end", "at_least", "num"],
  ["ikke under", "at_least", "num"],
  ["færre end", "less_than", "num"],
  ["mindre end", "less_than", "num"],
  ["under", "less_than", "num"],
  ["lidt under", "less_than", "num"],
  ["højst", "at_most", "num"],
  ["op til", "at_most", "num"],
  ["maksimalt", "at_most", "num"],
  ["maks.", "at_most", "num"],
  ["max.", "at_most", "num"],
  ["ikke flere end", "at_most", "num"],
  ["ikke mere end", "at_most", "num"],
  ["cirka", "about", "both"],
  ["ca.", "about", "both"],
  ["ca", "about", "both"],
  ["c.", "about", "both"],
  ["circa", "about", "both"],
  ["omkring", "about", "both"],
  ["omtrent", "about", "both"],
  ["rundt regnet", "about", "num"],
  ["anslået", "about", "num"],
  ["anslåede", "about", "num"],
  ["et anslået", "about", "num"],
  ["i omegnen af", "about", "num"],
  ["knap", "nearly", "num"],
  ["knapt", "nearly", "num"],
  ["næsten", "nearly", "num"],
  ["op mod", "nearly", "num"],
  ["op imod", "nearly", "num"],
  ["tæt på", "nearly", "num"],
  ["små", "nearly", "num"],
  ["før", "before", "date"],
  ["inden", "before", "date"],
  ["siden", "after", "date"],
  ["efter", "after", "date"],
];

const toQual = (rows: [string, Qualifier, Scope][]) => rows.map(([p, q, scope]) => [p, { q, scope }] as const);
export const QUALIFIERS = {
  en: lazy(() => new PhraseTable<QualEntry>(toQual(QUAL_EN))),
  da: lazy(() => new PhraseTable<QualEntry>(toQual(QUAL_DA))),
};

/** Qualifiers written after the number: "200 or more", "200-plus", "200+", "200 eller flere". */
const POST_EN: [string, Qualifier][] = [
  ["or more", "at_least"],
  ["or so", "about"],
  ["or thereabouts", "about"],
  ["-plus", "more_than"],
  ["+", "more_than"],
];
const POST_DA: [string, Qualifier][] = [
  ["eller flere", "at_least"],
  ["eller mere", "at_least"],
  ["eller derover", "at_least"],
  ["og derover", "at_least"],
  ["eller deromkring", "about"],
  ["-plus", "more_than"],
  ["+", "more_than"],
];
export const POST_QUALIFIERS = {
  en: lazy(() => new PhraseTable<Qualifier>(POST_EN)),
  da: lazy(() => new PhraseTable<Qualifier>(POST_DA)),
};

/** Words that open a range: "between 300 and 400", "from 300 to 400". */
export const RANGE_OPENERS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: { between: "and", from: "to" },
  da: { mellem: "og", fra: "til" },
};
/** Words that join the ends of an unopened range: "300 to 400", "300 til 400". */
export const RANGE_WORDS: Readonly<Record<Lang, string>> = { en: "to", da: "til" };
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "‐", "‑", "−"]);

// ---------------------------------------------------------------------------------------------
// Vague quantities

export interface VagueEntry {
  label: string;
  low: number;
  high: number;
  /** The phrase only counts when this word follows ("scores of"). */
  next?: string;
}

export const VAGUE_LABELS: Readonly<Record<string, { low: number; high: number; da: string }>> = {
  dozens: { low: 24, high: 99, da: "dusinvis" },
  scores: { low: 40, high: 99, da: "snesevis" },
  hundreds: { low: 200, high: 999, da: "hundredvis" },
  "many hundreds": { low: 200, high: 999, da: "mange hundrede" },
  "a few hundred": { low: 200, high: 499, da: "et par hundrede" },
  thousands: { low: 2000, high: 9999, da: "tusindvis" },
  "many thousands": { low: 2000, high: 9999, da: "mange tusinde" },
  "a few thousand": { low: 2000, high: 4999, da: "et par tusinde" },
  "tens of thousands": { low: 20000, high: 99999, da: "titusindvis" },
  "hundreds of thousands": { low: 200000, high: 999999, da: "hundredtusindvis" },
  millions: { low: 2e6, high: 999e6, da: "millionvis" },
  "hundreds of millions": { low: 2e8, high: 999e6, da: "flere hundrede millioner" },
};

const VAGUE_EN: [string, string, string?][] = [
  ["dozens", "dozens"],
  ["several dozen", "dozens"],
  ["a few dozen", "dozens"],
  ["scores", "scores", "of"],
  ["hundreds", "hundreds"],
  ["several hundred", "hundreds"],
  ["many hundreds", "many hundreds"],
  ["a few hundred", "a few hundred"],
  ["thousands", "thousands"],
  ["several thousand", "thousands"],
  ["many thousands", "many thousands"],
  ["a few thousand", "a few thousand"],
  ["tens of thousands", "tens of thousands"],
  ["hundreds of thousands", "hundreds of thousands"],
  ["millions", "millions"],
  ["several million", "millions"],
  ["hundreds of millions", "hundreds of millions"],
];
const VAGUE_DA: [string, string, string?][] = [
  ["dusinvis", "dozens"],
  ["flere dusin", "dozens"],
  ["snesevis", "scores"],
  ["hundredvis", "hundreds"],
  ["hundreder", "hundreds"],
  ["flere hundrede", "hundreds"],
  ["adskillige hundrede", "hundreds"],
  ["mange hundrede", "many hundreds"],
  ["mange hundreder", "many hundreds"],
  ["et par hundrede", "a few hundred"],
  ["nogle hundrede", "a few hundred"],
  ["få hundrede", "a few hundred"],
  ["tusindvis", "thousands"],
  ["tusinder", "thousands"],
  ["flere tusinde", "thousands"],
  ["flere tusind", "thousands"],
  ["adskillige tusinde", "thousands"],
  ["mange tusinde", "many thousands"],
  ["mange tusind", "many thousands"],
  ["et par tusinde", "a few thousand"],
  ["et par tusind", "a few thousand"],
  ["nogle tusinde", "a few thousand"],
  ["nogle tusind", "a few thousand"],
  ["titusindvis", "tens of thousands"],
  ["titusinder", "tens of thousands"],
  ["flere titusinde", "tens of thousands"],
  ["mange titusinde", "tens of thousands"],
  ["hundredtusindvis", "hundreds of thousands"],
  ["hundredetusindvis", "hundreds of thousands"],
  ["flere hundredetusinde", "hundreds of thousands"],
  ["flere hundrede tusinde", "hundreds of thousands"],
  ["millionvis", "millions"],
  ["flere millioner", "millions"],
  ["millioner", "millions"],
  ["flere hundrede millioner", "hundreds of millions"],
];
const toVague = (rows: [string, string, string?][]) =>
  rows.map(([p, label, next]) => {
    const b = VAGUE_LABELS[label];
    const e: VagueEntry = { label, low: b.low, high: b.high };
    if (next) e.next = next;
    return [p, e] as const;
  });
export const VAGUE = {
  en: lazy(() => new PhraseTable<VagueEntry>(toVague(VAGUE_EN))),
  da: lazy(() => new PhraseTable<VagueEntry>(toVague(VAGUE_DA))),
};

// ---------------------------------------------------------------------------------------------
// Shares of a whole: "most of", "half of", "de fleste" — percentages in words.

export interface ShareEntry {
  qualifier: Qualifier;
  value: number;
}

const SHARES_EN: [string, ShareEntry][] = [
  ["most of", { qualifier: "more_than", value: 50 }],
  ["the majority of", { qualifier: "more_than", value: 50 }],
  ["a majority of", { qualifier: "more_than", value: 50 }],
  ["the vast majority of", { qualifier: "more_than", value: 50 }],
  ["half of", { qualifier: "exact", value: 50 }],
  ["half the", { qualifier: "exact", value: 50 }],
  ["a third of", { qualifier: "exact", value: 100 / 3 }],
  ["one third of", { qualifier: "exact", value: 100 / 3 }],
  ["two thirds of", { qualifier: "exact", value: 200 / 3 }],
  ["a quarter of", { qualifier: "exact", value: 25 }],
  ["one quarter of", { qualifier: "exact", value: 25 }],
  ["three quarters of", { qualifier: "exact", value: 75 }],
  ["a minority of", { qualifier: "less_than", value: 50 }],
];
const SHARES_DA: [string, ShareEntry][] = [
  ["de fleste", { qualifier: "more_than", value: 50 }],
  ["flertallet af", { qualifier: "more_than", value: 50 }],
  ["et flertal af", { qualifier: "more_than", value: 50 }],
  ["langt de fleste", { qualifier: "more_than", value: 50 }],
  ["størstedelen af", { qualifier: "more_than", value: 50 }],
  ["halvdelen af", { qualifier: "exact", value: 50 }],
  ["en tredjedel af", { qualifier: "exact", value: 100 / 3 }],
  ["to tredjedele af", { qualifier: "exact", value: 200 / 3 }],
  ["en fjerdedel af", { qualifier: "exact", value: 25 }],
  ["tre fjerdedele af", { qualifier: "exact", value: 75 }],
  ["et mindretal af", { qualifier: "less_than", value: 50 }],
];
export const SHARES = {
  en: lazy(() => new PhraseTable<ShareEntry>(SHARES_EN)),
  da: lazy(() => new PhraseTable<ShareEntry>(SHARES_DA)),
};

// ---------------------------------------------------------------------------------------------
// Units and currencies

export interface UnitEntry {
  kind: "percent" | "money" | "quantity";
  unit: string;
  /** Only when written apart from the number ("5 m" metres; "5m" is 5 million). */
  spaced?: boolean;
}

const U = (kind: UnitEntry["kind"], unit: string, spaced?: boolean): UnitEntry =>
  spaced ? { kind, unit, spaced } : { kind, unit };

const UNITS_COMMON: [string, UnitEntry][] = [
  ["%", U("percent", "%")],
  ["percent", U("percent", "%")],
  ["per cent", U("percent", "%")],
  ["procent", U("percent", "%")],
  ["pct.", U("percent", "%")],
  ["pct", U("percent", "%")],
  ["percentage points", U("quantity", "pp")],
  ["percentage point", U("quantity", "pp")],
  ["procentpoint", U("quantity", "pp")],
  ["procentpoints", U("quantity", "pp")],
  ["dollars", U("money", "USD")],
  ["dollar", U("money", "USD")],
  ["us dollars", U("money", "USD")],
  ["amerikanske dollars", U("money", "USD")],
  ["usd", U("money", "USD")],
  ["$", U("money", "USD")],
  ["kroner", U("money", "DKK")],
  ["krone", U("money", "DKK")],
  ["danske kroner", U("money", "DKK")],
  ["danish kroner", U("money", "DKK")],
  ["kr.", U("money", "DKK")],
  ["kr", U("money", "DKK")],
  ["dkk", U("money", "DKK")],
  ["euro", U("money", "EUR")],
  ["euros", U("money", "EUR")],
  ["eur", U("money", "EUR")],
  ["€", U("money", "EUR")],
  ["pounds sterling", U("money", "GBP")],
  ["pounds", U("money", "GBP")],
  ["pund", U("money", "GBP")],
  ["gbp", U("money", "GBP")],
  ["£", U("money", "GBP")],
  ["km", U("quantity", "km")],
  ["kilometres", U("quantity", "km")],
  ["kilometers", U("quantity", "km")],
  ["kilometre", U("quantity", "km")],
  ["kilometer", U("quantity", "km")],
  ["km2", U("quantity", "km2")],
  ["km²", U("quantity", "km2")],
  ["square kilometres", U("quantity", "km2")],
  ["square kilometers", U("quantity", "km2")],
  ["sq km", U("quantity", "km2")],
  ["kvadratkilometer", U("quantity", "km2")],
  ["m", U("quantity", "m", true)],
  ["metres", U("quantity", "m")],
  ["meters", U("quantity", "m")],
  ["metre", U("quantity", "m")],
  ["meter", U("quantity", "m")],
  ["m2", U("quantity", "m2")],
  ["m²", U("quantity", "m2")],
  ["square metres", U("quantity", "m2")],
  ["square meters", U("quantity", "m2")],
  ["kvadratmeter", U("quantity", "m2")],
  ["cm", U("quantity", "cm")],
  ["centimetres", U("quantity", "cm")],
  ["centimeters", U("quantity", "cm")],
  ["centimeter", U("quantity", "cm")],
  ["mm", U("quantity", "mm")],
  ["millimetres", U("quantity", "mm")],
  ["millimeters", U("quantity", "mm")],
  ["millimeter", U("quantity", "mm")],
  ["miles", U("quantity", "mi")],
  ["mile", U("quantity", "mi")],
  ["mi", U("quantity", "mi")],
  ["square miles", U("quantity", "mi2")],
  ["kg", U("quantity", "kg")],
  ["kilos", U("quantity", "kg")],
  ["kilo", U("quantity", "kg")],
  ["kilograms", U("quantity", "kg")],
  ["kilogram", U("quantity", "kg")],
  ["kilogrammes", U("quantity", "kg")],
  ["tons", U("quantity", "t")],
  ["tonnes", U("quantity", "t")],
  ["tonne", U("quantity", "t")],
  ["ton", U("quantity", "t")],
  ["t", U("quantity", "t", true)],
  ["hectares", U("quantity", "ha")],
  ["hectare", U("quantity", "ha")],
  ["hektar", U("quantity", "ha")],
  ["ha", U("quantity", "ha")],
  ["litres", U("quantity", "l")],
  ["liters", U("quantity", "l")],
  ["litre", U("quantity", "l")],
  ["liter", U("quantity", "l")],
  ["feet", U("quantity", "ft")],
  ["ft", U("quantity", "ft")],
  ["lbs", U("quantity", "lb")],
  ["lb", U("quantity", "lb")],
];
export const UNITS = lazy(() => new PhraseTable<UnitEntry>(UNITS_COMMON));

/** Currency written before the number: "$5", "US$5m", "€5", "DKK 500", "kr. 500". */
const CURRENCY_PREFIX: [string, string][] = [
  ["$", "USD"],
  ["us$", "USD"],
  ["us $", "USD"],
  ["usd", "USD"],
  ["€", "EUR"],
  ["eur", "EUR"],
  ["£", "GBP"],
  ["gbp", "GBP"],
  ["dkk", "DKK"],
  ["kr.", "DKK"],
];
export const CURRENCY_PREFIXES = lazy(() => new PhraseTable<string>(CURRENCY_PREFIX));

// ---------------------------------------------------------------------------------------------
// Calendar

export const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
};
/** Abbreviations: only months when followed by "." or a number. */
export const MONTH_ABBR: Readonly<Record<Lang, Readonly<Record<string, number>>>> = {
  en: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  da: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 },
};
export const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  da: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
};

export function monthNumber(low: string, lang: Lang): number | null {
  const k = MONTHS[lang].indexOf(low);
  return k >= 0 ? k + 1 : null;
}

export function weekdayNumber(low: string, lang: Lang): number | null {
  let k = WEEKDAYS[lang].indexOf(low);
  // Danish "i mandags" (last Monday).
  if (k < 0 && lang === "da" && low.endsWith("s")) k = WEEKDAYS.da.indexOf(low.slice(0, -1));
  return k >= 0 ? k + 1 : null;
}

/** Phrases before a month or year that belong to it: "the end of August", "udgangen af 2012". */
const DATE_MODS_EN = [
  "the end of", "end of", "the beginning of", "beginning of", "the start of", "start of", "the middle of",
  "middle of", "early", "mid", "mid-", "late", "the spring of", "the summer of", "the autumn of", "the fall of",
  "the winter of",
];
const DATE_MODS_DA = [
  "udgangen af", "slutningen af", "begyndelsen af", "starten af", "midten af", "primo", "medio", "ultimo",
  "sidst i", "først i", "midt i", "foråret", "sommeren", "efteråret", "vinteren",
];
export const DATE_MODIFIERS = {
  en: lazy(() => new PhraseTable<true>(DATE_MODS_EN.map((p) => [p, true] as const))),
  da: lazy(() => new PhraseTable<true>(DATE_MODS_DA.map((p) => [p, true] as const))),
};

/** Words after which a bare 1800–2100 integer is a year: "in 2011", "siden 2001". */
export const STRONG_YEAR_PREV: ReadonlySet<string> = new Set([
  "in", "i", "since", "siden", "by", "until", "till", "indtil", "before", "før", "inden", "after", "efter",
  "year", "år", "året", "during", "through", "throughout", "early", "late", "mid", "spring", "summer",
  "autumn", "fall", "winter", "foråret", "sommeren", "efteråret", "vinteren", "primo", "medio", "ultimo",
  "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
  "december", "january", "february", "march", "may", "june", "july", "october",
]);
/** Words after which a year needs a following non-noun: "the summer of 2001,", "from 2001 the". */
export const WEAK_YEAR_PREV: ReadonlySet<string> = new Set(["of", "af", "from", "fra", "between", "mellem", "and", "og", "to", "til"]);
export const THE_WORDS: ReadonlySet<string> = new Set(["the", "det", "den"]);
/** Words that do not name what a number counts: "from 2001 the war ...". */
export const YEAR_FOLLOWERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "there", "when", "while", "this",
  "and", "or", "but", "den", "det", "de", "han", "hun", "vi", "man", "da", "hvor", "der", "blev", "var", "og",
  "eller", "men",
]);
/** Punctuation after which a bare year-like integer is a year ("died in 2011."). */
export const TERMINAL_PUNCT: ReadonlySet<string> = new Set([
  ".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "”", "“", "»", "«", "…", "'", "’",
]);
/** Words after which a number is a label, not a figure: "section 5", "kl. 10". */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  "page", "pages", "p", "pp", "section", "sections", "chapter", "paragraph", "article", "art", "clause", "side",
  "kapitel", "paragraf", "artikel", "afsnit", "stk", "nr", "no", "kl", "klokken", "tlf", "tel", "telefon", "phone",
  "room", "flight", "route", "highway", "resolution", "resolutionen", "version", "item", "table", "figure", "fig",
  "appendix", "bilag", "punkt", "rule", "postboks", "lokale", "bus", "linje", "line", "level", "niveau", "runde",
  "round", "episode", "season", "sæson", "vol", "volume", "issue", "unit", "enhed", "gate",
]);
/** Words that may touch a number with a hyphen without making an identifier: "mid-2011". */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(["mid", "pre", "post", "midt", "ca", "c", "anno"]);
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["th", "st", "nd", "rd", "ste", "nde", "de", "te", "ende"]);
