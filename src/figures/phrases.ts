// Multi-token phrase lookup ("more than", "ca.", "by the end of", "per cent"), keyed by the first
// token so that a lookup costs a map probe plus a few comparisons. A table is made at start-up, so
// it only files each phrase under its first token; the phrases of a key are tokenized when a text
// first holds that token.
import { isLetterOrMark } from "../lang/chars.js";
import { firstTokenLow, tokenize, type Tok, type TokType } from "./tokens.js";

interface Phrase<T> {
  toks: string[];
  /** The token must touch the previous one (no space), as "." in "ca.". */
  adj: boolean[];
  data: T;
}

export interface PhraseMatch<T> {
  /** Index of the first token after the phrase. */
  end: number;
  data: T;
}

/** The phrases filed under one first token; `pending` until a text first holds that token. */
interface Group<T> {
  pending: [string, T][] | null;
  phrases: Phrase<T>[];
}

/** Bits of the token types a table's phrases start with. */
const typeBit = (type: TokType): number => (type === "w" ? 1 : type === "n" ? 2 : 4);

/** No match: one shared empty list, so a miss allocates nothing (not frozen: V8 iterates it as any array). */
const NONE: readonly never[] = [];

/**
 * The next table's bit in a word's memo record (Word.notIn, words.ts). A table is made once per
 * language, so a few dozen exist; the first 30 get a bit (a small integer for V8), any later one
 * none and always asks its map.
 */
let nextBit = 1;
const LAST_BIT = 1 << 29;

export class PhraseTable<T> {
  private readonly map = new Map<string, Group<T>>();
  /**
   * TYPE_BITs of the first tokens of the phrases: most tables hold no phrase starting with digits,
   * so a digit run (the token every number starts at) skips the map probe.
   */
  private types = 0;
  /**
   * This table's bit in Word.notIn: set on a word's record once the word is known to start none of
   * its phrases, so that the next look-up of the word (most look-ups miss) is a bit test, not a map
   * probe. 0: no bit.
   */
  private readonly bit: number;
  /** 1 for each one-character ASCII key ("%", "$", "+"): punctuation, having no memo record, is tested here. */
  private readonly asciiKeys = new Uint8Array(128);

  constructor(entries: Iterable<readonly [string, T]>) {
    this.bit = nextBit <= LAST_BIT ? nextBit : 0;
    if (this.bit !== 0) nextBit *= 2;
    for (const [text, data] of entries) {
      const key = lowerAsciiWord(text) ? text : firstTokenLow(text);
      if (key === null) continue;
      this.types |= typeBit(typeOfKey(key));
      if (key.length === 1 && key.charCodeAt(0) < 128) this.asciiKeys[key.charCodeAt(0)] = 1;
      let group = this.map.get(key);
      if (!group) this.map.set(key, (group = { pending: [], phrases: [] }));
      group.pending!.push([text, data]);
    }
  }

  /** Whether some phrase starts with a token of this type. */
  startsWith(type: TokType): boolean {
    return (this.types & typeBit(type)) !== 0;
  }

  has(low: string): boolean {
    return this.map.has(low);
  }

  /** The phrases of a first token, longest first (tokenized on first use). */
  private list(t: Tok): Phrase<T>[] | undefined {
    const word = t.word;
    if (word !== null) {
      if ((word.notIn & this.bit) !== 0) return undefined;
    } else if (t.low.length === 1) {
      const code = t.low.charCodeAt(0);
      if (code < 128 && this.asciiKeys[code] === 0) return undefined;
    }
    const group = this.map.get(t.low);
    if (!group) {
      if (word !== null) word.notIn |= this.bit;
      return undefined;
    }
    if (group.pending) {
      for (const [text, data] of group.pending) {
        if (lowerAsciiWord(text)) {
          // most phrases are one lower-case word: its one token is itself
          group.phrases.push({ toks: [text], adj: [false], data });
          continue;
        }
        const toks = tokenize(text);
        group.phrases.push({ toks: toks.map((t) => t.low), adj: toks.map((t, k) => k > 0 && t.gap === 0), data });
      }
      group.pending = null;
      group.phrases.sort((a, b) => b.toks.length - a.toks.length);
    }
    return group.phrases;
  }

  /** Every phrase that starts at token i, longest first. */
  matches(toks: readonly Tok[], i: number): readonly PhraseMatch<T>[] {
    const t = toks[i];
    if (!t || (this.types & typeBit(t.type)) === 0) return NONE;
    const list = this.list(t);
    if (!list) return NONE;
    // a list only when something matches: a common first word ("in", "the") mostly starts nothing
    let out: PhraseMatch<T>[] | null = null;
    for (const p of list) {
      if (matchPhrase(toks, i, p)) (out ??= []).push({ end: i + p.toks.length, data: p.data });
    }
    return out ?? NONE;
  }

  longest(toks: readonly Tok[], i: number): PhraseMatch<T> | null {
    const t = toks[i];
    if (!t || (this.types & typeBit(t.type)) === 0) return null;
    const list = this.list(t);
    if (!list) return null;
    for (const p of list) if (matchPhrase(toks, i, p)) return { end: i + p.toks.length, data: p.data };
    return null;
  }
}

/** The type of the token a key (a first token's lower-cased form) is, as tokenize reads it. */
function typeOfKey(key: string): TokType {
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) return "n";
  return isLetterOrMark(key.codePointAt(0)!) ? "w" : "p";
}

/** Only a-z: one token, its own lower-case form. */
function lowerAsciiWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether phrase p is written at token i, whose word is the phrase's first (the group's key). */
function matchPhrase<T>(toks: readonly Tok[], i: number, p: Phrase<T>): boolean {
  for (let k = 1; k < p.toks.length; k++) {
    const t = toks[i + k];
    if (!t || t.low !== p.toks[k]) return false;
    if (p.adj[k] && t.gap !== 0) return false;
  }
  return true;
}
