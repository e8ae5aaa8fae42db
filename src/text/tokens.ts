// Word tokens and stems shared by the fact base (term index) and the matcher (claims), so that a
// term and a claim are always normalised the same way.
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemDanish } from "@orama/stemmers/danish";
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

// One cache per language, keyed by the word itself (no key strings built per call).
const stemCaches: Record<Lang, Map<string, string>> = { en: new Map(), da: new Map() };

/** Snowball stem of a lower-cased word in the given language (memoised: claims repeat words). */
export function stem(word: string, lang: Lang): string {
  const cache = stemCaches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = /\p{N}/u.test(word) ? word : lang === "da" ? stemDanish(word) : stemEnglish(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/** True when a term is written in capitals (US, NATO) and so must match capitals only. */
export function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
