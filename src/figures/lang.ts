// Language of a claim: the language whose evidence weighs most — its detection words (function
// words, and words of units, shares and quantities no other language has), its number words, the
// letters only it uses, its word endings, and dates written its way ("11. september"); all from
// its pack (src/lang/<code>/pack.yaml). Ties go to the first language of the registry.
import { ALL_LANGUAGES, LANG_CODES, type Language } from "../lang/index.js";
import type { Lang } from "../types.js";
import { tokenize, type Tok } from "./tokens.js";

/** Weight of a word holding a letter only one language uses (æ, ø, å). */
const LETTER_WEIGHT = 1.5;
/** Weight of a word ending as the language's morphology does ("kostede", "reportedly"). */
const ENDING_WEIGHT = 0.5;
/** Endings are read on words of at least this many characters. */
const ENDING_MIN = 5;
/** Weight of a day written with a dot before a month name ("11. september"). */
const DAY_DOT_WEIGHT = 2;

interface Detector {
  pack: Language;
  words: ReadonlySet<string>;
  letters: ReadonlySet<string>;
  /** Cased words as written ("i", "I"). */
  cased: ReadonlySet<string>;
  endings: readonly string[];
  /** Letters of the other languages: a word holding one is no evidence of this one's endings. */
  foreign: ReadonlySet<string>;
}

let detectors: Detector[] | undefined;
/** Words of any pack's shared list: evidence for no language. */
let shared: ReadonlySet<string> | undefined;
/** Lower-cased forms of every pack's cased words: these count only as written. */
let casedLow: ReadonlySet<string> | undefined;

function setup(): Detector[] {
  if (detectors) return detectors;
  shared = new Set(ALL_LANGUAGES.flatMap((p) => p.detect.shared));
  casedLow = new Set(ALL_LANGUAGES.flatMap((p) => p.detect.cased.map((w) => w.toLowerCase())));
  return (detectors = ALL_LANGUAGES.map((pack) => ({
    pack,
    words: new Set(pack.detect.words),
    letters: new Set(pack.detect.letters),
    cased: new Set(pack.detect.cased),
    endings: pack.detect.endings,
    foreign: new Set(ALL_LANGUAGES.filter((p) => p !== pack).flatMap((p) => [...p.detect.letters])),
  })));
}

/** The language whose function words, number words or letters dominate (ties: the first language). */
export function detectLanguage(text: string): Lang {
  return languageOfTokens(tokenize(text.length > 20000 ? text.slice(0, 20000) : text));
}

/** A day with a dot and a month name of a language that writes its ordinals so: "11. september". */
function dayDotMonth(toks: readonly Tok[], k: number, d: Detector): boolean {
  if (!d.pack.numbers.ordinalDot) return false;
  const t = toks[k];
  const dot = toks[k + 1];
  const m = toks[k + 2];
  if (t.raw.length > 2 || !dot || dot.type !== "p" || dot.raw !== "." || dot.gap !== 0 || !m || m.type !== "w" || m.gap === 0) return false;
  return d.pack.monthNumber(m.low) !== null;
}

function hasLetter(w: string, letters: ReadonlySet<string>): boolean {
  if (letters.size === 0) return false;
  for (let k = 0; k < w.length; k++) if (letters.has(w[k])) return true;
  return false;
}

function endsAsMorphology(w: string, d: Detector): boolean {
  if (hasLetter(w, d.foreign)) return false;
  for (const e of d.endings) if (w.length >= e.length + 2 && w.endsWith(e)) return true;
  return false;
}

/**
 * A word's evidence: null (none: a shared word, or no pack knows it), CASED, or the score it adds
 * to each language. Drafts repeat their words, so each distinct word is weighed once per process
 * (kept on its memo record, words.ts) instead of once per occurrence.
 */
export type Evidence = readonly number[] | typeof CASED | null;
/** A cased word ("i", "I"): its evidence depends on how it is written and where. */
const CASED = 0;

/**
 * The score a (lower-cased) word adds to each language. Every weight is a multiple of 0.5, so the
 * sums are exact and adding them at once gives the same scores as adding them one by one.
 */
function weigh(w: string, ds: readonly Detector[], name = false): Evidence {
  if (casedLow!.has(w)) return CASED;
  if (shared!.has(w)) return null;
  // endings tell only on longer words that are no pack's detection word (and never on a name's)
  let long = !name && w.length >= ENDING_MIN;
  for (let k = 0; long && k < ds.length; k++) if (ds[k].words.has(w)) long = false;
  const score = new Array<number>(ds.length).fill(0);
  let any = false;
  for (let k = 0; k < ds.length; k++) {
    const d = ds[k];
    if (!name && hasLetter(w, d.letters)) score[k] += LETTER_WEIGHT;
    if (d.words.has(w) || d.pack.smallNumber(w) !== null) score[k] += 1;
    else if (long && endsAsMorphology(w, d)) score[k] += ENDING_WEIGHT;
    if (score[k] !== 0) any = true;
  }
  return any ? score : null;
}

/** Whether any language writes ordinals with a dot (only then does "11. september" tell). */
let anyOrdinalDot: boolean | undefined;
/** The scores of the sentence being read, one per language (made once: no array per sentence). */
let score: Float64Array | undefined;

/** Whether the word after token i, right after it, is capitalised (a name of several words). */
function nextWordUpper(toks: readonly Tok[], i: number): boolean {
  const n = toks[i + 1];
  return n !== undefined && n.type === "w" && n.upper && n.gap <= 1;
}

/** The same, on tokens already made (the figure reader tokenises each sentence once). */
export function languageOfTokens(toks: readonly Tok[]): Lang {
  const ds = setup();
  anyOrdinalDot ??= ds.some((d) => d.pack.numbers.ordinalDot);
  score ??= new Float64Array(ds.length);
  for (let k = 0; k < ds.length; k++) score[k] = 0;
  let first = 0;
  while (first < toks.length && toks[first].type !== "w") first++;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.type === "n") {
      // a dot must follow: most numbers are no "11. september"
      if (!anyOrdinalDot || toks[i + 1]?.raw !== ".") continue;
      for (let k = 0; k < ds.length; k++) if (dayDotMonth(toks, i, ds[k])) score[k] += DAY_DOT_WEIGHT;
      continue;
    }
    if (t.type !== "w") continue;
    const word = t.word!;
    // (not ??=: null is a weighed word without evidence)
    // A capitalised word after the first is most likely a name, whose letters and endings say
    // nothing of the sentence's language: "Dog owner Karsten Mølgaard is 77 years old."
    // (so is the first, when a capitalised word follows it: "Hjortebæk Music School's staff …")
    let e: Evidence | undefined;
    if (word.upper && (i > first || nextWordUpper(toks, i))) {
      e = word.nameEvidence;
      if (e === undefined) e = word.nameEvidence = weigh(t.low, ds, true);
    } else {
      e = word.evidence;
      if (e === undefined) e = word.evidence = weigh(t.low, ds);
    }
    if (e === null) continue;
    if (e === CASED) {
      // lower-case "i" is the Danish preposition; capital "I" the English pronoun, but not at the start
      for (let k = 0; k < ds.length; k++) {
        if (ds[k].cased.has(t.raw) && (t.raw === t.low || t !== toks[0])) score[k] += 1;
      }
      continue;
    }
    for (let k = 0; k < ds.length; k++) score[k] += e[k];
  }
  let best = 0;
  for (let k = 1; k < ds.length; k++) if (score[k] > score[best]) best = k;
  return LANG_CODES[best];
}
