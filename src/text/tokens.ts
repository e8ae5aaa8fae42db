// Word tokens and stems shared by the fact base (term index) and the matcher (claims), so that a
// term and a claim are always normalised the same way.
import { isLetterOrMark, isNumberChar } from "../lang/chars.js";
import { languageOf } from "../lang/index.js";
import type { Lang } from "../types.js";

export interface Token {
  /** As written. */
  raw: string;
  /** Lower-cased, NFC. */
  lower: string;
  start: number;
  end: number;
  /**
   * A comma, semicolon, colon, bracket or spaced dash stands between this word and the one before
   * (not a comma or point between digits: "684,300"): no phrase runs across it.
   */
  pause: boolean;
  /** Stems by language, filled when first asked for (tokenStem). */
  stems: Partial<Record<Lang, string>> | undefined;
}

/** Characters between two words that end a phrase (a point does not: "U.S. troops"). */
function isPause(cp: number): boolean {
  // , ; : ( ) [ ] —, and an en dash or hyphen only with spaces around it (see tokenize): "July–September" is one span
  return cp === 0x2c || cp === 0x3b || cp === 0x3a || cp === 0x28 || cp === 0x29 || cp === 0x5b || cp === 0x5d || cp === 0x2014;
}

const isWordChar = (cp: number) => isLetterOrMark(cp) || isNumberChar(cp);

/**
 * Runs of letters, marks and digits (\p{L}, \p{M}, \p{N}); apostrophes, dots and hyphens split
 * words ("USA's" → usa, s; "U.S." → u, s). A hand-made scan, not a regular expression: a Unicode
 * property class costs milliseconds to compile at start-up.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let pause = false;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    if (!isWordChar(cp)) {
      // (a comma or point between digits is part of a number; a hyphen only with a space on each side)
      if (isPause(cp) ? !((cp === 0x2c || cp === 0x3a) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) : (cp === 0x2d || cp === 0x2013) && text[i - 1] === " " && text[i + 1] === " ") pause = true;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c = text.codePointAt(i)!;
      if (!isWordChar(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    const raw = text.slice(start, i);
    out.push({ raw, lower: raw.normalize("NFC").toLowerCase(), start, end: i, pause: pause && out.length > 0, stems: undefined });
    pause = false;
  }
  return out;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Snowball stem of a lower-cased word in the given language (the pack's stemmer, memoised). */
export function stem(word: string, lang: Lang): string {
  return languageOf(lang).stem(word);
}

/** A token's stem in a language, computed once per token. */
export function tokenStem(t: Token, lang: Lang): string {
  const stems = (t.stems ??= {});
  return (stems[lang] ??= stem(t.lower, lang));
}

/** True when a term is written in capitals (US, NATO) and so must match capitals only. */
export function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
