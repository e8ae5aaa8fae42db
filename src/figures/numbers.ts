// Numbers: digit literals with the language's separators, and number words in English and Danish.
import type { Lang } from "../types.js";
import {
  AND_WORD, ARTICLES, DOZEN_WORD, HUNDRED_WORDS, WORD_SCALES, smallWord,
} from "./lexicon.js";
import type { Tok } from "./tokens.js";

export interface Ctx {
  text: string;
  toks: Tok[];
  lang: Lang;
  /** toks[0] is the first token of the text (not of a later chunk of a long text). */
  atStart: boolean;
}

/** A digit literal: "2,448", "9,5", "1.234.567". */
export interface Literal {
  /** Integer digits without separators. */
  int: string;
  /** Decimal digits ("" when none). */
  frac: string;
  /** Index of the first token after the literal. */
  end: number;
  /** Written with a thousands or decimal separator. */
  sep: boolean;
}

/** Exact value of int.frac × 10^exp (no binary rounding surprises: "2.3" × 10^9 = 2300000000). */
export function literalValue(lit: { int: string; frac: string }, exp = 0): number {
  return Number(`${lit.int}${lit.frac}e${exp - lit.frac.length}`);
}

const MAX_DIGITS = 18;

/**
 * Reads the digit literal starting at token i (a digit run). `scaleAt(end)` tells whether a scale
 * word follows, which decides "1.500 mio." (decimal in English) against "2.448" (thousands).
 * Returns "skip" for runs that are not numbers (version numbers "1.2.3", overlong digit strings).
 */
export function readLiteral(c: Ctx, i: number, scaleAt: (end: number) => boolean): Literal | { skip: number } {
  const toks = c.toks;
  const groups = [toks[i].raw];
  const seps: string[] = [];
  let k = i + 1;
  while (k < toks.length) {
    const s = toks[k];
    const d = toks[k + 1];
    if (s.type === "p" && (s.raw === "," || s.raw === ".") && s.gap === 0 && d && d.type === "n" && d.gap === 0) {
      seps.push(s.raw);
      groups.push(d.raw);
      k += 2;
      continue;
    }
    // "20 722" with a no-break, thin or single plain space.
    if (
      s.type === "n" &&
      s.raw.length === 3 &&
      (s.gap === 2 || (s.gap === 1 && c.text.charCodeAt(s.start - 1) === 32 && toks[k - 1].end === s.start - 1)) &&
      groups[0].length <= 3 &&
      seps.every((x) => x === " ") &&
      !(d && d.type === "n" && d.gap !== 0 && d.raw.length !== 3)
    ) {
      seps.push(" ");
      groups.push(s.raw);
      k += 1;
      continue;
    }
    break;
  }
  const end = k;
  let digits = 0;
  for (const g of groups) digits += g.length;
  if (digits > MAX_DIGITS) return { skip: end };
  if (seps.length === 0) return { int: groups[0], frac: "", end, sep: false };

  const dec = c.lang === "da" ? "," : ".";
  const first = groups[0];
  const same = seps.every((s) => s === seps[0]);
  const rest3 = groups.every((g, n) => n === 0 || g.length === 3);
  if (same && rest3 && first.length <= 3) {
    const thousands = seps.length >= 2 || seps[0] === " " || !scaleAt(end) || seps[0] !== dec;
    if (thousands) return { int: groups.join(""), frac: "", end, sep: true };
    return { int: first, frac: groups[1], end, sep: true };
  }
  if (seps.length === 1) return { int: first, frac: groups[1], end, sep: true };
  // "1,234.5" / "1.234,5": the last separator differs from the thousands separators before it.
  const last = seps[seps.length - 1];
  const head = seps.slice(0, -1);
  const grouped = groups.slice(0, -1).every((g, n) => (n === 0 ? g.length <= 3 : g.length === 3));
  if (last !== " " && head.every((s) => s === head[0] && s !== last) && grouped) {
    return { int: groups.slice(0, -1).join(""), frac: groups[groups.length - 1], end, sep: true };
  }
  return { skip: end };
}

// ---------------------------------------------------------------------------------------------
// Number words

export interface WordNumber {
  value: number;
  /** Index of the first token after the number. */
  end: number;
  /** "a dozen", "two dozen": a round figure. */
  approx: boolean;
  /** The number is the single word "one" (English), which often is a pronoun. */
  isOne: boolean;
}

interface Group {
  value: number;
  end: number;
}

function isHundred(t: Tok | undefined, lang: Lang): boolean {
  return !!t && t.type === "w" && HUNDRED_WORDS[lang].includes(t.low);
}

function wordScale(t: Tok | undefined, lang: Lang): number | null {
  if (!t || t.type !== "w") return null;
  const s = WORD_SCALES[lang];
  return Object.hasOwn(s, t.low) ? s[t.low] : null;
}

/** 0..99 as one word or "forty-four" / "forty four". */
function small(c: Ctx, pos: number): Group | null {
  const t = c.toks[pos];
  if (!t || t.type !== "w") return null;
  const v = smallWord(t.low, c.lang);
  if (v === null) return null;
  if (c.lang === "en" && v >= 20 && v % 10 === 0) {
    const a = c.toks[pos + 1];
    const b = c.toks[pos + 2];
    if (a && a.type === "p" && (a.raw === "-" || a.raw === "‐") && a.gap === 0 && b && b.gap === 0) {
      const u = smallWord(b.low, "en");
      if (u !== null && u >= 1 && u <= 9) return { value: v + u, end: pos + 3 };
    }
    if (a && a.type === "w" && a.gap !== 0) {
      const u = smallWord(a.low, "en");
      if (u !== null && u >= 1 && u <= 9) return { value: v + u, end: pos + 2 };
    }
  }
  return { value: v, end: pos + 1 };
}

/** A number below 1000 ("three hundred and forty-seven"), or the 1 of "a million" / "tusind". */
function group(c: Ctx, pos: number, first: boolean): Group | null {
  const { toks, lang } = c;
  const t = toks[pos];
  if (!t || t.type !== "w") return null;
  const next = toks[pos + 1];
  let lead: Group | null = null;
  if (ARTICLES[lang].includes(t.low) && next && next.type === "w") {
    if (isHundred(next, lang)) lead = { value: 1, end: pos + 1 };
    else if (wordScale(next, lang) !== null || next.low === DOZEN_WORD[lang]) return { value: 1, end: pos + 1 };
  }
  if (!lead && lang === "en" && t.low === "half" && next && (next.low === "a" || next.low === "an")) {
    const s = toks[pos + 2];
    if (wordScale(s, lang) !== null || (s && s.low === "dozen")) return { value: 0.5, end: pos + 2 };
  }
  if (!lead && lang === "da") {
    if ((t.low === "en" || t.low === "et") && next && next.low === "halv") {
      const s = toks[pos + 2];
      if (wordScale(s, lang) !== null || (s && s.low === "dusin")) return { value: 0.5, end: pos + 2 };
    }
    if (t.low === "halvanden" && wordScale(next, lang) !== null) return { value: 1.5, end: pos + 1 };
    // Bare "hundrede", "tusind": one hundred, one thousand.
    if (first && isHundred(t, lang)) lead = { value: 1, end: pos };
    else if (first && (t.low === "tusind" || t.low === "tusinde")) return { value: 1, end: pos };
  }
  if (!lead) {
    const s = small(c, pos);
    if (!s) return null;
    if (!isHundred(toks[s.end], lang) || s.value === 0) return s;
    lead = s;
  }
  // lead × 100 [and] [small]
  let value = lead.value * 100;
  let end = lead.end + 1;
  const and = toks[end];
  const tail = and && and.low === AND_WORD[lang] ? small(c, end + 1) : small(c, end);
  // "one hundred and one thousand": the group is 101, and a scale after it applies to all of it.
  if (tail && tail.value > 0 && tail.value < 100 && !isHundred(toks[tail.end], lang)) {
    value += tail.value;
    end = tail.end;
  }
  return { value, end };
}

/**
 * Reads number words from token i: "two thousand four hundred and forty-eight",
 * "to tusind fire hundrede og otteogfyrre", "a dozen", "half a million", "en million".
 */
export function readWords(c: Ctx, i: number): WordNumber | null {
  const { toks, lang } = c;
  let total = 0;
  let pos = i;
  let lastExp = Infinity;
  let any = false;
  for (;;) {
    const g = group(c, pos, !any);
    if (!g) break;
    const exp = wordScale(toks[g.end], lang);
    if (exp !== null && exp < lastExp) {
      total += g.value * 10 ** exp;
      pos = g.end + 1;
      lastExp = exp;
      any = true;
      // "one thousand and five", "tusind og tre"
      const and = toks[pos];
      if (and && and.low === AND_WORD[lang]) {
        const tail = group(c, pos + 1, false);
        if (
          tail &&
          tail.value < 100 &&
          !isHundred(toks[tail.end], lang) &&
          wordScale(toks[tail.end], lang) === null
        ) {
          total += tail.value;
          pos = tail.end;
          break;
        }
      }
      continue;
    }
    if (exp !== null && g.end === pos) break; // "tusind tusind"
    total += g.value;
    pos = g.end;
    any = true;
    break;
  }
  if (!any || pos === i) return null;
  let approx = false;
  const dz = toks[pos];
  if (dz && dz.low === DOZEN_WORD[lang] && total > 0 && total <= 20) {
    total *= 12;
    pos += 1;
    approx = true;
  } else if (total === 0.5 || total === 1.5) {
    return null; // "half a" without a scale
  }
  total = Number(total.toPrecision(15));
  const isOne = pos === i + 1 && toks[i].low === "one";
  return { value: total, end: pos, approx, isOne };
}
