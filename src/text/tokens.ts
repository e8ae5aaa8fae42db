// Word tokens and stems shared by the fact base (term index) and the matcher (claims), so that a
// term and a claim are always normalised the same way.
import { languageOf } from "../lang/index.js";
import type { Lang } from "../types.js";

export interface Token {
  /** As written. */
  raw: string;
  /** Lower-cased, NFC. */
  lower: string;
  start: number;
  end: number;
}

// Letters, marks and digits; apostrophes, dots and hyphens split words ("USA's" → usa, s; "U.S." → u, s).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    out.push({ raw, lower: raw.normalize("NFC").toLowerCase(), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Snowball stem of a lower-cased word in the given language (the pack's stemmer, memoised). */
export function stem(word: string, lang: Lang): string {
  return languageOf(lang).stem(word);
}

/** True when a term is written in capitals (US, NATO) and so must match capitals only. */
export function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
