// Numbers: digit literals with the language's separators, and number words of the language pack.
import type { Lang } from "../types.js";
import type { Tables } from "./tables.js";
import type { Tok } from "./tokens.js";

export interface Ctx {
  text: string;
  toks: Tok[];
  lang: Lang;
  /** The language's tables (src/figures/tables.ts), from its pack. */
  tab: Tables;
  /** toks[0] is the first token of the text (not of a later chunk of a long text). */
  atStart: boolean;
  /** For each token, the first token of its clause (after the last comma or semicolon before it): made once, when first asked for. */
  clauseStarts?: Int32Array;
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

/** 10^0 .. 10^22, every one an exact double (written out: Math.pow need not be exact). */
const POW10: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/** The value of a string of at most 15 ASCII digits, read by code (exact: below 2^53). */
function digitsValue(s: string): number {
  let v = 0;
  for (let k = 0; k < s.length; k++) v = v * 10 + (s.charCodeAt(k) - 48);
  return v;
}

/** Exact value of int.frac × 10^exp (no binary rounding surprises: "2.3" × 10^9 = 2300000000). */
export function literalValue(lit: { int: string; frac: string }, exp = 0): number {
  const e = exp - lit.frac.length;
  // Up to 15 digits the digits are an exact double, and so is 10^|e| up to 10^22: one multiplication
  // or division rounds once, to the double nearest the decimal — what Number() of the text gives.
  if (lit.int.length + lit.frac.length <= 15 && e >= -22 && e <= 22) {
    const d = lit.frac === "" ? digitsValue(lit.int) : digitsValue(lit.int) * POW10[lit.frac.length] + digitsValue(lit.frac);
    return e === 0 ? d : e > 0 ? d * POW10[e] : d / POW10[-e];
  }
  return Number(`${lit.int}${lit.frac}e${e}`);
}

const MAX_DIGITS = 18;

/**
 * Reads the digit literal starting at token i (a digit run). `scaleAt(c, end)` tells whether a scale
 * word follows, which decides "1.500 mio." (decimal in English) against "2.448" (thousands).
 * Returns "skip" for runs that are not numbers (version numbers "1.2.3", overlong digit strings).
 */
export function readLiteral(c: Ctx, i: number, scaleAt: (c: Ctx, end: number) => boolean): Literal | { skip: number } {
  const toks = c.toks;
  // Most numbers are one digit run: after it comes no separator and no digits.
  const s0 = toks[i + 1];
  if (!s0 || s0.type === "w" || (s0.type === "p" && (s0.gap !== 0 || (s0.raw !== "," && s0.raw !== ".")))) {
    const raw = toks[i].raw;
    return raw.length > MAX_DIGITS ? { skip: i + 1 } : { int: raw, frac: "", end: i + 1, sep: false };
  }
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

  const dec = c.tab.pack.format.decimal;
  const first = groups[0];
  const same = seps.every((s) => s === seps[0]);
  const rest3 = groups.every((g, n) => n === 0 || g.length === 3);
  if (same && rest3 && first.length <= 3) {
    const thousands = seps.length >= 2 || seps[0] === " " || !scaleAt(c, end) || seps[0] !== dec;
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
  /** The number is the single word that is often a pronoun (English "one"). */
  isOne: boolean;
}

interface Group {
  value: number;
  end: number;
}

function isHundred(t: Tok | undefined, c: Ctx): boolean {
  return !!t && t.type === "w" && c.tab.hundred.has(t.low);
}

function wordScale(t: Tok | undefined, c: Ctx): number | null {
  if (!t || t.type !== "w") return null;
  return c.tab.scales.get(t.low) ?? null;
}

/** The joiner of a compound written as tokens ("forty-four"); "-" stands for any hyphen. */
function isJoiner(t: Tok, joiner: string): boolean {
  return t.type === "p" && (t.raw === joiner || (joiner === "-" && t.raw === "‐"));
}

/** 0..99 as one word ("syvogfyrre" included), or tens and units as tokens: "forty-four" / "forty four". */
function small(c: Ctx, pos: number): Group | null {
  const t = c.toks[pos];
  if (!t || t.type !== "w") return null;
  const pack = c.tab.pack;
  const v = c.tab.smallNumber(t);
  if (v === null) return null;
  const comp = pack.numbers.compound;
  if (comp && !comp.oneWord && !comp.unitsFirst && v >= 20 && v % 10 === 0) {
    const a = c.toks[pos + 1];
    const b = c.toks[pos + 2];
    if (a && isJoiner(a, comp.joiner) && a.gap === 0 && b && b.gap === 0) {
      const u = c.tab.smallNumber(b);
      if (u !== null && u >= 1 && u <= 9) return { value: v + u, end: pos + 3 };
    }
    if (comp.spaced && a && a.type === "w" && a.gap !== 0) {
      const u = c.tab.smallNumber(a);
      if (u !== null && u >= 1 && u <= 9) return { value: v + u, end: pos + 2 };
    }
  }
  return { value: v, end: pos + 1 };
}

/** A number below 1000 ("three hundred and forty-seven"), or the 1 of "a million" / "tusind". */
function group(c: Ctx, pos: number, first: boolean): Group | null {
  const { toks, tab } = c;
  const words = tab.pack.numbers;
  const t = toks[pos];
  if (!t || t.type !== "w") return null;
  const next = toks[pos + 1];
  let lead: Group | null = null;
  if (tab.articles.has(t.low) && next && next.type === "w") {
    if (isHundred(next, c)) lead = { value: 1, end: pos + 1 };
    else if (wordScale(next, c) !== null || next.low === words.dozen) return { value: 1, end: pos + 1 };
  }
  if (!lead) {
    // "half a million", "en halv million", "halvanden milliard"
    const f = tab.fractions.longest(toks, pos);
    if (f) {
      const s = toks[f.end];
      if (wordScale(s, c) !== null || (s && s.low === words.dozen)) return { value: f.data, end: f.end };
    }
    // Bare "hundrede", "tusind": one hundred, one thousand.
    if (first && tab.bare.has(t.low)) {
      if (isHundred(t, c)) lead = { value: 1, end: pos };
      else if (wordScale(t, c) !== null) return { value: 1, end: pos };
    }
  }
  if (!lead) {
    const s = small(c, pos);
    if (!s) return null;
    if (!isHundred(toks[s.end], c) || s.value === 0) return s;
    lead = s;
  }
  // lead × 100 [and] [small]
  let value = lead.value * 100;
  let end = lead.end + 1;
  const and = toks[end];
  const tail = and && and.low === words.and ? small(c, end + 1) : small(c, end);
  // "one hundred and one thousand": the group is 101, and a scale after it applies to all of it.
  if (tail && tail.value > 0 && tail.value < 100 && !isHundred(toks[tail.end], c)) {
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
  const { toks } = c;
  const words = c.tab.pack.numbers;
  let total = 0;
  let pos = i;
  let lastExp = Infinity;
  let any = false;
  for (;;) {
    const g = group(c, pos, !any);
    if (!g) break;
    const exp = wordScale(toks[g.end], c);
    if (exp !== null && exp < lastExp) {
      total += g.value * 10 ** exp;
      pos = g.end + 1;
      lastExp = exp;
      any = true;
      // "one thousand and five", "tusind og tre"
      const and = toks[pos];
      if (and && and.low === words.and) {
        const tail = group(c, pos + 1, false);
        if (
          tail &&
          tail.value < 100 &&
          !isHundred(toks[tail.end], c) &&
          wordScale(toks[tail.end], c) === null
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
  // ("Kettleby's sixty-first carnival": an ordinal, not sixty)
  const hyphen = toks[pos];
  if (hyphen && hyphen.gap === 0 && hyphen.raw === "-" && toks[pos + 1]?.gap === 0 && Object.hasOwn(words.ordinalUnits, toks[pos + 1].low)) return null;
  let approx = false;
  const dz = toks[pos];
  if (dz && dz.low === words.dozen && total > 0 && total <= 20) {
    total *= 12;
    pos += 1;
    approx = true;
  } else if (total === 0.5 || total === 1.5) {
    return null; // "half a" without a scale
  }
  total = Number(total.toPrecision(15));
  const isOne = pos === i + 1 && words.pronounOne !== undefined && toks[i].low === words.pronounOne.word;
  return { value: total, end: pos, approx, isOne };
}
