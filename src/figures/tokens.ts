// A linear tokenizer for the figure reader: words (letters and marks), digit runs (ASCII 0-9) and
// single punctuation characters, each with UTF-16 offsets and what separated it from the previous
// token. No regular expression ever sees more than one character, so any input is tokenized in
// time proportional to its length.
import { isLetterOrMark } from "../lang/chars.js";
import { addWord, findWord, SPELLING_HASH_SEED, spellingStep, Word } from "./words.js";

export type TokType = "w" | "n" | "p";

export interface Tok {
  /** "w" word, "n" digit run, "p" one punctuation character (or one astral code point). */
  type: TokType;
  /** As written (a digit run without the zero-width characters inside it). */
  raw: string;
  /** Lower-cased (NFC for non-ASCII words). */
  low: string;
  start: number;
  end: number;
  /** What stands between the previous token and this one: 0 nothing, 1 whitespace, 2 one no-break/thin space. */
  gap: 0 | 1 | 2;
  /** The first character is an upper-case letter. */
  upper: boolean;
  /** A word's memo record (words.ts), shared by every token of the same lower-cased word; null for others. */
  word: Word | null;
}


export function isSpace(c: number): boolean {
  // most characters are printable ASCII: one comparison each way
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isThinSpace(c: number): boolean {
  return c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Zero-width space, non-joiner, joiner, word joiner, BOM: invisible, dropped inside a number. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The digits of text[start, end), zero-width characters left out. */
function digitsOf(text: string, start: number, end: number): string {
  let out = "";
  for (let k = start; k < end; k++) if (isDigit(text.charCodeAt(k))) out += text[k];
  return out;
}

/** Length (1 or 2 code units) of the letter starting at i, or 0 if it is not a letter. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isLetterOrMark(text.codePointAt(i)!) ? 2 : 0;
  }
  return isLetterOrMark(c) ? 1 : 0;
}

function lower(raw: string): string {
  let ascii = true;
  for (let k = 0; k < raw.length; k++) {
    if (raw.charCodeAt(k) >= 128) {
      ascii = false;
      break;
    }
  }
  return ascii ? raw.toLowerCase() : raw.normalize("NFC").toLowerCase();
}

/** The lower-cased form of the first token of a text (what tokenize(text)[0].low is), or null. */
export function firstTokenLow(text: string): string | null {
  const n = text.length;
  let i = 0;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i >= n) return null;
  const start = i;
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    // as tokenize reads it: zero-width characters between digits are left out
    const toks = tokenize(text, start, Math.min(n, start + 64));
    return toks[0].raw;
  }
  let len = letterLength(text, i);
  if (len === 0) {
    const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
    const lo = hi ? text.charCodeAt(i + 1) : 0;
    return text.slice(i, i + (hi && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1));
  }
  while (len > 0) {
    i += len;
    len = i < n ? letterLength(text, i) : 0;
  }
  return lower(text.slice(start, i));
}

/**
 * The record of a word not met before: an ASCII word is lower-cased only if it has a capital, and
 * tells its first capital by code; any other word as lower() does and by its first character's case.
 */
function newWord(raw: string, ascii: boolean, capital: boolean): Word {
  if (ascii) return new Word(raw, capital ? raw.toLowerCase() : raw, raw.charCodeAt(0) <= 90);
  const first = raw[0];
  return new Word(raw, raw.normalize("NFC").toLowerCase(), first !== first.toLowerCase());
}

/**
 * toks[k], or undefined before the first token: for look-behind. V8 reads a negative index as a
 * named property, some forty times slower than an element, and a sentence often starts with a number.
 */
export function tokAt(toks: readonly Tok[], k: number): Tok | undefined {
  return k >= 0 ? toks[k] : undefined;
}

/** The token follows the one before with nothing between. */
export const touches = (t: Tok | undefined): boolean => !!t && t.gap === 0;

/** The token is one of these punctuation characters (each one UTF-16 unit; compared by code). */
export function isP(t: Tok | undefined, chars: string): boolean {
  if (!t || t.type !== "p" || t.raw.length !== 1) return false;
  const c = t.raw.charCodeAt(0);
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/** Tokens of text[from, to) with offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const n = Math.min(to, text.length);
  let i = from;
  let gap: 0 | 1 | 2 = from > 0 && !isSpace(text.charCodeAt(from - 1)) ? 0 : 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      const s = i;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      gap = i - s === 1 && isThinSpace(c) ? 2 : 1;
      continue;
    }
    const start = i;
    let type: TokType;
    let invisible = false;
    // of a word: every code unit ASCII, whether an ASCII capital is among them, and its spelling's
    // hash (words.ts), computed while it is read
    let ascii = true;
    let capital = false;
    let hash = SPELLING_HASH_SEED;
    if (isDigit(c)) {
      type = "n";
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        // "9\u200B9\u200B9" is 999: zero-width characters between digits are no break
        let k = i;
        while (k < n && isZeroWidth(text.charCodeAt(k))) k++;
        if (k === i || k >= n || !isDigit(text.charCodeAt(k))) break;
        invisible = true;
        i = k;
      }
    } else {
      if (letterLength(text, i) > 0) {
        type = "w";
        // ASCII letters by code (most words are ASCII), any other character as letterLength reads it
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (d >= 97 && d <= 122) i++;
            else if (d >= 65 && d <= 90) {
              capital = true;
              i++;
            } else break;
            hash = spellingStep(hash, d);
            continue;
          }
          const len = letterLength(text, i);
          if (len === 0) break;
          ascii = false;
          hash = spellingStep(hash, d);
          if (len === 2) hash = spellingStep(hash, text.charCodeAt(i + 1));
          i += len;
        }
      } else {
        type = "p";
        const hi = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
        const lo = hi ? text.charCodeAt(i + 1) : 0;
        i += hi && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
      }
    }
    let raw: string;
    let low: string;
    let upper = false;
    let word: Word | null = null;
    if (type === "w") {
      // A word's forms come from its memo record, found by its spelling in the text (words.ts).
      word = findWord(text, start, i, hash) ?? addWord(newWord(text.slice(start, i), ascii, capital), hash);
      raw = word.raw;
      low = word.low;
      upper = word.upper;
    } else {
      raw = low = invisible ? digitsOf(text, start, i) : text.slice(start, i);
    }
    out.push({ type, raw, low, start, end: i, gap, upper, word });
    gap = 0;
  }
  return out;
}
