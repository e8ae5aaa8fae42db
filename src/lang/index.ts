// Language packs: everything the program knows about English, Danish, … lives in one folder per
// language (src/lang/<code>/pack.yaml, data compiled into the bundle at build time, and an
// index.ts naming its stemmer), behind the one `Language` interface below. Code elsewhere asks a
// pack for words and grammar features; it never tests a language code.
//
// Adding a language: a folder src/lang/<code>/ with pack.yaml and index.ts (copy an existing
// one), and one line in LANGUAGES below.
import type { Qualifier, Season } from "../types.js";
import commonData from "./common.yaml";
import da from "./da/index.js";
import en from "./en/index.js";

// ---------------------------------------------------------------------------------------------
// The data of a pack (pack.yaml), field by field

/** A phrase is lower-case words as written in running text: "more than", "approx.", "kr.". */
export type Phrase = string;

/** How a sentence's language is told (src/figures/lang.ts). */
export interface DetectWords {
  /** Function words: each one in a sentence is evidence for the language. */
  words: readonly string[];
  /** Words the language shares with others: they are evidence for no language. */
  shared: readonly string[];
  /** Words that count only as written (lower-case Danish "i", English "I" not at the start). */
  cased: readonly string[];
  /** Letters only this language (of those known) uses: each word holding one is evidence. */
  letters: string;
  /**
   * Word endings of the language's morphology ("ede", "erne"; "ed", "ly"): weaker evidence, read on
   * words of five or more letters that are no function word of any language and hold no letter of
   * another language.
   */
  endings: readonly string[];
}

/** How digits are written: "2,448.5" (en) / "2.448,5" (da). */
export interface NumberFormat {
  decimal: string;
  group: string;
}

/** Tens and units in one number. */
export interface CompoundGrammar {
  /** The unit comes first: Danish "syvogfyrre" (7 and 40); English "forty-four" has tens first. */
  unitsFirst: boolean;
  /** What joins the parts: "og", "-". */
  joiner: string;
  /** Written as one word ("syvogfyrre"), or as tokens ("forty-four"). */
  oneWord: boolean;
  /** The parts may also stand apart ("forty four"). */
  spaced: boolean;
  /** Unit forms besides the small numbers 1..9 ("en", "et" in "enogtyve"). */
  units?: Readonly<Record<string, number>>;
}

export interface NumberWords {
  /** 0..99 written as one word. */
  small: Readonly<Record<string, number>>;
  compound: CompoundGrammar | null;
  /** "hundred", "hundrede". */
  hundred: readonly string[];
  /** Words that alone stand for one hundred or one thousand: Danish "hundrede", "tusind". */
  bare: readonly string[];
  /** Scale words written out, as powers of ten: thousand 3, million 6. */
  scales: Readonly<Record<string, number>>;
  /** Words that stand for 1 before hundred, a scale word or dozen: "a", "one", "en". */
  articles: readonly string[];
  /** "and" inside a number: "one hundred and five". */
  and: string;
  dozen: string;
  /** The word after a fraction or share: "1/3 of", "2 ud af 3". */
  partitive: readonly string[];
  /** Fractions before a scale word, dozen or unit: "half a" 0.5, "halvanden" 1.5. */
  fractions: Readonly<Record<Phrase, number>>;
  /** Fractions after a whole number, before a unit or scale word: "three and a half hectares", "tre en halv hektar". */
  addedFractions: Readonly<Record<Phrase, number>>;
  /**
   * The number word that is often a pronoun ("one"), and the words that make it one: before it
   * ("no one"), after it ("one of"), or between the definite article and it ("the only one").
   */
  pronounOne?: { word: string; before: readonly string[]; after: readonly string[]; afterDefinite: readonly string[] };
  /** Scales after digits: "million" 6, "mia." 9, "m" { exp 6, touching } (only glued: "5m"). */
  digitScales: Readonly<Record<Phrase, number | { exp: number; touching: boolean }>>;
  /** Endings that make a number an ordinal: "11th", "1ste". */
  ordinalSuffixes: readonly string[];
  /** After a tens word and a hyphen, these make the whole an ordinal: "sixty-first" 61. */
  ordinalUnits: Readonly<Record<string, number>>;
  /** Ordinals in words, read as a rank: "seventh" 7, "tredje" 3 (not "first", "second", "anden": seldom a rank alone). */
  ordinalWords: Readonly<Record<string, number>>;
  /** Besides the ordinal words, what starts a rank joined to a superlative or place: "second" ("second-largest"), "næst" ("næststørste"). */
  rankPrefixes: Readonly<Record<string, number>>;
  /** How the word after a rank prefix ends: "est" ("third-busiest"), "ste" ("tredjestørste"), "plads". */
  rankEnds: readonly string[];
  /**
   * Ordinals too often no rank to read alone ("a second chance", "en anden"), that are one after
   * an owner and before a noun: "Ewan Carricks anden sejr", "its second merger in the region".
   */
  ownedOrdinals: Readonly<Record<string, number>>;
  /** The owners of ownedOrdinals: possessive pronouns. */
  ordinalOwners: readonly string[];
  /** A genitive written as a word's "s" owns them too ("kommunens anden klub"), besides "'s". */
  genitiveS: boolean;
  /** Words before a number of a week of the year, a rank in weeks: "week 41", "uge 38". */
  weekWords: readonly string[];
  /** Words that make a week word before a number a week relative to now, the number no week's:
   * "i sidste uge 5 mod 2", "last week 40 people". */
  weekNotAfter: readonly string[];
  /** A place in a ranking, a word before a number after one of `after`: "blev nummer ni", "ranked number 4". */
  rankNouns: { words: readonly string[]; after: readonly string[] };
  /** After a rank prefix, words that make the next word a superlative: "second most polluted". */
  rankAdverbs: readonly string[];
  /** Ordinal words and the words after them that name a thing, not a rank: "sixth form". */
  ordinalNames: Readonly<Record<string, readonly string[]>>;
  /** A number with a dot is an ordinal: Danish "den 3. bataljon", "11. september". */
  ordinalDot: boolean;
  /** Words after which a number is a label: "section 5", "kapitel 5" (a time of day is read before: "kl. 10"); one written with a capital only so, before at most two digits ("Year 7"). */
  labels: readonly string[];
  /** Words that may touch a number with a hyphen without making an identifier: "mid-2011". */
  hyphenPrefixes: readonly string[];
  /** After a number, these make it a time of day that is no figure: "10 o'clock" (with the clock's am and pm). */
  timeSuffixes: readonly Phrase[];
  /**
   * Nouns of a percentage, as words or the ends of compounds, and the words that may join one to a
   * bare number after it, which is then a percentage: "en belægningsprocent på 81", "The pass
   * percentage was 77".
   */
  percentNouns: { endings: readonly string[]; joiners: readonly string[] };
}

/** Qualifiers before a figure, by scope: numbers only, dates (and years) only, or both. */
export type QualifierWords = Readonly<Record<"number" | "date" | "both", Partial<Record<Qualifier, readonly Phrase[]>>>>;

export interface RangeWords {
  /** "between" → "and", "from" → "to". */
  openers: Readonly<Record<string, string>>;
  /** "300 to 400". */
  joiner: string;
  /** Words before "A to B" that make it a change, not a range: "rose by 260 to 1,340", "steg med 160 til 1.240". */
  changes: readonly string[];
  /** Verbs of a change: "from A to B" after one in its clause is the change, not a range ("rose from 58 to 64"). */
  changeVerbs: readonly string[];
  /** Words that close a "from" span of years as its joiner does: "from 1989 until 2016". */
  untilYear: readonly string[];
  /** Verbs of voting: a score after one in its clause counts votes ("voted 10-1", "stemte 6-1"), else it is no figure ("won 2-1"). */
  voteVerbs: readonly string[];
}

/** The phrases of a vague-quantity label (src/lang/common.yaml) and how to display it. */
export interface VagueWords {
  display: string;
  /** { phrase, next }: the phrase counts only before that word ("scores of"). */
  phrases: readonly (Phrase | { phrase: Phrase; next: string })[];
}

/** Fractions of a whole as grammar: "three quarters", "two out of three", "hver fjerde". */
export interface ShareGrammar {
  /** Fraction nouns by denominator: "thirds" 3, "fjerdedele" 4. */
  nouns: Readonly<Record<string, number>>;
  /** "two out of three", "to ud af tre": any numerator below ten. */
  outOf: readonly Phrase[];
  /** "one in four", "to af tre": only numbers written as words, or the numerator 1. */
  outOfLoose: readonly Phrase[];
  /** "every fourth", "hver fjerde". */
  every: readonly string[];
  /** Before a change's size: a fraction after one ends no "of" ("rose by a fifth", "steget med en femtedel"). */
  changeBy: readonly string[];
  /** Ordinal words by number: "fourth" 4, "fjerde" 4. */
  ordinals: Readonly<Record<string, number>>;
  /** Words before a share that make it a part of a span of time, no share: "the first half of 2024", "anden halvdel af sæsonen". */
  periodParts: readonly string[];
  /** Fraction nouns that are a share alone, right before an auxiliary verb: "about half had travelled" (Danish writes "halvdelen"). */
  aloneBeforeVerb: readonly string[];
}

/** A quantity per unit or per unit of time: "120 km per hour", "30 meter i sekundet". */
export interface RateWords {
  /** Words after which a unit or a unit of time follows: "per", "pr.". */
  per: readonly Phrase[];
  /** Whole phrases for a unit of time, by time-unit code: "an hour", "i timen". */
  perTime: Readonly<Record<string, readonly Phrase[]>>;
}

/** Shares of a whole in words ("most of", "halvdelen af"): a percentage. */
export interface ShareWords {
  phrases: readonly Phrase[];
  qualifier: Qualifier;
  /** [numerator, denominator]: the percentage is 100 × n / d. */
  fraction: readonly [number, number];
}

export interface CalendarGrammar {
  months: readonly string[];
  /** Month abbreviations: months only before "." or a number. */
  monthAbbreviations: Readonly<Record<string, number>>;
  weekdays: readonly string[];
  /** Month and weekday names are capitalised (English): lower-case "may" is no month. */
  capitalised: boolean;
  /** Order of a slash date: month/day (mdy) or day/month (dmy). mdy also reads "25/12" as day/month. */
  order: "mdy" | "dmy";
  /** The month may come before the day: "September 11, 2001". */
  monthDay: boolean;
  /** Words between a day and its month: "11th of September". */
  dayMonthJoiners: readonly string[];
  /** Words between a weekday and its date: Danish "lørdag den 14. december", "Saturday the 14th". */
  weekdayDateJoiners: readonly string[];
  /** A comma may stand before the year: "September 11, 2001". */
  commaBeforeYear: boolean;
  /** A year may follow a slash date after a space: "11/9 2001". */
  slashSpacedYear: boolean;
  /** Month names that are common words too: months only in a date context ("May", "March"). */
  ambiguousMonths: readonly string[];
  /** Words before an ambiguous month that make it a month: "in May". */
  monthCues: readonly string[];
  /** A suffix on a weekday for the last such day: Danish "(i) mandags". "" when none. */
  pastWeekdaySuffix: string;
  /** Endings of a weekday's genitive, which names that day as English "Sunday's" does ("søndagens"). */
  possessiveWeekdaySuffixes: readonly string[];
  /** Decades: "1990s" ("s"), "1990'erne" ("erne"). */
  decadeSuffixes: readonly string[];
  /** Decades and centuries as a word after a hyphen: Danish "1990-tallet", "1900-tallet". */
  decadeWords: readonly string[];
  /** Words of a century after its ordinal: "the 15th century", "det 15. århundrede" (the years 1400–1499). */
  centuryWords: readonly string[];
  /** Phrases before a month or year that belong to it: "the end of", "udgangen af". */
  modifiers: readonly Phrase[];
  /** Words of each season right before a year ("spring 2026", "foråret 2026"). */
  seasons: Readonly<Record<Season, readonly string[]>>;
  clock: ClockWords;
}

/** Times of day: "1.30pm", "18:00", "kl. 13.30", and spans of them ("10am to 4pm", "kl. 10-16"). */
export interface ClockWords {
  /** Before a time on the 24-hour clock: "kl.", "klokken" (the hour alone is then a time: "kl. 10"). */
  markers: readonly string[];
  /** After the hour on the 12-hour clock, before and after noon: "am", "a.m" (a dot after it is the sentence's or its own). */
  am: readonly Phrase[];
  pm: readonly Phrase[];
  /** Words for a time of day, in minutes after midnight: "noon" 720. */
  words: Readonly<Record<string, number>>;
  /** Between the two times of a span, besides a dash: "to", "until", "til" (after the ranges' opener, its own joiner: "between 3pm and 6pm"). */
  joiners: readonly string[];
  /** After a time written with a dot and no marker, what runs at it: "the 17.42 service", "the 08.15 train". */
  services: readonly string[];
  /** A time told in words: "quarter past nine", "ten past six", "quarter to ten", "half past six", "halv syv", "nine o'clock". */
  told: ToldTimeWords;
  /** After a time, the part of the day that gives its half: "half past six in the evening", "kl. 8 om aftenen". */
  dayParts: { am: readonly Phrase[]; pm: readonly Phrase[]; night: readonly Phrase[] };
}

/** The words of a time told in words (ClockWords.told). */
export interface ToldTimeWords {
  /** Fifteen minutes: "quarter", "kvart". */
  quarter: readonly string[];
  /** Thirty minutes past the hour named: "half" (of "half past six"). */
  half: readonly string[];
  /** Thirty minutes before the hour named: Danish "halv" ("halv syv" is 6.30). */
  halfTo: readonly string[];
  /** Minutes after the hour: "past", "over". */
  past: readonly string[];
  /** Minutes before the hour: "to", "i" (after "quarter" or a number of minutes with its word only). */
  to: readonly string[];
  /** The word for minutes: "minutes", "minutter". */
  minutes: readonly string[];
  /** After the hour: "o'clock". */
  oclock: readonly Phrase[];
}

/** When a bare 1800–2100 integer is a year. */
export interface YearCues {
  /** After these (and after a month name): "in 2011"; an entry may be two words ("back to 2019"). */
  strong: readonly string[];
  /** After these, only before a follower: "from 2001 the …". */
  weak: readonly string[];
  /** Words that name nothing a number could count: "the", "he", "when". */
  followers: readonly string[];
  /** After these, a year unless it is a multiple of 50 before a word: "revenue for 2024", not "room for 2000 people". */
  unlessRound: readonly string[];
  /** After these, a year before 1800 at the end of a clause with no other number: "a map from 1611." */
  origins: readonly string[];
  /** Definite articles: "the 1967 Protocol" is a year. */
  definite: readonly string[];
  /** Endings of a word joined to a year by a hyphen that make it a name: "1992-aftalen" (en, et, ne). */
  hyphenNames: readonly string[];
  /** Last parts of a compound after which a number is a year, as after the strong word: "sommersæsonen 2025". */
  compoundEnds: readonly string[];
}

/** When a whole number (1–120) is a person's age rather than a count (see the packs). */
export interface AgeCues {
  /** Right before the number, before the end of the clause or a function word: "turned 50 in August". */
  strong: readonly string[];
  /** Right before the number, at the end of a clause only: "who is 24." */
  weak: readonly string[];
  /** After a name, before a number of years: "Mette Kragh på 47 år". */
  afterName: readonly string[];
  /** After a name, before the number at the end of a clause: "Mette Kragh is 47." */
  copulas: readonly string[];
  /** A copula written onto the pronoun before it after an apostrophe: "I'm 84", "he's 70". */
  contractedCopulas: readonly string[];
  clauseEnds: readonly string[];
  /** May follow an age set off after a name: "Niels Bak, 58, who farms …" (other words that follow a year do not). */
  relatives: readonly string[];
  /** Between a name and its copula, where the person is from: "Sofie Lund fra Holstebro er 23 år". */
  origins: readonly string[];
  /** Between the copula and the age: "er selv 63", "is now 47". */
  adverbs: readonly string[];
  /** Open a description of the person after an age set off after a name: "Elena Marchetti, 52, a chemist". */
  appositives: readonly string[];
  /** Groups of people a bound right after them gives the age of: "children under twelve", "people over 65". */
  groups: readonly string[];
  /** A modal verb and the copula's infinitive after it, between a group and its age: "Frivillige chauffører skal være mellem 18 og 80 år". */
  modalCopula: { modals: readonly string[]; infinitive: readonly string[] };
  /** Words for an age that open a clause whose copula a number ends: "The average age of a driver is 54." */
  nouns: readonly string[];
  /** After an age word, before whose age it is, anywhere in the clause before the copula: "showed the average age of Brantwick councillors is 63". */
  ofWords: readonly string[];
  /** People a clause may open with, whose copula and a number at the end of the sentence give their age. */
  persons: readonly string[];
  /** A person's pronoun that opens its clause, whose copula and a number ending the clause give an age: "Han er 68, hun er 66". */
  pronouns: readonly string[];
  /** Before one of these, an age is a span of years: "i gårdens 112-årige historie". */
  spans: readonly string[];
  /** A kinship word before a first name makes it a person's: "sin søster Mette, 44". */
  kin: readonly string[];
}

/** How figures are written back (src/figures/format.ts). */
export interface DisplayWords {
  qualifiers: Partial<Record<Qualifier, string>>;
  /** Qualifiers of counted things: "fewer than", "færre end". */
  countedQualifiers: Partial<Record<Qualifier, string>>;
  /** "before" with a month: "by the end of". */
  beforeMonth: string;
  /** Templates: {n} the number. */
  percent: string;
  decade: string;
  /** Spans of time by time-unit code, one and more: { one: "year", other: "years" }. */
  durations: Readonly<Record<string, { one: string; other: string }>>;
  /** Scale words for round millions and billions of money, by power of ten. */
  moneyScales: Readonly<Record<string, string>>;
  /** Money templates by currency code ({n} amount, {code} the code); "other" for the rest. */
  money: Readonly<Record<string, string>>;
  /** Templates for less than one of a currency, in its hundredths ({n}): "{n}p", "{n} øre". */
  moneySubunits: Readonly<Record<string, string>>;
  /** A time of day: on the 12- or 24-hour clock, the mark between hour and minutes, am/pm words, and a word before it ("kl. 13.30"). */
  clock: { hours: 12 | 24; separator: string; am: string; pm: string; prefix: string };
  /** A rank by the number's ordinal plural category (Intl.PluralRules, type "ordinal"): { one: "{n}st", other: "{n}th" }. */
  ordinal: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** A week of the year ({n}): "week 41", "uge 41". */
  week: string;
}

/** Words and features for the matcher and extract. */
export interface GrammarData {
  stopWords: readonly string[];
  auxiliaries: readonly string[];
  /** Verbs that may stand between a bound word and its number: "der højst måtte være 40 personer" is at most 40. */
  boundVerbs: readonly string[];
  conjunctions: readonly string[];
  relativeWords: readonly string[];
  /** Of relativeWords, those of a possessor: "members, whose number …", "medlemmer, hvis antal …". */
  possessiveRelatives: readonly string[];
  prepositions: readonly string[];
  determiners: readonly string[];
  negations: readonly string[];
  /** Endings of the genitive: "'s" (en); "s" (da: "Danmarks"). */
  possessive: { endings: readonly string[] };
  /** Compounds written as one word (Danish), split into known parts, with linking letters; and which
   * known last part makes a document's own word a kind of it: any term ("dobbeltregistreringer" are
   * registrations), a thing only (English closed compounds, where a verb's noun names a doer:
   * "cardholders" are no kind of holding, a "waterwheel" is a wheel), or none. */
  compounds: { split: boolean; linking: readonly string[]; heads: "any" | "thing" | "none" };
  /** Whether common nouns may be written with a capital inside a sentence ("Town Council"); where
   * not (Danish), a capitalised noun right after a name is part of it ("Jens Kragh Møller"). */
  capitalisedNouns: boolean;
  /** Words that open a phrase of its own inside a clause ("including"). */
  clauseOpeners: readonly string[];
  /** Conjunctions that open a subordinate clause: a piece they open with no verb is the subject of the clause after it. */
  subordinators: readonly string[];
  /** Prepositions that put a figure out of its clause's verb's reach ("in front of a crowd of …"). */
  detached: readonly string[];
  /** Of those, the ones that do not before a count of part of a whole: where the verb happened ("agreed in seven of the cases"). */
  detachedNotOfPart: readonly string[];
  /** Prepositions after which a figure counts the noun before them ("a crowd of 21,450"). */
  amountOf: readonly string[];
  /** Prepositions of a phrase between a noun and the amountOf word that say to or from whom ("en gæld til kommunen på …"). */
  amountOwners: readonly string[];
  /** Words that pair a list of figures with a list of names in order ("respectively"). */
  respectively: readonly string[];
  /** Right before an amount: the value before a change ("fell to 9,215 from 9,870"). */
  previousValue: readonly string[];
  /** After the value a change starts from and the one it runs to, whom each is of: a spread, no change ("from £5 for children to £12 for adults"). */
  spreadFor: readonly string[];
  /** Opening a clause before its amount: it compares the amount with the clause before's ("compared with", "sammenlignet med"). */
  comparedWith: readonly string[];
  /**
   * Right before a count, a noun of room: what the count counts is places too, read as the word
   * `as` is ("har plads til 160 elever" are 160 pladser, "room for 24 animals" 24 places).
   */
  roomFor: { phrases: readonly string[]; as: string };
  /** Right before an amount, after a verb: the value a change ends at ("fell to 6,315", "steg til 6.315"). */
  newValue: readonly string[];
  /** Anywhere in a figure's clause: the figure is a value from before ("the original budget", "tidligere"). */
  pastCues: readonly string[];
  /** Anywhere in a figure's clause: the figure is the value after a change ("the new charge", "den nye pris"). */
  currentCues: readonly string[];
  pastOpeners: readonly string[];
  /** Before a change's figure in a quote: the change is to come, so the value it starts from is the present one ("is to move …, doubling its floor space from 140 to 310"). */
  futureCues: readonly string[];
  /** Pronouns of one person, as a sentence's first word: the person the sentence before names ("She was among the first …"). */
  personPronouns: readonly string[];
  /** Pronouns of the speaker, as a quote's first word: the person who says it ("\"I'm 84 …,\" said its owner, Joan Pettifer"). */
  speakerPronouns: readonly string[];
  /** The infinitive marker ("to", "at"): a noun after it and its verbs is the infinitive's object ("the scheme to trap stray cats began …"). */
  infinitiveMarkers: readonly string[];
  /** Words and word endings that tell of the past ("was", "-ed"; "var", "-ede"). */
  pastTense: { words: readonly string[]; endings: readonly string[] };
  /** After a span of time, what it is a span of: "three years in prison". */
  spentIn: readonly string[];
  /** After an amount of money, what it went to: "spent £2m on new roofs" (not the words in `not`: "on average"). */
  spentOn: { words: readonly string[]; not: readonly string[] };
  /** Prepositions of place: a place after one is where something happened ("in Aarhus"). */
  locative: readonly string[];
  /** Nouns that number something else ("the number of voters"). */
  quantityNouns: readonly string[];
  /** Words that open a clause about the time just named: "July, when …", "i juli, hvor …". */
  timeRelatives: readonly string[];
  /** Nouns that count how many times the clause's verb happened ("complained 212 times"). */
  repetitions: readonly string[];
  /** Pronouns after a count and the partitive that stand for a whole named before ("four of them"). */
  anaphoricWholes: readonly string[];
  /** Right before a figure, these say it counts what the figure before counts: "the remaining 110", "de øvrige 110". */
  restOf: readonly string[];
  /** Right before a span of time: the period an amount of its clause is of ("in the first ten months", "i årets første ni måneder"). */
  periodOpeners: readonly string[];
  /** Periods said without a number, in months: "its first year" 12, "første halvår" 6. */
  firstPeriods: Readonly<Record<string, number>>;
  /** Before a figure in its clause, after a count: the figure is each one's ("18,740 members, each paying £90"). */
  distributive: readonly string[];
  /** Right before a figure set off after a name: the name has it ("Mill Lane Medical Practice, with 6,500,"). */
  having: readonly string[];
  /** Right after a count, before what it counts: "200 more volunteers", "200 flere frivillige". */
  moreOf: readonly string[];
  /** Right before a figure: it is a part of what the figure before counts ("146 concerts, of which 11", "14,3 tons affald, hvoraf 62 procent"). One or two words. */
  partOf: readonly string[];
  /** Right after a count: what it counts is new ("32 new rooms"), which a count of how many more may be about too. */
  newOf: readonly string[];
  /** After the noun a count counts: how many more ("50 hjertestartere mere"). */
  moreAfterNoun: readonly string[];
  /** In a count's clause, of one or two words: the count is of the whole ("46 brandfolk i alt", "in total"), not of a part. */
  totalCues: readonly string[];
  /** In a figure's clause: it is the least ("the smallest flat", "den billigste lejlighed") or the greatest of what it gives, against a stored range that range's low or high end. */
  rangeEnds: { low: readonly string[]; high: readonly string[] };
  /** Stop words that, right after a count and before a noun, describe what it counts: "300 new workers", "14 mindre skader". */
  adjectivesAfterCount: readonly string[];
  /** Adjectives of size that, right after a measure and before a noun, say what it measures: "a 6.5-metre long boat", "en 6,5 meter lang gummibåd". */
  dimensionAdjectives: readonly string[];
  adjectiveEndings: readonly string[];
  /** Endings only nouns have (Danish definite plural "-erne", "-ingen"). */
  nounEndings: readonly string[];
  verbEndings: readonly string[];
  /**
   * Endings of verb forms that are never a clause's finite verb ("-ing"): one between two nouns,
   * with no auxiliary, is part of a noun phrase ("the 47 school crossing patrols").
   */
  nonFiniteEndings: readonly string[];
  /** Verb forms the endings miss ("ran", "kept", "løb"): a word no term knows that is one is no noun. */
  irregularVerbs: readonly string[];
  adverbEndings: readonly string[];
  /** The plural ending, in a language that puts modifiers before the noun ("s"), if any. */
  pluralEnding?: string;
  /** Inflectional endings, longest first (see src/frames/occurrences.ts, sameBase). */
  inflections: readonly string[];
  /** Years said relative to the writing: "last year" is -1 (a source's year is its date's). */
  relativeYears: Readonly<Record<string, number>>;
  /** Of relativeYears, those said from a year the sentence names ("in 2024, up from 7.1 percent the year before"). */
  relativeToText: readonly string[];
  /** Words that open a clause of the year named right before, after a comma ("since 2017, when 9,800 hectares burned"). */
  whenClause: readonly string[];
  /** Phrases that say now ("i dag", "currently"): in a source, its date's year (see anchors.ts). */
  presentPhrases: readonly string[];
}

/** A pack.yaml. */
export interface PackData {
  code: string;
  /** The language's English name ("Danish"). */
  name: string;
  detect: DetectWords;
  format: NumberFormat;
  numbers: NumberWords;
  qualifiers: QualifierWords;
  /** Qualifiers after the number: "or more", "eller flere", "+". */
  postQualifiers: Partial<Record<Qualifier, readonly Phrase[]>>;
  ranges: RangeWords;
  vague: Readonly<Record<string, VagueWords>>;
  shares: readonly ShareWords[];
  shareGrammar: ShareGrammar;
  rates: RateWords;
  /** Words for units of time by code (s, min, h, d, wk, mo, yr): "hour", "timer". */
  timeUnits: Readonly<Record<string, readonly Phrase[]>>;
  /** Spans of time after a number by time-unit code ("14 timer", "58-årig"): a quantity. */
  durations: Readonly<Record<string, readonly Phrase[]>>;
  /** Endings of a span written as one word with a number word before them, by time-unit code or
   * "age" ("treårigt", "tredages"): a quantity. */
  fusedSpans: Readonly<Record<string, readonly string[]>>;
  /** Words for a span of several of a time unit, by time-unit code and how many ("kvarter": 15
   * min): after a number, a quantity of that many times it ("tre kvarter" 45 minutes). */
  spanMultiples: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Unit words by unit code ("%", "pp", "km"). */
  units: Readonly<Record<string, readonly Phrase[]>>;
  /**
   * Words for degrees alone ("degrees", "grader"), degrees Celsius in a sentence with a word that
   * starts with one of `cues` ("Temperaturen nåede 44,6 grader"); elsewhere the noun they count.
   */
  temperatureDegrees: { words: readonly string[]; cues: readonly string[] };
  /** Currency words after the number, by ISO code. */
  currencies: Readonly<Record<string, readonly Phrase[]>>;
  /** Currency words before the number, read in any case ("kr. 500"). */
  currencyPrefixes: Readonly<Record<Phrase, string>>;
  /** Words for a hundredth of a currency after the number, by ISO code ("64 pence", "50 øre"). */
  currencySubunits: Readonly<Record<string, readonly Phrase[]>>;
  calendar: CalendarGrammar;
  years: YearCues;
  ages: AgeCues;
  /** "over 112 days": a span of time, not "more than" (see the packs). */
  spanOver: { words: readonly string[]; unlessAfter: readonly string[] };
  /** Qualifier phrases that are no qualifier after these words: "went up to £25.40" rose to it. */
  qualifiersNotAfter: Readonly<Record<string, readonly string[]>>;
  /** Phrases of at_most that say how high a figure reaches ("up to", "op til"), not a bound ("at most"). */
  reachQualifiers: readonly string[];
  /** Phrases of after that say when a state began ("since", "siden"), not a bound ("after"). */
  startQualifiers: readonly string[];
  /** Abbreviations (lower case, with their dots) the sentence splitter does not break after. */
  abbreviations: readonly string[];
  /** Of the abbreviations, those a sentence may end with: before a capitalised word they end it. */
  sentenceEnders: readonly string[];
  display: DisplayWords;
  grammar: GrammarData;
}

/** src/lang/common.yaml: what all languages share. */
export interface CommonData {
  /** Unit codes and the symbols and abbreviations written for them in any language. */
  units: Readonly<Record<string, readonly Phrase[]>>;
  /** Symbols that are units only apart from the number ("5 m"; "5m" is 5 million). */
  spacedOnly: readonly string[];
  /** Symbols of units of time by code, written after a slash: "km/h", "m/s". */
  timeUnits: Readonly<Record<string, readonly string[]>>;
  /** ISO 4217 code → symbols and the code as written. */
  currencies: Readonly<Record<string, readonly string[]>>;
  /** ISO 4217 code → symbols of its hundredth, written against the number ("80p"). */
  currencySubunits: Readonly<Record<string, readonly string[]>>;
  /** Vague-quantity label → [low, high]. */
  vague: Readonly<Record<string, readonly [number, number]>>;
  /** How weekdays are stored, Monday first. */
  weekdays: readonly string[];
  /** Measure → unit code → size in the measure's first unit ("km" is 1000 "m"). */
  unitScales: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Measure → unit code of another system → size in the measure's first unit; compared only near. */
  unitsConvertedNear: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

// ---------------------------------------------------------------------------------------------
// A language

/** A language pack: its data, its stemmer, and sets and look-ups made from the data. */
export interface Language extends PackData {
  /** Snowball stem of a lower-cased word. */
  stem(word: string): string;
  /** A number 0..99 written as one word (compounds included: "syvogfyrre"), or null. */
  smallNumber(low: string): number | null;
  /** 1..12 for a month name (lower case), or null. */
  monthNumber(low: string): number | null;
  /** 1..7 (Monday first) for a weekday name, the past form included ("mandags"), or null. */
  weekdayNumber(low: string): number | null;
  /** The grammar word lists as sets (lower case). */
  readonly words: {
    readonly stop: ReadonlySet<string>;
    readonly auxiliaries: ReadonlySet<string>;
    readonly conjunctions: ReadonlySet<string>;
    readonly relative: ReadonlySet<string>;
    readonly prepositions: ReadonlySet<string>;
    readonly determiners: ReadonlySet<string>;
    readonly negations: ReadonlySet<string>;
  };
}

// ---------------------------------------------------------------------------------------------
// The registry

/** Every language, by code. The first is the default. Adding a language: one line here. */
export const LANGUAGES = { en, da } satisfies Record<string, Language>;

/** A language code: "en" | "da" | … (from the registry). */
export type Lang = keyof typeof LANGUAGES;

/** The codes, in registry order (the first is the default). */
export const LANG_CODES = Object.keys(LANGUAGES) as readonly Lang[];

/** The default language: the first of the registry. */
export const DEFAULT_LANG: Lang = LANG_CODES[0];

/** The pack of a language code. */
export function languageOf(code: Lang): Language {
  return LANGUAGES[code];
}

/** Every pack, in registry order. */
export const ALL_LANGUAGES: readonly Language[] = LANG_CODES.map((c) => LANGUAGES[c]);

/** Whether a string is a known language code. */
export function isLang(code: string): code is Lang {
  return Object.hasOwn(LANGUAGES, code);
}

/** What all languages share (src/lang/common.yaml). */
export const COMMON = commonData as CommonData;
