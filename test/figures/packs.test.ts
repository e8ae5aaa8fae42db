// The language packs (src/lang/<code>/pack.yaml): every pack has the shape of the Language
// interface, its lists are clean, its labels resolve; the registry gives Lang; and the code of
// the figure reader, the sentence splitter and the stems holds no language of its own.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ALL_LANGUAGES, COMMON, LANG_CODES, LANGUAGES, isLang, languageOf } from "../../src/lang/index.js";
import { stem } from "../../src/text/tokens.js";
import type { Lang } from "../../src/types.js";

const QUALIFIERS = ["exact", "more_than", "at_least", "less_than", "at_most", "about", "nearly", "just_over", "before", "after"] as const;
const words = z.array(z.string().min(1));
const byQualifier = z.partialRecord(z.enum(QUALIFIERS), words);
const numberMap = z.record(z.string(), z.number());

const PACK = z.strictObject({
  code: z.string().regex(/^[a-z]{2}$/),
  name: z.string(),
  detect: z.strictObject({ words, shared: words, cased: words, letters: z.string(), endings: words }),
  format: z.strictObject({ decimal: z.enum([".", ","]), group: z.enum([".", ",", " "]) }),
  numbers: z.strictObject({
    small: numberMap,
    compound: z
      .strictObject({ unitsFirst: z.boolean(), joiner: z.string(), oneWord: z.boolean(), spaced: z.boolean(), units: numberMap.optional() })
      .nullable(),
    hundred: words,
    bare: words,
    scales: numberMap,
    articles: words,
    and: z.string(),
    dozen: z.string(),
    partitive: words,
    fractions: numberMap,
    addedFractions: numberMap,
    pronounOne: z.strictObject({ word: z.string(), before: words, after: words, afterDefinite: words }).optional(),
    digitScales: z.record(z.string(), z.union([z.number(), z.strictObject({ exp: z.number(), touching: z.boolean() })])),
    ordinalSuffixes: words,
    ordinalUnits: numberMap,
    ordinalWords: numberMap,
    rankPrefixes: numberMap,
    rankEnds: words,
    ownedOrdinals: numberMap,
    ordinalOwners: words,
    genitiveS: z.boolean(),
    weekWords: words,
    weekNotAfter: words,
    rankNouns: z.strictObject({ words, after: words }),
    rankAdverbs: words,
    ordinalNames: z.record(z.string(), words),
    ordinalDot: z.boolean(),
    labels: words,
    hyphenPrefixes: words,
    timeSuffixes: words,
    percentNouns: z.strictObject({ endings: words, joiners: words }),
  }),
  qualifiers: z.strictObject({ number: byQualifier, date: byQualifier, both: byQualifier }),
  postQualifiers: byQualifier,
  ranges: z.strictObject({ openers: z.record(z.string(), z.string()), joiner: z.string(), changes: words, changeVerbs: words, untilYear: words, voteVerbs: words }),
  vague: z.record(
    z.string(),
    z.strictObject({ display: z.string(), phrases: z.array(z.union([z.string(), z.strictObject({ phrase: z.string(), next: z.string() })])) }),
  ),
  shares: z.array(z.strictObject({ phrases: words, qualifier: z.enum(QUALIFIERS), fraction: z.tuple([z.number(), z.number()]) })),
  shareGrammar: z.strictObject({ nouns: numberMap, outOf: words, outOfLoose: words, every: words, changeBy: words, ordinals: numberMap, periodParts: words, aloneBeforeVerb: words }),
  rates: z.strictObject({ per: words, perTime: z.record(z.string(), words) }),
  timeUnits: z.record(z.string(), words),
  durations: z.record(z.string(), words),
  fusedSpans: z.record(z.string(), words),
  spanMultiples: z.record(z.string(), z.record(z.string().regex(/^[0-9]+$/), words)),
  units: z.record(z.string(), words),
  temperatureDegrees: z.strictObject({ words, cues: words }),
  currencies: z.record(z.string().regex(/^[A-Z]{3}$/), words),
  currencyPrefixes: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  currencySubunits: z.record(z.string().regex(/^[A-Z]{3}$/), words),
  calendar: z.strictObject({
    months: words.length(12),
    monthAbbreviations: numberMap,
    weekdays: words.length(7),
    capitalised: z.boolean(),
    order: z.enum(["mdy", "dmy"]),
    monthDay: z.boolean(),
    dayMonthJoiners: words,
    weekdayDateJoiners: words,
    commaBeforeYear: z.boolean(),
    slashSpacedYear: z.boolean(),
    ambiguousMonths: words,
    monthCues: words,
    pastWeekdaySuffix: z.string(),
    possessiveWeekdaySuffixes: z.array(z.string()),
    decadeSuffixes: words,
    decadeWords: words,
    centuryWords: words,
    modifiers: words,
    seasons: z.strictObject({ spring: words, summer: words, autumn: words, winter: words }),
    clock: z.strictObject({
      markers: words,
      am: words,
      pm: words,
      words: numberMap,
      joiners: words,
      services: z.array(z.string().min(1)),
      told: z.strictObject({
        quarter: words,
        half: z.array(z.string().min(1)),
        halfTo: z.array(z.string().min(1)),
        past: words,
        to: words,
        minutes: words,
        oclock: z.array(z.string().min(1)),
      }),
      dayParts: z.strictObject({ am: words, pm: words, night: words }),
    }),
  }),
  years: z.strictObject({ strong: words, weak: words, followers: words, unlessRound: words, origins: words, definite: words, hyphenNames: words, compoundEnds: words }),
  ages: z.strictObject({ strong: words, weak: words, afterName: words, copulas: words, contractedCopulas: words, clauseEnds: words, relatives: words, origins: words, adverbs: words, appositives: words, groups: words, modalCopula: z.strictObject({ modals: words, infinitive: words }), nouns: words, ofWords: words, persons: words, pronouns: words, spans: words, kin: words }),
  spanOver: z.strictObject({ words, unlessAfter: words }),
  qualifiersNotAfter: z.record(z.string(), words),
  reachQualifiers: words,
  startQualifiers: words,
  abbreviations: z.array(z.string().regex(/\.$/)),
  sentenceEnders: z.array(z.string().regex(/\.$/)),
  display: z.strictObject({
    qualifiers: z.partialRecord(z.enum(QUALIFIERS), z.string()),
    countedQualifiers: z.partialRecord(z.enum(QUALIFIERS), z.string()),
    beforeMonth: z.string(),
    percent: z.string().includes("{n}"),
    decade: z.string().includes("{n}"),
    durations: z.record(z.string(), z.strictObject({ one: z.string(), other: z.string() })),
    moneyScales: z.record(z.string().regex(/^\d+$/), z.string()),
    money: z.record(z.string(), z.string().includes("{n}")),
    moneySubunits: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().includes("{n}")),
    clock: z.strictObject({ hours: z.union([z.literal(12), z.literal(24)]), separator: z.string().min(1), am: z.string(), pm: z.string(), prefix: z.string() }),
    ordinal: z.partialRecord(z.enum(["zero", "one", "two", "few", "many", "other"]), z.string().includes("{n}")).refine((o) => o.other !== undefined, "needs other"),
    week: z.string().includes("{n}"),
  }),
  grammar: z.strictObject({
    stopWords: words,
    auxiliaries: words,
    boundVerbs: words,
    conjunctions: words,
    relativeWords: words,
    possessiveRelatives: words,
    prepositions: words,
    determiners: words,
    negations: words,
    possessive: z.strictObject({ endings: words }),
    compounds: z.strictObject({ split: z.boolean(), linking: words, heads: z.enum(["any", "thing", "none"]) }),
    capitalisedNouns: z.boolean(),
    clauseOpeners: words,
    subordinators: words,
    detached: words,
    detachedNotOfPart: words,
    amountOf: words,
    amountOwners: words,
    respectively: words,
    previousValue: words,
    spreadFor: words,
    comparedWith: words,
    roomFor: z.strictObject({ phrases: words, as: z.string().min(1) }),
    newValue: words,
    pastCues: words,
    currentCues: words,
    pastOpeners: words,
    spentIn: words,
    spentOn: z.object({ words, not: words }).strict(),
    quantityNouns: words,
    timeRelatives: words,
    repetitions: words,
    anaphoricWholes: words,
    restOf: words,
    periodOpeners: words,
    firstPeriods: z.record(z.string(), z.number().int().positive()),
    distributive: words,
    having: words,
    moreOf: words,
    partOf: words,
    newOf: words,
    moreAfterNoun: words,
    totalCues: words,
    rangeEnds: z.strictObject({ low: words, high: words }),
    adjectivesAfterCount: words,
    dimensionAdjectives: words,
    locative: words,
    adjectiveEndings: words,
    nounEndings: words,
    verbEndings: words,
    nonFiniteEndings: words,
    irregularVerbs: words,
    adverbEndings: words,
    pluralEnding: z.string().optional(),
    inflections: words,
    relativeYears: z.record(z.string(), z.number().int()),
    relativeToText: words,
    whenClause: words,
    presentPhrases: words,
    futureCues: words,
    personPronouns: words,
    speakerPronouns: words,
    infinitiveMarkers: words,
    pastTense: z.strictObject({ words, endings: words }),
  }),
});

/** Every string list in a value, with its path. */
function* lists(v: unknown, path: string): Generator<[string, string[]]> {
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === "string")) yield [path, v as string[]];
    else for (const [k, x] of v.entries()) yield* lists(x, `${path}[${k}]`);
  } else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) yield* lists(x, `${path}.${k}`);
  }
}

/** The raw data of a pack: the Language without its functions and derived sets. */
function data(code: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const pack = languageOf(code) as unknown as Record<string, unknown>;
  for (const k of Object.keys(pack)) if (typeof pack[k] !== "function" && k !== "words") out[k] = pack[k];
  return out;
}

describe.each(LANG_CODES)("the %s pack", (code) => {
  const pack = languageOf(code);

  it("has the shape of the Language interface", () => {
    const r = PACK.safeParse(data(code));
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
    expect(pack.code).toBe(code);
  });

  it("has no list with a word twice", () => {
    const dups: string[] = [];
    for (const [path, list] of lists(data(code), code)) {
      const seen = new Set<string>();
      for (const w of list) {
        if (seen.has(w)) dups.push(`${path}: ${w}`);
        seen.add(w);
      }
    }
    expect(dups).toEqual([]);
  });

  it("writes its phrases in lower case (cased detection words, month names of the display and labels read only when capitalised aside)", () => {
    const upper: string[] = [];
    for (const [path, list] of lists(data(code), code)) {
      if (path.endsWith(".cased") || path.includes(".display") || path.endsWith("numbers.labels")) continue;
      for (const w of list) if (w !== w.toLowerCase()) upper.push(`${path}: ${w}`);
    }
    expect(upper).toEqual([]);
  });

  it("gives every vague label of common.yaml its phrases and display, and no other label", () => {
    expect(Object.keys(pack.vague).sort()).toEqual(Object.keys(COMMON.vague).sort());
  });

  it("ends sentences only after its own abbreviations", () => {
    for (const w of pack.sentenceEnders) expect(pack.abbreviations).toContain(w);
  });

  it("names every unit of time of its rates", () => {
    for (const code of Object.keys(pack.rates.perTime)) expect(Object.keys(pack.timeUnits)).toContain(code);
  });

  it("displays money in every currency it reads, and the rest", () => {
    expect(Object.keys(pack.display.money)).toContain("other");
  });

  it("stems with its own stemmer", () => {
    expect(stem("bridges", code)).toBe(pack.stem("bridges"));
  });

  it("holds no word of an article in its detection words", () => {
    const article = /^(killed|babies|wounded|troops|war|dræbt|døde|såret|soldater|danskere|krigen|bin)$/;
    expect(pack.detect.words.filter((w) => article.test(w))).toEqual([]);
    expect(pack.detect.shared.filter((w) => article.test(w))).toEqual([]);
  });
});

describe("the registry", () => {
  it("lists the languages, the first being the default", () => {
    expect(LANG_CODES).toEqual(["en", "da"]);
    expect(ALL_LANGUAGES.map((p) => p.code)).toEqual(["en", "da"]);
    expect(Object.keys(LANGUAGES)).toEqual(["en", "da"]);
  });

  it("gives each detection word to one language only, and none that every language shares", () => {
    const shared = new Set(ALL_LANGUAGES.flatMap((p) => p.detect.shared));
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of ALL_LANGUAGES) {
      for (const w of p.detect.words) {
        if (shared.has(w)) clashes.push(`${p.code}: ${w} is shared`);
        const o = owner.get(w);
        if (o && o !== p.code) clashes.push(`${w}: ${o} and ${p.code}`);
        owner.set(w, p.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("tells a code from another string", () => {
    expect(isLang("da")).toBe(true);
    expect(isLang("de")).toBe(false);
    expect(isLang("toString")).toBe(false);
  });

  it("gives each pack's look-ups", () => {
    expect(languageOf("da").smallNumber("syvogfyrre")).toBe(47);
    expect(languageOf("da").smallNumber("enogtyve")).toBe(21);
    expect(languageOf("en").smallNumber("syvogfyrre")).toBeNull();
    expect(languageOf("en").smallNumber("forty")).toBe(40);
    expect(languageOf("da").weekdayNumber("mandags")).toBe(1);
    expect(languageOf("en").weekdayNumber("mondays")).toBeNull();
    expect(languageOf("en").monthNumber("march")).toBe(3);
    expect(languageOf("da").words.stop.has("og")).toBe(true);
    expect(languageOf("en").words.conjunctions.has("whereas")).toBe(true);
    expect(languageOf("da").grammar.compounds).toEqual({ split: true, linking: ["s", "e"], heads: "any" });
    expect(languageOf("en").grammar.compounds.split).toBe(false);
  });
});

describe("no language in the code of the figure reader, the sentence splitter and the stems", () => {
  const root = join(import.meta.dirname, "..", "..", "src");
  const files = ["figures", "claims", "text"].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => join(root, d, f)),
  );
  const codes = LANG_CODES.join("|");

  it.each(files.map((f) => [f.slice(root.length + 1), f]))("%s tests no language code", (_name, file) => {
    const hits = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => new RegExp(`["'](${codes})["']`).test(l));
    expect(hits).toEqual([]);
  });

  it.each(files.map((f) => [f.slice(root.length + 1), f]))("%s holds no word list", (_name, file) => {
    // a list of three or more quoted lower-case words is a word list: it belongs in a pack
    const code = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    expect(code.match(/(?:"\p{Ll}{2,}",\s*){2,}"\p{Ll}{2,}"/gu) ?? []).toEqual([]);
  });
});
