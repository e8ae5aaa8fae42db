// Frames: what each figure of a sentence is about. The same reading serves claims (the matcher
// compares a claim's frame with the facts) and source documents (extract stores a fact's frame as
// its terms), so a claim and a fact drafted from a similar sentence are read alike.
//
// A sentence is cut into clauses at commas, semicolons, colons, dashes and conjunctions ("and",
// "mens"; not an "and" between two dates: "between November and January"). For each figure, in its clause:
//   head, modifiers  what it counts or measures: the noun phrase right after it ("50 seats",
//                    "27.5 percent of the vote", "fødevarepriserne" = food + prices), else the
//                    clause's topic ("Turnout was 84.1 percent")
//   predicates       what happened: the clause's verb ("won", "steg"); a light verb (be, have,
//                    get) says nothing; a clause without a verb after "and" shares the previous one
//   entities, names  the places, people and organisations of the clause, and of the sentence's
//                    subject when the clause has none of its own ("…, and will have 23 seats")
//   context          every content word of the clause
// Linear in the sentence: one pass over its words, each clause read once.
import type { TermIndex } from "../facts/term-index.js";
import { stem, tokenize, type Token } from "../text/tokens.js";
import { isAmount, isClock, isCountLike, isTime, unitKey } from "../figures/kinds.js";
import type { Figure, Lang } from "../types.js";
import { presentList, relativeYearPhrases, relativeYearPhrasesOf } from "./relative-years.js";
import { firstCueAt, grammarOf, type Grammar } from "./grammar.js";
import { findOccurrences, NAMED_KINDS, type Occurrence } from "./occurrences.js";

/** A term of the lexicon or the fact base found in the sentence, or a word none of them knows. */
export interface Slot {
  /** Term key; for an unknown word, "?" + its lower-cased form. */
  key: string;
  known: boolean;
  start: number;
  end: number;
  /** The word(s) as written. */
  text: string;
  /** A place said to be where it happened ("in Aarhus", "i Kolding"), not a possessor or a subject. */
  locative?: boolean;
}

export interface Frame {
  figure: Figure;
  /** What the figure counts or measures (null when nothing says). */
  head: Slot | null;
  /** Other readings of the head's words, all things. */
  alternatives: Slot[];
  /** Words that narrow the head ("food" in "food prices"). */
  modifiers: Slot[];
  /**
   * What is counted too: what a noun phrase joined by "and" to the counted one names ("43 floats
   * and walking groups"), or the verb whose times a count counts ("klaget 212 gange": complaints).
   */
  joined?: Slot;
  /** The head came from the words right after the figure (what it counts), not from the clause. */
  counted: boolean;
  /**
   * A count of a whole named before: after the figure ("four of them", "fire af dem"), in its own
   * sentence or the one before; or opening the sentence ("Of those, 431 were …"), the one before.
   */
  ofNamedWhole?: "after" | "opening";
  /**
   * A figure of a relative clause, of the noun phrase before it ("the weir, which was built around
   * 1790"): what it is about is that phrase's, not the sentence's (a time of it dates no other
   * figure of the sentence).
   */
  ofAntecedent?: boolean;
  /**
   * The noun of room right before a count ("plads til" of "har plads til 160 elever"): the count
   * counts places too, and a source's fact is about both.
   */
  room?: Slot;
  /** A count of part of a whole another figure gives ("25 of the 47 seats"). */
  ofFigure?: boolean;
  /** Other things the clause is about ("turnout", "the barrier"), nearest first. */
  topic: Slot[];
  /** The clause's predicates other than light verbs, nearest first. */
  predicates: Slot[];
  /** The clause has only a light verb (be, have, get). */
  light: boolean;
  /** Named entities (lexicon or fact base) of the clause and of its subject. */
  entities: Slot[];
  /** Capitalised words no term knows (names of people, places, organisations). */
  names: Slot[];
  /** Every content term and word of the clause. */
  context: Slot[];
  /** Other figures of the clause (a year, a month: when). */
  others: Figure[];
  /** The words of the clause's subject other than names and what the figure counts ("the centre-left bloc"). */
  agent: Slot[];
  /** The names in the clause's subject ("The Red-Green Alliance won 9 seats"): who did it. */
  agentEntities: Slot[];
  /** A figure this one is part of ("50 of the 179 seats": 179 is the whole of 50). */
  whole?: boolean;
  /** A count of part of what it counts, no whole given: "Sixty-one of the unsellable homes". */
  part?: boolean;
  /** A year said relative to the writing that goes with it: "last year" -1, "i år" 0. */
  relativeYear?: number;
  /** That year is said from a year the text names before, not from the writing: "the year before", "året forinden". */
  relativeToText?: boolean;
  /** The value before a change the clause gives ("fell to 9,215 from 9,870": 9,870; "the original budget"). */
  previous?: boolean;
  /** The value a change ends at, said so ("fell to 6,315"): not the value it started from. */
  current?: boolean;
  /** A word of its clause says the figure is a new value ("the new charge"), not one a change started from. */
  saidNew?: true;
  /** Said of a time to come: a cue of the future before it ("will have", "skal"). */
  future?: boolean;
  /** Said of the present: a phrase that says now goes with it ("currently", "i dag"). */
  now?: boolean;
  /** How many more (or fewer), not how many in all: "200 more volunteers", "66 flere børn". */
  more?: boolean;
  /** A count of new things ("32 new rooms"): of how many more, or of how many in all. */
  added?: boolean;
  /** A count its clause says is of the whole ("46 brandfolk i alt", "in total"). */
  total?: boolean;
  /**
   * The verbs of a relative clause right after what a count counts, which say more of it: "the
   * three footbridges that are currently closed" are closed ones (not the count's verbs: see
   * frameOf).
   */
  described?: Slot[];
  /** An amount its clause says is the least or the greatest ("the smallest flat"): against a stored range, that end. */
  extreme?: "low" | "high";
}

export interface SentenceFrames {
  frames: Frame[];
  /** Every entity and name of the sentence. */
  entities: Slot[];
  names: Slot[];
}

interface Word {
  tok: Token;
  index: number;
  /** The figure this word is part of, or -1. */
  figure: number;
  stop: boolean;
  occ: Occurrence[];
  /** A noun that can also be read as a verb ("ansatte": employees, hired): that reading. */
  event?: Occurrence;
  /** Part of a weekday (which a noun after it may narrow: "Friday nights"). */
  weekday?: true;
  /** Classification of the word outside figures. */
  role: "none" | "entity" | "predicate" | "light" | "thing" | "name" | "verb" | "adjective" | "word";
}

interface Clause {
  from: number;
  to: number; // exclusive
  /** Starts with a conjunction: shares the previous clause's verb when it has none. */
  coordinated: boolean;
  /** Word index of the first predicate or light verb (or -1). */
  verbAt: number;
}

/** The oldest age a person is given: past it, an age is a thing's. */
const MAX_PERSON_AGE = 130;
const BOUNDARY = /[,;:]|\s[–—-]\s/;
/** Slots of each role a frame keeps (the nearest the figure): a clause rarely has more. */
const MAX_SLOTS = 8;
/** Content words of the clause a frame keeps as its context. */
const MAX_CONTEXT = 32;
/** Other figures of each family (amounts, dates) a frame keeps. */
const MAX_OTHERS = 8;
/** Slots or figures looked at, at most, to fill one list. */
const MAX_WALK = 64;
/** Words a noun phrase before a figure reaches back, at most. */
const MAX_PHRASE = 8;

/** A sentence's words and the terms they name: the first step of reading its frames. */
export interface SentenceTerms {
  toks: Token[];
  /** The figures in the order of the sentence. */
  sorted: Figure[];
  occurrences: Occurrence[];
}

/** The words of a sentence and the terms of the lexicon and fact base they name (words of figures name none). */
export function sentenceTerms(text: string, figures: readonly Figure[], lang: Lang, index: TermIndex): SentenceTerms {
  const toks = tokenize(text);
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const inFigure = new Uint8Array(toks.length);
  for (let i = 0, f = 0; i < toks.length; i++) {
    while (f < sorted.length && sorted[f].end <= toks[i].start) f++;
    if (f < sorted.length && toks[i].start >= sorted[f].start && toks[i].end <= sorted[f].end) inFigure[i] = 1;
  }
  return { toks, sorted, occurrences: findOccurrences(toks, index, lang, inFigure) };
}

/** The same term at the same place. */
function sameSlot(a: Slot | null, b: Slot): boolean {
  return a !== null && a.key === b.key && a.start === b.start;
}

/** One of a few slots is the same as x (a look through them allocates nothing, unlike a set of "key@start" strings). */
function hasSlot(slots: readonly Slot[], x: Slot): boolean {
  return slots.some((s) => sameSlot(s, x));
}

/** The frame of a figure whose sentence was not read: it says nothing about what the figure is about. */
export function bareFrame(figure: Figure): Frame {
  return { figure, head: null, alternatives: [], modifiers: [], counted: false, topic: [], predicates: [], light: false, entities: [], names: [], context: [], others: [], agent: [], agentEntities: [], whole: undefined, part: undefined, relativeYear: undefined, previous: undefined, current: undefined, joined: undefined };
}

/** The frame of each figure (see the top of this file). Every known slot of a frame is one of `terms.occurrences`. */
export function readFrames(text: string, figures: readonly Figure[], lang: Lang, index: TermIndex, terms = sentenceTerms(text, figures, lang, index)): SentenceFrames {
  const g = grammarOf(lang);
  const { toks, sorted, occurrences } = terms;

  // Words: which figure each belongs to, which terms cover it.
  const words: Word[] = toks.map((tok, i) => ({ tok, index: i, figure: -1, stop: g.stop.has(tok.lower), occ: [], event: undefined, role: "none" }));
  let f = 0;
  for (const w of words) {
    while (f < sorted.length && sorted[f].end <= w.tok.start) f++;
    if (f < sorted.length && w.tok.start >= sorted[f].start && w.tok.end <= sorted[f].end) {
      w.figure = f;
      if (sorted[f].kind === "weekday") w.weekday = true;
    }
  }
  for (const o of occurrences) for (let i = o.first; i <= o.last; i++) if (!o.gaps?.includes(i)) words[i].occ.push(o);
  // A year said relative to the writing ("i år", "last year"): its words say when, not what is counted.
  const timePhrases = relativeYearPhrases(text, lang);
  const inTimePhrase = new Uint8Array(words.length);
  forPhraseWords(words, timePhrases, (i) => (inTimePhrase[i] = 1));
  // (and a time said to be now: "i dag", "currently")
  const nowPhrases = relativeYearPhrases(text, lang, presentList(lang));
  for (const w of words) classify(w, words, index, g, text, inTimePhrase[w.index] === 1);
  // A known name run into an unknown one is part of that name: "Nordic Jet" is no Nordic country.
  // (not a name of the document's own, which it writes alone: "Haldon Moor" in a Danish claim,
  // where "Moor" is no word, names the source's Haldon)
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (w.role === "entity" && w.occ.every((o) => o.first === o.last && !o.key.startsWith("~")) && words[i + 1].role === "name" && adjacent(words, i, i + 1, text)) {
      w.role = "name";
      w.occ = [];
    }
  }
  // A capitalised noun right after a person's names is the last of them where nouns are not
  // capitalised: "Jens Kragh Møller" names no mills. (Two names before it, of no term: an
  // organisation's name has one, "Hvidklint Kommune", or a place, "North Norfolk District Council".)
  if (!g.capitalisedNouns) {
    for (let i = 2; i < words.length; i++) {
      const w = words[i];
      if (words[i - 1].role === "name" && words[i - 2].role === "name" && w.role === "thing" && w.tok.raw !== w.tok.lower && w.occ.every((o) => o.first === o.last) && adjacent(words, i - 1, i, text) && adjacent(words, i - 2, i - 1, text)) {
        w.role = "name";
        w.occ = [];
      }
    }
  }
  // A verb form never finite between two nouns, with no auxiliary, is part of a noun phrase, not
  // the clause's verb: "Eleven of the 47 school crossing patrols could disappear".
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    if (!VERBAL.has(w.role) || w.role === "light" || !hasEnding(w.tok.lower, g.nonFiniteEndings)) continue;
    const [prev, next] = [words[i - 1], words[i + 1]];
    if (prev.figure < 0 && next.figure < 0 && NOUNISH.has(prev.role) && NOUNISH.has(next.role) && adjacent(words, i - 1, i, text) && adjacent(words, i, i + 1, text)) {
      w.role = "adjective";
    }
  }
  // A capitalised word between two words of a name is part of it: "Sofie Skov Nielsen" is no forest;
  // so is one a hyphen joins to a name's last word ("Rosalind Achebe-Frost" is no frost).
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.figure >= 0 || w.role === "name" || w.role === "entity" || !/^\p{Lu}/u.test(w.tok.raw)) continue;
    const joined = words[i - 1].role === "name" && hyphenJoined(words[i - 1], w, text);
    // (not before a word the lexicon knows as more than a name: "Devon County Council" has a county,
    // though the document's fact base knows "Council" as a name of "Arts Council")
    const after = words[i + 1];
    const nameAfter = !!after && isNameWord(after) && after.occ.every((o) => o.key.startsWith("~") || NAME_KINDS.has(index.kindOf(o.key) ?? ""));
    if (joined || (nameAfter && isNameWord(words[i - 1]) && adjacent(words, i - 1, i, text) && adjacent(words, i, i + 1, text))) {
      w.role = "name";
      w.occ = [];
    }
  }

  const clauses = clausesOf(text, words, sorted, g);
  // Words no clause is about: a relative clause's, and a year said relative to the writing's
  // ("faldt sidste år fra 7.842 til 6.315" is not about years).
  const notAbout = relativeClauses(words, clauses, g);
  for (let i = 0; i < words.length; i++) if (inTimePhrase[i]) notAbout[i] = 1;
  const figureWord = new Int32Array(sorted.length).fill(-1);
  for (const w of words) if (w.figure >= 0 && figureWord[w.figure] < 0) figureWord[w.figure] = w.index;
  // (nor a rate of time right after an amount: "He earns £9,870 a year" is not about years)
  let rateStarts: Set<number> | undefined;
  for (let k = 0; k < sorted.length; k++) {
    if (!isNumeric(sorted[k]) || figureWord[k] < 0) continue;
    const at = wordAfterFigure(words, k, figureWord[k]);
    const rate = g.ratePhrases.find((p) => p.every((x, j) => words[at + j]?.tok.lower === x && words[at + j].figure < 0));
    if (!rate) continue;
    for (let j = 0; j < rate.length; j++) {
      notAbout[at + j] = 1;
      (rateStarts ??= new Set()).add(words[at + j].tok.start);
    }
  }
  const clauseOfWord = new Int32Array(words.length);
  clauses.forEach((c, k) => {
    for (let i = c.from; i < c.to; i++) clauseOfWord[i] = k;
  });

  // The sentence's subject: the first clause's words before its verb (or all of it, if verbless).
  const first = clauses[0];
  const subjectEnd = first ? (first.verbAt >= 0 ? first.verbAt : first.to) : 0;
  // (after a place or time that opens it, the verb comes before its subject: "I regionen er
  // andelen af borgere, der …, steget fra 2,3 procent" — the share's, not the region's)
  // (not after an expletive: "Ved banegården er der plads til omkring 2.500 cykler")
  const inverted = !!first && first.verbAt > first.from + 1 && first.verbAt + 1 < first.to && !words[first.verbAt + 1].stop && g.prepositions.has(words[first.from].tok.lower) && phraseOpensClause(words, first, g);
  const subject = first ? (inverted ? slotsIn(words, first.verbAt + 1, first.to, text) : slotsIn(words, first.from, subjectEnd, text)) : emptySlots();

  // Once per sentence, so that each figure's frame costs about the same however long the sentence
  // or clause is: the slots of each clause and of its subject (made when first asked for), and
  // where the nouns and detaching prepositions are.
  const lastNounish = new Int32Array(words.length + 1); // the last nounish word before i, or -1
  const detachedUpTo = new Int32Array(words.length + 1); // detaching prepositions before i
  lastNounish[0] = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    lastNounish[i + 1] = w.figure < 0 && NOUNISH.has(w.role) ? i : lastNounish[i];
    // (money right after it is the verb's price: "bought the building for £1", "solgt for 2,1 mio. kr.")
    const price = words[i + 1]?.figure >= 0 && sorted[words[i + 1].figure]?.kind === "money";
    // (nor one before a count of part of a whole, that says in how many the verb happened: "blev
    // enige om et forlig i syv af sagerne")
    const ofPart = g.detachedNotOfPart.has(w.tok.lower) && words[i + 1]?.figure >= 0 && sorted[words[i + 1].figure]?.kind === "count" && g.partitive.has(words[i + 2]?.tok.lower ?? "");
    detachedUpTo[i + 1] = detachedUpTo[i] + (w.figure < 0 && g.detached.has(w.tok.lower) && !price && !ofPart ? 1 : 0);
  }
  const sentenceSources = new Set<number>();
  for (const c of clauses) for (const x of sourcesIn(words, c, index)) sentenceSources.add(x);
  const reading: SentenceReading = {
    text,
    lang,
    index,
    g,
    words,
    sorted,
    clauses,
    clauseOfWord,
    notAbout,
    nowStarts: withRates(nowPhrases.length === 0 ? NO_STARTS : startsOfPhraseWords(words, nowPhrases), rateStarts),
    first,
    subjectEnd,
    subject,
    clauseSlots: [],
    subjectSlots: [],
    pastClause: [],
    currentClause: [],
    totalClause: [],
    extremeClause: [],
    placesOfClause: [],
    antecedents: [],
    lastNounish,
    detachedUpTo,
    yearOffsets: relativeYearPhrasesOf(text, sorted, lang, timePhrases),
    saidNow: nowPhrases.length === 0 ? NONE_SAID_NOW : relativeYearPhrasesOf(text, sorted, lang, nowPhrases),
    sentenceSources,
    figureWord,
    heads: [],
    wholes: new Set(),
    lastAmount: -1,
    timed: [],
  };
  const frames: Frame[] = [];
  for (let k = 0; k < sorted.length; k++) frames.push(frameOf(reading, k));
  const wholes = reading.wholes;
  for (const w of wholes) {
    const fr = frames[w];
    fr.whole = true;
    fr.predicates = [];
    fr.light = false;
  }
  valuesBeforeNow(frames);
  if (g.respectively.size > 0 && words.some((w) => g.respectively.has(w.tok.lower))) pairRespectively(frames, text, g, index);
  const all = slotsIn(words, 0, words.length, text);
  return { frames, entities: all.entities, names: all.names };
}

/**
 * An amount said of now after one of the same measure said of a time to come ("skal sortere
 * affaldet i 16 fraktioner mod 11 i dag", "will seat 400, against 250 today"): the value the other
 * changes from. (Not one said first, nor after one not said of the future: "har nu 23 børn mod 11
 * for to år siden" is no value before a change.)
 */
function valuesBeforeNow(frames: Frame[]): void {
  let futureUnits: Set<string> | undefined; // (the measures said of a time to come so far: one pass)
  for (const fr of frames) {
    if (!isAmount(fr.figure.kind) || fr.previous) continue;
    if (fr.now) {
      if (futureUnits?.has(unitKey(fr.figure))) fr.previous = true;
    } else if (fr.future && fr.relativeYear === undefined) (futureUnits ??= new Set()).add(unitKey(fr.figure));
  }
}

type Head = { head: Slot | null; alternatives: Slot[]; modifiers: Slot[] };

/**
 * What reading a sentence's frames works out once per sentence, so that each figure's frame costs
 * about the same however long the sentence or clause is: its words and clauses, the slots of each
 * clause and of its subject (made when first asked for), where the nouns and detaching
 * prepositions are. (One object passed to each step, not closures over one large function: V8
 * re-optimises a large function whole whenever it meets a new object shape, at a cost that grows
 * faster than its size.)
 */
interface SentenceReading {
  text: string;
  lang: Lang;
  index: TermIndex;
  g: Grammar;
  words: Word[];
  sorted: readonly Figure[];
  clauses: Clause[];
  clauseOfWord: Int32Array;
  /** Words no clause is about (a relative clause's, a relative year's). */
  notAbout: Uint8Array;
  /** Where the words of a present time start ("i dag", "today", "currently"), and of a rate of time after an amount ("£41,000 a year"): no topic. */
  nowStarts: ReadonlySet<number>;
  first: Clause;
  subjectEnd: number;
  /** The sentence's subject: the first clause's words before its verb. */
  subject: Slots;
  clauseSlots: Slots[];
  subjectSlots: Slots[];
  /** The clause has a word of a value from before ("previously"). */
  pastClause: boolean[];
  /** The clause has a word of the value after a change ("new"). */
  currentClause: boolean[];
  /** Per clause, read once: whether it says its count is of the whole (Grammar.totalCues). */
  totalClause: boolean[];
  /** Per clause, where its first word of a least and of a greatest stands (rangeEnds; -1 for none), read once. */
  extremeClause: Array<{ low: number; high: number }>;
  placesOfClause: { others: number; firstLocative: number }[];
  /** The names a relative clause is said of. */
  antecedents: Slot[][];
  /** The last nounish word before word i, or -1. */
  lastNounish: Int32Array;
  /** Detaching prepositions before word i. */
  detachedUpTo: Int32Array;
  yearOffsets: Map<Figure, { offset: number; phrase: string }>;
  /** The amounts a phrase that says now goes with ("i dag", "currently"). */
  saidNow: ReadonlyMap<Figure, unknown>;
  sentenceSources: Set<number>;
  /** The first word of each figure (in the order of the sentence), or -1. */
  figureWord: Int32Array;
  /** What each figure counts, and (`about`) what its clause is about when it counts nothing. */
  heads: Array<(Head & { entities: Slot[]; about?: Head }) | null>;
  /** Figures that are the whole of another ("50 of the 179 seats"). */
  wholes: Set<number>;
  /** The last amount figure before the one read. */
  lastAmount: number;
  /** The words of the nouns a time of day before them is of ("Saturday's 7pm mass ascent"). */
  timed: number[];
  /** Where the first cue of the future is (see Frame.future), once asked for. */
  futureAt?: number;
  /** Whether the sentence opens with a word of before ("Before the expansion, …"): see pastOpening. */
  opensPast?: boolean;
}

function slotsOfClause(s: SentenceReading, k: number): Slots {
  return (s.clauseSlots[k] ??= slotsIn(s.words, s.clauses[k].from, s.clauses[k].to, s.text));
}

/** No detaching preposition between a verb and a figure. */
function reachesFigure(s: SentenceReading, v: Slot, fig: Figure): boolean {
  if (!isNumeric(fig)) return true;
  const [from, to] = v.end <= fig.start ? [v.end, fig.start] : [fig.end, v.start];
  return s.detachedUpTo[firstWordFrom(s.words, to)] - s.detachedUpTo[firstWordFrom(s.words, from)] === 0;
}

/**
 * Whether the k-th figure is an amount set off by commas between a noun phrase and a clause that
 * opens with its verb ("The largest single grant, £4,000, will go to …", "Det gamle granulat, knap
 * 110 tons, sendes til genanvendelse", "The largest group, 312 people, were originally from India"):
 * its clause holds the figure alone, or the noun phrase with no verb before it and the figure (and
 * a noun or two of the figure's own).
 */
function appositiveAmount(s: SentenceReading, k: number, clauseIndex: number, ownNoun: boolean): boolean {
  const { clauses, sorted, text, words } = s;
  const fig = sorted[k];
  const clause = clauses[clauseIndex];
  const next = clauses[clauseIndex + 1];
  if (!clause || !next || !isNumeric(fig) || fig.unit === "age") return false;
  // (the noun phrase before may be read with a verb of its own: "grant")
  if (clause.verbAt >= 0 || next.coordinated || next.verbAt !== next.from) return false;
  // (the figure, or the figure and its own noun, ends its clause: "The largest group, 312
  // people, were originally from India")
  const last = clause.to - 1;
  const nounAfter = ownNoun && s.figureWord[k] < last && last - s.figureWord[k] <= 2 && words.slice(s.figureWord[k] + 1, clause.to).every((w) => w.figure < 0 && NOUNISH.has(w.role));
  const end = nounAfter ? words[last].tok.end : fig.end;
  // (commas on both sides)
  if (!/,\s*$/.test(text.slice(Math.max(0, fig.start - 3), fig.start)) || !/^\s*,/.test(text.slice(end, end + 3))) return false;
  if (s.figureWord[k] === clause.from) return clauseIndex > 0 && !ownNoun;
  // (a noun phrase and the figure that ends its clause; not a name, whose number is an age:
  // "Quayle, 29, said …")
  const before = words[s.figureWord[k] - 1];
  return (nounAfter || words[clause.to - 1]?.figure === k) && before !== undefined && before.role !== "name" && before.role !== "entity" && before.tok.raw === before.tok.lower;
}

/**
 * The slots of the clause after a relative clause that follows clause k ("…, der stemte, | bakkede op
 * om planen"), when that clause opens with its verb; null otherwise.
 */
function relativeSetOff(s: SentenceReading, k: number): Slots | null {
  const { clauses, words, g } = s;
  const rel = clauses[k + 1];
  const then = clauses[k + 2];
  if (!rel || !then || then.coordinated || !g.relative.has(words[rel.from].tok.lower) || rel.verbAt < 0) return null;
  // (or with a word read as a verb that the lexicon does not know)
  const first = words[then.from];
  return then.verbAt === then.from || (first.figure < 0 && first.role === "verb") ? slotsOfClause(s, k + 2) : null;
}

/**
 * The name a figure is set off after by a word of having ("…, and Mill Lane Medical Practice, with
 * 6,500, will combine"): commas before that word and after the figure. Empty when there is none.
 */
function setOffOwner(s: SentenceReading, k: number): Slot[] {
  const { words, text, g, sorted, figureWord } = s;
  const fig = sorted[k];
  const at = figureWord[k];
  if (!isNumeric(fig) || at < 2 || !g.having.has(words[at - 1].tok.lower)) return [];
  if (!text.slice(words[at - 2].tok.end, words[at - 1].tok.start).includes(",") || !/^\s*,/.test(text.slice(fig.end, fig.end + 3))) return [];
  return words[at - 2].figure < 0 ? nameRun(words, at - 2, -1, text).slots : [];
}

/** ("fra 7.842 til 6.315": the figure right before "til" is the value a change started from) */
function afterPrevious(s: SentenceReading, k: number): boolean {
  const { figureWord, words } = s;
  const before = k > 0 ? figureWord[k - 1] : -1;
  const at = figureWord[k];
  return before > 0 && words[at - 2].figure === k - 1 && s.g.previousValue.has(words[before - 1].tok.lower);
}

/** The frame of the k-th figure of a sentence (in the order of the sentence). */
function frameOf(s: SentenceReading, k: number): Frame {
  const { text, lang, index, g, words, sorted, clauses, clauseOfWord, notAbout, nowStarts, first, subjectEnd, subject, subjectSlots, placesOfClause, pastClause, currentClause, totalClause, antecedents, lastNounish, detachedUpTo, yearOffsets, saidNow, sentenceSources, wholes, heads, figureWord } = s;
  const fig = sorted[k];
  const at = figureWord[k];
  let personSpan: [number, number] | null = null; // an age's person
  const clauseIndex = at >= 0 ? clauseOfWord[at] : 0;
  const clause = clauses[clauseIndex] ?? { from: 0, to: words.length, coordinated: false, verbAt: -1 };
  const inClause = slotsOfClause(s, clauseIndex);
  // A clause names its own subject: words before its verb, or a name anywhere ("…, oplyser
  // Danmarks Statistik torsdag"). Else it shares the sentence's ("…, and will have 23 seats").
  const ownSubject = clause.verbAt > clause.from ? (subjectSlots[clauseIndex] ??= slotsIn(words, clause.from, clause.verbAt, text)) : emptySlots();
  // (a place said to be where it is, after the figure, is no subject: "while the remaining 110 are in Copenhagen")
  const places = (placesOfClause[clauseIndex] ??= locatives(inClause.entities, words, g));
  // (not in a relative clause whose relative word is its subject: "Livredderne, der er på vagt ved
  // Kragsø og Lystrup fra klokken 11 til 18" is the lifeguards'; an adverb may stand before its
  // verb, "insurance, which alone came to £11,750", a pronoun not: "which we paid" has its own)
  const relativeSubject = clauseIndex > 0 && g.relative.has(words[clause.from].tok.lower) && (clause.verbAt === clause.from + 1 || (clause.verbAt === clause.from + 2 && adverbAt(words, clause.from + 1, g)));
  const subjectEntities = !relativeSubject && (places.others > 0 || places.firstLocative < fig.start);
  // (not a phrase after a preposition alone, whose clause's subject is a pronoun: "…, mens de i
  // resten af kommunen er steget med 2,1 procent" is of the prices)
  const hasSubject = ownSubject.things.some((x) => !inPrepositionalPhrase(words, wordAt(words, x.start), clause.from, g)) || inClause.names.some((n) => namesSubject(words, clause, n)) || subjectEntities;
  // What it counts: the noun phrase right after the figure.
  // (a count of how many more: "200 more volunteers", "an extra 240")
  const more = at >= 0 && moreAfter(words, k, at, fig, g, index);
  // (not the second count of a vote's score, which counts what the first does: "stemte 6-1 for
  // bevillingen" is six votes to one, not one grant)
  const scoreEnd = k > 0 && isCount(fig) && isCount(sorted[k - 1]) && /^[-\u2010-\u2013]$/.test(text.slice(sorted[k - 1].end, fig.start));
  // (nor, after "of which", "hvoraf", a verb the figure is the subject of: "1.162 medlemmer,
  // hvoraf 734 spiller padel" counts members; the whole before is what it counts, below)
  const partVerb = at > 0 && isCount(fig) && partOfBefore(words, at, g) && verbAfterFigure(words, k, at, index);
  const np = at >= 0 && !scoreEnd && !partVerb ? nounPhraseAfter(words, sorted, figureWord, k, clause, g, text, index, more) : null;
  // The whole of a part ("of the 179 seats in parliament") belongs to its own phrase, not to the subject.
  const isWhole = wholes.has(k);
  // (a verbless piece set off with the value a change went to, the clause before's: "although the
  // number of horses brought to the town dipped slightly, to an estimated 1,450 from 1,520")
  const prior = clauses[clauseIndex - 1];
  const changedTo = !hasSubject && clauseIndex > 1 && clause.verbAt < 0 && g.newValue.has(words[clause.from].tok.lower) && prior.verbAt > prior.from && g.subordinators.has(words[prior.from].tok.lower);
  const inherited = !hasSubject && clauseIndex > 0 && !isWhole ? (changedTo ? (subjectSlots[clauseIndex - 1] ??= slotsIn(words, prior.from, prior.verbAt, text)) : subject) : emptySlots();
  let head: Slot | null = np?.head ?? null;
  // (whether head is the noun phrase a relative clause it is in follows: see Frame.ofAntecedent)
  let ofAntecedent = false;
  let alternatives = np?.alternatives ?? [];
  let modifiers = np?.modifiers ?? [];
  const npEntities = np?.entities ?? [];
  let counted = head !== null || npEntities.length > 0;
  if (!head && npEntities.length > 0 && isNumeric(fig)) head = npEntities[npEntities.length - 1]; // "44 Danes", "2448 amerikanere"
  // "will cut 420 jobs", "nedlægger 420 stillinger": a verb phrase around the figure ends in what it counts.
  // (also where that phrase was taken for what it counts: "employs around 1,500 people")
  const spansFigure = head !== null && head.start < fig.start && head.end > fig.end;
  if ((!head || spansFigure) && npEntities.length === 0 && isNumeric(fig) && at >= 0) {
    const thing = thingInVerbPhrase(words, at, k, index, lang);
    if (thing) {
      head = thing;
      alternatives = [];
      counted = true;
    }
  }
  let eventNoun: Slot | null = null;
  const eventWords = new Set<number>();
  // "a crowd of 21,450", "en bøde på 50.000 kroner": the noun before "of" is what it counts.
  if (!head && npEntities.length === 0 && isNumeric(fig) && at > 1) {
    const prep = words[at - 1];
    // (not a year said relative to the writing: "Omsætningen var sidste år på 14,7 mio. kr." is revenue)
    if (prep.figure < 0 && g.amountOf.has(prep.tok.lower) && prep.occ.length === 0 && NOUNISH.has(words[at - 2].role) && !notAbout[at - 2] && at - 2 >= clause.from) {
      let start = at - 2;
      while (start - 1 >= clause.from && at - start < MAX_PHRASE && words[start - 1].figure < 0 && IN_PHRASE.has(words[start - 1].role) && adjacent(words, start - 1, start, text)) start--;
      let before = phraseOf(words.slice(start, at - 1), index, text, g);
      // (past a phrase of its own that tells whose or to whom: "en gæld til kommunen på 2,8 mio.
      // kr." is a debt, "a grant from the council of £4,000" a grant)
      let p = start - 1;
      while (p > clause.from && g.determiners.has(words[p].tok.lower) && words[p].occ.length === 0) p--;
      if (p - 1 >= clause.from && g.amountOwners.has(words[p].tok.lower) && words[p].occ.length === 0 && words[p - 1].figure < 0 && words[p - 1].role === "thing" && !notAbout[p - 1]) {
        const owner = phraseOf(words.slice(phraseStart(words, p - 1, clause.from, text), p), index, text, g);
        if (owner.head?.known && index.kindOf(owner.head.key) === "thing") before = owner;
      }
      if (before.head && before.head.known && index.kindOf(before.head.key) === "predicate" && !index.isReport(before.head.key)) {
        // "…, a drop of 6.6 per cent", "en stigning på 4 procent": the noun says what happened;
        // what changed is what the clause (or the sentence) is about.
        eventNoun = before.head;
        for (let i = start; i < at - 1; i++) eventWords.add(i);
      } else if (before.head) {
        head = before.head;
        alternatives = before.alternatives;
        modifiers = before.modifiers;
        counted = true;
      }
    }
  }
  // "three years in prison", "tre år i fængsel": a span of time is a span of what follows "in";
  // so is an amount of money ("£4.6 million in benefits", "2 mio. kr. i tilskud").
  const spanOrMoney = fig.kind === "money" || (fig.kind === "quantity" && fig.unit !== undefined && g.timeUnits.has(fig.unit));
  if (!head && spanOrMoney && at >= 0) {
    let j = at;
    while (j < clause.to && words[j].figure === k) j++;
    // (after money, "on" too: "spent £2m on new roofs"; not "costs £85 on average")
    const on = fig.kind === "money" && j + 1 < clause.to && g.spentOn.words.has(words[j].tok.lower) && !g.spentOn.not.has(words[j + 1].tok.lower);
    if (j + 1 < clause.to && (g.spentIn.has(words[j].tok.lower) || on) && words[j].occ.length === 0 && (fig.kind !== "money" || moneyIn(words[j + 1], notAbout, g))) {
      let from = j + 1;
      // (past an infinitive's marker and verb: "14 mio. kr. på at gøre Østkajen længere" went to the quay)
      if (from + 2 < clause.to && g.infinitiveMarkers.has(words[from].tok.lower) && VERBAL.has(words[from + 1].role) && words[from + 1].figure < 0) from += 2;
      while (from < clause.to && g.determiners.has(words[from].tok.lower)) from++;
      // (past a word no term knows that describes the noun: "in unclaimed benefits")
      if (from + 1 < clause.to && (words[from].role === "verb" || words[from].role === "adjective") && words[from].occ.length === 0 && NOUNISH.has(words[from + 1].role)) from++;
      let to = from;
      // (a definite noun ends the phrase, as in nounPhraseAfter: "Østkajen længere")
      while (to < clause.to && to - from < MAX_PHRASE && words[to].figure < 0 && NOUNISH.has(words[to].role) && (to === from || (adjacent(words, to - 1, to, text) && !definiteThing(words[to - 1], g)))) to++;
      const spent = to > from ? phraseOf(words.slice(from, to), index, text, g) : null;
      // (not a span of a period of time: "12 sygedage i skoleåret" is when, not what)
      if (spent?.head?.known && index.kindOf(spent.head.key) === "thing" && !isPeriod(spent.head.key, index)) {
        head = spent.head;
        alternatives = spent.alternatives;
        modifiers = spent.modifiers;
        counted = true;
      }
    }
  }
  // "…, taking the workforce to 71", "increased its staff to 71": the noun phrase between the
  // clause's verb and the "to" of the figure is what the figure counts.
  // (not a time, "steg i sidste uge til 812", nor what a figure before counts: "by nine votes to two")
  if (!head && isAmount(fig.kind) && at - 2 > clause.verbAt && clause.verbAt >= clause.from && g.newValue.has(words[at - 1].tok.lower) && words[at - 2].role === "thing" && !g.timeWords.has(words[at - 2].tok.lower) && adjacent(words, at - 2, at - 1, text)) {
    // (nor the end of a phrase of a change's start: "had risen from 23 in the first season to 81")
    const from = phraseStart(words, at - 2, clause.verbAt + 1, text);
    let figureBetween = false;
    for (let i = clause.verbAt + 1; i < at - 1 && !figureBetween; i++) figureBetween = words[i].figure >= 0;
    const object = figureBetween ? null : phraseOf(words.slice(from, at - 1), index, text, g);
    if (object?.head?.known) {
      head = object.head;
      alternatives = object.alternatives;
      modifiers = object.modifiers;
      counted = isCount(fig);
    }
  }
  // "44 Danes were killed and more than 200 were wounded": the second count shares the first's head.
  // "…, a record and 9 percent more than in 2023": the figure of a clause with no noun of its own
  // is about what the one before counts.
  const nounBefore = at >= 0 && lastNounish[at] >= clause.from;
  // (a percentage shares what the clause of the percentage before is about: "huspriserne steg 1,8
  // procent, mens de i Region Hovedstaden steg med 9,5 procent")
  // (the figure before, past dates: "3.4 percent in December, against 2.1 percent nationally")
  // (not one in a phrase of the amount before it: "168 riders from 21 teams …, but only 131
  // reached the finish" counts riders)
  const p = s.lastAmount;
  // (nor an age, which says whom the amount before counts: "540 børn i alderen 0-5 år …, mod 412 i 2020")
  if (isAmount(fig.kind) && fig.unit !== "age") s.lastAmount = p >= 0 && at > 0 && afterPreposition(words, at, clause, text, g) && figureWord[p] >= clause.from ? p : k;
  const before = p >= 0 ? heads[p] : null;
  // (an amount of money or a measure, one in the same unit: "produced 1.8 million litres last
  // year, up from 1.14 million litres in 2019")
  const sameUnit = p >= 0 && (fig.kind === "money" || fig.kind === "quantity") && sorted[p].kind === fig.kind && sorted[p].unit === fig.unit;
  const prevHead: Head | undefined = before?.head ? before : (fig.kind === "percent" && sorted[p]?.kind === "percent") || sameUnit || (p >= 0 && isCount(fig) && isCount(sorted[p])) ? before?.about : undefined;
  const prevNumeric = p >= 0 && isNumeric(sorted[p]) && !!prevHead?.head;
  // (a count shares a count's; a percentage, a percentage's or a count's: "9 percent more").
  const sameKinds = p >= 0 && (isCount(fig) ? isCount(sorted[p]) : (fig.kind === "percent" && (sorted[p].kind === "percent" || isCount(sorted[p]))) || sameUnit);
  // (a joined clause with a thing of its own before the figure does not share: "…, and the
  // number of routes rose to 86"; one naming only a place or a name does: "and Norway 10")
  const ownThing = at >= 0 && inClause.things.some((x) => x.start < fig.start && wordAt(words, x.start) >= clause.from);
  // ("…, while the remaining 110 are in Copenhagen": the rest of what the figure before counts)
  const restOf = at > 0 && g.restOf.has(words[at - 1].tok.lower) ? (before?.head ? before : before?.about) : undefined;
  // ("14,3 tons affald, hvoraf 62 procent blev sorteret": a part of what the figure before counts,
  // a share of it when a percentage)
  const partOf = at > 0 && before?.head && (sameKinds || fig.kind === "percent") && partOfBefore(words, at, g) ? before : undefined;
  // (not when the clause, with no verb, names a thing of its own before the figure: "…, and bread
  // and baked goods a further 21 per cent" is of the bread; "Aiko Harada took the remaining four"
  // still of the concerts)
  const listed = restOf !== undefined && !(clause.verbAt >= clause.from && clause.verbAt < at) && inClause.things.some((x) => x.start < words[at - 1].tok.start && wordAt(words, x.start) >= clause.from);
  const ofBefore = partOf ?? (sameKinds && !listed ? restOf : undefined);
  if (!head && isNumeric(fig) && ofBefore?.head) {
    head = ofBefore.head;
    alternatives = ofBefore.alternatives;
    modifiers = ofBefore.modifiers;
    counted = isCount(fig);
  }
  // ("en havørred på 6,84 kilo og 82 centimeter", "a trout of 6.84kg and 82cm": a measure joined
  // by "and" to a measure right before it, with no noun of its own, measures the same thing)
  if (!head && fig.kind === "quantity" && p >= 0 && sorted[p].kind === "quantity" && sorted[p].unit !== fig.unit && before?.head && text.slice(sorted[p].end, fig.start).trim() === g.and) {
    head = before.head;
    alternatives = before.alternatives;
    modifiers = before.modifiers;
    counted = true;
  }
  // ("has grown from 2,340 at the 2011 census to an estimated 2,910 today": the value a change
  // ends at counts what the value it started from counts, past the words between them)
  const changeEnd = p >= 0 && at > 0 && figureWord[p] >= clause.from && figureWord[p] > 0 && g.previousValue.has(words[figureWord[p] - 1].tok.lower) && newValueBefore(words, at, figureWord[p], g);
  // (not a count of a sentence that opens with a whole named before: "Of those, 431 were refereed
  // by a parent or coach, while 37 were postponed" counts what the sentence before counts, see
  // Frame.ofNamedWhole)
  if (!head && !changedTo && isNumeric(fig) && prevNumeric && sameKinds && !(isCount(fig) && opensOfWhole(words, g)) && (changeEnd || (isCount(fig) ? (clause.coordinated && !ownThing) || !hasSubject || !nounBefore : !nounBefore && clauseIndex > 0))) {
    head = prevHead!.head;
    alternatives = prevHead!.alternatives;
    modifiers = prevHead!.modifiers;
    counted = isCount(fig);
  }
  // ("72 per cent of businesses …, up from 58 per cent …, a rise of 14 percentage points": a change
  // in points is of what the percentage before it is of)
  const ofPercent = p >= 0 && sorted[p].kind === "percent" ? (before?.head ? before : before?.about) : undefined;
  if (!head && fig.kind === "quantity" && fig.unit === "pp" && ofPercent?.head) {
    head = ofPercent.head;
    alternatives = ofPercent.alternatives;
    modifiers = ofPercent.modifiers;
  }
  // An age right after a noun of people is theirs: "Børn under 12 år kommer gratis ind", "gratis
  // adgang for børn under 15 år", "children under 12" (not what follows it; not "i gennemsnit 52
  // år", "i dag 49 år"; nor in a clause of an age word, which it is: "gennemsnitsalderen for en
  // haveejer 71 år")
  if (fig.kind === "quantity" && fig.unit === "age" && at - 1 >= clause.from && words[at - 1].figure < 0 && words[at - 1].role === "thing" && adjacent(words, at - 1, at, text) && !ageWordIn(words, clause.from, at, g)) {
    const known = words[at - 1].occ.find((o) => o.last === at - 1 && (o.key === "people" || index.ancestors(o.key).has("people")));
    if (known) {
      const owner = phraseOf(words.slice(phraseStart(words, at - 1, clause.from, text), at), index, text, g);
      if (owner.head?.known) {
        head = owner.head;
        alternatives = owner.alternatives;
        modifiers = owner.modifiers;
        counted = true;
      }
    }
  }
  // An age is a person's: set off after a name, the name nearest before it, in any clause
  // ("Jonas Riis, 24,", "…, Jonas Riis, who is 24"); after a verb, the first name of its clause
  // ("Hanne Mølgaard, the chief executive of Vestkyst Energi, is 45").
  // (not one no person reaches: amber "omkring 40 millioner år gammelt")
  if (fig.kind === "quantity" && fig.unit === "age" && at >= 0 && typeof fig.value === "number" && fig.value <= MAX_PERSON_AGE) {
    const setOff = /[,(]\s*$/.test(text.slice(Math.max(0, fig.start - 3), fig.start));
    const first = setOff ? [] : nameBefore(words, at, text, index, clause.from, g);
    // (a clause that is only the verb and the age, after an aside, is the sentence's subject's:
    // "Helen Marsh, who chairs the Yorkshire Forum, is 57")
    const subjectName = !setOff && first.length === 0 && clauseIndex > 0 && at - 1 === clause.from ? nameBefore(words, at, text, index, 0) : [];
    // ("11-årige Sofie går …", "the 58-year-old Jens Holm": a name right after the age)
    let after = at;
    while (after < clause.to && words[after].figure === k) after++;
    // (a person's name, not a people's or a place's: "the 32-year-old Dutchman")
    const personal = (w: Word) => w.figure < 0 && (w.role === "name" || (w.role === "entity" && w.occ.length > 0 && w.occ.every((o) => index.kindOf(o.key) === "name" || index.kindOf(o.key) === "person")));
    const named = !setOff && after < clause.to && after > at && adjacent(words, after - 1, after, text) ? nameRun(words, after, 1, text, personal, clause.to).slots : [];
    let person = named.length > 0 ? named : first.length > 0 ? first : subjectName.length > 0 ? subjectName : nameBefore(words, at, text, index);
    // "Brenda and Colin Ashworth, aged 74 and 76": two names and two ages, each pair joined by
    // "and", go together in turn — the first age is the first name's
    if (person.length > 0 && firstOfTwoAges(words, sorted, figureWord, k, g)) {
      const f = wordAt(words, person[0].start);
      if (f >= 2 && words[f - 1].tok.lower === g.and && isNameWord(words[f - 2])) person = nameRun(words, f - 2, -1, text).slots;
    }
    // "A 71-year-old farmer, Manuel Ortega, was …": the name set off after the noun it goes with.
    if (np?.head && np.words.length > 0) {
      const after = nameAfterComma(words, Math.max(...np.words) + 1, text);
      if (after.length > 0) person = after;
    }
    // ("gennemsnitsalderen på Ormø 68 år", "Ifølge Lise Thygesen er gennemsnitsalderen 51 år": in a
    // clause with an age word, a name after a preposition is where, or who says it, not whose)
    const firstWord = person.length > 0 ? words.findIndex((w) => w.tok.start === person[0].start) : -1;
    const afterPreposition = firstWord >= 1 && g.prepositions.has(words[firstWord - 1].tok.lower);
    let ageWord = false;
    for (let i = clause.from; afterPreposition && i < at && !ageWord; i++) ageWord = g.ageNouns.has(words[i].tok.lower) || words[i].occ.some((o) => o.key === "age");
    if (person.length > 0 && !ageWord) {
      head = person[person.length - 1];
      alternatives = [];
      modifiers = person.slice(0, -1); // the first names: "Jonas" of "Jonas Riis"
      counted = true;
      personSpan = [person[0].start, head.end];
    }
  }
  heads.push({ head, alternatives, modifiers, entities: npEntities });
  if (isClock(fig.kind) && np?.head) s.timed.push(...np.words);
  // Not what it counts, then what its clause is about: the nearest noun phrase before it
  // ("Turnout was 84.1 percent", "Fødevarepriserne steg med 14,4 procent"), else after it, else
  // the sentence's subject's.
  if (!head) {
    // (nor, for a time of day, a noun an earlier time of day is of: "the decision to cancel
    // Saturday's 7pm mass ascent was taken at 5.45pm" is the decision's time, not the ascent's)
    // (nor the comparative of a count of how many more: "Det er 38 færre end i fjor")
    const comparative = more ? wordAfterFigure(words, k, at) : -1;
    const npWords = new Set([...(np?.words ?? []), ...eventWords, ...(isClock(fig.kind) ? s.timed : []), ...(comparative >= 0 && comparative < words.length && g.moreOf.has(words[comparative].tok.lower) ? [comparative] : [])]);
    // (the sentence's subject, for a clause of its own with none)
    const sentenceSubject = () => phraseNear(words, first.from, subjectEnd, -1, npWords, index, text, g, notAbout);
    // (the noun phrase right before the relative word of a relative clause whose relative word is
    // its subject, read once and only when asked: see Frame.ofAntecedent)
    const ofRelative = relativeSubject && !hasSubject;
    const timed = isTime(fig.kind) || isClock(fig.kind);
    let antecedentPhrase: Phrase | null = null;
    const phraseBefore = () => (antecedentPhrase = antecedent(words, clauses[clauseIndex - 1].from, clause.from, npWords, index, text, g, notAbout));
    const about =
      phraseNear(words, clause.from, at >= 0 ? at : clause.to, -1, npWords, index, text, g, notAbout, fig.kind === "quantity" && fig.unit !== undefined && fig.unit !== "age" && !g.timeUnits.has(fig.unit)) ??
      // (a clause set off by a comma that opens with a participle is of the noun before the comma:
      // "at a full council meeting on Thursday 27 November, starting at 6.30pm")
      (clauseIndex > 0 ? participleOwner(words, clause, npWords, index, text, g, notAbout) : null) ??
      // (a time in a relative clause whose relative word is its subject is the noun phrase's before
      // it, else the subject's, not of a phrase after it: "the weir, which was built around 1790",
      // "Livredderne, der er på vagt fra klokken 11 til 18 i skolernes sommerferie")
      (ofRelative && timed ? (phraseBefore() ?? sentenceSubject()) : null) ??
      // (an amount in one is of what the clause is said of, the phrase right before it: "She added
      // that food price inflation, which peaked at 19.1 per cent in 2023, …"; "most of it went on
      // insurance, which came to £11,750", "the council's head of library services, who has worked
      // for the service for 31 years", though a preposition opens it)
      (ofRelative && !timed ? (phraseBefore() ?? phraseNear(words, clauses[clauseIndex - 1].from, clause.from, -1, npWords, index, text, g, notAbout)) : null) ??
      phraseNear(words, at >= 0 ? at : clause.from, isTime(fig.kind) || isClock(fig.kind) ? setOffAfter(s, k, at, clause, g) : clause.to, 1, npWords, index, text, g, notAbout) ??
      (changedTo ? phraseNear(words, prior.from, prior.verbAt, 1, npWords, index, text, g, notAbout) : null) ??
      (clauseIndex > 0 && !hasSubject ? sentenceSubject() : null);
    if (about?.head) {
      head = about.head;
      alternatives = about.alternatives;
      modifiers = about.modifiers;
      heads[k]!.about = { head, alternatives, modifiers };
      ofAntecedent = about === antecedentPhrase;
    }
  }

  const ofHead = (x: Slot) => sameSlot(head, x) || hasSlot(modifiers, x);
  // (nor the words of the present: "stiger fra 4.870 i dag" is about no days)
  const notCounted = (x: Slot) => !ofHead(x) && !hasSlot(npEntities, x) && !nowStarts.has(x.start);
  // "212 af de medlemmer, der stemte, bakkede op om planen", "The 212 members, who voted on Monday,
  // backed the plan": after a relative clause set off after the figure's verbless clause, the
  // clause that opens with its verb says what happened to it (the relative clause's verb does not)
  const afterRelative = clause.verbAt < 0 && isAmount(fig.kind) && fig.unit !== "age" ? relativeSetOff(s, clauseIndex) : null;
  const topic = [...nearest(inClause.things, fig, MAX_SLOTS, notCounted), ...nearest(inherited.things, fig, MAX_SLOTS, notCounted), ...nearest(afterRelative?.things ?? [], fig, MAX_SLOTS, notCounted)]
    .sort((a, b) => distance(a, fig) - distance(b, fig))
    .slice(0, MAX_SLOTS);

  // What happened: the clause's verb, unless a preposition puts the figure out of its reach
  // ("beating City 3-1 in front of a crowd of 21,450"; dates are always the verb's: "died in 2011").
  // (nor the verbs of a relative clause right after what it counts, which say more of that:
  // "took medicines to 214 patients who cannot leave their homes")
  const afterNp = np && np.words.length > 0 ? Math.max(...np.words) + 1 : -1;
  const relativeAt = afterNp > 0 && afterNp < clause.to && g.relative.has(words[afterNp].tok.lower) ? words[afterNp].tok.start : -1;
  const reaches = (v: Slot) => reachesFigure(s, v, fig) && (relativeAt < 0 || v.start < relativeAt);
  // (spending a span of time is no spending of money: "The club spent 41 years looking for a
  // permanent range" says what the years went to, the verb after it)
  const spentTime = fig.kind === "quantity" && fig.unit !== undefined && g.timeUnits.has(fig.unit);
  let predicates = nearest(inClause.predicates, fig, MAX_SLOTS, (v) => reaches(v) && !(spentTime && v.key === SPEND));
  let light = predicates.length === 0 && inClause.light.some(reaches);
  const detachedInClause = isNumeric(fig) && at >= 0 && detachedUpTo[at] - detachedUpTo[clause.from] > 0;
  const ownNoun = inClause.things.some((x) => x.start < fig.start || x.start >= fig.end);
  if (predicates.length === 0 && !light && clause.verbAt < 0 && inClause.verbs.length === 0 && clauseIndex > 0 && !isWhole && !detachedInClause && (clause.coordinated || !ownNoun)) {
    // A clause with no verb of its own ("…, and 50 of the 179 seats") shares the previous one's
    // (not an aside with a noun of its own: "…, most of them girls").
    const prev = clauses[clauseIndex - 1];
    const before = slotsOfClause(s, clauseIndex - 1);
    predicates = before.predicates.length > 0 ? before.predicates : before.verbs;
    light = predicates.length === 0 && before.light.length > 0;
  }
  if (predicates.length === 0 && !light) predicates = nearest(inClause.verbs, fig, MAX_SLOTS, reaches);
  // A time in a clause "when" opens after another is that clause's time too: "found the damage
  // when she unlocked the church on Sunday 2 March" is when she found it.
  if ((isTime(fig.kind) || isClock(fig.kind)) && clauseIndex > 0 && g.timeRelatives.has(words[clause.from].tok.lower) && words[clause.from].figure < 0) {
    const before = slotsOfClause(s, clauseIndex - 1).predicates;
    predicates = [...predicates, ...before.filter((b) => !predicates.some((p) => p.key === b.key))];
  }
  // A clause that opens with the value a change started from ("…, down from £8.1 million before the
  // pandemic") says it of what the clause before did: the car parks brought in £8.1 million then.
  // So does one that compares its amount with the clause before's ("…, compared with £1.5m last
  // year", "…, sammenlignet med 412 i 2022").
  const opening = at - clause.from;
  const fromValue = opening === 2 && g.previousValue.has(words[at - 1].tok.lower) && g.changeVerbs.has(words[at - 2].tok.lower);
  if (clauseIndex > 0 && opening > 0 && (fromValue || (opening <= g.comparedWithWords && g.comparedWith.has(phraseOfWords(words, clause.from, at))))) {
    // (a compared amount takes the verbs nearest it first: "Figures released under … show that 312
    // sailings were cancelled in 2023, against 187 in 2022" were cancelled, not released)
    const all = slotsOfClause(s, clauseIndex - 1).predicates;
    const before = fromValue ? all : nearest(all, fig, MAX_SLOTS);
    predicates = [...predicates, ...before.filter((b) => !predicates.some((p) => p.key === b.key))];
  }
  const headWord = head ? words[wordAt(words, head.start)] : undefined;
  if (headWord?.event && !predicates.some((p) => p.key === headWord.event!.key)) predicates = [...predicates, slotOf(headWord.event, text)];
  if (eventNoun) {
    predicates = [eventNoun, ...predicates.filter((p) => p.start !== eventNoun!.start)];
    light = false;
  }
  // "A survey of 1,048 residents … found that …": a count in the "of" phrase of its clause's
  // subject is not what the verb after it is about (the survey found; the residents did not)
  else if (
    isNumeric(fig) && at >= 2 && np?.head && np.whole === undefined && g.amountOf.has(words[at - 1].tok.lower) &&
    NOUNISH.has(words[at - 2].role) && words[at - 2].figure < 0 && clause.verbAt > at && predicates.every((p) => p.start > fig.end)
  ) {
    predicates = [];
    light = false;
  }
  if (afterRelative && predicates.length === 0 && !light) {
    predicates = afterRelative.predicates.length > 0 ? afterRelative.predicates : afterRelative.verbs;
    light = predicates.length === 0 && afterRelative.light.length > 0;
  }
  // "44 Danes and 2,448 Americans were killed": the first of two joined subjects shares the verb after them.
  const next = clauses[clauseIndex + 1];
  if (predicates.length === 0 && !light && clause.verbAt < 0 && next?.coordinated && next.verbAt >= 0 && !detachedInClause) {
    const after = slotsOfClause(s, clauseIndex + 1);
    predicates = after.predicates.length > 0 ? after.predicates : after.verbs;
    light = predicates.length === 0 && after.light.length > 0;
  }
  // "The largest single grant, £4,000, will go to Kettleby Youth Band": an amount set off by commas
  // after a noun phrase names it again; the clause after it, which opens with its verb, says what
  // happened to it, and to whom (an age set off after a name is its person's: see above).
  const afterAppositive = appositiveAmount(s, k, clauseIndex, ownNoun) ? slotsOfClause(s, clauseIndex + 1) : emptySlots();
  const own = afterAppositive.predicates.length > 0 ? afterAppositive.predicates : afterAppositive.verbs;
  if (own.length > 0) {
    predicates = [...own, ...predicates.filter((p) => !own.some((o) => o.key === p.key))];
    light = false;
  }

  // "klaget 212 gange", "complained 212 times": a count of times after its verb counts the doing
  // too (212 complaints).
  const verb = predicates[0];
  const repeated = head !== null && head === np?.head && verb?.known && verb.end <= fig.start && g.repetitions.has(head.text.toLowerCase()) ? verb : undefined;
  // Who did it: the subject's words outside prepositional phrases ("patients across Denmark": not Denmark).
  const free = (x: Slot) => !inPrepositionalPhrase(words, wordAt(words, x.start), 0, g);
  const agent = inOrder(hasSubject ? ownSubject.things : inherited.things, fig, MAX_SLOTS, (x) => !ofHead(x) && free(x));
  // Who says or counts an amount is its source, not what it is about ("The Pentagon says 2,448
  // Americans …", "ifølge Danmarks Statistik"); a date of the saying is about the sayer.
  const sources = isNumeric(fig) ? sentenceSources : new Set<number>();
  const notSource = (x: Slot) => !sources.has(x.start);
  const agentEntities = [
    ...inOrder(hasSubject ? ownSubject.entities : inherited.entities, fig, MAX_SLOTS, (x) => free(x) && notSource(x)),
    ...inOrder(hasSubject ? ownSubject.names : inherited.names, fig, MAX_SLOTS, (x) => free(x) && notSource(x)),
  ];
  let entities = uniqueSlots([...npEntities, ...inOrder(inClause.entities, fig, MAX_SLOTS), ...inOrder(inherited.entities, fig, MAX_SLOTS), ...inOrder(afterAppositive.entities, fig, MAX_SLOTS)]).filter(notSource);
  let names = uniqueSlots([...inOrder(inClause.names, fig, MAX_SLOTS), ...inOrder(inherited.names, fig, MAX_SLOTS), ...inOrder(afterAppositive.names, fig, MAX_SLOTS)]).filter(notSource);
  // A relative clause is also about what it is said of: "…, Niels Jørgen Bak, 58, der selv driver
  // en bedrift med 320 malkekøer", "…, Jonas Riis, who scored 12 goals".
  if (clauseIndex > 0 && at >= 0 && g.relative.has(words[clause.from].tok.lower)) {
    for (const x of (antecedents[clauseIndex] ??= antecedentNames(words, clause.from, text, g))) {
      const list = x.known ? entities : names;
      if (!list.some((y) => y.start === x.start && y.key === x.key)) list.push(x);
    }
  }
  if (personSpan) {
    // An age names its person alone: "Helen Marsh, who chairs the Yorkshire Care Forum, is 57"
    // is not about the forum.
    const [from, to] = personSpan;
    const own = (x: Slot) => x.start >= from && x.end <= to;
    entities = entities.filter(own);
    names = names.filter(own);
  }
  // "Riverside Surgery, which has 10,900 registered patients, and Mill Lane Medical Practice, with
  // 6,500, will combine": a figure set off after a name by "with" is that name's alone.
  const owner = setOffOwner(s, k);
  if (owner.length > 0) {
    entities = owner.filter((x) => x.known);
    names = owner.filter((x) => !x.known);
  }
  for (const e of entities) if (locativeAt(words, wordAt(words, e.start), g)) e.locative = true;
  // (a name may have a word of its own before it: "in neighbouring Ashby Vale", "i nabokommunen Østerlund")
  for (const n of names) if (locativeAt(words, wordAt(words, n.start), g, true)) n.locative = true;
  const context = uniqueSlots([...inOrder(inClause.all, fig, MAX_CONTEXT), ...inOrder(inherited.all, fig, MAX_CONTEXT)]);
  const others = nearbyFigures(sorted, figureWord, k, clause);
  // (and a year set off by commas beside its clause, a clause of its own: "I det første år, 2021,
  // indbragte pantindsamlingen 58.900 kr.", "raised DKK 58,900 in its first year, 2021")
  if (isNumeric(fig)) {
    for (const beside of [clauses[clauseIndex - 1], clauses[clauseIndex + 1]]) {
      const year = beside ? appositiveYear(words, sorted, beside, text) : undefined;
      if (year && !others.includes(year)) {
        others.push(year);
        others.sort((a, b) => a.start - b.start);
      }
    }
  }
  // "The busiest month was July, when 512,000 passengers …", "i juli, hvor 512.000 …": the time
  // named right before the clause's "when" is the time of its figures
  const opener = words[clause.from];
  const named = clause.from > 0 && g.timeRelatives.has(opener.tok.lower) ? words[clause.from - 1].figure : -1;
  if (named >= 0 && named !== k && !others.includes(sorted[named]) && isTime(sorted[named].kind)) {
    others.push(sorted[named]);
    others.sort((a, b) => a.start - b.start);
  }
  const frame: Frame = { figure: fig, head, alternatives, modifiers, counted, topic, predicates, light, entities, names, context, others, agent, agentEntities, whole: undefined, part: undefined, relativeYear: undefined, previous: undefined, current: undefined, joined: undefined };
  if (ofAntecedent) frame.ofAntecedent = true;
  // "har plads til 160 elever", "room for 24 animals": a count right after a noun of room counts
  // places too (see Frame.room)
  const room = isCount(fig) && at >= 1 && head?.known ? roomBefore(words, at, text, index, lang, g) : null;
  if (room && room.key !== head!.key) {
    frame.room = room;
    // (and a thing of its clause, as the word it is read as would be)
    if (!topic.some((t) => t.key === room.key)) frame.topic = [room, ...topic].slice(0, MAX_SLOTS);
  }
  if (relativeAt >= 0 && counted) {
    const described = inClause.predicates.filter((v) => v.start > relativeAt);
    if (described.length > 0) frame.described = described;
  }
  // (only while the head is what the figure counts)
  if (np?.joined && head === np.head) frame.joined = np.joined;
  else if (repeated) frame.joined = repeated;
  const yearSaid = yearOffsets.get(fig);
  if (yearSaid !== undefined) {
    frame.relativeYear = yearSaid.offset;
    if (g.relativeToText.includes(yearSaid.phrase)) frame.relativeToText = true;
  }
  if (saidNow.has(fig)) frame.now = true;
  // (a rank too, after the word of the value before: "climbed from 45th to 38th place", "fra en 45.-plads")
  const rankFrom = fig.kind === "ordinal" && at > 0 && (g.previousValue.has(words[at - 1].tok.lower) || (at > 1 && g.determiners.has(words[at - 1].tok.lower) && g.previousValue.has(words[at - 2].tok.lower)));
  // (or in a sentence that opens with a word of before and has none of the future: "Before the
  // expansion, the clinic had ten vets", "Før jordfordelingen var der 214 marklodder")
  const heldBefore = () => (s.opensPast ??= pastOpening(words, g)) && (s.futureAt ??= firstCueAt(text.toLowerCase(), g.futureCues)) === Infinity;
  if (rankFrom || (at > 0 && isAmount(fig.kind) && ((g.previousValue.has(words[at - 1].tok.lower) && !spreadFrom(words, at, clause.to, g)) || (pastClause[clauseIndex] ??= hasWord(words, clause.from, clause.to, g.pastCues)) || heldBefore()))) frame.previous = true;
  else if (at > 1 && isAmount(fig.kind) && g.newValue.has(words[at - 1].tok.lower) && (isVerbal(words[at - 1]) || isVerbal(words[at - 2]) || afterPrevious(s, k))) frame.current = true;
  // (a word of the clause that says it is the new value: "The new annual charge … has been set at
  // £1,150"; not a count's, "De nye mål blev vedtaget med seks stemmer mod én")
  if (!frame.previous && !frame.current && at > 0 && isAmount(fig.kind) && fig.kind !== "count" && (currentClause[clauseIndex] ??= hasWord(words, clause.from, clause.to, g.currentCues))) frame.saidNew = true;
  if (isAmount(fig.kind) && (s.futureAt ??= firstCueAt(text.toLowerCase(), g.futureCues)) < fig.start) frame.future = true;
  if (more) frame.more = true;
  else if (at >= 0 && fig.kind === "count" && newAfter(words, k, at, fig, g)) frame.added = true;
  // (once per clause: a clause of many counts stays linear)
  if (fig.kind === "count" && (totalClause[clauseIndex] ??= hasWord(words, clause.from, clause.to, g.totalCues))) frame.total = true;
  // (an amount said exactly, with the word before it in its clause)
  if (isAmount(fig.kind) && fig.qualifier === "exact") {
    const ends = (s.extremeClause[clauseIndex] ??= { low: firstWordOf(words, clause.from, clause.to, g.rangeEnds.low), high: firstWordOf(words, clause.from, clause.to, g.rangeEnds.high) });
    const before = at >= 0 ? at : clause.to;
    if (ends.low >= 0 && ends.low < before) frame.extreme = "low";
    else if (ends.high >= 0 && ends.high < before) frame.extreme = "high";
  }
  // "Tuesday's general election": the date belongs to the election, not to the clause's verb.
  if (np?.possessive) {
    frame.predicates = [];
    frame.light = false;
  }
  // "50 of the 179 seats": 179 is the whole; it counts the same thing, and has no verb of its own.
  if (np?.whole !== undefined) {
    wholes.add(np.whole);
    if (isCount(fig)) frame.ofFigure = true;
  }
  if (np?.part && isCount(fig)) frame.part = true;
  if (isCount(fig) && at >= 0 && ofAnaphoricWhole(words, k, at, clause, g)) frame.ofNamedWhole = "after";
  // (not one that names what it counts after its verb: "Of those, 97 are men and 21 are women";
  // a noun after a preposition is no such name: "431 were refereed by a parent or coach")
  else if (isCount(fig) && at >= 0 && opensOfWhole(words, g) && (!head || head.start < fig.start || hasWord(words, at + 1, wordAt(words, head.start), g.prepositions))) frame.ofNamedWhole = "opening";
  return frame;
}

/**
 * The start offsets of the names that are a clause's source: before its verb of saying or
 * counting ("The Pentagon says …"), or right after it ("according to the Pentagon", "oplyser SSI").
 */
function sourcesIn(words: Word[], clause: Clause, index: TermIndex): Set<number> {
  const out = new Set<number>();
  for (let i = clause.from; i < clause.to; i++) {
    const w = words[i];
    if (w.role !== "predicate" || !w.occ.some((o) => index.isReport(o.key))) continue;
    // Its subject: the names before it, back to the clause's start.
    for (let j = i - 1; j >= clause.from; j--) {
      const v = words[j];
      if (v.figure >= 0 || VERBAL.has(v.role)) break;
      if (v.role === "entity" || v.role === "name") out.add(v.tok.start);
    }
    // Its object, when a name follows at once ("according to [the] Pentagon").
    for (let j = i + 1; j < clause.to && j <= i + 4; j++) {
      const v = words[j];
      if (v.role === "entity" || v.role === "name") out.add(v.tok.start);
      else if (!v.stop) break;
    }
  }
  return out;
}

/** The word at i follows a preposition of place, its determiners between ("in Aarhus", "i det centrale Kolding"). */
function locativeAt(words: Word[], i: number, g: Grammar, ownWord = false): boolean {
  let own = ownWord ? 1 : 0;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = words[j];
    if (g.locative.has(w.tok.lower)) return true;
    if (ownWord && (w.tok.pause || w.figure >= 0 || w.role === "verb" || w.role === "predicate" || w.role === "light")) return false;
    if (!w.stop && w.role !== "adjective" && own-- <= 0) return false;
  }
  return false;
}

/**
 * "from 98 kr. for the 15-year-olds to 112.50 kr. for the 17-year-olds": the figure at word `at`
 * and the one after the range's joiner are each followed by a word that says whom it is of — a
 * spread, no change. Looks at most SPREAD_REACH words on (before `to`, the clause's end): a clause
 * of many such figures stays linear.
 */
function spreadFrom(words: readonly Word[], at: number, to: number, g: Grammar): boolean {
  const fig = words[at].figure;
  let k = at;
  while (k < to && words[k].figure === fig) k++;
  if (k >= to || !g.spreadFor.has(words[k].tok.lower)) return false;
  for (let j = k + 1; j + 1 < to && j <= k + SPREAD_REACH; j++) {
    if (words[j].tok.lower !== g.rangeJoiner || words[j + 1].figure < 0) continue;
    const other = words[j + 1].figure;
    let e = j + 1;
    while (e < to && words[e].figure === other) e++;
    return e < to && g.spreadFor.has(words[e].tok.lower);
  }
  return false;
}

/** How many words after "for" the range's joiner of a spread may come: "for de 15-årige til". */
const SPREAD_REACH = 8;

/** The index of the word that starts at a character offset. */
function wordAt(words: Word[], start: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].tok.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a word ends in one of the endings, with more than two letters before it ("slightly", not "fly"). */
function hasEnding(low: string, endings: readonly string[]): boolean {
  return endings.some((e) => low.length > e.length + 2 && low.endsWith(e));
}

/** The index of the first word that starts at or after a character offset (words.length if none). */
function firstWordFrom(words: Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].tok.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * At most `max` slots that pass `keep`, nearest the figure first (of two as near, the earlier).
 * `slots` are in the order of the sentence; a walk outward from the figure, so that a frame costs
 * the same in a clause of ten words and in one of ten thousand.
 */
function nearest(slots: readonly Slot[], fig: Figure, max: number, keep: (s: Slot) => boolean = () => true): Slot[] {
  return nearestIndexes(slots, fig, max, keep).map((i) => slots[i]);
}

function nearestIndexes(slots: readonly Slot[], fig: Figure, max: number, keep: (s: Slot) => boolean): number[] {
  const out: number[] = [];
  if (slots.length === 0) return out;
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid].start < fig.start) lo = mid + 1;
    else hi = mid;
  }
  let before = lo - 1;
  let after = lo;
  for (let steps = 0; out.length < max && steps < MAX_WALK && (before >= 0 || after < slots.length); steps++) {
    const takeBefore = after >= slots.length || (before >= 0 && distance(slots[before], fig) <= distance(slots[after], fig));
    const i = takeBefore ? before-- : after++;
    if (keep(slots[i])) out.push(i);
  }
  return out;
}

/** nearest, kept in the order of `slots` (the sentence's). */
function inOrder(slots: readonly Slot[], fig: Figure, max: number, keep: (s: Slot) => boolean = () => true): Slot[] {
  return nearestIndexes(slots, fig, max, keep)
    .sort((a, b) => a - b)
    .map((i) => slots[i]);
}

/**
 * The other figures of the clause, nearest first: at most MAX_OTHERS amounts and as many dates
 * (what a date dates; when an amount held).
 */
function nearbyFigures(sorted: readonly Figure[], figureWord: Int32Array, k: number, clause: Clause): Figure[] {
  const out: Figure[] = [];
  let amounts = 0;
  let dates = 0;
  const inClause = (j: number) => figureWord[j] >= clause.from && figureWord[j] < clause.to;
  for (let d = 1; d <= MAX_WALK && (k - d >= 0 || k + d < sorted.length); d++) {
    for (const j of [k - d, k + d]) {
      if (j < 0 || j >= sorted.length || !inClause(j)) continue;
      const numeric = isNumeric(sorted[j]);
      if (numeric ? amounts >= MAX_OTHERS : dates >= MAX_OTHERS) continue;
      if (numeric) amounts++;
      else dates++;
      out.push(sorted[j]);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The year a clause is made of, or ends with after a comma ("I det første år, 2021, …"): a year
 * set off by commas, if there is one.
 */
function appositiveYear(words: readonly Word[], sorted: readonly Figure[], clause: Clause, text: string): Figure | undefined {
  const j = clause.to > clause.from ? words[clause.to - 1].figure : -1;
  if (j < 0 || sorted[j].kind !== "year") return undefined;
  let m = clause.to - 1;
  while (m > clause.from && words[m - 1].figure === j) m--;
  return m === clause.from || text.slice(words[m - 1].tok.end, words[m].tok.start).includes(",") ? sorted[j] : undefined;
}

/** A count right before a comparative ("200 more volunteers", "66 flere børn"): how many more, not how many. */
function moreAfter(words: Word[], k: number, at: number, fig: Figure, g: Grammar, index: TermIndex): boolean {
  if (fig.kind !== "count") return false;
  // (the size of a change, after its verb: "expanded by 28 rooms", "udvider med 28 nye værelser")
  if (at > 1 && g.changeBy.has(words[at - 1].tok.lower) && isVerbal(words[at - 2]) && words[at - 2].occ.some((o) => isChange(o.key, index))) return true;
  // ("an extra 240 volunteers", "yderligere 240 frivillige")
  if (at > 0 && words[at - 1].figure < 0 && g.moreOf.has(words[at - 1].tok.lower) && fig.start - words[at - 1].tok.end <= 1) return true;
  const i = wordAfterFigure(words, k, at);
  // (the comparative right after the figure, a space between)
  if (i < words.length && g.moreOf.has(words[i].tok.lower) && words[i].tok.start - fig.end <= 1) return true;
  // (or after the one noun it counts: "50 hjertestartere mere", "ni fastansatte mere")
  return i + 1 < words.length && words[i].figure < 0 && !words[i].stop && g.moreAfterNoun.has(words[i + 1].tok.lower) && !words[i + 1].tok.pause;
}

/**
 * The word after "in" that says what an amount of money is in: a bare noun ("£4.6 million in
 * benefits", "2 mio. kr. i tilskud"), not a place or a time ("in the town", "i budgetaftalen",
 * "i år", "i timen").
 */
/** Right before word `at`: a phrase of one or two words that makes the figure a part of the one before ("of which", "hvoraf"). */
function partOfBefore(words: Word[], at: number, g: Grammar): boolean {
  const one = words[at - 1].tok.lower;
  return g.partOf.has(one) || (at >= 2 && g.partOf.has(`${words[at - 2].tok.lower} ${one}`));
}

function moneyIn(w: Word, notAbout: Uint8Array, g: Grammar): boolean {
  const word = w.tok.lower;
  return w.figure < 0 && !notAbout[w.index] && !g.determiners.has(word) && !g.timeWords.has(word) && !definiteEnding(word, g);
}

/** The word right after the k-th figure may be a verb: a word the lexicon knows as a predicate ("play", "spiller"). */
function verbAfterFigure(words: Word[], k: number, at: number, index: TermIndex): boolean {
  const i = wordAfterFigure(words, k, at);
  const w = words[i];
  return w !== undefined && w.figure < 0 && w.occ.some((o) => index.kindOf(o.key) === "predicate");
}

/** The first word after the k-th figure, whose first word is `at`. */
function wordAfterFigure(words: Word[], k: number, at: number): number {
  let i = at;
  while (i < words.length && words[i].figure === k) i++;
  return i;
}

/** Whether a word of newOf comes right after the count ("32 new rooms"). */
function newAfter(words: Word[], k: number, at: number, fig: Figure, g: Grammar): boolean {
  const i = wordAfterFigure(words, k, at);
  return i < words.length && g.newOf.has(words[i].tok.lower) && words[i].tok.start - fig.end <= 1;
}

/** The lexicon's concepts of a change of a value (src/lang/concepts/predicates-economy.yaml). */
const CHANGES: readonly string[] = ["rise", "fall"];

/** A concept of a change of a value, or one narrower ("expand", "cut"). */
export function isChange(key: string, index: TermIndex): boolean {
  if (CHANGES.includes(key)) return true;
  for (const k of index.ancestors(key)) if (CHANGES.includes(k)) return true;
  return false;
}

function isNumeric(f: Figure): boolean {
  return isAmount(f.kind);
}

function isCount(f: Figure): boolean {
  return isCountLike(f.kind);
}

function distance(s: Slot, f: Figure): number {
  return s.start >= f.end ? s.start - f.end : f.start - s.end;
}

/** Whether two words are written joined by a hyphen ("sell-out", "two-storey"). */
function hyphenJoined(a: Word | undefined, b: Word | undefined, text: string): boolean {
  return !!a && !!b && /^[-‐‑]$/.test(text.slice(a.tok.end, b.tok.start));
}

/** How many describing words may stand between a determiner and its noun ("the new two-storey building"). */
const MAX_DESCRIBING = 3;

/**
 * Whether only describing words — an adjective, a function word that is no auxiliary, a number,
 * a hyphened part, a word no term knows — stand between a determiner and word w: "the new
 * building", "the two-storey building" (a noun, not the verb "build").
 */
function afterDeterminer(w: Word, words: Word[], g: Grammar, text: string): boolean {
  // (a form never finite is no verb of a determiner's phrase: "the old building")
  const verbish = verbLike(w, words, g) && !hasEnding(w.tok.lower, g.nonFiniteEndings);
  for (let j = w.index - 1; j >= 0 && j >= w.index - MAX_DESCRIBING; j--) {
    const p = words[j];
    // (not across a comma: "The hall, built in 1924" — "built" is its verb)
    if (words[j + 1].tok.pause) return false;
    if (g.determiners.has(p.tok.lower)) return j < w.index - 1;
    const hyphened = hyphenJoined(p, words[j + 1], text) || hyphenJoined(words[j - 1], p, text);
    // (a word no term knows only before a word that does not look like a verb: in "En
    // partoutbillet kostede …" it is the noun)
    const describing = p.role === "adjective" || (p.role === "word" && !p.stop && !verbish) || (p.stop && p.occ.length === 0 && !g.auxiliaries.has(p.tok.lower));
    if (!(p.figure >= 0 || hyphened || describing)) return false;
  }
  return false;
}

function classify(w: Word, words: Word[], index: TermIndex, g: Grammar, text: string, inTimePhrase: boolean): void {
  if (w.figure >= 0) return;
  // A relative year's words right after an amount say when, not what it counts: "356.000 året
  // før" counts no years.
  if (inTimePhrase && words[w.index - 1]?.figure >= 0) {
    w.occ = [];
    return;
  }
  const t = w.tok;
  // A function word alone is no term, unless it is a light verb ("was", "er") or a name written
  // as one ("US", not "us").
  if (w.stop) {
    const written = t.raw !== t.lower;
    // (right after an amount a function word that is also a noun is what it counts: "42.000 hjem")
    const counted = words[w.index - 1]?.figure >= 0;
    w.occ = w.occ.filter((o) => o.last > o.first || index.kindOf(o.key) === "light" || (written && index.term(o.key)?.concept.class !== undefined) || (counted && index.kindOf(o.key) === "thing"));
    if (w.occ.length > 0 && written) w.stop = false;
  }
  if (w.occ.length > 0) {
    let role: Word["role"] = "thing";
    const types = w.occ.map((o) => {
      const k = index.kindOf(o.key);
      return k === "place" || k === "person" || k === "organization" || k === "name" ? "entity" : k === "report" ? "predicate" : (k ?? "unknown");
    });
    // The parts of a hyphenated word are not its verb ("a sell-out crowd", "season-ticket holders").
    const inCompound = hyphenJoined(w, words[w.index + 1], text) || hyphenJoined(words[w.index - 1], w, text);
    // An event named by a noun ("the transfers", "overførslerne"): a thing of the clause, not its verb.
    const prev = words[w.index - 1];
    // (after a determiner, a genitive, a people's name — "U.S. wounded", "danske sårede" — or with a noun's ending)
    const nextWord = words[w.index + 1];
    const takesObject = !!nextWord && (nextWord.figure >= 0 || g.determiners.has(nextWord.tok.lower));
    const nominal =
      (!!prev &&
        (g.determiners.has(prev.tok.lower) ||
          // (not right before an amount or a determiner that is no relative word: "The skatepark
          // cost 4.2 million kroner", "the centre costs the council £112,000" — its verb; "a 22%
          // increase that unions have criticised" — a noun)
          (afterDeterminer(w, words, g, text) && !(nextWord && (nextWord.figure >= 0 || (g.determiners.has(nextWord.tok.lower) && !g.relative.has(nextWord.tok.lower))))) ||
          /^['’]s?$/.test(text.slice(prev.tok.end, t.start).trim()) ||
          // a people's adjective (lower case in Danish, an abbreviation: "danske sårede", "U.S. wounded")
          (prev.occ.some((o) => index.kindOf(o.key) === "place") && (prev.tok.raw === prev.tok.lower || prev.tok.raw === prev.tok.raw.toUpperCase()) && !takesObject))) ||
      hasEnding(t.lower, g.nounEndings);
    if (types.includes("entity")) role = "entity";
    else if (g.quantityNouns.has(t.lower)) role = "thing"; // "the number", "antallet": never a verb
    // Right after a relative word set off by a comma, a verb's form is the relative clause's verb:
    // "food price inflation, which peaked at 19.1 per cent" (no peak counted)
    else if (prev && prev.figure < 0 && g.relative.has(prev.tok.lower) && text.slice(0, prev.tok.start).trimEnd().endsWith(",") && verbLike(w, words, g)) role = types.includes("predicate") ? "predicate" : "verb";
    // A form never finite of a light verb, between a determiner and a word, describes that word:
    // "the existing barrier machinery" (no verb "exist" to end the subject at)
    else if (types.every((x) => x === "light") && prev && g.determiners.has(prev.tok.lower) && hasEnding(t.lower, g.nonFiniteEndings) && nextWord && nextWord.figure < 0 && !nextWord.stop && adjacent(words, w.index, w.index + 1, text)) {
      role = "adjective";
      w.occ = [];
    }
    // A noun's verb form, known by its stem only, between a noun and an amount: the verb ("The
    // winning hen averaged 1,312 yards a minute").
    // (right before its number: "aged under 30", "planted between 2019 and 2022" are no verbs of it)
    else if (types.every((x) => x === "thing") && nextWord?.figure >= 0 && /^\p{N}/u.test(nextWord.tok.raw) && !nominal && !w.occ.some((o) => o.exact) && g.verbEndings.some((e) => t.lower.endsWith(e)) && nounBefore(w, words, g)) role = "verb";
    // Right after an amount, a word that can be a noun is what it counts ("94 ansatte": employees, not hired).
    else if (prev && prev.figure >= 0 && types.includes("thing") && !types.includes("light")) {
      role = "thing";
      // (its verb reading still says what happened: "20.700 sårede" were wounded)
      w.event = w.occ.find((o) => index.kindOf(o.key) === "predicate" && !index.isReport(o.key));
    }
    else if (nominal && types.includes("predicate") && !types.includes("light")) role = "thing";
    else if (inCompound && (types.includes("predicate") || types.includes("light"))) role = types.includes("thing") ? "thing" : "word";
    // A noun, then a word that is noun or verb, then an amount: the verb ("an adult ticket costs 145 kroner").
    // (also past an adverb: "permits currently cost £18")
    // (or right after a conjunction, a second verb of the subject: "samlede 1.260 motorcykler og
    // tog en time og 40 minutter" took, no train; a light verb as well: "Kortegen tog en time")
    // (or right after a name: "Mette Lau, 38, fra Glimhoved tog tredjepladsen")
    else if ((types.includes("predicate") || types.includes("light")) && takesObject && (nounBefore(w, words, g) || (!!prev && (g.conjunctions.has(prev.tok.lower) || (prev.role === "name" && verbLike(w, words, g)))))) role = types.includes("predicate") ? "predicate" : "light";
    else if (types.includes("predicate") && (!types.includes("thing") || verbLike(w, words, g) || auxiliaryBeforeAdverb(w, words, g))) role = "predicate";
    else if (types.includes("light") && !types.includes("thing") && !types.includes("predicate")) role = "light";
    else if (types.every((x) => x === "unknown")) role = verbLike(w, words, g) ? "verb" : "thing";
    w.role = role;
    return;
  }
  if (w.stop) {
    // Stop words that are light verbs ("was", "er") still mark where a clause's verb is.
    if (g.auxiliaries.has(t.lower) && t.lower !== "to" && t.lower !== "at") w.role = "light";
    return;
  }
  if (!/\p{L}/u.test(t.lower) || Array.from(t.lower).length < 2) return;
  const capital = t.raw[0] !== t.raw[0].toLowerCase();
  const next = words[w.index + 1];
  const prev = words[w.index - 1];
  const sentenceStart = w.index === 0;
  // (at the start, before a name the document knows, a word it does not is a title: "Vognmand
  // Declan Moran", "Haulier Declan Moran")
  const beforeKnownName = sentenceStart && !!next && next.occ.length > 0 && next.occ.every((o) => index.kindOf(o.key) === "name" || index.kindOf(o.key) === "person");
  if (capital && (!sentenceStart || (next && next.tok.raw[0] !== next.tok.raw[0].toLowerCase() && next.figure < 0 && !beforeKnownName)) && !(prev?.figure === -1 && false)) {
    w.role = "name";
    return;
  }
  if (hasEnding(t.lower, g.adverbEndings)) return; // "slightly"
  // (a word that numbers is never a verb, after a light verb too: "I 2020 var andelen 46 procent")
  if (g.quantityNouns.has(t.lower)) w.role = "word";
  else if (verbLike(w, words, g)) w.role = "verb";
  else if (hasEnding(t.lower, g.adjectiveEndings)) w.role = "adjective";
  else w.role = "word";
}

/** Whether the word before w, or before an adverb right before it ("currently", "now"), is nounish. */
function nounBefore(w: Word, words: Word[], g: Grammar): boolean {
  let prev = words[w.index - 1];
  if (prev && prev.figure < 0 && prev.role === "none" && adverbLike(prev.tok.lower, g)) prev = words[w.index - 2];
  return !!prev && prev.figure < 0 && NOUNISH.has(prev.role);
}

/** An adverb by its ending ("slightly") or a one-word phrase that says now ("currently", "nu"). */
function adverbLike(low: string, g: Grammar): boolean {
  return hasEnding(low, g.adverbEndings) || g.presentPhrases.includes(low);
}

/** An auxiliary, then an adverb, right before the word: "will now cost traders £1,480". */
function auxiliaryBeforeAdverb(w: Word, words: Word[], g: Grammar): boolean {
  const prev = words[w.index - 1];
  const before = words[w.index - 2];
  return !!prev && !!before && prev.figure < 0 && adverbLike(prev.tok.lower, g) && g.auxiliaries.has(before.tok.lower);
}

function verbLike(w: Word, words: Word[], g: Grammar): boolean {
  const low = w.tok.lower;
  const prev = words[w.index - 1];
  if (prev && g.auxiliaries.has(prev.tok.lower)) return true;
  if (g.irregularVerbs.has(low)) return true;
  // "used", "owed" are verbs; "need", "speed" are not.
  return g.verbEndings.some((e) => low.length >= e.length + 2 && low.endsWith(e) && low[low.length - e.length - 1] !== e[0]);
}

/**
 * Whether the conjunction at i joins two names into one phrase ("på vagt ved Kragsø og Lystrup fra
 * klokken 11"), not two clauses: a name on each side, and no amount right after the second
 * ("Kragsø had 300 and Lystrup 200" is two).
 */
function joinsNames(words: Word[], i: number, figures: readonly Figure[]): boolean {
  let end = i + 1;
  while (end < words.length && isNameWord(words[end])) end++;
  const next = words[end];
  return i > 0 && isNameWord(words[i - 1]) && end > i + 1 && !(next && next.figure >= 0 && isAmount(figures[next.figure].kind));
}

/** "and" between two dates, the ends of one span: "between November and the end of January". */
function joinsDates(words: Word[], i: number, figures: readonly Figure[]): boolean {
  const a = words[i - 1]?.figure ?? -1;
  const b = words[i + 1]?.figure ?? -1;
  return a >= 0 && b >= 0 && isTime(figures[a].kind) && isTime(figures[b].kind);
}

function clausesOf(text: string, words: Word[], figures: readonly Figure[], g: Grammar): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let coordinated = false;
  const close = (to: number) => {
    if (to > from) clauses.push({ from, to, coordinated, verbAt: verbIndex(words, from, to) });
  };
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    if (w.figure >= 0 && w.figure === prev.figure) continue; // inside one figure ("20,722", "between 300 and 400")
    const gap = text.slice(prev.tok.end, w.tok.start);
    const conj = w.figure < 0 && ((g.conjunctions.has(w.tok.lower) && w.occ.length === 0 && !joinsInfinitives(words, i, g) && !joinsNames(words, i, figures) && !joinsDates(words, i, figures)) || g.clauseOpeners.has(w.tok.lower));
    if (BOUNDARY.test(gap) || conj) {
      close(i);
      from = i;
      coordinated = conj || g.conjunctions.has(w.tok.lower);
    }
  }
  close(words.length);
  if (clauses.length === 0) return [{ from: 0, to: 0, coordinated: false, verbAt: -1 }];
  // A piece with neither a figure nor a verb is no clause of its own ("Greenland and | the Faroe
  // Islands", "The new Moderates, | founded by …"): it joins its neighbour.
  const merged: Clause[] = [];
  let pending: Clause | null = null;
  // (whether a clause from n on has a verb with no figure before it in its clause)
  const verbLater = new Uint8Array(clauses.length + 1);
  for (let n = clauses.length - 1; n >= 0; n--) {
    const x = clauses[n];
    verbLater[n] = verbLater[n + 1] || (x.verbAt >= 0 && !hasFigure(words, x.from, x.verbAt)) ? 1 : 0;
  }
  for (let n = 0; n < clauses.length; n++) {
    const c = clauses[n];
    const bare = c.verbAt < 0 && !hasFigure(words, c.from, c.to);
    // "In 2020, 412 patients were admitted …", "On Monday, the minister …": a date opening the sentence
    // belongs to the clause it opens.
    // (so does a time in a phrase of a preposition naming what happened then: "At a meeting on
    // Tuesday 20 May, the town council voted …" is when the council voted)
    const fronted = n === 0 && n + 1 < clauses.length && c.verbAt < 0 && (onlyFigures(words, c.from, c.to) || frontedTime(words, c, figures, g));
    if (fronted) {
      pending = c;
      continue;
    }
    // (and a time set off in the middle of the sentence, before a clause that opens with its verb:
    // "The centre opened in 1987 and at its busiest, in 2015, welcomed 46,300 people")
    const next = clauses[n + 1];
    if (n > 0 && next && c.verbAt < 0 && next.verbAt === next.from && !next.coordinated && frontedTime(words, c, figures, g)) {
      if (pending) pending.to = c.to;
      else pending = c;
      continue;
    }
    // ("…, with 91 points, | while last year's winner, | Tom Alderley, | finished fourth": a bare
    // piece a conjunction opens is the subject of the clause after it, not a part of the one before)
    if (bare && pending && opensForward(words, pending, g)) {
      pending.to = c.to;
      continue;
    }
    // (so is one with an age set off after it: "…, mens Mette Lau, 38, fra Glimhoved tog
    // tredjepladsen med 5,12 kilo")
    if (pending && next && onlyFigures(words, c.from, c.to) && opensForward(words, pending, g)) {
      pending.to = c.to;
      continue;
    }
    if (bare && !pending && opensForward(words, c, g) && verbLater[n + 1]) {
      pending = c;
      continue;
    }
    if (pending) {
      c.from = pending.from;
      c.coordinated = pending.coordinated;
      c.verbAt = verbIndex(words, c.from, c.to);
      pending = null;
    }
    if (bare && merged.length > 0) {
      const prev = merged[merged.length - 1];
      prev.to = c.to;
    } else if (bare) {
      pending = c;
    } else {
      merged.push(c);
    }
  }
  if (pending) merged.push(pending);
  return merged;
}

/**
 * A conjunction between two verbs of one infinitive ("med at indfange og neutralisere vildkatte",
 * "to trap, neuter and return stray cats"): no new clause.
 */
function joinsInfinitives(words: Word[], i: number, g: Grammar): boolean {
  const next = words[i + 1];
  if (!next || next.figure >= 0 || next.stop || !(VERBAL.has(next.role) || next.role === "word")) return false;
  return infinitiveBefore(words, i, g) >= 0;
}

/** A clause piece a subordinating conjunction opens ("while last year's winner"). */
function opensForward(words: Word[], c: Clause, g: Grammar): boolean {
  return c.coordinated && g.subordinators.has(words[c.from].tok.lower);
}

/**
 * Relative clauses inside a clause, before its main verb: "the number of applicants [who listed
 * the university as their first priority] fell to 9,215". A relative word after a noun opens one;
 * it ends where the next verb after its own begins, which is the clause's verb. Their words are
 * never what the clause is about. (One at the end of a clause, with no verb after it, is left be:
 * "300 workers who built the bridge".)
 */
function relativeClauses(words: Word[], clauses: Clause[], g: Grammar): Uint8Array {
  const out = new Uint8Array(words.length);
  const isVerb = (w: Word) => VERBAL.has(w.role);
  for (const c of clauses) {
    for (let i = c.from + 1; i < c.to; i++) {
      const w = words[i];
      const prev = words[i - 1];
      if (!g.relative.has(w.tok.lower) || w.figure >= 0 || !(IN_PHRASE.has(prev.role) || prev.role === "name") || prev.figure >= 0) continue;
      let own = i + 1;
      while (own < c.to && !isVerb(words[own])) own++;
      let main = own + 1;
      while (main < c.to && (!isVerb(words[main]) || main === own + 1 && isVerb(words[main]))) main++;
      // (a verb right after the relative clause's own is part of it: "who have crossed")
      if (own >= c.to || main >= c.to) continue;
      for (let k = i; k < main; k++) out[k] = 1;
      if (c.verbAt >= i && c.verbAt < main) c.verbAt = main;
      i = main;
    }
  }
  return out;
}

/** Of a clause's entities: how many are not said to be where it happened, and where the first that is starts. */
function locatives(entities: readonly Slot[], words: Word[], g: Grammar): { others: number; firstLocative: number } {
  let others = 0;
  let firstLocative = Infinity;
  for (const x of entities) {
    if (locativeAt(words, wordAt(words, x.start), g)) firstLocative = Math.min(firstLocative, x.start);
    else others++;
  }
  return { others, firstLocative };
}

/** The first of words [from, to) in `set`, one word or two ("used to", "most expensive"), or -1. */
function firstWordOf(words: Word[], from: number, to: number, set: ReadonlySet<string>): number {
  for (let i = from; i < to; i++) if (set.has(words[i].tok.lower) || (i + 1 < to && set.has(`${words[i].tok.lower} ${words[i + 1].tok.lower}`))) return i;
  return -1;
}

/** One of words [from, to) is in `set`. */
function hasWord(words: Word[], from: number, to: number, set: ReadonlySet<string>): boolean {
  return firstWordOf(words, from, to, set) >= 0;
}

/** A phrase of a preposition opening the sentence whose figures are all times, one of them more than a weekday, with at most a short noun phrase: "At a meeting on Tuesday 20 May". */
function frontedTime(words: Word[], c: Clause, figures: readonly Figure[], g: Grammar): boolean {
  if (!g.prepositions.has(words[c.from].tok.lower)) return false;
  let content = 0;
  let times = 0;
  for (let i = c.from; i < c.to; i++) {
    const w = words[i];
    if (w.figure >= 0) {
      if (!isTime(figures[w.figure].kind) && !isClock(figures[w.figure].kind)) return false;
      // (a weekday alone is not enough: "On the Saturday of the restoration, 212 people signed in"
      // is left to the weekday of the amount's quote, src/pipeline.ts)
      if (figures[w.figure].kind !== "weekday") times++;
    } else if (!w.stop && !g.prepositions.has(w.tok.lower) && ++content > MAX_FRONTED_NOUNS) return false;
  }
  return times > 0;
}
const MAX_FRONTED_NOUNS = 2;

/** Words [from, to) are figures and function words only. */
function onlyFigures(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i].figure < 0 && !words[i].stop) return false;
  return hasFigure(words, from, to);
}

function hasFigure(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i].figure >= 0) return true;
  return false;
}

function verbIndex(words: Word[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const r = words[i].role;
    if (VERBAL.has(r)) return i;
  }
  return -1;
}

interface Slots {
  things: Slot[];
  entities: Slot[];
  names: Slot[];
  predicates: Slot[];
  light: Slot[];
  verbs: Slot[];
  all: Slot[];
}

function emptySlots(): Slots {
  return { things: [], entities: [], names: [], predicates: [], light: [], verbs: [], all: [] };
}

function slotOf(o: Occurrence, text: string): Slot {
  return { key: o.key, known: true, start: o.start, end: o.end, text: text.slice(o.start, o.end), locative: undefined };
}

/** Whether figure k is an age that "and" joins to the age right after it ("aged 74 and 76"). */
function firstOfTwoAges(words: Word[], sorted: readonly Figure[], figureWord: Int32Array, k: number, g: Grammar): boolean {
  const isAge = (j: number) => j < sorted.length && sorted[j].kind === "quantity" && sorted[j].unit === "age";
  if (!isAge(k) || !isAge(k + 1) || figureWord[k] < 0) return false;
  const e = wordAfterFigure(words, k, figureWord[k]);
  return e + 1 === figureWord[k + 1] && words[e].tok.lower === g.and;
}

/**
 * The name nearest before word `at`, within a few words (or with `from`, the first name from
 * there on), as its words' slots in order ("Jonas Riis"): known entities and unknown capitalised
 * words, run together. Empty when there is none.
 */
function nameBefore(words: Word[], at: number, text: string, index: TermIndex, from?: number, g?: Grammar): Slot[] {
  // (a person's: no place or organisation, "Danish runner Sofie Brandt, who is 33")
  const other = (w: Word) => w.occ.some((o) => { const c = index.term(o.key)?.concept.class; return c === "place" || c === "organization"; });
  const isName = (w: Word) => isNameWord(w) && !(w.role === "entity" && other(w));
  if (from !== undefined) {
    // The first name from `from` on, before `at` — or the one after it and a word or two of what
    // the person is ("Grøndal chairman Niels Jørgen Bak is 41": the chairman's name; not where
    // the person is from: "Inger Marie Holst fra Egebjerg er 81 år").
    for (let i = from; i < at && i < from + 2 * MAX_PHRASE; i++) {
      if (!isName(words[i])) continue;
      const run = nameRun(words, i, 1, text, isName, at);
      let j = run.next;
      // (or three, a capitalised word of the organisation's name among them: "Lockstep Games co-founder Priya Mandal is 43")
      const upTo = run.next + (/^\p{Lu}/u.test(words[run.next]?.tok.raw ?? "") ? 3 : 2);
      while (j < at && j < upTo && !isName(words[j]) && words[j].figure < 0 && (/^\p{Ll}/u.test(words[j].tok.raw) || j === run.next) && !g?.prepositions.has(words[j].tok.lower) && adjacent(words, j - 1, j, text)) j++;
      if (j > run.next && j < at && isName(words[j]) && adjacent(words, j - 1, j, text)) return nameRun(words, j, 1, text, isName, at).slots;
      // (or set off by a comma after what the person is: "Sparekassens afgående formand, Jens Ole
      // Brink, er 61 år" — the bank's chairman's name, not the bank)
      if (j > run.next && j < at && isName(words[j]) && text.slice(words[j - 1].tok.end, words[j].tok.start).trim() === ",") return nameRun(words, j, 1, text, isName, at).slots;
      return run.slots;
    }
    return [];
  }
  for (let i = at - 1; i >= 0 && i >= at - MAX_PHRASE; i--) {
    if (words[i].figure >= 0) return [];
    if (isName(words[i])) return nameRun(words, i, -1, text, isName).slots;
  }
  return [];
}

/**
 * Whether a name of a clause is its subject: before its verb, or right after a verb ("…, oplyser
 * Danmarks Statistik", "I 2009 købte Helen Marchbank forretningen") — not set off after a noun
 * ("bought the business in 2009 from its founder, Arthur Gray").
 */
function namesSubject(words: Word[], clause: Clause, name: Slot): boolean {
  if (clause.verbAt < 0 || name.start < words[clause.verbAt].tok.start) return true;
  let lo = clause.from;
  let hi = clause.to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].tok.start < name.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > clause.from && isVerbal(words[lo - 1]);
}

/** A word of a name: a known entity or an unknown capitalised word, outside figures. */
/** A word of a verb ("fell", "rose to" as one phrase). */
function isVerbal(w: Word): boolean {
  return w.figure < 0 && VERBAL.has(w.role);
}

/** Kinds of terms that are names of people or of the document's own. */
const NAME_KINDS: ReadonlySet<string> = new Set(["name", "person"]);

function isNameWord(w: Word): boolean {
  return w.figure < 0 && ((w.role === "entity" && w.occ.length > 0) || w.role === "name");
}

/**
 * The name whose words run from word i forwards (step 1, before word `end`) or backwards (step -1):
 * at most four name words, each next to the one before. Its slots in the order of the text, and
 * the word where the run stopped.
 */
function nameRun(words: Word[], i: number, step: 1 | -1, text: string, isName: (w: Word) => boolean = isNameWord, end = words.length): { slots: Slot[]; next: number } {
  const slots: Slot[] = [];
  let j = i;
  for (; j >= 0 && j < end && slots.length < 4 && isName(words[j]) && (j === i || adjacent(words, Math.min(j, j - step), Math.max(j, j - step), text)); j += step) {
    const slot = words[j].role === "entity" ? slotOf(words[j].occ[0], text) : wordSlot(words[j]);
    if (step > 0) slots.push(slot);
    else slots.unshift(slot);
  }
  return { slots, next: j };
}

/**
 * The word right after figure k when a term of the lexicon spans the figure and ends in it ("cut
 * [420] jobs", "employs [1,500] people"), read as a thing alone: what the figure counts. Null
 * when no such term spans the figure or the word is no thing.
 */
function thingInVerbPhrase(words: Word[], at: number, k: number, index: TermIndex, lang: Lang): Slot | null {
  let j = at;
  while (j < words.length && words[j].figure === k) j++;
  const w = words[j];
  const spanning = w?.occ.filter((o) => o.first < at && o.last === j) ?? [];
  if (spanning.length === 0) return null;
  const keys = index.singleWord(w.tok.lower, lang) ?? index.singleWord(stem(w.tok.lower, lang), lang);
  const key = keys?.find((x) => index.kindOf(x) === "thing" && !spanning.some((o) => o.key === x));
  return key ? { key, known: true, start: w.tok.start, end: w.tok.end, text: w.tok.raw, locative: undefined } : null;
}

/**
 * The name set off by a comma at most a short phrase after word i - 1: "farmer, Manuel Ortega",
 * "viceborgmester i Sønderborg Kommune, Karen Thomsen".
 */
function nameAfterComma(words: Word[], from: number, text: string): Slot[] {
  const comma = (j: number) => text.slice(words[j - 1].tok.end, words[j].tok.start).includes(",");
  let i = from;
  while (i > 0 && i < words.length && i - from < MAX_PHRASE && !comma(i) && words[i].figure < 0) i++;
  if (i <= 0 || i >= words.length || !comma(i)) return [];
  return nameRun(words, i, 1, text).slots;
}

/**
 * "The pools at Thornbury and Eccleshill, which opened in 1968 and 1974 respectively": a list of
 * figures of one kind, joined by commas and "and", goes with the list of as many names before it,
 * in order — each figure names its own alone. One pass over the frames and their names.
 */
function pairRespectively(frames: Frame[], text: string, g: Grammar, index: TermIndex): void {
  const joiner = (a: number, b: number) => {
    const gap = text.slice(a, b).trim().replace(/\s+/g, " ");
    return gap === "," || gap === g.and || gap === `, ${g.and}`;
  };
  const named = (s: Slot) => !s.known || NAMED_KINDS.has(index.kindOf(s.key) ?? "");
  for (let i = 0; i < frames.length; ) {
    let j = i + 1;
    while (j < frames.length && frames[j].figure.kind === frames[i].figure.kind && joiner(frames[j - 1].figure.end, frames[j].figure.start)) j++;
    const group = frames.slice(i, j);
    i = j;
    if (group.length < 2) continue;
    // (the names before the list, the last run of them joined the same way)
    const before = uniqueSlots([...group[0].names, ...group[0].entities.filter(named)]).filter((s) => s.end <= group[0].figure.start).sort((a, b) => a.start - b.start);
    let first = before.length - 1;
    while (first > 0 && before.length - first < group.length + 1 && joiner(before[first - 1].end, before[first].start)) first--;
    const run = before.slice(Math.max(0, first));
    if (run.length !== group.length) continue;
    const place = new Map(run.map((r, m) => [r.start, m]));
    group.forEach((fr, n) => {
      const own = (s: Slot) => (place.get(s.start) ?? n) === n;
      fr.names = fr.names.filter(own);
      fr.entities = fr.entities.filter(own);
    });
  }
}

/** Where the noun phrase that ends at word `last` starts: its run of phrase words, back to `floor`, MAX_PHRASE at most. */
function phraseStart(words: Word[], last: number, floor: number, text: string): number {
  let from = last;
  while (from - 1 >= floor && last - from + 1 < MAX_PHRASE && words[from - 1].figure < 0 && IN_PHRASE.has(words[from - 1].role) && adjacent(words, from - 1, from, text)) from--;
  return from;
}

/** Whether words [from, to) hold an age word ("gennemsnitsalderen", "average age"). */
function ageWordIn(words: Word[], from: number, to: number, g: Grammar): boolean {
  for (let i = from; i < to; i++) if (g.ageNouns.has(words[i].tok.lower) || words[i].occ.some((o) => o.key === "age")) return true;
  return false;
}

/**
 * The name right before a relative clause that starts at word `from` (past a set-off figure:
 * "Bak, 58, der"), and when that name is in a phrase of a preposition, the name before it too
 * ("Anders Kristensen, 61, fra Aarhus Universitet, der har ledet …": either may be meant).
 */
function antecedentNames(words: Word[], from: number, text: string, g: Grammar): Slot[] {
  const out: Slot[] = [];
  let j = from - 1;
  for (let runs = 0; runs < 2; runs++) {
    while (j >= 0 && words[j].figure >= 0) j--;
    const run = nameRun(words, j, -1, text);
    out.unshift(...run.slots);
    j = run.next;
    if (run.slots.length === 0 || j < 0 || !g.prepositions.has(words[j].tok.lower)) break;
    j--;
  }
  return out;
}

function wordSlot(w: Word): Slot {
  return { key: `?${w.tok.lower}`, known: false, start: w.tok.start, end: w.tok.end, text: w.tok.raw, locative: undefined };
}

/** The terms and words of words [from, to), each occurrence once. */
function slotsIn(words: Word[], from: number, to: number, text: string): Slots {
  const out = emptySlots();
  const seen = new Set<Occurrence>();
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w.role === "none") continue;
    if (w.occ.length > 0) {
      for (const o of w.occ) {
        if (seen.has(o)) continue;
        seen.add(o);
        if (o.first < from || o.last >= to) continue;
        const s = slotOf(o, text);
        const list = bucket(out, w.role, o);
        if (list) list.push(s);
        out.all.push(s);
      }
      continue;
    }
    const s = wordSlot(w);
    if (w.role === "name") out.names.push(s);
    else if (w.role === "verb") out.verbs.push(s);
    else if (w.role === "word" || w.role === "adjective" || w.role === "thing") out.things.push(s);
    else if (w.role === "light") {
      out.light.push(s);
      continue;
    }
    out.all.push(s);
  }
  return out;
}

function bucket(out: Slots, role: Word["role"], _o: Occurrence): Slot[] | null {
  switch (role) {
    case "entity":
      return out.entities;
    case "predicate":
      return out.predicates;
    case "light":
      return out.light;
    case "verb":
      return out.verbs;
    case "thing":
    case "word":
    case "adjective":
      return out.things;
    default:
      return null;
  }
}

function uniqueSlots(slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  for (const s of slots) if (!hasSlot(out, s)) out.push(s);
  return out;
}

/**
 * Whether the figure at word `at` opens a prepositional phrase, past determiners and a possessor:
 * "from 21 teams", "til klubbens 16 hjemmekampe", "of the council's 31 seats".
 */
function afterPreposition(words: Word[], at: number, clause: Clause, text: string, g: Grammar): boolean {
  let i = at - 1;
  for (let steps = 0; i >= clause.from && steps < 4; steps++) {
    const w = words[i];
    if (w.figure >= 0) return false;
    if (g.prepositions.has(w.tok.lower)) return true;
    if (g.determiners.has(w.tok.lower)) i--;
    else if (w.tok.lower === "s" && i > clause.from && afterPossessor(words, i - 1, clause, text, g) === i + 1) i -= 2;
    else if (afterPossessor(words, i, clause, text, g) === i + 1) i--;
    else return false;
  }
  return false;
}

/**
 * The noun phrase right after figure k: "seats", "of the vote", "danske husstande",
 * "of the 179 seats" (the phrase of another figure: that figure is the whole). For a date, only
 * a possessive ("Tuesday's general election").
 */
/**
 * The word after a possessor that starts at word i — a word followed by 's ("the council's"), or
 * where plurals do not end in -s, one word with a genitive -s ("byrådets"), also after a name
 * ("Westhaven pier's") — or i when there is none.
 */
function afterPossessor(words: Word[], i: number, clause: Clause, text: string, g: Grammar): number {
  const own = possessorAt(words, i, clause, text, g);
  if (own > i || i + 2 >= clause.to || (words[i].role !== "name" && words[i].role !== "entity") || !adjacent(words, i, i + 1, text)) return own;
  const named = possessorAt(words, i + 1, clause, text, g);
  return named > i + 1 ? named : i;
}

function possessorAt(words: Word[], i: number, clause: Clause, text: string, g: Grammar): number {
  const w = words[i];
  const s = words[i + 1];
  if (!w || !s || i + 1 >= clause.to || w.figure >= 0) return i;
  if (s.tok.lower === "s" && /^['’]$/.test(text.slice(w.tok.end, s.tok.start))) return i + 2 < clause.to ? i + 2 : i;
  if (genitiveS(w, g) && w.tok.lower.length > 3 && w.occ.every((o) => o.first === o.last) && adjacent(words, i, i + 1, text)) return i + 1;
  return i;
}

/** Whether a word ends as a genitive does where plurals do not end in -s ("byrådets", "butikkens"). */
function genitiveS(w: Word, g: Grammar): boolean {
  return g.pluralEnding !== "s" && w.tok.lower.endsWith("s");
}

function nounPhraseAfter(
  words: Word[],
  figures: readonly Figure[],
  figureWord: Int32Array,
  k: number,
  clause: Clause,
  g: Grammar,
  text: string,
  index: TermIndex,
  /** The count is of how many more (see moreAfter): what it counts comes after the comparative. */
  more: boolean,
): { head: Slot | null; alternatives: Slot[]; modifiers: Slot[]; entities: Slot[]; whole?: number; part?: boolean; possessive?: boolean; words: number[]; joined?: Slot } | null {
  const fig = figures[k];
  let i = figureWord[k];
  while (i < clause.to && words[i].figure === k) i++;
  if (i >= clause.to) return null;
  const date = !isNumeric(fig);
  // ("42.000 kroner årligt", "£1.1 million annually": how often, not what; "46 weekly journeys"
  // counts the journeys)
  if (!date && g.rateWords.has(words[i].tok.lower)) {
    const next = words[i + 1];
    if (i + 1 >= clause.to || next.stop || next.figure >= 0 || !adjacent(words, i, i + 1, text)) return null;
    i++;
  }
  let whole: number | undefined;
  let part = false;
  let possessive = false;
  if (date) {
    // "Tuesday's general election"; "the 2026 championship" (a year between a determiner and a
    // noun is that noun's, as a possessive's)
    const gap = text.slice(fig.end, words[i].tok.start);
    const first = figureWord[k];
    const apostrophe = /^['’]$/.test(gap) && words[i].tok.lower === "s";
    // ("søndagens optog": a genitive ending)
    const genitive = fig.kind === "weekday" && g.possessiveWeekdaySuffixes.some((e) => words[i - 1].tok.lower.endsWith(e)) && NOUNISH.has(words[i].role);
    const attributive = fig.kind === "year" && fig.qualifier === "exact" && first > clause.from && g.determiners.has(words[first - 1].tok.lower) && NOUNISH.has(words[i].role) && adjacent(words, i - 1, i, text);
    // ("Saturday's 7pm mass ascent", "the 6.15am train": a time of day between a determiner, a
    // possessive or a day and a noun is that noun's, when it happens)
    const timed = isClock(fig.kind) && fig.qualifier === "exact" && first > clause.from && (g.determiners.has(words[first - 1].tok.lower) || words[first - 1].figure >= 0 || /['’]s$/.test(text.slice(Math.max(0, fig.start - 3), fig.start).trimEnd())) && NOUNISH.has(words[i].role) && adjacent(words, i - 1, i, text);
    if (!apostrophe && !genitive && !attributive && !timed) return null;
    if (apostrophe) i++;
    possessive = true;
  } else if (partitiveAt(words, i, clause, g)) {
    part = true;
    // ("91.5 out of 100 points", "91,5 ud af 100 point")
    if (!g.partitive.has(words[i].tok.lower)) i++;
    i++;
    while (i < clause.to && g.determiners.has(words[i].tok.lower) && words[i].occ.length === 0) i++;
    // (past the possessor of a whole: "26 of the council's 31 seats", "26 af byrådets 31 mandater";
    // or of what a count counts: "25 of the council's seats" counts seats. Not for a share, whose
    // possessor measured worse on unseen documents: "47 percent of the festival's waste")
    const owner = afterPossessor(words, i, clause, text, g);
    if (owner > i && words[owner].figure >= 0 && words[owner].figure !== k && isCount(figures[words[owner].figure]) && isCount(fig)) i = owner;
    else if (owner > i && words[owner].figure < 0 && NOUNISH.has(words[owner].role) && isCount(fig)) i = owner;
    if (i < clause.to && words[i].figure >= 0 && words[i].figure !== k) {
      // "50 of the 179 seats": what the whole counts.
      whole = words[i].figure;
      const j = words[i].figure;
      while (i < clause.to && words[i].figure === j) i++;
    }
  }
  // ("200 more volunteers", "66 flere børn": what it counts comes after the comparative)
  // (only past a comparative after the figure: "an extra 240 volunteers" counts the next word)
  // (none when a stop word follows the comparative: "Det er 38 færre end i fjor" counts what the
  // sentence before does, not "færre")
  if (more && whole === undefined && i < clause.to && g.moreOf.has(words[i].tok.lower) && (i + 1 >= clause.to || words[i + 1].stop)) return null;
  if (more && whole === undefined && i + 1 < clause.to && words[i + 1].figure < 0 && g.moreOf.has(words[i].tok.lower)) i++;
  // ("300 nye medarbejdere", "300 new workers": past a stop word that describes the noun after it)
  else if (i + 1 < clause.to && (g.adjectivesAfterCount.has(words[i].tok.lower) || (fig.kind === "quantity" && g.dimensionAdjectives.has(words[i].tok.lower))) && words[i + 1].figure < 0 && !words[i + 1].stop && adjacent(words, i, i + 1, text)) i++;
  // (one that ends the phrase says what the measure is of no more than "is" does: "Sejlrenden
  // bliver 150 meter bred" measures the channel)
  else if (fig.kind === "quantity" && i < clause.to && g.dimensionAdjectives.has(words[i].tok.lower)) return null;
  const np: Word[] = [];
  for (; i < clause.to; i++) {
    const w = words[i];
    if (w.figure >= 0 || g.rateWords.has(w.tok.lower)) break;
    // After a plural noun the phrase goes on only with another known noun ("passengers used": no).
    const prevW = np[np.length - 1];
    if (prevW && prevW.occ.length > 0 && w.occ.length === 0 && plural(prevW.tok.lower, g)) break;
    // A definite noun ends its phrase ("60 procent af ansøgningerne mangelfulde": the applications,
    // incomplete; a Danish adjective comes before its noun).
    // (not inside one term: "forurenet jord" is contaminated soil)
    if (prevW && prevW.role === "thing" && definiteEnding(prevW.tok.lower, g) && !prevW.occ.some((o) => o.last >= w.index)) break;
    // Where compounds are written as one word, a word after a known noun that is a verb as well as
    // a noun is the verb ("18 fly angreb tyske skibe": aircraft attacked ships; not after a
    // genitive, whose noun it is: "butikkens overskud")
    if (g.compounds.split && prevW && prevW.role === "thing" && prevW.occ.length > 0 && !genitiveS(prevW, g) && !prevW.occ.some((o) => o.last >= w.index) && w.occ.some((o) => index.kindOf(o.key) === "predicate")) break;
    // Noun phrases end with their noun: after a known noun, a word no term knows is the verb ("7.940 børn går"),
    // unless a known noun follows it and it does not look like a verb: a noun of a compound written
    // apart ("1,146 food hygiene inspections" counts inspections)
    if (prevW && prevW.occ.length > 0 && prevW.role === "thing" && w.occ.length === 0 && w.role !== "name" && !compoundPart(words, np, i, clause, g, text)) break;
    if (np.length > 0 && text.slice(words[i - 1].tok.end, w.tok.start).trim() !== "" && !/^['’-]$/.test(text.slice(words[i - 1].tok.end, w.tok.start).trim())) break;
    if (w.role === "thing" || w.role === "entity" || w.role === "word" || w.role === "adjective") {
      np.push(w);
      continue;
    }
    // A participle before a noun narrows it ("900 planned operations", "26 injured people"); after
    // a plural noun, a verb form is the clause's verb ("300 donors gave money", "residents signed letters").
    const next = words[i + 1];
    if ((w.role === "verb" || w.role === "predicate") && !(prevW && prevW.role === "thing" && plural(prevW.tok.lower, g)) && next && i + 1 < clause.to && next.figure < 0 && NOUNISH.has(next.role) && adjacent(words, i, i + 1, text)) {
      np.push({ ...w, role: "adjective", occ: [] });
      continue;
    }
    if (w.role === "name" && np.length > 0) {
      np.push(w);
      continue;
    }
    break;
  }
  const p = phraseOf(np, index, text, g);
  const npWords: number[] = [];
  for (const w of np) npWords.push(w.index);
  // "43 floats and walking groups took part": what a noun phrase joined by "and" names is counted
  // too (not where a figure of its own follows: "43 floats and 12 groups").
  // (the "and" may open a clause of its own, whose subject the phrase is: "… and walking groups took part")
  const joined = np.length > 0 && !date && i < words.length && words[i].tok.lower === g.and && adjacent(words, i - 1, i, text) ? joinedPhrase(words, i + 1, words.length, text) : [];
  const also = joined.length > 0 ? phraseOf(joined, index, text, g).head : null;
  const counted = also && (!also.known || index.kindOf(also.key) === "thing") ? also : undefined;
  return { head: p.head, alternatives: p.alternatives, modifiers: p.modifiers, entities: p.entities, whole, part: part && whole === undefined, possessive, words: npWords, joined: counted };
}

/** A known noun with a definite ending ("Østkajen", "ansøgningerne"), which ends its phrase. */
function definiteThing(w: Word, g: Grammar): boolean {
  return w.role === "thing" && w.occ.length > 0 && definiteEnding(w.tok.lower, g);
}

/** Whether a word ends as a definite noun does, past a stem of three letters ("kajen", not "en"). */
function definiteEnding(low: string, g: Grammar): boolean {
  return g.definiteEndings.some((e) => low.length >= e.length + 3 && low.endsWith(e));
}

/** Whether a term is a period of time ("the school year", "sæsonen"): when, not what. */
function isPeriod(key: string, index: TermIndex): boolean {
  return key === PERIODS || index.ancestors(key).has(PERIODS);
}
const PERIODS = "periods";

/** Whether a word ends as a plural does ("landowners", not "grass"). */
function plural(low: string, g: Grammar): boolean {
  return !!g.pluralEnding && low.endsWith(g.pluralEnding) && !low.endsWith(g.pluralEnding + g.pluralEnding);
}

/** Whether word i, no term's, stands between two nouns as a part of a compound written apart ("food hygiene inspections"). */
function compoundPart(words: Word[], np: readonly Word[], i: number, clause: Clause, g: Grammar, text: string): boolean {
  const w = words[i];
  const next = words[i + 1];
  // (a plural before it ends the phrase: "26 landowners leave rough grass margins")
  if (np.some((x) => plural(x.tok.lower, g))) return false;
  // (only where compounds are written apart: in Danish such a word is a verb, "230 lærere tilknyttet aftenskolerne")
  return !g.compounds.split && i + 1 < clause.to && next.figure < 0 && next.role === "thing" && !w.stop && !verbLike(w, words, g) && adjacent(words, i, i + 1, text);
}

/** How many words back from a clause that opens with a participle its noun may stand ("meeting on Thursday 27 November"). */
const PARTICIPLE_OWNER_WALK = 6;

/**
 * The noun phrase that ends nearest before a clause set off by a comma and opening with a form
 * never finite ("…, starting at 6.30pm", "…, costing £4m"), past the figures and function words
 * after it ("a full council meeting on Thursday 27 November, starting at 6.30pm"); a noun of a
 * prepositional phrase too. Null for any other clause.
 */
function participleOwner(words: Word[], clause: Clause, skip: Set<number>, index: TermIndex, text: string, g: Grammar, notAbout: Uint8Array): Phrase | null {
  const w = words[clause.from];
  if (!w || w.figure >= 0 || !VERBAL.has(w.role) || !hasEnding(w.tok.lower, g.nonFiniteEndings) || clause.from === 0) return null;
  if (!/,\s*$/.test(text.slice(words[clause.from - 1].tok.end, w.tok.start))) return null;
  for (let i = clause.from - 1; i >= 0 && i >= clause.from - PARTICIPLE_OWNER_WALK; i--) {
    const x = words[i];
    if (x.figure >= 0 || (x.stop && x.occ.length === 0)) continue;
    // (an event's noun too: "a full council meeting")
    const prev = words[i - 1];
    const eventNoun = x.role === "predicate" && !!prev && prev.figure < 0 && (g.determiners.has(prev.tok.lower) || NOUNISH.has(prev.role) || prev.role === "adjective");
    if (skip.has(i) || notAbout[i] || !(NOUNISH.has(x.role) || eventNoun)) return null;
    // (not the complement of a light verb, which says what the subject is: "The hats are smaller
    // projects, taking about 90 minutes each" are the hats')
    for (let v = i - 1; v >= 0 && v >= i - PARTICIPLE_OWNER_WALK; v--) {
      if (words[v].tok.pause) break;
      if (words[v].role === "light") return null;
      if (VERBAL.has(words[v].role)) break;
    }
    const start = phraseStart(words, i, 0, text);
    // (of the noun a partitive phrase follows: "a separate study of the east bank, costing £350,000")
    let j = start - 1;
    while (j >= 0 && g.determiners.has(words[j].tok.lower)) j--;
    if (j > 0 && g.partitive.has(words[j].tok.lower) && NOUNISH.has(words[j - 1].role) && words[j - 1].figure < 0) {
      return phraseOf(words.slice(phraseStart(words, j - 1, 0, text), j), index, text, g);
    }
    return phraseOf(words.slice(start, i + 1), index, text, g);
  }
  return null;
}

/** Calls `mark` with the index of each word of the phrases (character spans of the sentence). */
function forPhraseWords(words: Word[], phrases: readonly { start: number; end: number }[], mark: (i: number) => void): void {
  for (const p of phrases) for (let i = firstWordFrom(words, p.start); i < words.length && words[i].tok.start < p.end; i++) mark(i);
}

/** The starts of a present time's words and of a rate's (see SentenceReading.nowStarts). */
function withRates(now: ReadonlySet<number>, rates: ReadonlySet<number> | undefined): ReadonlySet<number> {
  return rates ? new Set([...now, ...rates]) : now;
}

/** Where the words of the phrases start (see SentenceReading.nowStarts). */
function startsOfPhraseWords(words: Word[], phrases: readonly { start: number; end: number }[]): ReadonlySet<number> {
  const out = new Set<number>();
  forPhraseWords(words, phrases, (i) => out.add(words[i].tok.start));
  return out;
}
const NO_STARTS: ReadonlySet<number> = new Set();

/** Whether word i is a partitive ("of", "af"), or the first of two ("out of", "ud af"), no term's. */
function partitiveAt(words: Word[], i: number, clause: Clause, g: Grammar): boolean {
  const w = words[i];
  if (w.occ.length > 0) return false;
  if (g.partitive.has(w.tok.lower)) return true;
  return g.partitiveLeads.has(w.tok.lower) && i + 1 < clause.to && g.partitive.has(words[i + 1].tok.lower) && words[i + 1].occ.length === 0;
}

/** Whether the word before word `at`, past two stop words at most ("to an estimated 2,910"), is the pack's word for a new value, after word `after`. */
function newValueBefore(words: Word[], at: number, after: number, g: Grammar): boolean {
  for (let i = at - 1; i > after && i >= at - 3; i--) {
    if (g.newValue.has(words[i].tok.lower)) return true;
    if (!words[i].stop && words[i].occ.length > 0) return false;
  }
  return false;
}

/** Whether the sentence opens with the partitive and a pronoun of a whole named before ("Of those, 431 were refereed by a parent"). */
function opensOfWhole(words: Word[], g: Grammar): boolean {
  return words.length > 2 && g.partitive.has(words[0].tok.lower) && g.anaphoricWholes.has(words[1].tok.lower);
}

/** Whether figure k (from word `at`) is followed by the partitive and a pronoun of a whole named before ("four of them"). */
function ofAnaphoricWhole(words: Word[], k: number, at: number, clause: Clause, g: Grammar): boolean {
  const i = wordAfterFigure(words, k, at);
  return i + 1 < clause.to && g.partitive.has(words[i].tok.lower) && g.anaphoricWholes.has(words[i + 1].tok.lower);
}

/** The words of a noun phrase from word `from` (a participle before its noun too), none a figure's. */
function joinedPhrase(words: Word[], from: number, to: number, text: string): Word[] {
  const out: Word[] = [];
  for (let j = from; j < to && out.length < MAX_PHRASE; j++) {
    const w = words[j];
    if (w.figure >= 0 || (j > from && !adjacent(words, j - 1, j, text))) break;
    if (IN_PHRASE.has(w.role)) out.push(w);
    else if ((w.role === "verb" || w.role === "predicate") && j + 1 < to && words[j + 1].figure < 0 && NOUNISH.has(words[j + 1].role)) out.push({ ...w, role: "adjective", occ: [] });
    else break;
  }
  return out;
}

interface Phrase {
  head: Slot | null;
  /** Other readings of the head's words ("barrier": the lexicon's, a fact base's own). */
  alternatives: Slot[];
  modifiers: Slot[];
  entities: Slot[];
}

const NOUNISH = new Set<Word["role"]>(["thing", "word"]);
/** The predicate of spending (money; with a span of time, the verb after it says what happened). */
const SPEND = "spend";
/** Roles of a verb's words (a predicate, a light verb, or a verb no term knows). */
const VERBAL = new Set<Word["role"]>(["predicate", "light", "verb"]);
const IN_PHRASE = new Set<Word["role"]>(["thing", "word", "adjective", "entity"]);

/**
 * Where what follows a time or a time of day stops being its clause's: at a comma right after it,
 * whose phrase names the time again ("on Wednesday 10 September, the first week of the school term").
 */
function setOffAfter(s: SentenceReading, k: number, at: number, clause: Clause, g: Grammar): number {
  const { words, text, sorted } = s;
  if (at < 0) return clause.to;
  // (past the times and small words that go on naming it: "at 8.15am on Wednesday 10 September, …")
  for (let i = at + 1; i < clause.to; i++) {
    const w = words[i];
    if (w.figure === k) continue;
    if (/^\s*,/.test(text.slice(words[i - 1].tok.end, w.tok.start))) return i;
    if (!(w.figure >= 0 ? isTime(sorted[w.figure].kind) || isClock(sorted[w.figure].kind) : w.stop || g.prepositions.has(w.tok.lower))) break;
  }
  return clause.to;
}

/** Whether word i is a lone adverb before a verb: a stop word that is no term, figure or pronoun ("alone", "also", "nu"). */
function adverbAt(words: Word[], i: number, g: Grammar): boolean {
  const w = words[i];
  return w.stop && w.occ.length === 0 && w.figure < 0 && !g.personPronouns.has(w.tok.lower) && !g.auxiliaries.has(w.tok.lower);
}

/** The noun phrase that ends right before a relative word at `rel` (and not before `from`): what its clause is said of. */
function antecedent(words: Word[], from: number, rel: number, skip: Set<number>, index: TermIndex, text: string, g: Grammar, notAbout: Uint8Array): Phrase | null {
  const end = rel - 1;
  if (end < from || !nounAt(words, end, skip, notAbout)) return null;
  return phraseOf(words.slice(phraseStartSkipping(words, end, from, skip, text), end + 1), index, text, g);
}

/** Whether word i is a noun a phrase may be about: no figure, no word of `skip` or of `notAbout`. */
function nounAt(words: Word[], i: number, skip: Set<number>, notAbout: Uint8Array): boolean {
  return words[i].figure < 0 && !skip.has(i) && !notAbout[i] && NOUNISH.has(words[i].role);
}

/** Where the noun phrase that ends at word `end` starts, back to `from`, over no word of `skip` (phraseStart without its length limit). */
function phraseStartSkipping(words: Word[], end: number, from: number, skip: Set<number>, text: string): number {
  let start = end;
  while (start - 1 >= from && words[start - 1].figure < 0 && !skip.has(start - 1) && IN_PHRASE.has(words[start - 1].role) && adjacent(words, start - 1, start, text)) start--;
  return start;
}

/**
 * The nearest noun phrase (direction -1: scanning back from `to`; 1: forward from `from`) within
 * [from, to), skipping the words of the counted phrase and phrases inside a detaching preposition
 * ("i sidste uge", "in the town centre"). "The number of X", "antallet af X" is X.
 */
function phraseNear(words: Word[], from: number, to: number, dir: -1 | 1, skip: Set<number>, index: TermIndex, text: string, g: Grammar, notAbout: Uint8Array, measured = false): Phrase | null {
  const noun = (i: number) => nounAt(words, i, skip, notAbout);
  // (within MAX_WALK words: what a clause is about stands near its figure)
  if (dir < 0) from = Math.max(from, to - MAX_WALK);
  else to = Math.min(to, from + MAX_WALK);
  for (let i = dir < 0 ? to - 1 : from; dir < 0 ? i >= from : i < to; i += dir) {
    if (!noun(i)) continue;
    // The phrase ends at the last noun of this run of words.
    let end = i;
    while (end + 1 < to && noun(end + 1) && adjacent(words, end, end + 1, text)) end++;
    const start = phraseStartSkipping(words, i, from, skip, text);
    // (a measure's noun right before it, though a preposition opens both: "for columns 12 metres tall")
    // (a term, and not a time: "Vanddybden i indsejlingen er i dag 7,5 meter")
    // (a name right before it narrows the place the phrase names: "i Vestkøbing bymidte")
    let opens = start;
    while (opens - 1 >= from && words[opens - 1].role === "name" && words[opens - 1].figure < 0 && adjacent(words, opens - 1, opens, text)) opens--;
    if (inPrepositionalPhrase(words, opens, from, g, notAbout) && !(measured && dir < 0 && end === to - 1 && adjacent(words, end, to, text) && !g.timeWords.has(words[end].tok.lower) && words[end].occ.length > 0)) {
      i = dir < 0 ? start : end;
      continue;
    }
    // (looking back, past the object of an infinitive that a noun before it opens, when a verb
    // stands between it and the figure: "Ordningen med at indfange og neutralisere vildkatte
    // startede i juni 2022" is the scheme's start, not the cats')
    // (the verbs may stand in a clause of their own before it: "at indfange | og neutralisere")
    const marker = dir < 0 ? infinitiveBefore(words, start, g) : -1;
    if (marker > 0 && (NOUNISH.has(words[marker - 1].role) || g.prepositions.has(words[marker - 1].tok.lower)) && verbBetween(words, end + 1, to)) {
      i = marker;
      continue;
    }
    // "the number of voters", "antallet af indlagte": what is numbered.
    // ("the trust's members, whose number has grown …": the possessor's, before the relative word)
    if (g.quantityNouns.has(words[end].tok.lower) && start === end && start >= 2 && g.possessiveRelatives.has(words[start - 1].tok.lower) && noun(start - 2)) {
      let k = start - 2;
      while (k - 1 >= 0 && noun(k - 1) && adjacent(words, k - 1, k, text)) k--;
      return phraseOf(words.slice(k, start - 1), index, text, g);
    }
    if (g.quantityNouns.has(words[end].tok.lower)) {
      let j = end + 1;
      if (j < to && g.partitive.has(words[j].tok.lower)) {
        j++;
        while (j < to && g.determiners.has(words[j].tok.lower)) j++;
        let k = j;
        while (k < to && noun(k) && (k === j || adjacent(words, k - 1, k, text))) k++;
        if (k > j) return phraseOf(words.slice(j, k), index, text, g);
      }
    }
    return phraseOf(words.slice(start, end + 1), index, text, g);
  }
  return null;
}

/**
 * The infinitive marker before the verbs (and conjunctions between them) that stand right before
 * word `start` ("at indfange og | neutralisere vildkatte", "to trap, neuter and return | stray
 * cats"), or -1.
 */
function infinitiveBefore(words: Word[], start: number, g: Grammar): number {
  let verbs = 0;
  for (let i = start - 1; i >= 0 && i >= start - MAX_PHRASE; i--) {
    const w = words[i];
    if (g.infinitiveMarkers.has(w.tok.lower)) return verbs > 0 ? i : -1;
    if (VERBAL.has(w.role)) verbs++;
    else if (!g.conjunctions.has(w.tok.lower)) return -1;
  }
  return -1;
}

/** A verb among words[from, to). */
function verbBetween(words: Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (VERBAL.has(words[i].role)) return true;
  return false;
}

/** Whether the words of a clause before its verb are all one prepositional phrase that opens it ("I regionen er …"). */
function phraseOpensClause(words: Word[], clause: Clause, g: Grammar): boolean {
  // (with a figure in it too: "I 2020 var andelen 46 procent", "For fem år siden var andelen …",
  // "I uge 1 sidste år blev 312 patienter indlagt")
  for (let i = clause.from + 1; i < clause.verbAt; i++) if (words[i].figure < 0 && !inPrepositionalPhrase(words, i, clause.from, g, undefined, true)) return false;
  return true;
}

/**
 * The phrase starting at `start` follows a preposition (its determiners between): "i sidste uge";
 * and past a year said relative to the writing ("in this year's procession").
 */
function inPrepositionalPhrase(words: Word[], start: number, from: number, g: Grammar, notAbout?: Uint8Array, pastFigures = false): boolean {
  for (let i = start - 1; i >= from && i >= start - MAX_PHRASE; i--) {
    const w = words[i];
    if (g.prepositions.has(w.tok.lower)) return true;
    if (pastFigures && w.figure >= 0) continue;
    if (notAbout?.[i] && w.figure < 0) continue;
    // (past weekdays that narrow the phrase: "on Friday and Saturday nights")
    if (w.weekday) continue;
    if (!w.stop || w.role !== "none") return false;
  }
  return false;
}

/** Two words with only spaces (or an apostrophe or hyphen) between them. */
function adjacent(words: Word[], a: number, b: number, text: string): boolean {
  const gap = text.slice(words[a].tok.end, words[b].tok.start).trim();
  return gap === "" || /^['’-]$/.test(gap);
}

/**
 * The head of a noun phrase is its last thing ("general election", "food prices"); the words
 * before it narrow it. Of several terms at the same words, a thing is preferred ("vote": the
 * votes cast, not the verb).
 */
function phraseOf(np: Word[], index: TermIndex, text: string, g: Grammar): Phrase {
  const isThing = (o: Occurrence) => index.kindOf(o.key) === "thing";
  const isEntity = (o: Occurrence) => {
    const k = index.kindOf(o.key);
    return k === "place" || k === "person" || k === "organization" || k === "name";
  };
  let last = -1;
  for (let n = np.length - 1; n >= 0; n--) if (np[n].role === "thing" || np[n].role === "word") {
    last = n;
    break;
  }
  const lastWord = last >= 0 ? np[last].index : -1;
  let head: Slot | null = null;
  let alternatives: Slot[] = [];
  const modifiers: Slot[] = [];
  const entities: Slot[] = [];
  const seen = new Set<Occurrence>();
  np.forEach((w) => {
    if (w.occ.length === 0) {
      const s = wordSlot(w);
      if (w.index === lastWord) head = s;
      else modifiers.push(s);
      return;
    }
    if (w.role === "entity") {
      for (const o of w.occ) if (!seen.has(o)) {
        seen.add(o);
        if (isEntity(o)) entities.push(slotOf(o, text));
      }
      return;
    }
    const fresh = w.occ.filter((o) => !seen.has(o));
    for (const o of fresh) seen.add(o);
    const heads = fresh.filter((o) => o.last === lastWord && o.part !== "modifier");
    const mods = fresh.filter((o) => !heads.includes(o));
    const pick = (list: Occurrence[]) => list.find(isThing) ?? list[0];
    if (heads.length > 0) {
      const chosen = pick(heads);
      head = slotOf(chosen, text);
      alternatives = heads.filter((o) => o !== chosen && isThing(o)).map((o) => slotOf(o, text));
    }
    const byPart = new Map<string, Occurrence[]>();
    for (const o of mods) {
      const k = `${o.start}:${o.end}:${o.part ?? ""}`;
      byPart.set(k, [...(byPart.get(k) ?? []), o]);
    }
    // Every reading of a modifier ("forbruger": consumers, consumption), things first.
    for (const group of byPart.values()) {
      const things = group.filter(isThing);
      for (const o of things.length > 0 ? things : group) modifiers.push(slotOf(o, text));
    }
  });
  // "passenger numbers", "antal patienter": a word that numbers is not what is numbered.
  // (also the last part of a compound: "godsmængden", "passagertallet")
  const numbers = (h: Slot) => {
    const lower = h.text.toLowerCase();
    return g.quantityNouns.has(lower) || (modifiers.some((m) => m.start === h.start) && [...g.quantityNouns].some((q) => lower.endsWith(q)));
  };
  if (head && numbers(head as Slot) && modifiers.length > 0) {
    const thing = [...modifiers].reverse().find((m) => m.known);
    if (thing) return { head: thing, alternatives: [], modifiers: modifiers.filter((m) => m !== thing), entities };
  }
  // ("the figure", "tallene" alone number nothing said here)
  if (head && modifiers.length === 0 && g.quantityNouns.has((head as Slot).text.toLowerCase())) return { head: null, alternatives: [], modifiers, entities };
  return { head, alternatives, modifiers, entities };
}

/** The amounts of a sentence that a phrase saying now goes with: none in most sentences. */
const NONE_SAID_NOW: ReadonlyMap<Figure, unknown> = new Map();

/** Whether the sentence opens with a word of before followed by a word that is no figure ("Before the expansion", not "Before 2020"). */
function pastOpening(words: readonly Word[], g: Grammar): boolean {
  for (const o of g.pastOpeners) {
    const n = o.split(" ").length;
    if (words.length > n && words[n].figure < 0 && words[0].figure < 0 && phraseOfWords(words, 0, n) === o) return true;
  }
  return false;
}

/** The noun of room that ends right before word `at` ("plads til" of "plads til 160 elever"), read as the pack's word of places is. */
function roomBefore(words: Word[], at: number, text: string, index: TermIndex, lang: Lang, g: Grammar): Slot | null {
  for (let n = 1; n <= 3 && n <= at; n++) {
    if (!g.roomFor.phrases.has(phraseOfWords(words, at - n, at))) continue;
    const key = (index.singleWord(g.roomFor.as, lang, true) ?? index.singleWord(stem(g.roomFor.as, lang), lang, true))?.[0];
    if (key === undefined) return null;
    const start = words[at - n].tok.start;
    const end = words[at - 1].tok.end;
    return { key, known: true, start, end, text: text.slice(start, end), locative: undefined };
  }
  return null;
}

/** The words from..to (exclusive), lower case, joined by spaces. */
function phraseOfWords(words: readonly Word[], from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) out += (i > from ? " " : "") + words[i].tok.lower;
  return out;
}
