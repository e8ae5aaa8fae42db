// The figure reader's look-up tables, made from a language pack (src/lang/<code>/pack.yaml) and
// the shared symbols (src/lang/common.yaml) on first use: phrase tables keyed by first token, and
// sets. No word of any language is written here.
import { ALL_LANGUAGES, COMMON, languageOf, type Lang, type Language } from "../lang/index.js";
import { SEASONS, type Qualifier, type Season } from "../types.js";
import { PhraseTable } from "./phrases.js";
import type { Tok } from "./tokens.js";

/** Scales after digits ("9.5 million", "2,3 mio.", "$5m"); `adj` = must touch the number. */
export interface ScaleEntry {
  exp: number;
  adj?: boolean;
}

export type Scope = "num" | "date" | "both";
export interface QualEntry {
  q: Qualifier;
  scope: Scope;
}

export interface VagueEntry {
  label: string;
  low: number;
  high: number;
  /** The phrase only counts when this word follows ("scores of"). */
  next?: string;
}

export interface ShareEntry {
  qualifier: Qualifier;
  value: number;
}

export interface UnitEntry {
  kind: "percent" | "money" | "quantity";
  unit: string;
  /** Only when written apart from the number ("5 m" metres; "5m" is 5 million). */
  spaced?: boolean;
  /** Only when written against the number ("80p"). */
  glued?: boolean;
  /** A hundredth of the currency: the amount is divided by 100 ("80p" is £0.80). */
  hundredth?: boolean;
}

export interface CurrencyPrefix {
  code: string;
  /** Read in any case ("kr. 500"); otherwise a prefix of letters must be in capitals ("DKK 500"). */
  anyCase: boolean;
}

const SCOPES: Readonly<Record<"number" | "date" | "both", Scope>> = { number: "num", date: "date", both: "both" };

/** "%" is the percent kind; currency codes money; every other unit code a quantity. */
function unitEntry(code: string): UnitEntry {
  if (code === "%") return { kind: "percent", unit: "%" };
  if (Object.hasOwn(COMMON.currencies, code)) return { kind: "money", unit: code };
  return { kind: "quantity", unit: code };
}

function phrases<T>(rows: Iterable<readonly [string, T]>): PhraseTable<T> {
  return new PhraseTable<T>(rows);
}

/** [phrase, make(key)] for every phrase of every key. */
function entries<T>(rec: Readonly<Record<string, readonly string[]>>, make: (key: string) => T): [string, T][] {
  const out: [string, T][] = [];
  for (const [key, list] of Object.entries(rec)) for (const p of list) out.push([p, make(key)]);
  return out;
}

const set = (xs: readonly string[]) => new Set(xs);

/** Words by phrase, the lists of every language under one phrase joined ("over" is in both). */
function unionByKey(rows: readonly (readonly [string, readonly string[]])[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [phrase, words] of rows) {
    const known = out.get(phrase);
    if (known) for (const w of words) known.add(w);
    else out.set(phrase, new Set(words));
  }
  return out;
}

/** What the reader knows of a word in one language (Tables.word). */
export interface WordClass {
  /** CAN_HOLD, CAN_START, SHARE_NEXT. */
  bits: number;
  /** The pack's smallNumber: 0..99 written as one word, or null. */
  small: number | null;
  /** The pack's monthNumber: 1..12 for a month name, or null. */
  month: number | null;
  /** The pack's weekdayNumber: 1..7 for a weekday name, or null. */
  weekday: number | null;
  /** A rank the word is by itself: an ordinal word ("seventh" 7), or one joined to a superlative or place ("tredjestørste" 3); or null. */
  rank: number | null;
  /** A span written as one word after a number word ("treårigt": 3, age; the pack's fusedSpans), or null. */
  fused: { value: number; unit: string } | null;
}

/** The words of a time told in words (ToldTimeWords), as sets, and the parts of the day. */
export interface ToldTimeTables {
  quarter: ReadonlySet<string>;
  half: ReadonlySet<string>;
  halfTo: ReadonlySet<string>;
  past: ReadonlySet<string>;
  to: ReadonlySet<string>;
  minutes: ReadonlySet<string>;
  oclock: PhraseTable<true>;
  dayParts: PhraseTable<"am" | "pm" | "night">;
}

/** The word lets a sentence hold a figure without a digit. */
export const CAN_HOLD = 1;
/** A fraction noun or the first word of "out of": the second word of a share. */
export const SHARE_NEXT = 2;
/** A qualifier may start at the token ("more than", "ca."). */
export const STARTS_QUALIFIER = 4;
/** A date or time of day may start at the token: a date modifier ("the end of"), a month, a weekday, "kl.", "noon". */
export const STARTS_DATE = 8;
/** A vague quantity may start at the token ("dozens", "several hundred"). */
export const STARTS_VAGUE = 16;
/** A share may start at the token: a share phrase ("most of"), "every", or a whole number ("three quarters"). */
export const STARTS_SHARE = 32;
/** A range opener ("between", "fra"). */
export const STARTS_RANGE = 64;
/** An amount may start at the token: a number, a number word, an article, a fraction, a currency, ".75". */
export const STARTS_AMOUNT = 128;
/** Some reader of numericAt may start at the token. */
export const STARTS_NUMBER = STARTS_VAGUE | STARTS_SHARE | STARTS_RANGE | STARTS_AMOUNT;
/** A time told in words may start at the token: an hour's or minutes' number word, "quarter", "half", "halv". */
export const STARTS_CLOCK = 256;
/** A rank may start at the token: an ordinal word, a rank prefix ("second" of "second-largest"), a word like "tredjestørste". */
export const STARTS_RANK = 512;
/** Some figure (or skipped run) may start at the token. */
export const CAN_START = STARTS_QUALIFIER | STARTS_DATE | STARTS_NUMBER | STARTS_CLOCK | STARTS_RANK;
const OTHERS_MAX = 10_000;
/** Languages (by index) whose classes a word's record also keeps as gate bits: two bits each in a small integer. */
const GATED_LANGUAGES = 15;

// Records of the pack keyed by a token's word are read as Maps: a property look-up by a string
// made at run time (Object.hasOwn(record, low)) costs V8 a string-table probe first.
const map = <V>(rec: Readonly<Record<string, V>>): ReadonlyMap<string, V> => new Map(Object.entries(rec));

/**
 * The tables of one language, each made on first use (a claim's first sentence pays only for the
 * tables its words reach) and kept in a field: a look-up is a field read.
 */
export class Tables {
  #digitScales?: PhraseTable<ScaleEntry>;
  #qualifiers?: PhraseTable<QualEntry>;
  #postQualifiers?: PhraseTable<Qualifier>;
  #clockJoiners?: ReadonlySet<string>;
  #clockTold?: ToldTimeTables;
  #degreeWords?: ReadonlySet<string>;
  #clockServices?: ReadonlySet<string>;
  #weekWords?: ReadonlySet<string>;
  #weekNotAfter?: ReadonlySet<string>;
  #rankNouns?: ReadonlySet<string>;
  #rankNounAfter?: ReadonlySet<string>;
  #postWords?: ReadonlySet<string>;
  #vague?: PhraseTable<VagueEntry>;
  #shares?: PhraseTable<ShareEntry>;
  #units?: PhraseTable<UnitEntry>;
  #currencyPrefixes?: PhraseTable<CurrencyPrefix>;
  #dateModifiers?: PhraseTable<true>;
  #fractions?: PhraseTable<number>;
  #addedFractions?: PhraseTable<number>;
  #per?: PhraseTable<true>;
  #perTime?: PhraseTable<string>;
  #timeUnits?: PhraseTable<string>;
  #durations?: PhraseTable<string>;
  #spanMultiples?: PhraseTable<{ unit: string; times: number }>;
  #timeSymbols?: PhraseTable<string>;
  #outOf?: PhraseTable<boolean>;
  #every?: ReadonlySet<string>;
  #changeBy?: ReadonlySet<string>;
  #ownPartitive?: ReadonlySet<string>;
  #dimensionAdjectives?: ReadonlySet<string>;
  #percentJoiners?: ReadonlySet<string>;
  #hundred?: ReadonlySet<string>;
  #articles?: ReadonlySet<string>;
  #bare?: ReadonlySet<string>;
  #onePrev?: ReadonlySet<string>;
  #oneAfterDefinite?: ReadonlySet<string>;
  #oneNext?: ReadonlySet<string>;
  #ambiguousMonths?: ReadonlySet<string>;
  #dayMonthJoiners?: ReadonlySet<string>;
  #weekdayDateJoiners?: ReadonlySet<string>;
  #figureWords?: ReadonlySet<string>;
  #others = new Map<string, WordClass>();
  /** Classes of the one-character ASCII tokens (punctuation, single digits), by code. */
  readonly #ascii: (WordClass | undefined)[] = Array.from({ length: 128 }, () => undefined);
  #digitsStart?: number;
  /** The language's place in the registry: its slot in a word's classes (words.ts). */
  readonly index: number;
  #shareNouns?: ReadonlyMap<string, number>;
  #shareOrdinals?: ReadonlyMap<string, number>;
  #monthAbbreviations?: ReadonlyMap<string, number>;
  #openers?: ReadonlyMap<string, string>;
  #changeVerbs?: ReadonlySet<string>;
  #voteVerbs?: ReadonlySet<string>;
  #determiners?: ReadonlySet<string>;
  #periodParts?: ReadonlySet<string>;
  #scales?: ReadonlyMap<string, number>;

  constructor(readonly pack: Language) {
    this.index = ALL_LANGUAGES.indexOf(pack);
  }

  /** Scales after digits: "million" 6, "mia." 9, "m" (touching) 6. */
  get digitScales(): PhraseTable<ScaleEntry> {
    return (this.#digitScales ??= phrases(
      Object.entries(this.pack.numbers.digitScales).map(([p, s]) => {
        const e: ScaleEntry = typeof s === "number" ? { exp: s } : s.touching ? { exp: s.exp, adj: true } : { exp: s.exp };
        return [p, e] as const;
      }),
    ));
  }

  get qualifiers(): PhraseTable<QualEntry> {
    if (this.#qualifiers) return this.#qualifiers;
    const rows: [string, QualEntry][] = [];
    for (const [scope, byQ] of Object.entries(this.pack.qualifiers) as [keyof typeof SCOPES, Partial<Record<Qualifier, readonly string[]>>][]) {
      for (const [q, list] of Object.entries(byQ) as [Qualifier, readonly string[]][]) {
        for (const p of list) rows.push([p, { q, scope: SCOPES[scope] }]);
      }
    }
    return (this.#qualifiers = phrases(rows));
  }

  get postQualifiers(): PhraseTable<Qualifier> {
    return (this.#postQualifiers ??= phrases(entries(this.pack.postQualifiers as Record<string, readonly string[]>, (q) => q as Qualifier)));
  }

  /** Words that end a number when a hyphenated post-qualifier is written: "plus" of "200-plus". */
  get postWords(): ReadonlySet<string> {
    if (this.#postWords) return this.#postWords;
    const out = new Set<string>();
    for (const list of Object.values(this.pack.postQualifiers)) {
      for (const p of list ?? []) if (p.length > 1 && p[0] === "-" && !p.includes(" ")) out.add(p.slice(1));
    }
    return (this.#postWords = out);
  }

  get vague(): PhraseTable<VagueEntry> {
    if (this.#vague) return this.#vague;
    const rows: [string, VagueEntry][] = [];
    for (const [label, v] of Object.entries(this.pack.vague)) {
      const [low, high] = COMMON.vague[label];
      for (const p of v.phrases) {
        if (typeof p === "string") rows.push([p, { label, low, high }]);
        else rows.push([p.phrase, { label, low, high, next: p.next }]);
      }
    }
    return (this.#vague = phrases(rows));
  }

  get shares(): PhraseTable<ShareEntry> {
    if (this.#shares) return this.#shares;
    const rows: [string, ShareEntry][] = [];
    for (const s of this.pack.shares) {
      const value = (100 * s.fraction[0]) / s.fraction[1];
      for (const p of s.phrases) rows.push([p, { qualifier: s.qualifier, value }]);
    }
    return (this.#shares = phrases(rows));
  }

  /** Units after a number: the shared symbols and codes, and the unit and currency words of every pack. */
  get units(): PhraseTable<UnitEntry> {
    if (this.#units) return this.#units;
    const rows: [string, UnitEntry][] = [];
    for (const [code, list] of Object.entries(COMMON.units)) {
      const e = unitEntry(code);
      for (const p of list) rows.push([p, COMMON.spacedOnly.includes(p) ? { ...e, spaced: true } : e]);
    }
    // Unit and currency words of every language: a unit word names one unit whatever the language.
    for (const pack of [this.pack, ...ALL_LANGUAGES.filter((p) => p !== this.pack)]) {
      for (const r of entries(pack.units, unitEntry)) rows.push(r);
      for (const r of entries(pack.currencies, (code): UnitEntry => ({ kind: "money", unit: code }))) rows.push(r);
      for (const r of entries(pack.currencySubunits, (code): UnitEntry => ({ kind: "money", unit: code, hundredth: true }))) rows.push(r);
    }
    for (const [code, list] of Object.entries(COMMON.currencySubunits)) {
      for (const p of list) rows.push([p, { kind: "money", unit: code, hundredth: true, glued: true }]);
    }
    // After a number, a currency reads by its code or a one-character symbol ("500 DKK", "5 $").
    for (const [code, list] of Object.entries(COMMON.currencies)) {
      for (const p of list) if (p === code || [...p].length === 1) rows.push([p, { kind: "money", unit: code }]);
    }
    return (this.#units = phrases(rows));
  }

  /** Currency before the number: "$5", "US$5m", "€5", "DKK 500", "kr. 500". */
  get currencyPrefixes(): PhraseTable<CurrencyPrefix> {
    if (this.#currencyPrefixes) return this.#currencyPrefixes;
    const rows: [string, CurrencyPrefix][] = [];
    for (const [code, list] of Object.entries(COMMON.currencies)) for (const p of list) rows.push([p, { code, anyCase: false }]);
    for (const pack of ALL_LANGUAGES) for (const [p, code] of Object.entries(pack.currencyPrefixes)) rows.push([p, { code, anyCase: true }]);
    return (this.#currencyPrefixes = phrases(rows));
  }

  #seasons?: ReadonlyMap<string, Season>;
  /** Season words by the season they name ("efteråret" → autumn). */
  get seasons(): ReadonlyMap<string, Season> {
    return (this.#seasons ??= new Map(SEASONS.flatMap((s) => this.pack.calendar.seasons[s].map((w) => [w, s] as const))));
  }

  get dateModifiers(): PhraseTable<true> {
    return (this.#dateModifiers ??= phrases(this.pack.calendar.modifiers.map((p) => [p, true] as const)));
  }

  /** "half a" (0.5), "halvanden" (1.5) before a scale word, dozen or unit. */
  get fractions(): PhraseTable<number> {
    return (this.#fractions ??= phrases(Object.entries(this.pack.numbers.fractions)));
  }

  /** "and a half" (0.5), "en halv" after a whole number, before a unit or scale word. */
  get addedFractions(): PhraseTable<number> {
    return (this.#addedFractions ??= phrases(Object.entries(this.pack.numbers.addedFractions)));
  }

  /** "per", "pr.": a unit or a unit of time follows. */
  get per(): PhraseTable<true> {
    return (this.#per ??= phrases(this.pack.rates.per.map((p) => [p, true] as const)));
  }

  /** "an hour", "i timen" → "h". */
  get perTime(): PhraseTable<string> {
    return (this.#perTime ??= phrases(entries(this.pack.rates.perTime, (code) => code)));
  }

  /** A rank the word is by itself: an ordinal word, or a rank prefix joined to a superlative or place ("tredjestørste", "næsthøjeste", "fjerdeplads"). */
  private rankOfWord(w: string): number | null {
    const n = this.pack.numbers;
    if (Object.hasOwn(n.ordinalWords, w)) return n.ordinalWords[w];
    for (const table of [n.ordinalWords, n.rankPrefixes]) {
      for (const [prefix, value] of Object.entries(table)) {
        if (!w.startsWith(prefix) || w.length < prefix.length + 3) continue;
        if (n.rankEnds.some((end) => w.endsWith(end))) return value;
      }
    }
    return null;
  }

  /** A rank the word is by itself (rankOfWord), memoised. */
  rank(t: Tok): number | null {
    return this.word(t).rank;
  }

  /** Words for degrees alone ("degrees", "grader"): degrees Celsius in a sentence about temperature (unitAt, scan.ts). */
  get degreeWords(): ReadonlySet<string> {
    return (this.#degreeWords ??= new Set(this.pack.temperatureDegrees.words));
  }

  /** Spans of time as a figure's unit: "hours", "måneders", "årig" → "h", "mo", "yr". */
  get durations(): PhraseTable<string> {
    return (this.#durations ??= phrases(entries(this.pack.durations, (code) => code)));
  }

  /** Spans of several of a unit: "kvarter" → 15 min (the pack's spanMultiples). */
  get spanMultiples(): PhraseTable<{ unit: string; times: number }> {
    if (!this.#spanMultiples) {
      const rows: [string, { unit: string; times: number }][] = [];
      for (const [unit, byTimes] of Object.entries(this.pack.spanMultiples)) for (const [times, words] of Object.entries(byTimes)) for (const w of words) rows.push([w, { unit, times: Number(times) }]);
      this.#spanMultiples = phrases(rows);
    }
    return this.#spanMultiples;
  }

  /** "hour", "timer" → "h". */
  get timeUnits(): PhraseTable<string> {
    return (this.#timeUnits ??= phrases(entries(this.pack.timeUnits, (code) => code)));
  }

  /** "h", "s" after a slash → "h", "s" (shared symbols). */
  get timeSymbols(): PhraseTable<string> {
    return (this.#timeSymbols ??= phrases(entries(COMMON.timeUnits, (code) => code)));
  }

  /** "out of" (false), "in" (true: loose, words or the numerator 1 only). */
  get outOf(): PhraseTable<boolean> {
    const g = this.pack.shareGrammar;
    return (this.#outOf ??= phrases([...g.outOf.map((p) => [p, false] as const), ...g.outOfLoose.map((p) => [p, true] as const)]));
  }

  get every(): ReadonlySet<string> {
    return (this.#every ??= set(this.pack.shareGrammar.every));
  }
  get changeBy(): ReadonlySet<string> {
    return (this.#changeBy ??= set(this.pack.shareGrammar.changeBy));
  }

  /** Fraction nouns by denominator: "thirds" 3, "fjerdedele" 4. */
  get shareNouns(): ReadonlyMap<string, number> {
    return (this.#shareNouns ??= map(this.pack.shareGrammar.nouns));
  }
  /** Words before a share that make it a part of a span of time: "first" (half of 2024). */
  get periodParts(): ReadonlySet<string> {
    return (this.#periodParts ??= set(this.pack.shareGrammar.periodParts));
  }
  #aloneBeforeVerb?: ReadonlySet<string>;
  /** Fraction nouns that are a share alone before an auxiliary ("half had"). */
  get aloneBeforeVerb(): ReadonlySet<string> {
    return (this.#aloneBeforeVerb ??= set(this.pack.shareGrammar.aloneBeforeVerb));
  }
  #auxiliaries?: ReadonlySet<string>;
  #boundVerbs?: ReadonlySet<string>;
  /** Verbs between a bound word and its number (the pack's grammar): "højst måtte være 40". */
  get boundVerbs(): ReadonlySet<string> {
    return (this.#boundVerbs ??= set(this.pack.grammar.boundVerbs));
  }
  /** Auxiliary verbs (the pack's grammar). */
  get auxiliaries(): ReadonlySet<string> {
    return (this.#auxiliaries ??= set(this.pack.grammar.auxiliaries));
  }
  /** Ordinal words by number: "fourth" 4, "fjerde" 4. */
  get shareOrdinals(): ReadonlyMap<string, number> {
    return (this.#shareOrdinals ??= map(this.pack.shareGrammar.ordinals));
  }
  /** Month abbreviations: "sep" 9. */
  get monthAbbreviations(): ReadonlyMap<string, number> {
    return (this.#monthAbbreviations ??= map(this.pack.calendar.monthAbbreviations));
  }
  /**
   * Times of day (see ClockWords): "am"/"pm" after the hour, the 24-hour clock's marker and words
   * for a time, of every language ("kl. 10.30" is a time whichever language a short sentence is
   * taken for); the joiners of a span, of this one ("to" is two in Danish).
   */
  get clockHalves(): PhraseTable<"am" | "pm"> {
    return everyLanguage().clockHalves;
  }
  get clockMarkers(): ReadonlySet<string> {
    return everyLanguage().clockMarkers;
  }
  get clockWords(): ReadonlyMap<string, number> {
    return everyLanguage().clockWords;
  }
  get clockJoiners(): ReadonlySet<string> {
    return (this.#clockJoiners ??= new Set(this.pack.calendar.clock.joiners));
  }
  /** The words of a time told in words and the parts of the day, of this language ("i" and "over" are no such words in English). */
  get clockTold(): ToldTimeTables {
    if (this.#clockTold) return this.#clockTold;
    const { told, dayParts } = this.pack.calendar.clock;
    return (this.#clockTold = {
      quarter: new Set(told.quarter),
      half: new Set(told.half),
      halfTo: new Set(told.halfTo),
      past: new Set(told.past),
      to: new Set(told.to),
      minutes: new Set(told.minutes),
      oclock: phrases(told.oclock.map((p) => [p, true] as const)),
      dayParts: phrases([
        ...dayParts.am.map((p) => [p, "am"] as const),
        ...dayParts.pm.map((p) => [p, "pm"] as const),
        ...dayParts.night.map((p) => [p, "night"] as const),
      ]),
    });
  }
  /** Words before the number of a week of the year: "week", "uge". */
  get weekWords(): ReadonlySet<string> {
    return (this.#weekWords ??= new Set(this.pack.numbers.weekWords));
  }
  /** Words before a week word that make it a week relative to now: "sidste uge", "next week". */
  get weekNotAfter(): ReadonlySet<string> {
    return (this.#weekNotAfter ??= new Set(this.pack.numbers.weekNotAfter));
  }
  get rankNouns(): ReadonlySet<string> {
    return (this.#rankNouns ??= new Set(this.pack.numbers.rankNouns.words));
  }
  get rankNounAfter(): ReadonlySet<string> {
    return (this.#rankNounAfter ??= new Set(this.pack.numbers.rankNouns.after));
  }
  get clockServices(): ReadonlySet<string> {
    return (this.#clockServices ??= new Set(this.pack.calendar.clock.services));
  }
  /** Range openers and their joiners: "between" → "and". */
  get openers(): ReadonlyMap<string, string> {
    return (this.#openers ??= map(this.pack.ranges.openers));
  }
  /** Verbs of a change (see RangeWords). */
  get changeVerbs(): ReadonlySet<string> {
    return (this.#changeVerbs ??= new Set(this.pack.ranges.changeVerbs));
  }
  /** The grammar's determiners ("the", "de"), as a set. */
  get determiners(): ReadonlySet<string> {
    return (this.#determiners ??= new Set(this.pack.grammar.determiners));
  }
  /** Verbs of voting (see RangeWords). */
  get voteVerbs(): ReadonlySet<string> {
    return (this.#voteVerbs ??= new Set(this.pack.ranges.voteVerbs));
  }
  /** Scale words written out, as powers of ten: "thousand" 3. */
  get scales(): ReadonlyMap<string, number> {
    return (this.#scales ??= map(this.pack.numbers.scales));
  }

  /** The language's own partitive ("of", "af"): part of a share ("three quarters of"). */
  get ownPartitive(): ReadonlySet<string> {
    return (this.#ownPartitive ??= set(this.pack.numbers.partitive));
  }

  /** Adjectives of size after a measure ("long", "high"): "22m long" is metres, not millions. */
  get dimensionAdjectives(): ReadonlySet<string> {
    return (this.#dimensionAdjectives ??= set(this.pack.grammar.dimensionAdjectives));
  }

  /** Nouns of a percentage, as words or compound ends ("procent" of "belægningsprocent"). */
  get percentEndings(): readonly string[] {
    return this.pack.numbers.percentNouns.endings;
  }

  /** Words between a noun of a percentage and its bare number ("på" of "en belægningsprocent på 81"). */
  get percentJoiners(): ReadonlySet<string> {
    return (this.#percentJoiners ??= set(this.pack.numbers.percentNouns.joiners));
  }

  get hundred(): ReadonlySet<string> {
    return (this.#hundred ??= set(this.pack.numbers.hundred));
  }
  get articles(): ReadonlySet<string> {
    return (this.#articles ??= set(this.pack.numbers.articles));
  }
  get bare(): ReadonlySet<string> {
    return (this.#bare ??= set(this.pack.numbers.bare));
  }
  get onePrev(): ReadonlySet<string> {
    return (this.#onePrev ??= set(this.pack.numbers.pronounOne?.before ?? []));
  }
  get oneAfterDefinite(): ReadonlySet<string> {
    return (this.#oneAfterDefinite ??= set(this.pack.numbers.pronounOne?.afterDefinite ?? []));
  }
  get oneNext(): ReadonlySet<string> {
    return (this.#oneNext ??= set(this.pack.numbers.pronounOne?.after ?? []));
  }
  get ambiguousMonths(): ReadonlySet<string> {
    return (this.#ambiguousMonths ??= set(this.pack.calendar.ambiguousMonths));
  }
  get dayMonthJoiners(): ReadonlySet<string> {
    return (this.#dayMonthJoiners ??= set(this.pack.calendar.dayMonthJoiners));
  }

  get weekdayDateJoiners(): ReadonlySet<string> {
    return (this.#weekdayDateJoiners ??= set(this.pack.calendar.weekdayDateJoiners));
  }

  // Read in every language (see everyLanguage below).
  get labels(): ReadonlySet<string> {
    return everyLanguage().labels;
  }
  get hyphenPrefixes(): ReadonlySet<string> {
    return everyLanguage().hyphenPrefixes;
  }
  get ordinalSuffixes(): ReadonlySet<string> {
    return everyLanguage().ordinalSuffixes;
  }
  get decadeSuffixes(): ReadonlySet<string> {
    return everyLanguage().decadeSuffixes;
  }
  get partitive(): ReadonlySet<string> {
    return everyLanguage().partitive;
  }
  get monthCues(): ReadonlySet<string> {
    return everyLanguage().monthCues;
  }
  get strongYear(): ReadonlySet<string> {
    return everyLanguage().strongYear;
  }
  get weakYear(): ReadonlySet<string> {
    return everyLanguage().weakYear;
  }
  get yearFollowers(): ReadonlySet<string> {
    return everyLanguage().yearFollowers;
  }
  get yearUnlessRound(): ReadonlySet<string> {
    return everyLanguage().yearUnlessRound;
  }
  get yearOrigins(): ReadonlySet<string> {
    return everyLanguage().yearOrigins;
  }
  get ageStrong(): readonly (readonly string[])[] {
    return everyLanguage().ageStrong;
  }
  get ageWeak(): readonly (readonly string[])[] {
    return everyLanguage().ageWeak;
  }
  get ageAfterName(): ReadonlySet<string> {
    return everyLanguage().ageAfterName;
  }
  get ageCopulas(): ReadonlySet<string> {
    return everyLanguage().ageCopulas;
  }
  get ageClauseEnds(): ReadonlySet<string> {
    return everyLanguage().ageClauseEnds;
  }
  get ageRelatives(): ReadonlySet<string> {
    return everyLanguage().ageRelatives;
  }
  get ageAdverbs(): ReadonlySet<string> {
    return everyLanguage().ageAdverbs;
  }
  get ageOrigins(): ReadonlySet<string> {
    return everyLanguage().ageOrigins;
  }
  get ageAppositives(): ReadonlySet<string> {
    return everyLanguage().ageAppositives;
  }
  get ageGroups(): ReadonlySet<string> {
    return everyLanguage().ageGroups;
  }
  get ageModals(): ReadonlySet<string> {
    return everyLanguage().ageModals;
  }
  get ageInfinitives(): ReadonlySet<string> {
    return everyLanguage().ageInfinitives;
  }
  get ageNouns(): ReadonlySet<string> {
    return everyLanguage().ageNouns;
  }
  get ageOfWords(): ReadonlySet<string> {
    return everyLanguage().ageOfWords;
  }
  get agePersons(): ReadonlySet<string> {
    return everyLanguage().agePersons;
  }
  get ageContractedCopulas(): ReadonlySet<string> {
    return everyLanguage().ageContractedCopulas;
  }
  get agePronouns(): ReadonlySet<string> {
    return everyLanguage().agePronouns;
  }
  get ageSpans(): ReadonlySet<string> {
    return everyLanguage().ageSpans;
  }
  get ageKin(): ReadonlySet<string> {
    return everyLanguage().ageKin;
  }
  get presentPhrases(): readonly (readonly string[])[] {
    return everyLanguage().presentPhrases;
  }
  get andWords(): ReadonlySet<string> {
    return everyLanguage().andWords;
  }
  get spanOver(): ReadonlySet<string> {
    return everyLanguage().spanOver;
  }
  get spanOverUnless(): ReadonlySet<string> {
    return everyLanguage().spanOverUnless;
  }
  get qualifierNotAfter(): ReadonlyMap<string, ReadonlySet<string>> {
    return everyLanguage().qualifierNotAfter;
  }
  get reachQualifiers(): ReadonlySet<string> {
    return everyLanguage().reachQualifiers;
  }
  get startQualifiers(): ReadonlySet<string> {
    return everyLanguage().startQualifiers;
  }
  get definite(): ReadonlySet<string> {
    return everyLanguage().definite;
  }
  /** The words between a list's number and its next name: "and", an article ("…, 10, and the United Kingdom"). */
  get listJoiners(): ReadonlySet<string> {
    return everyLanguage().listJoiners;
  }
  get timeSuffixes(): PhraseTable<true> {
    return everyLanguage().timeSuffixes;
  }
  get hyphenNames(): readonly string[] {
    return everyLanguage().hyphenNames;
  }
  get yearCompoundEnds(): readonly string[] {
    return everyLanguage().yearCompoundEnds;
  }
  get decadeWords(): ReadonlySet<string> {
    return everyLanguage().decadeWords;
  }

  /**
   * What the reader needs to know of a token's word: worked out once per distinct word and kept on
   * the word's memo record (words.ts), so that the scan passes over the common words of a sentence
   * with a field read instead of a dozen table look-ups, and a number word's value, a month or a
   * weekday is a field read too. Punctuation and digits (no record) are kept here: by code when
   * one ASCII character, in a small map otherwise.
   */
  word(t: Tok): WordClass {
    const w = t.word;
    if (w !== null) {
      let k = w.classes[this.index];
      if (k === undefined) {
        k = w.classes[this.index] = this.classify(t.low);
        if (this.index < GATED_LANGUAGES) w.gate |= (k.bits & (CAN_START | CAN_HOLD) ? 3 : 1) << (2 * this.index);
      }
      return k;
    }
    if (t.low.length === 1) {
      const code = t.low.charCodeAt(0);
      if (code < 128) return (this.#ascii[code] ??= this.classify(t.low));
    }
    let k = this.#others.get(t.low);
    if (k === undefined) {
      k = this.classify(t.low);
      if (this.#others.size >= OTHERS_MAX) this.#others.clear();
      this.#others.set(t.low, k);
    }
    return k;
  }

  /**
   * The readers that may start at a digit run: dates, amounts and shares ("2 out of 3"); qualifiers
   * and vague quantities only if one of their phrases starts with digits; no range opener.
   */
  get digitsStart(): number {
    return (this.#digitsStart ??=
      STARTS_DATE | STARTS_AMOUNT | STARTS_SHARE |
      (this.qualifiers.startsWith("n") ? STARTS_QUALIFIER : 0) | (this.vague.startsWith("n") ? STARTS_VAGUE : 0));
  }

  /**
   * A word known to start no reader and to make no figure in this language, told by its record's
   * gate bits alone (words.ts). False when the word is not yet classified, or not a word.
   */
  inert(t: Tok): boolean {
    return t.word !== null && this.index < GATED_LANGUAGES && ((t.word.gate >> (2 * this.index)) & 3) === 1;
  }

  /** The STARTS_ bits of a token. */
  startsAt(t: Tok): number {
    if (t.type === "n") return this.digitsStart;
    return this.inert(t) ? 0 : this.word(t).bits & CAN_START;
  }

  /** The word lets a sentence without digits hold a figure (mayHoldFigure). */
  holds(t: Tok): boolean {
    return !this.inert(t) && (this.word(t).bits & CAN_HOLD) !== 0;
  }

  /** A number 0..99 written as one word: the pack's smallNumber, memoised. */
  smallNumber(t: Tok): number | null {
    return this.word(t).small;
  }
  /** 1..12 for a month name: the pack's monthNumber, memoised. */
  monthNumber(t: Tok): number | null {
    return this.word(t).month;
  }
  /** 1..7 for a weekday name: the pack's weekdayNumber, memoised. */
  weekdayNumber(t: Tok): number | null {
    return this.word(t).weekday;
  }

  private classify(w: string): WordClass {
    const pack = this.pack;
    const small = pack.smallNumber(w);
    const month = pack.monthNumber(w);
    const weekday = pack.weekdayNumber(w);
    const vague = this.vague.has(w);
    const shares = this.shares.has(w);
    let bits = 0;
    // mayHoldFigure (scan.ts): a word that lets a sentence without digits hold a figure
    if (this.figureWords.has(w) || small !== null || weekday !== null || vague || shares) bits |= CAN_HOLD;
    // matchAt and numericAt (scan.ts): the first tokens of each reader's phrases and words; at any
    // other word or punctuation the reader returns null.
    const articles = this.articles.has(w);
    if (this.qualifiers.has(w)) bits |= STARTS_QUALIFIER;
    if (this.dateModifiers.has(w) || month !== null || this.monthAbbreviations.has(w) || weekday !== null) bits |= STARTS_DATE;
    // (a time of day: "kl. 10", "noon"; read by clockAt before dates)
    const clock = this.clockWords.has(w);
    if (clock || this.clockMarkers.has(w)) bits |= STARTS_DATE;
    if (clock) bits |= CAN_HOLD;
    // (a time told in words: clockAt reads "quarter past nine", "halv syv", "nine o'clock")
    const told = this.clockTold;
    // (and an article: "a quarter past six")
    if (small !== null || told.quarter.has(w) || told.half.has(w) || told.halfTo.has(w) || articles) bits |= STARTS_CLOCK;
    // (a rank: "seventh", "tredjestørste"; "second" of "second-largest")
    const rank = this.rankOfWord(w);
    if (rank !== null) bits |= STARTS_RANK | CAN_HOLD;
    else if (Object.hasOwn(pack.numbers.rankPrefixes, w)) bits |= STARTS_RANK;
    // ("Carricks anden sejr": a rank after an owner, ownedRank; "uge 41", a week, and "nummer 14",
    // a place, whose number lets its sentence hold a figure already)
    if (Object.hasOwn(pack.numbers.ownedOrdinals, w)) bits |= STARTS_RANK | CAN_HOLD;
    else if (this.weekWords.has(w) || this.rankNouns.has(w)) bits |= STARTS_RANK;
    if (vague) bits |= STARTS_VAGUE;
    // shareAt: a share phrase, or fractionShareAt's "every" or whole number (wholeAt: an article or a number word)
    if (shares || this.every.has(w) || articles || small !== null) bits |= STARTS_SHARE;
    if (this.openers.has(w)) bits |= STARTS_RANGE;
    // amountAt: a currency before the number, the decimal point of ".75", or readWords' first word
    // (an article, a fraction, a bare "hundrede", a number word), or a fraction before a unit
    if (this.currencyPrefixes.has(w) || w === pack.format.decimal || articles || this.fractions.has(w) || this.bare.has(w) || small !== null)
      bits |= STARTS_AMOUNT;
    // fractionShareAt (scan.ts): the second word of a share ("three quarters", "two out of three")
    if (this.shareNouns.has(w) || this.outOf.has(w)) bits |= SHARE_NEXT;
    const fused = small === null ? this.fusedSpan(w) : null;
    if (fused) bits |= STARTS_AMOUNT | CAN_HOLD;
    return { bits, small, month, weekday, rank, fused };
  }

  /** "treårigt" → 3 years of age: a number word, then an ending of the pack's fusedSpans. */
  private fusedSpan(w: string): WordClass["fused"] {
    for (const [unit, endings] of Object.entries(this.pack.fusedSpans)) {
      for (const e of endings) {
        if (w.length <= e.length || !w.endsWith(e)) continue;
        const value = this.pack.smallNumber(w.slice(0, -e.length));
        if (value !== null) return { value, unit };
      }
    }
    return null;
  }

  /** Words that can start or make a figure without a digit (digits are tested directly). */
  get figureWords(): ReadonlySet<string> {
    if (this.#figureWords) return this.#figureWords;
    const n = this.pack.numbers;
    const cal = this.pack.calendar;
    const g = this.pack.shareGrammar;
    // the telling words of a fraction ("half" of "half a", "kvart" of "en kvart"), not its articles
    const glue = new Set([...n.articles, n.and, ...n.partitive]);
    const fractionWords = Object.keys(n.fractions).flatMap((f) => f.split(" ").filter((w) => !glue.has(w)));
    return (this.#figureWords = new Set([
      ...n.hundred, ...Object.keys(n.scales), n.dozen, ...cal.months, ...Object.keys(cal.monthAbbreviations),
      ...g.every, ...Object.keys(g.nouns), ...fractionWords,
    ]));
  }
}

// ---------------------------------------------------------------------------------------------
// Words read in every language. A sentence's language is a guess (short claims, fragments such as
// "kl. 10.30" or "i 1990'erne"), and these words mean one thing whatever the language: a label
// word before a number, an ordinal ending on it, a word that makes a bare integer a year.

let every: EveryTables | undefined;

interface EveryTables {
  labels: ReadonlySet<string>;
  hyphenPrefixes: ReadonlySet<string>;
  ordinalSuffixes: ReadonlySet<string>;
  decadeSuffixes: ReadonlySet<string>;
  partitive: ReadonlySet<string>;
  monthCues: ReadonlySet<string>;
  /** Strong year cues and every month name. */
  strongYear: ReadonlySet<string>;
  weakYear: ReadonlySet<string>;
  yearFollowers: ReadonlySet<string>;
  yearUnlessRound: ReadonlySet<string>;
  yearOrigins: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  listJoiners: ReadonlySet<string>;
  /** Phrases before an age, as words ("who is" → ["who", "is"]). */
  ageStrong: readonly (readonly string[])[];
  ageWeak: readonly (readonly string[])[];
  ageAfterName: ReadonlySet<string>;
  ageCopulas: ReadonlySet<string>;
  ageClauseEnds: ReadonlySet<string>;
  ageRelatives: ReadonlySet<string>;
  ageOrigins: ReadonlySet<string>;
  ageAdverbs: ReadonlySet<string>;
  ageAppositives: ReadonlySet<string>;
  ageGroups: ReadonlySet<string>;
  ageModals: ReadonlySet<string>;
  ageInfinitives: ReadonlySet<string>;
  ageNouns: ReadonlySet<string>;
  ageOfWords: ReadonlySet<string>;
  agePersons: ReadonlySet<string>;
  agePronouns: ReadonlySet<string>;
  ageContractedCopulas: ReadonlySet<string>;
  /** Nouns before which an age is a span of years ("112-årige historie"). */
  ageSpans: ReadonlySet<string>;
  /** Kinship words before a first name ("sin søster Mette, 44"). */
  ageKin: ReadonlySet<string>;
  /** Phrases that say now ("i dag", "today"), as words: "der i dag er 71 år". */
  presentPhrases: readonly (readonly string[])[];
  /** The word for "and" of every pack. */
  andWords: ReadonlySet<string>;
  spanOver: ReadonlySet<string>;
  spanOverUnless: ReadonlySet<string>;
  qualifierNotAfter: ReadonlyMap<string, ReadonlySet<string>>;
  reachQualifiers: ReadonlySet<string>;
  startQualifiers: ReadonlySet<string>;
  timeSuffixes: PhraseTable<true>;
  clockHalves: PhraseTable<"am" | "pm">;
  clockMarkers: ReadonlySet<string>;
  clockWords: ReadonlyMap<string, number>;
  hyphenNames: readonly string[];
  yearCompoundEnds: readonly string[];
  decadeWords: ReadonlySet<string>;
}

/** The words of every pack, read in any language (made once). */
export function everyLanguage(): EveryTables {
  if (every) return every;
  const all = (pick: (p: Language) => readonly string[]) => new Set(ALL_LANGUAGES.flatMap(pick));
  return (every = {
    labels: all((p) => p.numbers.labels),
    hyphenPrefixes: all((p) => p.numbers.hyphenPrefixes),
    ordinalSuffixes: all((p) => p.numbers.ordinalSuffixes),
    decadeSuffixes: all((p) => p.calendar.decadeSuffixes),
    partitive: all((p) => p.numbers.partitive),
    monthCues: all((p) => p.calendar.monthCues),
    strongYear: all((p) => [...p.years.strong, ...p.calendar.months]),
    weakYear: all((p) => p.years.weak),
    yearFollowers: all((p) => p.years.followers),
    yearUnlessRound: all((p) => p.years.unlessRound),
    yearOrigins: all((p) => p.years.origins),
    definite: all((p) => p.years.definite),
    listJoiners: all((p) => [p.numbers.and, ...p.years.definite]),
    ageStrong: [...all((p) => p.ages.strong)].map((phrase) => phrase.split(" ")),
    ageWeak: [...all((p) => p.ages.weak)].map((phrase) => phrase.split(" ")),
    ageAfterName: all((p) => p.ages.afterName),
    ageCopulas: all((p) => p.ages.copulas),
    ageClauseEnds: all((p) => p.ages.clauseEnds),
    ageRelatives: all((p) => p.ages.relatives),
    ageOrigins: all((p) => p.ages.origins),
    ageAdverbs: all((p) => p.ages.adverbs),
    ageAppositives: all((p) => p.ages.appositives),
    ageGroups: all((p) => p.ages.groups),
    ageModals: all((p) => p.ages.modalCopula.modals),
    ageInfinitives: all((p) => p.ages.modalCopula.infinitive),
    ageNouns: all((p) => p.ages.nouns),
    ageOfWords: all((p) => p.ages.ofWords),
    agePersons: all((p) => p.ages.persons),
    agePronouns: all((p) => p.ages.pronouns),
    ageContractedCopulas: all((p) => p.ages.contractedCopulas),
    ageSpans: all((p) => p.ages.spans),
    ageKin: all((p) => p.ages.kin),
    presentPhrases: [...all((p) => p.grammar.presentPhrases)].map((phrase) => phrase.split(" ")),
    andWords: all((p) => [p.numbers.and]),
    spanOver: all((p) => p.spanOver.words),
    spanOverUnless: all((p) => p.spanOver.unlessAfter),
    qualifierNotAfter: unionByKey(ALL_LANGUAGES.flatMap((p) => Object.entries(p.qualifiersNotAfter))),
    reachQualifiers: all((p) => p.reachQualifiers),
    startQualifiers: all((p) => p.startQualifiers),
    // (a number before a clock's am or pm, or another time word, is no figure of its own when no time is read: "13pm")
    timeSuffixes: phrases(ALL_LANGUAGES.flatMap((p) => [...p.numbers.timeSuffixes, ...p.calendar.clock.am, ...p.calendar.clock.pm].map((t) => [t, true] as const))),
    clockHalves: phrases(ALL_LANGUAGES.flatMap((p) => [...p.calendar.clock.am.map((t) => [t, "am"] as const), ...p.calendar.clock.pm.map((t) => [t, "pm"] as const)])),
    clockMarkers: all((p) => p.calendar.clock.markers),
    clockWords: new Map(ALL_LANGUAGES.flatMap((p) => Object.entries(p.calendar.clock.words))),
    hyphenNames: [...all((p) => p.years.hyphenNames)],
    yearCompoundEnds: [...all((p) => p.years.compoundEnds)],
    decadeWords: all((p) => p.calendar.decadeWords),
  });
}

const tables = new Map<Lang, Tables>();
/** The tables asked for last: a run of sentences mostly keeps its language. */
let last: Tables | undefined;

/** The tables of a language (made once). */
export function tablesOf(lang: Lang): Tables {
  if (last !== undefined && last.pack.code === lang) return last;
  let t = tables.get(lang);
  if (!t) tables.set(lang, (t = new Tables(languageOf(lang))));
  return (last = t);
}
