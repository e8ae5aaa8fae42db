// What the frame reader needs of a language: its pack's grammar words as sets (src/lang).
import { languageOf, type Lang } from "../lang/index.js";

export interface Grammar {
  /** Function words: never content. */
  stop: ReadonlySet<string>;
  /** Words that open a relative clause (who, which, som). */
  relative: ReadonlySet<string>;
  /** Relative words of a possessor ("whose", "hvis"). */
  possessiveRelatives: ReadonlySet<string>;
  /** Words that join two clauses ("and", "but", "while"). */
  conjunctions: ReadonlySet<string>;
  /** The language's "and" ("and", "og"). */
  and: string;
  /** Words that open a phrase of its own inside a clause ("with 90 seats including the four …"). */
  clauseOpeners: ReadonlySet<string>;
  /** Conjunctions that open a subordinate clause ("while", "mens"). */
  subordinators: ReadonlySet<string>;
  /** Prepositions that put a figure out of its clause's verb's reach; "by", "to" do not. */
  detached: ReadonlySet<string>;
  /** Of those, the ones that do not before a count of part of a whole ("in seven of the cases"). */
  detachedNotOfPart: ReadonlySet<string>;
  /** Prepositions after which a figure counts the noun before them ("a crowd of 21,450"). */
  amountOf: ReadonlySet<string>;
  /** Prepositions of a phrase the amountOf noun may stand before ("gæld til kommunen på"). */
  amountOwners: ReadonlySet<string>;
  /** Words that pair a list of figures with a list of names in order ("respectively", "henholdsvis"). */
  respectively: ReadonlySet<string>;
  /** Right before an amount: the value before a change ("fell to 9,215 from 9,870"). */
  previousValue: ReadonlySet<string>;
  /** After each end of "from … to …", whom each is of: a spread (see GrammarData). */
  spreadFor: ReadonlySet<string>;
  /** The word between the ends of a range, "to", "til". */
  rangeJoiner: string;
  /** Verbs and adverbs of a change ("rose", "down", "steg", "ned"): the figures' range words'. */
  changeVerbs: ReadonlySet<string>;
  /** Phrases that open a clause comparing its amount with the clause before's ("compared with", "sammenlignet med"). */
  comparedWith: ReadonlySet<string>;
  roomFor: { phrases: ReadonlySet<string>; as: string };
  /** The most words a phrase of comparedWith has. */
  comparedWithWords: number;
  /** Right before an amount, after a verb: the value a change ends at ("fell to 6,315"). */
  newValue: ReadonlySet<string>;
  /** Anywhere in a figure's clause: the figure is a value from before ("the original budget"). */
  pastCues: ReadonlySet<string>;
  /** Anywhere in a figure's clause: the figure is the value after a change ("the new charge", "den nye pris"). */
  currentCues: ReadonlySet<string>;
  /** Opening a sentence before a word that is no figure: what it says held before then ("Before the expansion, …"). */
  pastOpeners: ReadonlySet<string>;
  /** Before a change's figure: the change is to come (see GrammarData). */
  futureCues: readonly string[];
  /** Pronouns of one person, as a sentence's first word (see GrammarData). */
  personPronouns: ReadonlySet<string>;
  /** Pronouns of the speaker, as a quote's first word (see GrammarData). */
  speakerPronouns: ReadonlySet<string>;
  /** Before a name, where someone is from: "fra Lindholm Mark" names a place, no person (the pack's ages.origins). */
  origins: ReadonlySet<string>;
  /** The infinitive marker (see GrammarData). */
  infinitiveMarkers: ReadonlySet<string>;
  /** Words and word endings that tell of the past ("was", "-ed"; "var", "-ede"). */
  pastTense: { words: ReadonlySet<string>; endings: readonly string[] };
  /** After a span of time, these open what it is a span of: "three years in prison". */
  spentIn: ReadonlySet<string>;
  /** After an amount of money, these open what it went to ("spent £2m on new roofs"), unless one of `not` follows ("on average"). */
  spentOn: { words: ReadonlySet<string>; not: ReadonlySet<string> };
  /** Unit codes of spans of time ("h", "yr"). */
  timeUnits: ReadonlySet<string>;
  /** Words of units of time, their own and in rates ("year", "år", "timen"): "£400 in a year" is no money of years. */
  timeWords: ReadonlySet<string>;
  /** Names of months and weekdays ("June", "mandag"): "voted nine to three in June" is no "voted in". */
  calendarNames: ReadonlySet<string>;
  /** Endings of a definite noun ("budgetaftalen": en, et, ne; none in English, which has "the"). */
  definiteEndings: readonly string[];
  /** Nouns that number something else: "the number of voters" is about voters. */
  quantityNouns: ReadonlySet<string>;
  /** Words that open a clause about the time just named: "July, when …", "i juli, hvor …". */
  timeRelatives: ReadonlySet<string>;
  /** Nouns that count how many times the clause's verb happened ("complained 212 times"). */
  repetitions: ReadonlySet<string>;
  /** Pronouns of a whole named before ("four of them"). */
  anaphoricWholes: ReadonlySet<string>;
  /** Endings of a weekday's genitive ("søndagens"): the calendar's. */
  possessiveWeekdaySuffixes: readonly string[];
  /** Right before a figure: it counts what the figure before counts ("the remaining 110"). */
  restOf: ReadonlySet<string>;
  /** Right before a span of time: the period an amount of its clause is of ("the first ten months"). */
  periodOpeners: ReadonlySet<string>;
  /** Periods said without a number, in months, longest first ("første halvår" 6). */
  firstPeriods: ReadonlyArray<readonly [string, number]>;
  /** In a figure's clause after a count: the figure is each one's ("18,740 members, each paying £90"). */
  distributive: ReadonlySet<string>;
  /** Right before a figure set off after a name: the name has it ("…, with 6,500,"). */
  having: ReadonlySet<string>;
  /** Right after a count, before what it counts ("200 more volunteers"). */
  moreOf: ReadonlySet<string>;
  /** Right before a figure, a part of what the figure before counts ("of which", "hvoraf"). */
  partOf: ReadonlySet<string>;
  /** A rate in one word ("annually", "årligt"): after an amount it says how often, never what it counts. */
  rateWords: ReadonlySet<string>;
  /** The packs' rates of time as words ("a year", "om året"): after an amount, how often, not what. */
  ratePhrases: readonly (readonly string[])[];
  /** Right after a count: what it counts is new ("32 new rooms", "32 nye værelser"). */
  newOf: ReadonlySet<string>;
  /** After the noun a count counts: how many more ("50 hjertestartere mere"). */
  moreAfterNoun: ReadonlySet<string>;
  totalCues: ReadonlySet<string>;
  /** In a figure's clause: the least or the greatest of what it gives (see frames' `extreme`). */
  rangeEnds: { low: ReadonlySet<string>; high: ReadonlySet<string> };
  /** Before the size of a change, after its verb: "expanded by 28 rooms", "udvider med 28 værelser". */
  changeBy: ReadonlySet<string>;
  /** Stop words that, right after a count and before a noun, describe what it counts ("300 new workers"). */
  adjectivesAfterCount: ReadonlySet<string>;
  /** Adjectives of size right after a measure and before a noun: "en 6,5 meter lang gummibåd". */
  dimensionAdjectives: ReadonlySet<string>;
  /** Prepositions of place ("in", "i"): a place after one is where it happened. */
  locative: ReadonlySet<string>;
  /** Prepositions: a noun after one is in a phrase of its own, not a clause's subject or topic. */
  prepositions: ReadonlySet<string>;
  /** Auxiliaries: a word after one is taken for a verb ("were killed", "er krydset"). */
  auxiliaries: ReadonlySet<string>;
  /** Determiners and possessives that may open the noun phrase after "of" ("of the vote"). */
  determiners: ReadonlySet<string>;
  /** The partitive preposition ("27.5 percent of the vote", "to ud af tre"). */
  partitive: ReadonlySet<string>;
  /** The first word of a two-word partitive ("out" of "91.5 out of 100 points", "ud" of "ud af"). */
  partitiveLeads: ReadonlySet<string>;
  adjectiveEndings: readonly string[];
  /** Endings only nouns have (Danish definite "-erne", "-ingen"): an event word with one is a noun. */
  nounEndings: readonly string[];
  verbEndings: readonly string[];
  /** Endings of verb forms never finite ("-ing"; see the packs' grammar.nonFiniteEndings). */
  nonFiniteEndings: readonly string[];
  irregularVerbs: ReadonlySet<string>;
  adverbEndings: readonly string[];
  pluralEnding?: string;
  /** Inflectional endings (longest first): what may follow a word's base in its other forms. */
  inflections: readonly string[];
  /** "last year" → -1 (see GrammarData). */
  relativeYears: Readonly<Record<string, number>>;
  /** Of relativeYears, those said from a year the sentence names (see GrammarData). */
  relativeToText: readonly string[];
  /** Words that open a clause of the year named right before it (see GrammarData). */
  whenClause: readonly string[];
  /** Phrases that say now (see GrammarData). */
  presentPhrases: readonly string[];
  /** Whether compounds are written as one word (split into known parts), the linking letters, and
   * which known last part makes a document's own word a kind of it (see GrammarData). */
  compounds: { split: boolean; linking: readonly string[]; heads: "any" | "thing" | "none" };
  /** Whether common nouns may be capitalised inside a sentence (see GrammarData). */
  capitalisedNouns: boolean;
  /** Words that say an age (the packs' ages.nouns: "gennemsnitsalderen", "youngest"). */
  ageNouns: ReadonlySet<string>;
}

const grammars = new Map<Lang, Grammar>();

export function grammarOf(lang: Lang): Grammar {
  let g = grammars.get(lang);
  if (!g) {
    const pack = languageOf(lang);
    const d = pack.grammar;
    g = {
      stop: pack.words.stop,
      relative: pack.words.relative,
      possessiveRelatives: new Set(d.possessiveRelatives),
      conjunctions: pack.words.conjunctions,
      and: pack.numbers.and,
      clauseOpeners: new Set(d.clauseOpeners),
      subordinators: new Set(d.subordinators),
      detached: new Set(d.detached),
      detachedNotOfPart: new Set(d.detachedNotOfPart),
      amountOf: new Set(d.amountOf),
      amountOwners: new Set(d.amountOwners),
      respectively: new Set(d.respectively),
      previousValue: new Set(d.previousValue),
      spreadFor: new Set(d.spreadFor),
      rangeJoiner: pack.ranges.joiner,
      changeVerbs: new Set(pack.ranges.changeVerbs),
      comparedWith: new Set(d.comparedWith),
      roomFor: { phrases: new Set(d.roomFor.phrases), as: d.roomFor.as },
      comparedWithWords: Math.max(0, ...d.comparedWith.map((p) => p.split(" ").length)),
      newValue: new Set(d.newValue),
      pastCues: new Set(d.pastCues),
      currentCues: new Set(d.currentCues),
      pastOpeners: new Set(d.pastOpeners),
      futureCues: d.futureCues,
      personPronouns: new Set(d.personPronouns),
      speakerPronouns: new Set(d.speakerPronouns),
      origins: new Set(pack.ages.origins),
      infinitiveMarkers: new Set(d.infinitiveMarkers),
      pastTense: { words: new Set(d.pastTense.words), endings: d.pastTense.endings },
      spentIn: new Set(d.spentIn),
      spentOn: { words: new Set(d.spentOn.words), not: new Set(d.spentOn.not) },
      timeUnits: new Set(Object.keys(pack.timeUnits)),
      timeWords: new Set([...Object.values(pack.timeUnits).flat(), ...Object.values(pack.rates.perTime).flat().map((p) => p.split(" ").pop()!)]),
      calendarNames: new Set([...pack.calendar.months, ...pack.calendar.weekdays].map((w) => w.toLowerCase())),
      definiteEndings: pack.years.hyphenNames,
      quantityNouns: new Set(d.quantityNouns),
      ageNouns: new Set(pack.ages.nouns),
      timeRelatives: new Set(d.timeRelatives),
      repetitions: new Set(d.repetitions),
      anaphoricWholes: new Set(d.anaphoricWholes),
      possessiveWeekdaySuffixes: pack.calendar.possessiveWeekdaySuffixes,
      restOf: new Set(d.restOf),
      periodOpeners: new Set(d.periodOpeners),
      firstPeriods: Object.entries(d.firstPeriods).sort((a, b) => b[0].length - a[0].length),
      distributive: new Set(d.distributive),
      having: new Set(d.having),
      moreOf: new Set(d.moreOf),
      partOf: new Set(d.partOf),
      newOf: new Set(d.newOf),
      moreAfterNoun: new Set(d.moreAfterNoun),
      totalCues: new Set(d.totalCues),
      rangeEnds: { low: new Set(d.rangeEnds.low), high: new Set(d.rangeEnds.high) },
      rateWords: new Set(Object.values(pack.rates.perTime).flat().filter((p) => !p.includes(" "))),
      ratePhrases: Object.values(pack.rates.perTime).flat().filter((p) => p.includes(" ")).map((p) => p.split(" ")),
      changeBy: new Set(pack.shareGrammar.changeBy),
      adjectivesAfterCount: new Set(d.adjectivesAfterCount),
      dimensionAdjectives: new Set(d.dimensionAdjectives),
      locative: new Set(d.locative),
      prepositions: pack.words.prepositions,
      auxiliaries: pack.words.auxiliaries,
      determiners: pack.words.determiners,
      partitive: new Set(pack.numbers.partitive),
      partitiveLeads: new Set(pack.shareGrammar.outOf.map((p) => p.split(" ")).filter((w) => w.length === 2 && pack.numbers.partitive.includes(w[1])).map((w) => w[0])),
      adjectiveEndings: d.adjectiveEndings,
      nounEndings: d.nounEndings,
      verbEndings: d.verbEndings,
      nonFiniteEndings: d.nonFiniteEndings,
      irregularVerbs: new Set(d.irregularVerbs),
      adverbEndings: d.adverbEndings,
      ...(d.pluralEnding ? { pluralEnding: d.pluralEnding } : {}),
      inflections: d.inflections,
      relativeYears: d.relativeYears,
      relativeToText: d.relativeToText,
      whenClause: d.whenClause,
      presentPhrases: d.presentPhrases,
      compounds: d.compounds,
      capitalisedNouns: d.capitalisedNouns,
    };
    grammars.set(lang, g);
  }
  return g;
}

/** Where the first of some phrases (lower case) occurs in text (lower case) as whole words; Infinity if none. */
export function firstCueAt(text: string, cues: readonly string[]): number {
  let first = Infinity;
  for (const cue of cues) {
    for (let at = text.indexOf(cue); at >= 0 && at < first; at = text.indexOf(cue, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(text[at + cue.length] ?? " ")) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** Whether a text (lower case) tells of the past: a word of the pack's pastTense, or one with its endings. */
export function tellsOfPast(text: string, g: Grammar): boolean {
  for (const w of text.split(/[^\p{L}]+/u)) {
    if (g.pastTense.words.has(w)) return true;
    for (const e of g.pastTense.endings) if (w.length >= e.length + 3 && w.endsWith(e)) return true;
  }
  return false;
}
