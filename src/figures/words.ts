// The figure reader's per-word memo: one record per distinct spelling of a word, found by the
// tokenizer in a table keyed by the word's characters in the text. Drafts repeat their words, so
// a word of a sentence costs one probe of that table — no string is cut out of the text, hashed
// by a Map or lower-cased when the spelling is known — and what language detection and the
// readers need to know of the word (its forms; its evidence for each language; whether it can
// start or make a figure, its value as a number word, its month or weekday; the phrase tables it
// starts nothing in) is worked out once per process and read from the record.
import { ALL_LANGUAGES } from "../lang/index.js";
import type { Evidence } from "./lang.js";
import type { WordClass } from "./tables.js";

export class Word {
  /** Evidence for each language (lang.ts), weighed on first need. */
  evidence: Evidence | undefined = undefined;
  /** The same, for a capitalised word after the first of its sentence: a name's (its words only). */
  nameEvidence: Evidence | undefined = undefined;
  /** The reader's class of the word in each language (Tables.word), by the language's index. */
  readonly classes: (WordClass | undefined)[] = noClasses();
  /** Bits of the phrase tables (phrases.ts) none of whose phrases starts with the word. */
  notIn = 0;
  /**
   * Two bits per language (by index, the first fifteen): "classified" and "active" — whether the
   * word can start or make a figure at all (Tables.inert). Most words are inert, and this field
   * sits on the record the tokenizer has just read, so the scan passes them without reaching for
   * their classes (two more objects, and in a long run two more cache misses).
   */
  gate = 0;

  constructor(
    /** As written. */
    readonly raw: string,
    /** Lower-cased (NFC for non-ASCII words). */
    readonly low: string,
    /** The first character is an upper-case letter. */
    readonly upper: boolean,
  ) {}
}

/** One empty slot per language, pushed (not `new Array(n)`): V8 keeps a packed array, read fastest. */
function noClasses(): (WordClass | undefined)[] {
  const out: (WordClass | undefined)[] = [];
  for (let k = 0; k < ALL_LANGUAGES.length; k++) out.push(undefined);
  return out;
}

// An open-addressed hash table of records by spelling: a power-of-two number of slots, grown
// while at most half full; past MAX_WORDS it is emptied (records already on tokens stay valid).
const MAX_WORDS = 50_000;
const MAX_SLOTS = 1 << 17;
let slots: (Word | undefined)[] = new Array<Word | undefined>(1024).fill(undefined);
let hashes = new Int32Array(1024);
let count = 0;

/**
 * The hash of a spelling (FNV-1a over its UTF-16 code units): SPELLING_HASH_SEED, then
 * spellingStep for each code unit — the tokenizer hashes a word while it reads it.
 */
export const SPELLING_HASH_SEED = 0x811c9dc5 | 0;
export const spellingStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/** The record of the word spelt text[start, end) with that hash, if known. */
export function findWord(text: string, start: number, end: number, hash: number): Word | undefined {
  const mask = slots.length - 1;
  const len = end - start;
  for (let s = hash & mask; ; s = (s + 1) & mask) {
    const w = slots[s];
    if (w === undefined) return undefined;
    if (hashes[s] === hash && w.raw.length === len && text.startsWith(w.raw, start)) return w;
  }
}

/** Files a new record under its spelling's hash (findWord found none). */
export function addWord(w: Word, hash: number): Word {
  if (count >= MAX_WORDS) {
    slots.fill(undefined);
    count = 0;
  } else if (2 * (count + 1) > slots.length && slots.length < MAX_SLOTS) {
    grow();
  }
  place(w, hash);
  count++;
  return w;
}

function place(w: Word, hash: number): void {
  const mask = slots.length - 1;
  let s = hash & mask;
  while (slots[s] !== undefined) s = (s + 1) & mask;
  slots[s] = w;
  hashes[s] = hash;
}

function grow(): void {
  const old = slots;
  const oldHashes = hashes;
  slots = new Array<Word | undefined>(old.length * 2).fill(undefined);
  hashes = new Int32Array(old.length * 2);
  for (let s = 0; s < old.length; s++) {
    const w = old[s];
    if (w !== undefined) place(w, oldHashes[s]);
  }
}
