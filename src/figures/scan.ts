// The figure scanner: one pass over the tokens, trying at each token a qualified date, a qualified
// number, a date, then a number (ranges, units and vague quantities included). Every attempt looks
// at a bounded window of tokens, so the whole pass is linear in the length of the text.
import type { Figure, FigureValue, Lang, Qualifier, Season } from "../types.js";
import { clockAt } from "./clock.js";
import { dateCoreAt, figureValue, yearFigure, type Hit } from "./dates.js";
import { detectLanguage, languageOfTokens } from "./lang.js";
import { isBeforeOrAfter, isBound, isHedge, WEEK } from "./kinds.js";
import { literalValue, readLiteral, readWords, type Ctx, type Literal } from "./numbers.js";
import {
  SHARE_NEXT,
  STARTS_AMOUNT,
  STARTS_CLOCK,
  STARTS_DATE,
  STARTS_NUMBER,
  STARTS_QUALIFIER,
  STARTS_RANK,
  STARTS_RANGE,
  STARTS_SHARE,
  STARTS_VAGUE,
  tablesOf,
  type Tables,
  type UnitEntry,
} from "./tables.js";
import { isP, isSpace, tokAt, tokenize, touches, type Tok } from "./tokens.js";

type AmountKind = "count" | "percent" | "money" | "quantity";

interface Amount {
  value: number;
  start: number;
  end: number;
  kind: AmountKind;
  unit?: string;
  /** A bare integer written with digits only (no separator, scale, unit or currency). */
  plain: boolean;
  /** Power of ten of a scale word ("million" → 6), or 0. */
  exp: number;
  /** "a dozen": a round figure. */
  approx: boolean;
}

interface Skip {
  skip: number;
}

const isSkip = (a: Amount | Skip): a is Skip => "skip" in a;

/** Qualifiers that make a number a count even when it looks like a year ("more than 2000"). */
const COUNT_QUALIFIERS: ReadonlySet<Qualifier> = new Set(["more_than", "at_least", "less_than", "at_most", "nearly", "just_over"]);

/** Dashes that join the ends of a range: "300-400", "300–400". */
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "‐", "‑", "−"]);
/** Punctuation after which a bare year-like integer is a year ("died in 2011."). */
const TERMINAL_PUNCT: ReadonlySet<string> = new Set([
  ".", ",", ";", ":", "!", "?", ")", "]", "}", "\"", "”", "“", "»", "«", "…", "'", "’",
]);

const SENTENCE_END: ReadonlySet<string> = new Set([".", "!", "?", "…"]);

/** The number word that is often a pronoun ("no one", "the one", "one of", "one day"): the pack's lists. */
function onePronoun(c: Ctx, j: number): boolean {
  const p = tokAt(c.toks, j - 1);
  const n = c.toks[j + 1];
  if (p && p.type === "w" && c.tab.onePrev.has(p.low)) return true;
  // "the only one"
  const pp = tokAt(c.toks, j - 2);
  if (p && p.type === "w" && c.tab.oneAfterDefinite.has(p.low) && pp && c.tab.definite.has(pp.low)) return true;
  if (n && isP(n, "'’")) return true; // "one's"
  // (the end of "A to one", "eight votes to one after a meeting": a number)
  if (p && p.low === c.tab.pack.ranges.joiner && numberBefore(c, j - 1)) return false;
  // (but a rate after it makes it a figure: "én gang om måneden", "one time a week")
  if (n && n.type === "w" && c.tab.oneNext.has(n.low)) return !c.tab.perTime.longest(c.toks, j + 2);
  return false;
}

/** A number one or two words before token j ("eight to", "eight votes to"). */
function numberBefore(c: Ctx, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 2; k--) {
    const t = c.toks[k];
    if (t.type === "n" || (t.type === "w" && c.tab.pack.smallNumber(t.low) !== null)) return true;
    if (t.type !== "w") return false;
  }
  return false;
}

function digitScaleAt(c: Ctx, k: number): { exp: number; end: number } | null {
  const m = c.tab.digitScales.matches(c.toks, k);
  for (const s of m) {
    if (s.data.adj && !touches(c.toks[k])) continue;
    // "m" touching a number is million, unless a word continues it ("5mm" is a unit), or an
    // adjective of size follows it: "each 22m long" is metres.
    if (s.data.adj && measuredAfter(c, s.end)) continue;
    return { exp: s.data.exp, end: s.end };
  }
  return null;
}

/** Whether an adjective of size is at token k ("long" of "22m long"), or joined by a hyphen ("a 6m-long boat"). */
function measuredAfter(c: Ctx, k: number): boolean {
  const t = isP(c.toks[k], "-") && touches(c.toks[k + 1]) ? c.toks[k + 1] : c.toks[k];
  return t !== undefined && t.type === "w" && c.tab.dimensionAdjectives.has(t.low);
}

/** A scale word after digits at token k (readLiteral's question: "1.500 mio."). */
const hasDigitScale = (c: Ctx, k: number): boolean => digitScaleAt(c, k) !== null;

function unitAt(c: Ctx, k: number): { data: UnitEntry; end: number } | null {
  for (const u of c.tab.units.matches(c.toks, k)) {
    if (u.data.spaced && touches(c.toks[k]) && !measuredAfter(c, u.end)) continue;
    if (u.data.glued && !touches(c.toks[k])) continue;
    const t = c.toks[k];
    // "$" before another number is that number's currency: "300 $400"
    if (t.type === "p" && c.toks[u.end] && c.toks[u.end].type === "n" && touches(c.toks[u.end])) continue;
    return u;
  }
  const t = c.toks[k];
  if (t && t.type === "w" && c.tab.degreeWords.has(t.low) && aboutTemperature(c)) return { data: CELSIUS, end: k + 1 };
  return null;
}

const CELSIUS: UnitEntry = { kind: "quantity", unit: "°C" };
const temperatureTalk = new WeakMap<readonly Tok[], boolean>();

/** The text has a word that holds a pack's temperature cue ("temperatures", "Gennemsnitstemperaturen"): "grader" there are °C. */
function aboutTemperature(c: Ctx): boolean {
  let yes = temperatureTalk.get(c.toks);
  if (yes === undefined) {
    const cues = c.tab.pack.temperatureDegrees.cues;
    yes = c.toks.some((t) => t.type === "w" && cues.some((cue) => t.low.includes(cue)));
    temperatureTalk.set(c.toks, yes);
  }
  return yes;
}

/** The packs' durations code of words that start like a span and are none ("year-round"). */
const NO_SPAN = "none";

/** A span of time as the unit: "14 hours", "fire måneders", "58-årig", "a 74-year-old" (a hyphen may join it). */
function durationAt(c: Ctx, k: number): { unit: string; end: number; times?: number } | null {
  const toks = c.toks;
  let at = k;
  if (isP(toks[k], "-‐‑") && touches(toks[k]) && toks[k + 1] && touches(toks[k + 1])) at = k + 1;
  const m = c.tab.durations.longest(toks, at);
  // (or several of one: "tre kvarter", 45 minutes)
  const several = m ? null : c.tab.spanMultiples.longest(toks, at);
  if (several && !(toks[several.end] && touches(toks[several.end]) && toks[several.end].type === "w")) return { unit: several.data.unit, end: several.end, times: several.data.times };
  if (!m || m.data === NO_SPAN) return null;
  // The whole word: "24 hoursx" is no unit.
  if (toks[m.end] && touches(toks[m.end]) && toks[m.end].type === "w") return null;
  return { unit: m.data, end: m.end };
}

/** Whether the span word at token k is the singular one, between a number not after an article and a plural noun ("6,312 day permits"). */
function unitModifier(c: Ctx, i: number, k: number, unit: string): boolean {
  const plural = c.tab.pack.grammar.pluralEnding;
  const one = c.tab.pack.display.durations[unit]?.one;
  const next = c.toks[k + 1];
  const before = tokAt(c.toks, i - 1);
  if (!plural || one === undefined || c.toks[k].low !== one || !next || next.type !== "w" || next.upper || next.low.length <= plural.length + 2 || !next.low.endsWith(plural)) return false;
  return !(before && before.type === "w" && (c.tab.articles.has(before.low) || c.tab.determiners.has(before.low)));
}

/** A word that ends a number ("million", "km", "five", "-plus"), so "1.2 million-1.5 million" is a range. */
function numberish(c: Ctx, w: Tok): boolean {
  const tab = c.tab;
  return tab.digitScales.has(w.low) || tab.units.has(w.low) || tab.smallNumber(w) !== null || tab.postWords.has(w.low);
}

function isLabel(c: Ctx, j: number, listed = false): boolean {
  const toks = c.toks;
  let at = j - 1;
  let p = tokAt(toks, at);
  if (!p) return false;
  if (isP(p, "#§№")) return true;
  if (isP(p, ".") && touches(p)) p = tokAt(toks, --at);
  if (!p || p.type !== "w") return false;
  // (no week of the year after "last": "stemte i sidste uge 5 mod 2")
  if (c.tab.weekWords.has(p.low) && relativeWeek(c, at)) return false;
  // (the second of two labels: "Years 5 and 6", "Year 5 og 6")
  if (!listed && c.tab.andWords.has(p.low) && toks[j - 2]?.type === "n") return isLabel(c, j - 2, true);
  // (a label written with a capital is one only so, before a number of two digits at most: "a
  // Year 7 pupil", not "the year 7" of a plan, nor "Year 2021")
  return c.tab.labels.has(p.low) || (p.raw !== p.low && c.tab.labels.has(p.raw) && toks[j].type === "n" && toks[j].raw.length <= 2);
}

/** Whether the week word at token w is a week relative to now ("sidste uge", "last week"): no week of the year follows it. */
function relativeWeek(c: Ctx, w: number): boolean {
  const b = tokAt(c.toks, w - 1);
  return b !== undefined && b.type === "w" && c.tab.weekNotAfter.has(b.low);
}

/** Guards on a digit literal [j, end): identifiers, times, ordinals, phone numbers, list markers. */
function literalGuard(c: Ctx, j: number, lit: Literal, hasCurrency: boolean): Skip | null {
  const toks = c.toks;
  const t = toks[j];
  const end = lit.end;
  const p = tokAt(toks, j - 1);
  const skipTo = (e: number): Skip => {
    // swallow a word or digits glued to the end ("F-16s", "4G")
    while (toks[e] && touches(toks[e]) && (toks[e].type === "w" || toks[e].type === "n")) e++;
    return { skip: e };
  };
  if (p && touches(t) && !hasCurrency) {
    if (p.type === "w") return skipTo(end); // G7, F16
    if (isP(p, "-‐‑")) {
      const w = tokAt(toks, j - 2);
      if (w && touches(p) && w.type === "w" && !c.tab.hyphenPrefixes.has(w.low) && !numberish(c, w)) return skipTo(end); // F-16, COVID-19
    }
    if (isP(p, "/:+#§@_\\=")) return skipTo(end);
    const pp = tokAt(toks, j - 2);
    if (isP(p, ".,") && pp && touches(p) && pp.type !== "p") return skipTo(end);
  }
  if (isP(p, "+")) return skipTo(end);
  if (isLabel(c, j)) return skipTo(end);
  const n = toks[end];
  // times: 10:30, and the pack's time words: 10 am, 10 a.m., 10 o'clock
  if (isP(n, ":") && touches(n) && toks[end + 1] && toks[end + 1].type === "n" && touches(toks[end + 1])) return skipTo(end + 2);
  const time = n && n.type === "w" ? c.tab.timeSuffixes.longest(toks, end) : null;
  if (time) return { skip: time.end };
  // a slash that is not a date: 2001/02, 3/15/x
  if (isP(n, "/") && touches(n) && toks[end + 1] && toks[end + 1].type === "n" && touches(toks[end + 1])) return skipTo(end + 2);
  // ordinals: 11th, 2nd
  if (n && touches(n) && n.type === "w" && c.tab.ordinalSuffixes.has(n.low) && !lit.sep) return { skip: end + 1 };
  // ordinals with a dot: "den 3. bataljon" (a dot, then a lower-case word that is not a month)
  if (c.tab.pack.numbers.ordinalDot && !lit.sep && lit.int.length <= 3 && isP(n, ".") && touches(n)) {
    // (a span of ranks, "i 0.-3. klasse", "7.-9. klasse": grades, no count of 0 or 7)
    const dash = toks[end + 1];
    const second = toks[end + 2];
    if (dash && isP(dash, "-‐‑–") && touches(dash) && second?.type === "n" && touches(second) && second.raw.length <= 3 && isP(toks[end + 3], ".") && touches(toks[end + 3]) && !(toks[end + 4] && c.tab.monthNumber(toks[end + 4]) !== null)) return { skip: end + 4 };
    const w = toks[end + 1];
    if (w && w.type === "w" && !w.upper && w.gap !== 0 && c.tab.monthNumber(w) === null) return { skip: end };
  }
  // list markers at the start: "1. ", "2) "
  if (j === 0 && c.atStart && !lit.sep && lit.int.length <= 2 && isP(n, ".)") && touches(n) && toks[end + 1] && toks[end + 1].gap !== 0)
    return { skip: end + 1 };
  // phone numbers: three or more short digit groups separated by spaces
  if (!lit.sep && t.raw.length >= 2 && t.raw.length <= 4) {
    let k = j + 1;
    let groups = 1;
    while (toks[k] && toks[k].type === "n" && toks[k].gap === 1 && toks[k].raw.length >= 2 && toks[k].raw.length <= 4) {
      groups++;
      k++;
    }
    if (groups >= 3) return { skip: k };
  }
  return null;
}

/** A number with its currency, scale and unit: "$2.3 billion", "2,3 mia. kr.", "fireogfyrre", "12 %". */
function amountAt(c: Ctx, i: number): Amount | Skip | null {
  const toks = c.toks;
  let j = i;
  let currency: string | undefined;
  const cp = c.tab.currencyPrefixes.longest(toks, i);
  if (cp) {
    const t = toks[i];
    // a code before the number is written in capitals ("DKK 500"); currency words in any case ("kr. 500")
    const written = t.type === "p" || cp.data.anyCase || t.raw === t.raw.toUpperCase();
    const n = toks[cp.end];
    if (written && n && (n.type === "n" || n.type === "w" || leadingDecimal(c, cp.end))) {
      currency = cp.data.code;
      j = cp.end;
    }
  }
  const t = toks[j];
  if (!t) return null;
  let value: number;
  let end: number;
  let exp = 0;
  let plain = false;
  let approx = false;
  let litEnd = -1;
  let needsUnit = false;
  const lead = leadingDecimal(c, j);
  if (lead) {
    // ".75", "$.5 billion"
    end = lead.end;
    litEnd = lead.end;
    const s = digitScaleAt(c, end);
    if (s) {
      exp = s.exp;
      end = s.end;
    }
    value = literalValue(lead, exp);
  } else if (t.type === "n") {
    const lit = readLiteral(c, j, hasDigitScale);
    if ("skip" in lit) return lit;
    const g = literalGuard(c, j, lit, currency !== undefined);
    if (g) return g;
    end = lit.end;
    litEnd = lit.end;
    const s = digitScaleAt(c, end);
    if (s) {
      exp = s.exp;
      end = s.end;
    }
    value = literalValue(lit, exp);
    plain = !lit.sep && exp === 0 && lit.int.length === 4;
  } else if (t.type === "w") {
    // a span written as one word after a number word: "et treårigt forsøg" (the pack's fusedSpans)
    const fused = currency ? null : c.tab.word(t).fused;
    if (fused) return { value: fused.value, start: i, end: j + 1, kind: "quantity", unit: fused.unit, plain: false, exp: 0, approx: false };
    // (a fraction before a unit or span of time, though a number word starts it: "three quarters of an hour")
    const f = c.tab.fractions.longest(toks, j);
    const fractionFirst = f !== null && (unitAt(c, f.end) !== null || durationAt(c, f.end) !== null);
    const w = fractionFirst ? null : readWords(c, j);
    if (w) {
      if (w.isOne && !currency && onePronoun(c, j)) return null;
      value = w.value;
      end = w.end;
      approx = w.approx;
      const s = digitScaleAt(c, end);
      if (s && toks[end].type === "w" && toks[end].gap !== 0 && !approx) {
        exp = s.exp;
        end = s.end;
        value = Number((value * 10 ** exp).toPrecision(15));
      }
    } else {
      // "a year and a half", "an hour and a quarter": an article, a span of time, an added fraction
      const span = c.tab.articles.has(t.low) && !currency ? durationAt(c, j + 1) : null;
      const plus = span && span.unit !== "age" && toks[span.end]?.type === "w" ? c.tab.addedFractions.longest(toks, span.end) : null;
      if (span && plus && toks[span.end].low === c.tab.pack.numbers.and && span.times === undefined) {
        return { value: 1 + plus.data, start: i, end: plus.end, kind: "quantity", unit: span.unit, plain: false, exp: 0, approx: false };
      }
      // ("an hour and 40 minutes", "en time og 40 minutter": one of a span and the next smaller unit)
      const one: Amount | null = span && span.unit !== "age" ? { value: span.times ?? 1, start: i, end: span.end, kind: "quantity", unit: span.unit, plain: false, exp: 0, approx: false } : null;
      const both = one ? compoundSpan(c, one) : null;
      if (both) return both;
      // "half a percentage point", "et halvt procentpoint": a fraction, then a unit
      if (!f) return null;
      value = f.data;
      end = f.end;
      needsUnit = true;
    }
  } else {
    return null;
  }
  // "three and a half hectares", "tre en halv hektar", "to et halvt år": a whole number and a
  // fraction, when a unit, span of time or scale word follows, or "and" joins them
  if (!needsUnit && exp === 0 && Number.isInteger(value) && toks[end]?.type === "w") {
    const plus = c.tab.addedFractions.longest(toks, end);
    // (without "and"/"og" only after a number in words: "300 en halv time senere" is 300, then half an hour)
    if (plus && (toks[end].low === c.tab.pack.numbers.and || t.type === "w")) {
      const s = digitScaleAt(c, plus.end);
      // (joined by "and"/"og" it is one number whatever follows: "two and a half times")
      if (s || unitAt(c, plus.end) || durationAt(c, plus.end) || toks[end].low === c.tab.pack.numbers.and) {
        value += plus.data;
        end = plus.end;
        litEnd = -1;
        if (s) {
          exp = s.exp;
          end = s.end;
          value = Number((value * 10 ** exp).toPrecision(15));
        }
      }
    }
  }
  let kind: AmountKind = "count";
  let unit: string | undefined;
  let u = unitAt(c, end);
  // "a 28-kilometre rail link", "en 5-meter bølge", "a 10-percent rise": a unit joined by a hyphen
  if (!u && !currency && isP(toks[end], "-‐‑") && touches(toks[end]) && toks[end + 1]?.type === "w" && touches(toks[end + 1])) {
    const h = unitAt(c, end + 1);
    const after = h ? toks[h.end] : undefined;
    if (h && (h.data.kind === "quantity" || h.data.kind === "percent") && !(after && touches(after) && after.type === "w")) u = h;
  }
  let span = !u && !currency ? durationAt(c, end) : null;
  // ("6,312 day permits": a span's singular word after a number above one, before a plural noun,
  // names a kind of that noun, which the number counts; not after an article, "a 30 day trial")
  if (span && value > 1 && span.end === end + 1 && unitModifier(c, i, end, span.unit)) span = null;
  if (span) {
    kind = "quantity";
    unit = span.unit;
    end = span.end;
    if (span.times !== undefined) value = Number((value * span.times).toPrecision(15));
  } else if (currency) {
    kind = "money";
    unit = currency;
    if (u && u.data.kind === "money" && toks[end].type === "w") end = u.end;
  } else if (u) {
    kind = u.data.kind;
    unit = u.data.unit;
    end = u.end;
    if (u.data.hundredth) value = Number((value / 100).toPrecision(15));
    // "120 km/h", "150 liter per kvadratmeter", "30 meter i sekundet"
    const r = kind === "quantity" ? rateAt(c, end) : null;
    if (r) {
      unit = `${unit}/${r.per}`;
      end = r.end;
    }
  }
  if (needsUnit && kind === "count") return null;
  if (litEnd >= 0 && end === litEnd) {
    const n = toks[end];
    if (n && touches(n) && n.type === "w") {
      let e = end;
      while (toks[e] && touches(toks[e]) && (toks[e].type === "w" || toks[e].type === "n")) e++;
      return { skip: e }; // "4G", "3D", "7B"
    }
  }
  if (kind !== "count") plain = false;
  return { value, start: i, end, kind, unit, plain, exp, approx };
}

/** ".75", "$.5": a decimal separator before digits, not continuing a number or a word. */
function leadingDecimal(c: Ctx, j: number): Literal | null {
  const toks = c.toks;
  const t = toks[j];
  const d = toks[j + 1];
  if (!t || t.type !== "p" || t.raw !== c.tab.pack.format.decimal || !d || d.type !== "n" || !touches(d)) return null;
  const p = tokAt(toks, j - 1);
  if (p && touches(t) && (p.type === "n" || p.type === "w" || isP(p, ".,"))) return null;
  // ".5.1", ".75x": a version or an identifier
  const n = toks[j + 2];
  if (n && touches(n) && (n.type === "w" || n.type === "n" || (isP(n, ".,") && toks[j + 3]?.type === "n" && touches(toks[j + 3])))) {
    if (!(n.type === "w" && digitScaleAt(c, j + 2))) return null;
  }
  return { int: "0", frac: d.raw, end: j + 2, sep: true };
}

/** The unit of a rate after a quantity: "/h", "per hour", "per kvadratmeter", "an hour", "i timen". */
function rateAt(c: Ctx, k: number): { per: string; end: number } | null {
  const toks = c.toks;
  const t = toks[k];
  if (!t) return null;
  const tab = c.tab;
  if (isP(t, "/")) {
    if (!touches(t) || !toks[k + 1] || !touches(toks[k + 1])) return null;
    const s = tab.timeSymbols.longest(toks, k + 1) ?? tab.timeUnits.longest(toks, k + 1);
    const u = s ? null : quantityUnit(c, k + 1);
    const r = s ? { per: s.data, end: s.end } : u;
    // the rate ends the token run: "km/h", not "km/hx"
    if (!r || (toks[r.end] && touches(toks[r.end]) && toks[r.end].type !== "p")) return null;
    return r;
  }
  const p = tab.per.longest(toks, k);
  if (p) {
    const s = tab.timeUnits.longest(toks, p.end);
    if (s) return { per: s.data, end: s.end };
    return quantityUnit(c, p.end);
  }
  const pt = tab.perTime.longest(toks, k);
  return pt ? { per: pt.data, end: pt.end } : null;
}

/** A quantity's unit at token k ("kvadratmeter" → m2), as the denominator of a rate. */
function quantityUnit(c: Ctx, k: number): { per: string; end: number } | null {
  for (const u of c.tab.units.matches(c.toks, k)) if (u.data.kind === "quantity") return { per: u.data.unit, end: u.end };
  return null;
}

function yearLike(a: Amount): boolean {
  return a.plain && a.value >= 1800 && a.value <= 2100;
}

/** Two year-like ends read as years: in a year context, or when one end is not a round figure ("2001–2014"). */
function yearRangeContext(c: Ctx, a: Amount, b: Amount, s: number, e: number, opts: NumOpts): boolean {
  if (!yearLike(a) || !yearLike(b) || a.value >= b.value) return false;
  if (opts.qual !== undefined && COUNT_QUALIFIERS.has(opts.qual)) return false;
  if (opts.yearForce || yearContext(c, s, e)) return true;
  return a.value % 50 !== 0 || b.value % 50 !== 0;
}

/** A year before 1800 written as one ("1796"): a year only where nothing else can be meant. */
function oldYearLike(a: Amount): boolean {
  return a.plain && a.value >= 1000 && a.value < 1800;
}

/**
 * Whether an old year-like integer over tokens [s, e) reads as a year: after a strong year word
 * and at the end of its clause, or before a word that names nothing ("built in 1796.", "i 1650,
 * da …"; not "in 1650 homes", nor "rose by 1650.").
 */
function oldYearContext(c: Ctx, s: number, e: number): boolean {
  const p = tokAt(c.toks, s - 1);
  const nx = c.toks[e];
  // (not the size of a change: "rose by 1650")
  if (!p || p.type !== "w" || c.tab.changeBy.has(p.low)) return false;
  const end = !nx || (nx.type === "p" && (TERMINAL_PUNCT.has(nx.raw) || nx.raw === "," || nx.raw === ";"));
  // "an estate map from 1611.": where the sentence has no other number to go from or to
  if (c.tab.yearOrigins.has(p.low) && end) return !c.toks.some((t, i) => (i < s - 1 || i >= e) && /\d/.test(t.raw));
  if (!c.tab.strongYear.has(p.low)) return false;
  return end || (nx.type === "w" && c.tab.yearFollowers.has(nx.low));
}

/**
 * Whether a year-like integer after a hedge reads as a year: before punctuation or a word that names
 * nothing ("built around 1790 to drive a corn mill", "bygget omkring 1650, da …"; not "around 1790
 * people", nor "around 1850 of the members").
 */
function hedgedYear(c: Ctx, a: Amount, opts: NumOpts): boolean {
  if (opts.qual === undefined || !isHedge(opts.qual) || !(yearLike(a) || oldYearLike(a))) return false;
  const nx = c.toks[a.end];
  return !nx || nx.type === "p" || c.tab.yearFollowers.has(nx.low) || (c.tab.weakYear.has(nx.low) && !c.tab.partitive.has(nx.low));
}

/** After "from" (a range opener), its closing word before a number later in the sentence ("fra 1887 … til 2100"). */
function changeAhead(c: Ctx, opener: string, e: number): boolean {
  const close = c.tab.pack.ranges.openers[opener];
  if (close === undefined) return false;
  for (let i = e; i + 1 < c.toks.length; i++) if (c.toks[i].low === close && c.toks[i + 1].type === "n") return true;
  return false;
}

/** Whether a bare year-like integer over tokens [s, e) reads as a year (`chained`: and as the one before it does, one step back only). */
function yearContext(c: Ctx, s: number, e: number, chained = true): boolean {
  const p = tokAt(c.toks, s - 1);
  const nx = c.toks[e];
  const tab = c.tab;
  if (p && p.type === "w" && (tab.strongYear.has(p.low) || tab.yearCompoundEnds.some((s) => p.low.length >= s.length + 3 && p.low.endsWith(s)))) return true;
  // (a cue of two words: "tilbage til 2019")
  const pp = tokAt(c.toks, s - 2);
  if (p && pp && p.type === "w" && pp.type === "w" && tab.strongYear.has(`${pp.low} ${p.low}`)) return true;
  if (!nx || (nx.type === "p" && TERMINAL_PUNCT.has(nx.raw))) return true;
  if (p && tab.definite.has(p.low) && nx.type === "w") return true;
  // "a 1936 Fordson Model N", "a 2023 survey": after an indefinite article, as after "the"
  if (p && p.type === "w" && tab.articles.has(p.low) && nx.type === "w") return true;
  // "Lindholt's 2026 budget": after a name's possessive "'s", as after "the".
  if (p && p.low === "s" && touches(p) && isP(tokAt(c.toks, s - 2), "'’") && touches(tokAt(c.toks, s - 2)) && nx.type === "w") return true;
  if (p && tab.weakYear.has(p.low) && nx.type === "w" && tab.yearFollowers.has(nx.low)) return true;
  // ("en landarbejderbolig fra 1887 i Salbæk", "a cottage from 1887 in Salbaek": a year word, then a name)
  // (not the start of a change to another number: "steg fra 1887 i Salbæk til 2100 i Tornby")
  if (p && tab.yearOrigins.has(p.low) && nx.type === "w" && tab.strongYear.has(nx.low) && c.toks[e + 1]?.type === "w" && c.toks[e + 1].upper && !changeAhead(c, p.low, e)) return true;
  // "The 2020 and 2021 races": after "and" and a year, a year (the one before is read so only
  // when its own words say so: "sold 1900 and 2000 tickets" are counts)
  if (chained && p && p.type === "w" && tab.andWords.has(p.low) && s >= 2) {
    const y = c.toks[s - 2];
    if (y.type === "n" && /^\d{4}$/.test(y.raw) && Number(y.raw) >= 1800 && Number(y.raw) <= 2100 && !touches(y) && yearContext(c, s - 2, s - 1, false)) return true;
  }
  if (p && p.type === "w" && tab.yearUnlessRound.has(p.low) && (Number(c.toks[s].raw) % 50 !== 0 || tab.yearFollowers.has(nx.low))) return true;
  // "1992-aftalen", "2008-krisen": a year joined to a definite noun names a thing of that year
  if (isP(nx, "-‐‑") && touches(nx)) {
    const w = c.toks[e + 1];
    if (w && touches(w) && w.type === "w" && !w.upper && tab.hyphenNames.some((s) => w.low.length >= s.length + 3 && w.low.endsWith(s))) return true;
  }
  return false;
}

/** A unit of a span of time (the packs' durations: "d", "yr"; not an age). */
function isTimeSpan(c: Ctx, unit: string | undefined): boolean {
  return unit !== undefined && unit !== "age" && Object.hasOwn(c.tab.pack.timeUnits, unit);
}

/** A whole number a person's age could be: a bare count, or a number of years ("fyldte 50 år"). */
function ageLike(kind: string, unit: string | undefined, value: number): boolean {
  if (value < 1 || value > 120) return false;
  // (a fraction only with the word for years: "an average age of 34.6 years")
  return (kind === "count" && !unit && Number.isInteger(value)) || (kind === "quantity" && unit === "yr");
}

/** An amount read that a person's age could be (no scale word, no "a dozen"). */
function isAgeLike(a: Amount): boolean {
  return a.exp === 0 && !a.approx && ageLike(a.kind, a.unit, a.value);
}

/** A figure read that a person's age could be (exact). */
function isAgeLikeValue(f: FigureValue): f is FigureValue & { value: number } {
  return typeof f.value === "number" && f.qualifier === "exact" && ageLike(f.kind, f.unit, f.value);
}

/** Whether a group of people and its copula open the clause of a number of years over tokens [s, e) that ends it ("De frivillige er i gennemsnit 65 år."). */
function groupAge(c: Ctx, s: number, e: number): boolean {
  const t = c.toks;
  const tab = c.tab;
  const end = t[e];
  if (end && !(end.type === "p" && (TERMINAL_PUNCT.has(end.raw) || end.raw === "," || end.raw === ";"))) return false;
  let k = s - 1;
  const copula = (j: number) => tab.ageCopulas.has(t[j].low) || (tab.ageInfinitives.has(t[j].low) && tab.ageModals.has(tokAt(t, j - 1)?.low ?? ""));
  for (let words = 0; k > 0 && t[k].type === "w" && !copula(k) && words < 2; words++) k--;
  if (tokAt(t, k)?.type !== "w" || !copula(k)) return false;
  // (past a modal before the copula's infinitive: "Frivillige chauffører skal være mellem 18 og 80 år")
  if (!tab.ageCopulas.has(t[k].low)) k--;
  const group = tokAt(t, k - 1);
  if (!group || group.type !== "w" || !tab.ageGroups.has(group.low)) return false;
  // (the group opens its clause, past one word: "De frivillige", "The volunteers")
  const before = tokAt(t, k - 2);
  return !before || isP(before, ",;") || (before.type === "w" && (k - 3 < 0 || isP(t[k - 3], ",;")));
}

/** How many words may say where a person is from, between the name and the copula of an age. */
const ORIGIN_WORDS = 5;

/**
 * Whether a number over tokens [s, e) is a person's age (the cues are the packs' `ages`): after a
 * strong age word ("turned 50 in August", "fyldte 50 år"); after a weak one at the end of a clause
 * ("who is 24."); a number of years after a name and an age word ("Mette Kragh på 47 år"); after
 * a name and a copula at the end of a clause ("Mette Kragh is 47."); or set off after a name of
 * two capitalised words ("Jonas Riis, 24, said", "Jonas Riis (24)").
 */
function ageContext(c: Ctx, s: number, e: number, years: boolean): boolean {
  const t = c.toks;
  const tab = c.tab;
  const nx = t[e];
  const ends = !nx || (nx.type === "p" && (TERMINAL_PUNCT.has(nx.raw) || nx.raw === "," || nx.raw === ")" || nx.raw === ";"));
  const after = (phrases: readonly (readonly string[])[]) => phraseEndsBefore(t, s, phrases);
  const name = (k: number) => k >= 0 && t[k].type === "w" && t[k].upper;
  if (after(tab.ageStrong) && (years || ends || (nx.type === "w" && (tab.yearFollowers.has(nx.low) || tab.strongYear.has(nx.low))))) return true;
  const p = tokAt(t, s - 1);
  // "aged 74 and 76": the second of two ages a strong age word opens, at the end of its clause
  const pp = tokAt(t, s - 2);
  if ((years || ends) && p && p.type === "w" && tab.andWords.has(p.low) && pp && pp.type === "n" && phraseEndsBefore(t, s - 2, tab.ageStrong)) return true;
  if (years && p && p.type === "w" && tab.ageAfterName.has(p.low) && name(s - 2)) return true;
  // (without the word for years, after a name of two words, where its clause ends: "siger Erna
  // Mikkelsen på 84, som var blandt …")
  if (ends && p && p.type === "w" && tab.ageAfterName.has(p.low) && name(s - 2) && name(s - 3)) return true;
  // "Unge på 18 år", "people aged 18": after a group of people and that word, their age
  if (years && p && p.type === "w" && tab.ageAfterName.has(p.low) && tab.ageGroups.has(tokAt(t, s - 2)?.low ?? "")) return true;
  // "De frivillige er i gennemsnit 65 år.": a group of people, its copula, two words at most, and
  // a number of years that ends the clause
  if (years && groupAge(c, s, e)) return true;
  // "Mette Kragh is 47.", "Hanne Mølgaard, the chief executive of Vestkyst Energi, is 45.",
  // "Svend-Erik Kjær, formand for …, er 61 år." (a name of two words: "Denmark is 44" is no age)
  const last = years ? t[e] : nx;
  // (and before "and": "…, coxswain Dennis Pascoe, is 61 and has served for 34 years")
  // (and before the month it happens in: "Knud Erik Vestergaard bliver 82 år i januar")
  const inMonth = years && !!last && last.type === "w" && tab.strongYear.has(last.low) && !!t[e + 1] && t[e + 1].type === "w" && tab.monthNumber(t[e + 1]) !== null;
  // (an adverb may stand between: "Henning Bæk er selv 63 og har tækket tage siden 1979")
  const adverb = p && p.type === "w" && tab.ageAdverbs.has(p.low) && tokAt(t, s - 2)?.type === "w" && tab.ageCopulas.has(tokAt(t, s - 2)!.low) ? 1 : 0;
  const copula = adverb ? tokAt(t, s - 2) : p;
  // (or "when": "Keira Holt was 16 when she joined")
  const whenAfter = !!last && last.type === "w" && tab.ageClauseEnds.has(last.low);
  const atCopula = !!copula && copula.type === "w" && tab.ageCopulas.has(copula.low);
  // (or the copula written onto the pronoun: "I'm 84 and I've been digging this garden")
  const apostrophe = tokAt(t, s - 2);
  const contracted = !adverb && !!p && p.type === "w" && p.gap === 0 && tab.ageContractedCopulas.has(p.low) && isP(apostrophe, "'’") && apostrophe!.gap === 0 ? 1 : 0;
  // "Han er 68, hun er 66, og nu vil de gå på pension": a person's pronoun that opens its clause,
  // its copula and a number that ends the clause
  if ((atCopula || contracted) && (!last || (last.type === "p" && (TERMINAL_PUNCT.has(last.raw) || last.raw === "," || last.raw === ";")) || (last.type === "w" && tab.andWords.has(last.low)))) {
    const pronoun = tokAt(t, s - 2 - adverb - contracted);
    const before = tokAt(t, s - 3 - adverb - contracted);
    if (pronoun && pronoun.type === "w" && tab.agePronouns.has(pronoun.low) && (!before || isP(before, ",;\"“”„«»") || (before.type === "p" && TERMINAL_PUNCT.has(before.raw)) || (before.type === "w" && tab.andWords.has(before.low)))) return true;
  }
  if (atCopula && (!last || inMonth || whenAfter || (last.type === "p" && TERMINAL_PUNCT.has(last.raw)) || (last.type === "w" && tab.andWords.has(last.low)))) {
    const aside = isP(tokAt(t, s - 2 - adverb), ",");
    let k = pastParty(t, aside ? s - 3 - adverb : s - 2 - adverb);
    // (past where the person is from: "Sofie Lund Kristensen fra Holstebro er 23 år", "Margaret
    // Heald fra den lokale borgerforening er 79 år": a few words, no comma)
    if (!aside) {
      for (let j = k, words = 0; j > 0 && words < ORIGIN_WORDS && t[j].type === "w"; j--, words++) {
        if (j < k && tab.ageOrigins.has(t[j].low)) {
          k = j - 1;
          break;
        }
      }
    }
    if (name(k) && name(k - 1)) return true;
    // "Farmer Manuel Ortega, who was taken to hospital, is 71.": the sentence opens with the name.
    if (aside && !tab.definite.has(t[0].low) && openingName(t, name)) return true;
    // "Steering group chair Gillian Pryce, a former headteacher, is 64.": a two-word name before
    // the comma that opens the aside, which describes the person ("a …", "who …"; not "The New
    // Party, founded last spring, is 2.")
    if (aside) {
      const opens = asideOpening(t, k);
      const first = tokAt(t, opens + 1)?.low ?? "";
      if (opens > 0 && (tab.ageAppositives.has(first) || tab.ageRelatives.has(first)) && name(opens - 1) && name(opens - 2)) return true;
    }
  }
  // "The average age of a Harrowgate taxi driver is 54, and …", "Gennemsnitsalderen for byens
  // chauffører er 54 år.": a clause that opens with an age word, ended by its copula and the number
  // (with the word for years, whatever follows: "… was 34.6 years for men and 32.9 years for women";
  // and "now" between: "Gennemsnitsalderen blandt de frivillige er i dag 57 år")
  const nowBefore = years ? tab.presentPhrases.find((phrase) => phraseEndsBefore(t, s, [phrase])) : undefined;
  const cop = nowBefore ? tokAt(t, s - 1 - nowBefore.length) : p;
  const copAt = nowBefore ? s - 1 - nowBefore.length : s - 1;
  // (or "and": "the youngest of whom is 19 and the oldest 81")
  const lastEnds = !last || whenAfter || (last.type === "p" && (TERMINAL_PUNCT.has(last.raw) || last.raw === "," || last.raw === ";"));
  if (cop && cop.type === "w" && tab.ageCopulas.has(cop.low) && (years || lastEnds || (last.type === "w" && tab.andWords.has(last.low)))) {
    if (opensWithAge(t, copAt - 1, tab.ageNouns, tab.ageRelatives, tab.ageAppositives)) return true;
    // ("Figures … showed the average age of Brantwick councillors is 63": an age word and whose age
    // it is, later in the clause, right before the copula)
    if (ageOfBefore(t, copAt - 1, tab.ageNouns, tab.ageOfWords)) return true;
    // ("The girl seriously injured on the road was 14.": a person's, at the end of the sentence)
    const sentenceEnds = !last || (last.type === "p" && TERMINAL_PUNCT.has(last.raw));
    if (sentenceEnds && !years && opensWithAge(t, copAt - 1, tab.agePersons, tab.ageRelatives, tab.ageAppositives)) return true;
  }
  // "Tomasz Nowak, der er 49 år, er chef …", "Henrik Aagaard, der i dag er 71 år og stadig ejer
  // …": a relative clause of a two-word name that says only the age (and maybe that it is now).
  if (years && p && p.type === "w" && tab.ageCopulas.has(p.low)) {
    const now = tab.presentPhrases.find((phrase) => phraseEndsBefore(t, s - 1, [phrase]));
    const at = s - 2 - (now?.length ?? 0); // the relative word
    const r = tokAt(t, at);
    const closes = !last || isP(last, ",") || (last.type === "p" && TERMINAL_PUNCT.has(last.raw)) || (last.type === "w" && tab.andWords.has(last.low));
    if (r && r.type === "w" && tab.ageRelatives.has(r.low) && isP(tokAt(t, at - 1), ",") && name(at - 2) && name(at - 3) && closes) return true;
  }
  // "Ifølge Lise Thygesen er gennemsnitsalderen på Ormø nu 51 år": the age word after the copula
  // (the verb before its subject), a place and "now" between it and the number
  if (years) {
    for (let k = s - 1, words = 0; k > 0 && words < 5 && !isP(t[k], ",;"); k--) {
      if (t[k].type !== "w") continue;
      words++;
      if (tab.ageNouns.has(t[k].low) && t[k - 1]?.type === "w" && tab.ageCopulas.has(t[k - 1].low)) return true;
    }
  }
  // "Gennemsnitsalderen for en haveejer er faldet fra 61 år i 2012 til 49 år i dag": the ends of
  // a change in a clause that opens with an age word are ages (a bare number too, before no word
  // that it could count: "fell from 61 in 2012 to 49 today")
  const ranges = c.tab.pack.ranges;
  const bare = years || ends || (nx.type === "w" && (tab.yearFollowers.has(nx.low) || tab.strongYear.has(nx.low) || tab.presentPhrases.some((phrase) => phrase[0] === nx.low)));
  if (bare && p && p.type === "w" && (Object.hasOwn(ranges.openers, p.low) || p.low === ranges.joiner) && clauseOpensWithAge(c, s, tab.ageNouns)) return true;
  if (!ends) return false;
  if (!years && after(tab.ageWeak)) return true;
  // "Jonas Riis, 24, said", "Jonas Riis (24) siger", "Niels Bak, 58, der driver …", "…, siger
  // direktør Mette Rosendahl, 54.", "Lone Kjær, 55 år, som er skoleleder": set off after a
  // two-word name (and a party's letter: "Henrik Lauritsen (K), 47 år."), where no list goes on
  // ("United States, 44, United Kingdom, 10, and Denmark, 7").
  const sentenceEnd = !nx || (nx.type === "p" && SENTENCE_END.has(nx.raw));
  // (and "now" after the comma: "founder Margaret Dunmore, now 79, read …")
  const now = years ? undefined : tab.presentPhrases.find((phrase) => phraseEndsBefore(t, s, [phrase]) && isP(tokAt(t, s - 1 - phrase.length), ","));
  const o = s - (now?.length ?? 0); // the token after the comma or bracket
  const q = now ? tokAt(t, o - 1) : p;
  const setOff = q && q.type === "p" && ((q.raw === "," && (nx?.raw === "," || sentenceEnd)) || (!years && !now && q.raw === "(" && nx?.raw === ")"));
  const nameEnd = q?.raw === "," ? pastParty(t, o - 2) : o - 2; // the name's last word
  // (or a first name after a kinship word: "sammen med sin søster Mette, 44.")
  const kin = (k: number) => k >= 0 && t[k].type === "w" && !t[k].upper && tab.ageKin.has(t[k].low);
  // (a surname of two joined by a hyphen is one word of it: "Rosalind Achebe-Frost, 44, took …")
  const surnameStart = joinedNameStart(t, nameEnd);
  if (setOff && name(nameEnd) && (name(surnameStart - 1) || kin(surnameStart - 1))) {
    if (sentenceEnd) return !inList(t, surnameStart - 2, tab.listJoiners);
    const next = t[e + 1];
    if (!next || next.type !== "w" || next.upper) return false;
    // (an article before a description of the person: "Elena Marchetti, 52, a materials chemist")
    if (tab.ageAppositives.has(next.low)) return t[e + 2]?.type === "w" && !t[e + 2].upper;
    // (and another person or the rest of a list of people: "station manager Carol Whitfield, 58,
    // and a part-time fundraising officer"; not a list of numbers: "Denmark, 7, and …")
    // (a list of people may go on to a relative with an age of their own: "Malcolm Ashby, 71, and
    // his wife Pauline, 68, announced …")
    // (or another person of two names with an adult's age of their own: "Priya Sandhu, 34, and Tom
    // Ellery, 41, who …"; not "Pladserne gik til Jonas Riis, 4, og Mette Hansen, 9", places each)
    if (tab.andWords.has(next.low)) return !inList(t, surnameStart - 2, tab.listJoiners) && (!numberSetOffAhead(t, e + 2) || kinAhead(t, e + 2, tab.ageKin) || (adultAge(t[s].raw) && personAhead(t, e + 2)));
    // (any other lower-case word goes on the sentence: "formand Birgitte Kjær, 59, da pengene blev
    // fordelt", "Jonas Riis, 24, who …")
    return true;
  }
  return false;
}

/**
 * Whether the clause that ends at token k opens (within its first three words) with an age word:
 * past a possessive ("The association's oldest member is 94") and a relative clause set off by
 * commas ("Den ældste klatrer, der har gennemført kurset, var 78 år").
 */
function opensWithAge(t: readonly Tok[], k: number, nouns: ReadonlySet<string>, relatives: ReadonlySet<string>, appositives: ReadonlySet<string>): boolean {
  const isWord = (i: number) => t[i].type === "w" || (/^['’]$/.test(t[i].raw) && t[i + 1]?.type === "w" && t[i + 1].low === "s");
  // (a relative clause set off by commas ends right before the copula; so does an aside that
  // says who: "the oldest, a retired headmistress, is 97")
  const end = isP(t[k], ",") ? k - 1 : k;
  let start = end;
  while (start > 0 && isWord(start - 1)) start--;
  const aside = relatives.has(t[start]?.low) || (end < k && appositives.has(t[start]?.low));
  if (aside && start > 1 && isP(t[start - 1], ",")) {
    start -= 2;
    while (start > 0 && isWord(start - 1)) start--;
  }
  if (start > 0 && !isP(t[start - 1], ",") && !isP(t[start - 1], ";")) return false;
  for (let i = start, words = 0; i <= end && words < 3; i++) {
    if (t[i].type !== "w") continue;
    if (nouns.has(t[i].low)) return true;
    if (t[i].low !== "s") words++;
  }
  return false;
}

/** Whether an age word and one of `of` ("the average age of Brantwick councillors") end at token k, within a few words. */
function ageOfBefore(t: readonly Tok[], k: number, nouns: ReadonlySet<string>, of: ReadonlySet<string>): boolean {
  for (let i = k - 1, words = 0; i > 0 && words < AGE_OF_WORDS && t[i].type === "w"; i--, words++) {
    if (of.has(t[i].low) && nouns.has(t[i - 1].low)) return true;
  }
  return false;
}
/** How many words whose age it is may have, between "the average age of" and the copula. */
const AGE_OF_WORDS = 5;

/** Whether the clause of token s (from the last comma or semicolon before it) has an age word among its first three words. */
function clauseOpensWithAge(c: Ctx, s: number, nouns: ReadonlySet<string>): boolean {
  const t = c.toks;
  // (where the clause starts, found once per text: a walk back for each number would make a long
  // clause of many numbers quadratic, "between 1 and between 1 and …")
  let starts = c.clauseStarts;
  if (!starts) {
    starts = new Int32Array(t.length + 1);
    for (let i = 0, at = 0; i <= t.length; i++) {
      starts[i] = at;
      if (i < t.length && isP(t[i], ",;")) at = i + 1;
    }
    c.clauseStarts = starts;
  }
  for (let i = starts[s], words = 0; i < s && words < 3; i++) {
    if (t[i].type !== "w") continue;
    if (nouns.has(t[i].low)) return true;
    words++;
  }
  return false;
}

/** Whether one of the phrases (as words) ends right before token s: "aged", "i alderen". */
function phraseEndsBefore(t: readonly Tok[], s: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((phrase) => {
    let k = s - 1;
    for (let w = phrase.length - 1; w >= 0; w--, k--) if (k < 0 || t[k].type !== "w" || t[k].low !== phrase[w]) return false;
    return true;
  });
}

/** The first of the capitalised words a hyphen joins into the one ending at token k ("Achebe-Frost"), or k. */
function joinedNameStart(t: readonly Tok[], k: number): number {
  while (k >= 2 && isP(t[k - 1], "-") && touches(t[k - 1]) && touches(t[k]) && t[k - 2].type === "w" && t[k - 2].upper) k -= 2;
  return k;
}

/** Token k, or the one before a party's letter in brackets there ("Henrik Lauritsen (K)"). */
function pastParty(t: readonly Tok[], k: number): number {
  const letter = tokAt(t, k - 1);
  return isP(tokAt(t, k), ")") && letter?.type === "w" && letter.upper && letter.raw.length <= 3 && isP(tokAt(t, k - 2), "(") ? k - 3 : k;
}

/**
 * The comma that opens an aside ending at token k (its last word), or -1: the aside is a few words,
 * the first of them lower-case, and no other punctuation ("…, a former headteacher, …").
 */
function asideOpening(t: readonly Tok[], k: number): number {
  for (let j = k, words = 0; j > 0 && words < 8; j--) {
    const tok = t[j];
    if (tok.type === "p") return tok.raw === "," && words > 0 && t[j + 1].type === "w" && !t[j + 1].upper ? j : -1;
    words++;
  }
  return -1;
}

/**
 * The sentence opens with two to four capitalised words and a comma: "Farmer Manuel Ortega, …"
 * (a hyphenated first name is one: "Anne-Mette Skov, …").
 */
function openingName(t: readonly Tok[], name: (k: number) => boolean): boolean {
  let k = 0;
  let words = 0;
  while (k < t.length && words < 4) {
    if (name(k)) {
      k++;
      words++;
    } else if (words > 0 && isP(t[k], "-") && touches(t[k]) && t[k + 1] && touches(t[k + 1]) && name(k + 1)) k++;
    else break;
  }
  return words >= 2 && isP(t[k], ",");
}

/** Whether a number set off by a comma follows within a few words of token k ("… and the United Kingdom, 10"). */
function numberSetOffAhead(t: readonly Tok[], k: number): boolean {
  for (let j = k; j < Math.min(t.length, k + 6); j++) {
    if (t[j].type === "n" && isP(tokAt(t, j - 1), ",")) return true;
    if (t[j].type === "p" && t[j].raw !== ",") return false;
  }
  return false;
}

/** Whether a name of two capitalised words, set off with an adult's age, starts at token k ("and Tom Ellery, 41"). */
function personAhead(t: readonly Tok[], k: number): boolean {
  const w = (j: number) => t[j]?.type === "w" && t[j].upper;
  return w(k) && w(k + 1) && isP(tokAt(t, k + 2), ",") && t[k + 3]?.type === "n" && adultAge(t[k + 3].raw);
}

/** The youngest and oldest ages read as an adult's in a list of names and numbers. */
const ADULT_AGES: readonly [number, number] = [18, 99];
/** Digits that are an adult's age (see ADULT_AGES). */
function adultAge(raw: string): boolean {
  if (!/^\d{2}$/.test(raw)) return false;
  const n = Number(raw);
  return n >= ADULT_AGES[0] && n <= ADULT_AGES[1];
}

/** Whether a kinship word comes within the three words from token k ("and his wife Pauline, 68"). */
function kinAhead(t: readonly Tok[], k: number, kin: ReadonlySet<string>): boolean {
  for (let j = k; j < Math.min(t.length, k + 3); j++) if (t[j].type === "w" && !t[j].upper && kin.has(t[j].low)) return true;
  return false;
}

/**
 * A name at token k + 1 continues a list of names and numbers: "…, 10, and the United Kingdom" (k
 * is the token before the name; the words between are "and" and an article, not "in 2020 by").
 */
function inList(t: readonly Tok[], k: number, joiners: ReadonlySet<string>): boolean {
  let j = k;
  for (let words = 0; words < 2 && j >= 0 && t[j].type === "w" && !t[j].upper && joiners.has(t[j].low); words++) j--; // "and the", "og"
  if (j >= 0 && t[j].type === "p" && t[j].raw === ",") j--;
  return j < k && j >= 0 && t[j].type === "n";
}

/** The next smaller unit of a span of time, and how many of it make one: hours are 60 minutes. */
const SPAN_STEPS: Readonly<Record<string, readonly [string, number]>> = { wk: ["d", 7], d: ["h", 24], h: ["min", 60], min: ["s", 60], yr: ["mo", 12] };

/**
 * One span of time written in two units ("2 hours and 29 minutes", "9 minutes 42 seconds", "to
 * år og tre måneder"): the amount in the smaller unit, or null. The smaller must be less than one
 * of the larger ("2 hours and 90 minutes" is two spans).
 */
function compoundSpan(c: Ctx, a: Amount): Amount | null {
  const step = a.kind === "quantity" && a.unit !== undefined && Object.hasOwn(SPAN_STEPS, a.unit) ? SPAN_STEPS[a.unit] : undefined;
  if (!step) return null;
  let k = a.end;
  // (past an abbreviation's dot before "and": "23 min. og 40 sek.")
  const dot = c.toks[k];
  if (dot && isP(dot, ".") && touches(dot) && c.toks[k + 1]?.type === "w" && c.tab.andWords.has(c.toks[k + 1].low)) k++;
  const t = c.toks[k];
  if (t && ((t.type === "w" && c.tab.andWords.has(t.low)) || (t.type === "p" && t.raw === ","))) k++;
  if (!c.toks[k] || (c.tab.startsAt(c.toks[k]) & STARTS_AMOUNT) === 0) return null;
  const b = amountAt(c, k);
  if (!b || isSkip(b) || b.kind !== "quantity" || b.unit !== step[0] || b.value >= step[1]) return null;
  return { ...b, start: a.start, value: a.value * step[1] + b.value, approx: a.approx || b.approx, plain: false, exp: 0 };
}

function amountFigure(a: Amount): FigureValue {
  return figureValue(a.kind, a.approx ? "about" : "exact", a.value, undefined, undefined, a.unit ? a.unit : undefined);
}

/**
 * Words of a change verb before token i in its clause (at most twelve tokens back, no punctuation
 * between: "øge vanddybden i indsejlingen og ved den nye kaj fra 7,5 til 9,5 meter") — but for one
 * comma after a time, which sets off the change's values: "headcount nearly doubled between 2020
 * and 2022, from 5,900 to 11,700".
 */
function changeBefore(c: Ctx, i: number): boolean {
  const verbs = c.tab.changeVerbs;
  let comma = false;
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const t = c.toks[k];
    if (t.type === "p" && t.raw === "," && !comma && k > 0 && c.toks[k - 1].type === "n" && /^\d{4}$/.test(c.toks[k - 1].raw)) {
      comma = true;
      continue;
    }
    if (t.type === "n" && comma) continue;
    // (past a relative clause set off by commas: "steg andelen, der var tilfredse med fortovene,
    // fra 48 til 61 procent")
    if (t.type === "p" && t.raw === "," && k === i - 1) {
      let j = k - 1;
      while (j > 0 && j >= i - 12 && !(c.toks[j].type === "p" && c.toks[j].raw === ",")) j--;
      if (j > 0 && c.toks[j].raw === "," && c.tab.pack.words.relative.has(c.toks[j + 1]?.low ?? "")) {
        k = j;
        continue;
      }
    }
    if (t.type !== "w") return false;
    if (verbs.has(t.low)) return true;
  }
  return false;
}

/** The first value of a change, in the unit (and scale) of the second: "from 20 to 30 percent", "from 2 to 3 million kroner". */
function changeStart(a: Amount, b: Amount): Amount {
  let value = a.value;
  if (a.exp === 0 && b.exp > 0) {
    const scaled = Number((a.value * 10 ** b.exp).toPrecision(15));
    if (scaled >= b.value / 10 && scaled <= b.value * 10) value = scaled;
  }
  return { ...a, value, kind: b.kind, unit: b.unit };
}

/**
 * The value a change from `a` to `b` started from, `a` a bare number read from token `at`: in
 * the unit of `b`; null when `a` has a unit of its own or `b` is a bare number too.
 */
function startOfChange(c: Ctx, a: Amount, b: Amount, at: number): FigureValue | null {
  if (!(a.kind === "count" && !a.unit && b.kind !== "count")) return null;
  const fig = amountFigure(changeStart(a, b));
  // ("The average age rose from 41 to 44 years": ages, as the 44 years is)
  if (fig.unit === "yr" && ageContext(c, at, a.end, true)) fig.unit = "age";
  return fig;
}

/** Two amounts as a range; null when they do not make one. */
function rangeOf(a: Amount, b: Amount, swap: boolean): FigureValue | null {
  if (a.kind !== "count" && b.kind !== "count" && (a.kind !== b.kind || a.unit !== b.unit)) return null;
  // "3.2 per cent to 1.18 million containers": a percentage, then a number of things.
  if (a.kind === "percent" && b.kind === "count") return null;
  const kind = b.kind !== "count" ? b.kind : a.kind;
  const unit = b.kind !== "count" ? b.unit : a.unit;
  let lo = a.value;
  let hi = b.value;
  // "2-3 million", "$2-3 billion": the scale of the second end applies to the first.
  if (a.exp === 0 && b.exp > 0) {
    const scaled = Number((a.value * 10 ** b.exp).toPrecision(15));
    if (scaled < hi) lo = scaled;
  }
  if (lo > hi) {
    if (!swap) return null;
    [lo, hi] = [hi, lo];
  }
  if (lo === hi) return null;
  return figureValue(kind, "range", null, lo, hi, unit ? unit : undefined);
}

interface NumOpts {
  qual?: Qualifier;
  /** The qualifier's first token: an age's cues come before it ("Dean Okafor, who is nearly 40,"). */
  from?: number;
  /** A date word came before ("since", "the end of"): a year-like integer is a year. */
  yearForce?: boolean;
}
const NO_OPTS: NumOpts = {};
const YEAR_FORCE: NumOpts = { yearForce: true };

function vagueAt(c: Ctx, i: number): Hit | null {
  for (const m of c.tab.vague.matches(c.toks, i)) {
    if (m.data.next && (!c.toks[m.end] || c.toks[m.end].low !== m.data.next)) continue;
    const { label, low, high } = m.data;
    return { fig: figureValue("vague", "vague", label, low, high), start: i, end: m.end };
  }
  return null;
}

/** A share of a whole in words ("most of", "half of", "de fleste", "two out of three"): a percentage. */
function shareAt(c: Ctx, i: number): Hit | null {
  // ("in the first half of 2024": a part of a span of time)
  const before = tokAt(c.toks, i - 1);
  if (before && before.type === "w" && c.tab.periodParts.has(before.low)) return null;
  const m = c.tab.shares.longest(c.toks, i);
  if (!m) return fractionShareAt(c, i) ?? shareAloneAt(c, i);
  // ("most of a day", "for most of the year": a span of time, not a share of a group; a unit of
  // time of the pack's timeUnits, so not yet a Danish definite "året")
  const k = tokAt(c.toks, m.end)?.type === "w" && (c.tab.articles.has(c.toks[m.end].low) || c.tab.determiners.has(c.toks[m.end].low)) ? m.end + 1 : m.end;
  if (c.toks[k] && c.tab.timeUnits.longest(c.toks, k)) return null;
  const { qualifier, value } = m.data;
  return { fig: figureValue("percent", qualifier, value, undefined, undefined, "%"), start: i, end: m.end };
}

/** A fraction noun alone right before an auxiliary, after no article: "about half had travelled from outside the county". */
function shareAloneAt(c: Ctx, i: number): Hit | null {
  const t = c.toks[i];
  const next = c.toks[i + 1];
  const before = tokAt(c.toks, i - 1);
  if (t.type !== "w" || !c.tab.aloneBeforeVerb.has(t.low) || next?.type !== "w" || !c.tab.auxiliaries.has(next.low)) return null;
  if (before && before.type === "w" && (c.tab.articles.has(before.low) || c.tab.determiners.has(before.low))) return null;
  const den = c.tab.shareNouns.get(t.low);
  return den === undefined ? null : percentOf(1, den, i, i + 1);
}

const percentOf = (num: number, den: number, start: number, end: number): Hit => ({
  fig: figureValue("percent", "exact", (100 * num) / den, undefined, undefined, "%"),
  start,
  end,
});

/** A whole number written as one token: a number word ("three", "tre") or plain digits ("3"). */
function wholeAt(c: Ctx, k: number, articles: boolean): { value: number; word: boolean } | null {
  const t = c.toks[k];
  if (!t) return null;
  if (t.type === "n") {
    const p = tokAt(c.toks, k - 1);
    const n = c.toks[k + 1];
    if (t.raw.length > 7 || (p && touches(t) && p.type !== "p") || (n && touches(n) && !isP(n, ",.);:"))) return null;
    if (n && isP(n, ",.") && touches(n) && c.toks[k + 2]?.type === "n" && touches(c.toks[k + 2])) return null; // "2.5", "1,000"
    return { value: Number(t.raw), word: false };
  }
  if (t.type !== "w") return null;
  if (articles && c.tab.articles.has(t.low)) return { value: 1, word: true };
  const v = c.tab.smallNumber(t);
  return v === null ? null : { value: v, word: true };
}

/**
 * Fractions of a whole by the pack's grammar: "three quarters (of)", "tre fjerdedele", "two out of
 * three", "one in four", "to ud af tre", "every fourth", "hver fjerde".
 */
function fractionShareAt(c: Ctx, i: number): Hit | null {
  const toks = c.toks;
  const t = toks[i];
  const n = toks[i + 1];
  // "four-fifths", "two-thirds (of)": a numerator word a hyphen joins to its noun
  const joined = t?.type === "w" && n && isP(n, "-") && touches(n) && toks[i + 2]?.type === "w" && touches(toks[i + 2]) ? c.tab.shareNouns.get(toks[i + 2].low) : undefined;
  if (joined !== undefined) {
    const v = c.tab.smallNumber(t);
    if (v === null || v < 1 || v >= joined) return null;
    const of = toks[i + 3] && c.tab.ownPartitive.has(toks[i + 3].low);
    return percentOf(v, joined, i, of ? i + 4 : i + 3);
  }
  // every form has a word second: "fourth", "quarters", "out", "in"
  if (!t || !n || n.type !== "w") return null;
  // (or a noun of a numerator 1 before a joiner of two words: "one animal in every five"; or of
  // one word, before a whole written as a word that ends the clause or comes before its copula:
  // "roughly one item in seven is judged …", not "one goal in five games")
  let noun = 0;
  let wordWhole = false;
  if ((c.tab.word(n).bits & SHARE_NEXT) === 0 && !(t.type === "w" && c.tab.every.has(t.low))) {
    const joiner = !n.upper && n.gap !== 0 ? c.tab.outOf.longest(toks, i + 2) : null;
    if (!joiner) return null;
    if (joiner.end - (i + 2) < 2) wordWhole = true;
    noun = 1;
  }
  // "every fourth", "hver fjerde"
  if (t.type === "w" && c.tab.every.has(t.low)) {
    const o = toks[i + 1];
    const nth = o && o.type === "w" ? c.tab.shareOrdinals.get(o.low) : undefined;
    if (nth !== undefined) return percentOf(1, nth, i, i + 2);
    return null;
  }
  const num = wholeAt(c, i, true);
  if (!num || num.value < 1 || (noun && num.value !== 1)) return null;
  const article = t.type === "w" && c.tab.articles.has(t.low) && c.tab.smallNumber(t) === null;
  // "three quarters (of)", "en tredjedel (af)"
  const den = n.gap !== 0 && !noun ? c.tab.shareNouns.get(n.low) : undefined;
  if (den !== undefined) {
    if (num.value >= den) return null;
    const of = toks[i + 2] && c.tab.ownPartitive.has(toks[i + 2].low);
    // "a third attack" is an ordinal, "an hour and a half" no share: an article or a noun that is an
    // ordinal too needs its "of" ("a third of", "one third of")
    // (or is a change's size, a third or less: "rose by a fifth", "steget med omkring en femtedel")
    const by = (k: number) => k >= 0 && toks[k].type === "w" && c.tab.changeBy.has(toks[k].low);
    if ((article || (num.value === 1 && c.tab.shareOrdinals.has(n.low))) && !of && !(den >= 3 && (by(i - 1) || by(i - 2)))) return null;
    return percentOf(num.value, den, i, of ? i + 3 : i + 2);
  }
  // "two out of three", "one in four" ("et ud af fem": a numerator 1 written as the article)
  const o = c.tab.outOf.longest(toks, i + 1 + noun);
  if (!o || num.value > 9 || (article && (o.data || noun))) return null;
  const whole = wholeAt(c, o.end, false);
  if (!whole || whole.value <= num.value || (!whole.word && whole.value >= 1800 && whole.value <= 2100)) return null;
  const after = toks[o.end + 1];
  if (wordWhole && (!whole.word || (after !== undefined && after.type === "w" && !c.tab.ageCopulas.has(after.low)))) return null;
  if (o.data && !(num.word && whole.word) && num.value !== 1) return null;
  return percentOf(num.value, whole.value, i, o.end + 1);
}

function postQualifier(c: Ctx, k: number): { q: Qualifier; end: number } | null {
  const m = c.tab.postQualifiers.longest(c.toks, k);
  if (!m) return null;
  if (c.toks[k].type === "p" && !touches(c.toks[k])) return null;
  if (isP(c.toks[k], "+") && c.toks[m.end] && c.toks[m.end].type === "n") return null; // "200+300"
  return { q: m.data, end: m.end };
}

/**
 * A year that runs over into the next, as financial years and seasons are written: "2022/23",
 * "2023-24", "2019/2020" — a range of the two years. (Not "2022/23/24", nor "2021-23", a span.)
 */
function splitYearAt(c: Ctx, i: number): Hit | null {
  const { toks } = c;
  const a = toks[i];
  const sep = toks[i + 1];
  const b = toks[i + 2];
  if (!sep || !b || sep.type !== "p" || !(sep.raw === "/" || DASHES.has(sep.raw)) || sep.gap !== 0 || b.type !== "n" || b.gap !== 0) return null;
  if (a.raw.length !== 4 || (b.raw.length !== 2 && b.raw.length !== 4)) return null;
  const first = Number(a.raw);
  // (an older one only after a season's word, "i vinteren 1708-09", "the winter of 1708-09": a
  // number so written is rarely anything else there)
  if (first < (seasonBefore(c, i) !== undefined ? 1000 : 1800) || first > 2100) return null;
  const next = first + 1;
  if (Number(b.raw) !== (b.raw.length === 2 ? next % 100 : next)) return null;
  const after = toks[i + 3];
  if (after && after.gap === 0 && (after.type === "n" || after.type === "w" || (after.type === "p" && (after.raw === "/" || DASHES.has(after.raw))))) return null;
  return { fig: figureValue("year", "range", null, first, next), start: i, end: i + 3 };
}

function yearRange(a: Amount, b: Amount): FigureValue {
  return figureValue("year", "range", null, a.value, b.value);
}

/**
 * A number, range or vague quantity starting at token i. `starts`: the token's STARTS_ bits, so
 * that only the readers that can start at it are tried.
 */
function numericAt(c: Ctx, i: number, opts: NumOpts, starts?: number): Hit | null {
  const { toks } = c;
  const ranges = c.tab.pack.ranges;
  const t = toks[i];
  if (!t) return null;
  starts ??= c.tab.startsAt(t);
  const v = ((starts & STARTS_VAGUE) !== 0 ? vagueAt(c, i) : null) ?? ((starts & STARTS_SHARE) !== 0 ? shareAt(c, i) : null);
  if (v) {
    // ("a quarter of a million pounds", "three quarters of an hour": a fraction of an amount, read on as one)
    const a = v.fig?.kind === "percent" && (starts & STARTS_AMOUNT) !== 0 ? amountAt(c, i) : null;
    if (!a || isSkip(a) || a.end <= v.end) return v;
  }
  const counting = opts.qual !== undefined && COUNT_QUALIFIERS.has(opts.qual);
  if (t.type === "n" && !counting) {
    const split = splitYearAt(c, i);
    if (split) return split;
  }

  const closer = t.type === "w" && (starts & STARTS_RANGE) !== 0 ? c.tab.openers.get(t.low) : undefined;
  if (closer !== undefined) {
    const a = amountAt(c, i + 1);
    if (!a || isSkip(a)) return null;
    const conj = toks[a.end];
    // ("from 1989 until 2016": a span of years only)
    const until = !!conj && closer === ranges.joiner && conj.low !== closer && ranges.untilYear.includes(conj.low);
    if (!conj || (conj.low !== closer && !until)) return null;
    const b = amountAt(c, a.end + 1);
    if (!b || isSkip(b)) return null;
    if (until && !(yearLike(a) && yearLike(b) && !counting && a.value < b.value)) return null;
    if (yearRangeContext(c, a, b, i, b.end, opts) || (yearLike(a) && yearLike(b) && !counting && a.value < b.value && yearContext(c, i + 1, b.end)))
      return { fig: yearRange(a, b), start: i, end: b.end };
    // "between 400 and 300" is a range all the same; "from 9,870 to 9,215" is a fall, not a range,
    // and so is "fra 78.300 kr. til 81.150 kr.": a range writes its unit once.
    const fromTo = closer === ranges.joiner;
    if (fromTo && a.kind !== "count" && b.kind !== "count") return null;
    // "has risen from nine to fourteen", "steg antallet af tilskadekomne fra 58 til 64": a change,
    // whose first value has the unit of the second ("rose from 20 to 30 percent").
    if (fromTo && changeBefore(c, i)) {
      const fig = startOfChange(c, a, b, i + 1);
      return fig ? { fig, start: i + 1, end: a.end } : null;
    }
    const r = rangeOf(a, b, !fromTo);
    // (a range of ages after a strong age word: "aged between 24 and 31", "i alderen fra 0 til 5 år";
    // or of years after a group of people and its copula: "Frivillige skal være mellem 18 og 80 år")
    if (r && (r.unit === "yr" || (r.kind === "count" && isAgeLike(a) && isAgeLike(b))) && ageContext(c, i, b.end, r.unit === "yr") && (phraseEndsBefore(c.toks, i, c.tab.ageStrong) || (r.unit === "yr" && groupAge(c, i, b.end)))) {
      r.kind = "quantity";
      r.unit = "age";
    }
    return r ? { fig: r, start: i, end: b.end } : null;
  }

  const first = (starts & STARTS_AMOUNT) !== 0 ? amountAt(c, i) : null;
  if (!first) return null;
  if (isSkip(first)) return { fig: null, start: i, end: first.skip };
  const a = compoundSpan(c, first) ?? first;
  const d = toks[a.end];
  const before = i > 0 ? toks[i - 1] : undefined;
  const change =
    d?.low === ranges.joiner && before !== undefined && (ranges.changes.includes(before.low) || (opensFromTo(c.tab, before) && changeBefore(c, i - 1)));
  // "fell from about 60 to 35 per cent", "faldet fra omkring 60 til 35 procent": a hedged value a
  // change started from has the unit of the value it ended at, as an unhedged one has
  if (d?.low === ranges.joiner && opts.qual !== undefined && i >= 2 && opensFromTo(c.tab, toks[i - 2]) && changeBefore(c, i - 2)) {
    const b = toks[a.end + 1] ? amountAt(c, a.end + 1) : null;
    const fig = b && !isSkip(b) ? startOfChange(c, a, b, i) : null;
    if (fig) return { fig, start: i, end: a.end };
  }
  if (d && !change && ((d.type === "p" && DASHES.has(d.raw)) || d.low === ranges.joiner)) {
    const dash = d.type === "p";
    // "18- to 64-year-olds", "18- til 64-årige": a hyphen that leaves its word to the range's other end
    const suspended = dash && d.gap === 0 && toks[a.end + 1]?.low === ranges.joiner && toks[a.end + 1].gap !== 0;
    const next = toks[suspended ? a.end + 2 : a.end + 1];
    const b = next ? amountAt(c, suspended ? a.end + 2 : a.end + 1) : null;
    // ("from £6.8 million in 2019 to £5.9 million": a year, then where the change ends — no range)
    if (b && !isSkip(b)) {
      if (yearRangeContext(c, a, b, i, b.end, opts)) return { fig: yearRange(a, b), start: i, end: b.end };
    }
    const yearThenAmount = !dash && b && !isSkip(b) && !counting && yearLike(a) && !yearLike(b) && (opts.yearForce || yearContext(c, i, a.end));
    if (b && !isSkip(b) && !yearThenAmount) {
      // ("78.300 kr. til 81.150 kr.": each with its unit, two values — a range writes its unit once;
      // but a currency's sign stands before each end of a range: "£8,000 to £12,000"; not after
      // "from", a change as often: "raise the hourly charge … from £2.40 to £2.90")
      const r = !dash && a.kind !== "count" && b.kind !== "count" && !symbolEach(c, i, a, b) ? null : rangeOf(a, b, false);
      // (a range of years after a strong age word is a range of ages: "børn i alderen 0-5 år"; so
      // is one of bare numbers right after it: "members aged 9 to 21", as "aged between 9 and 21")
      if (r && r.unit === "yr" && ageContext(c, i, b.end, true)) r.unit = "age";
      else if (r && r.kind === "count" && isAgeLike(a) && isAgeLike(b) && ageContext(c, i, b.end, false) && phraseEndsBefore(c.toks, i, c.tab.ageStrong)) {
        r.kind = "quantity";
        r.unit = "age";
      }
      if (r) return { fig: r, start: i, end: b.end };
      // "2-1": a score, not two figures; but after a verb of voting it is two counts of votes, as
      // "by seven votes to two" is ("backed the scheme 7-2", "stemte 6-1 for bevillingen")
      if (dash && touches(d) && touches(next)) {
        if (a.kind === "count" && b.kind === "count" && verbBefore(c.toks, i, c.tab.voteVerbs, VOTE_REACH)) return { fig: amountFigure(a), start: i, end: a.end };
        return { fig: null, start: i, end: b.end };
      }
    }
  }
  const post = postQualifier(c, a.end);
  if (!post && !counting && ((yearLike(a) && (opts.yearForce || yearContext(c, i, a.end))) || (oldYearLike(a) && oldYearContext(c, i, a.end)) || hedgedYear(c, a, opts))) {
    return { fig: yearFigure(a.value), start: i, end: a.end };
  }
  if (!post && isAgeLike(a) && ageContext(c, opts.from ?? i, a.end, a.kind === "quantity")) {
    return { fig: figureValue("quantity", "exact", a.value, undefined, undefined, "age"), start: i, end: a.end };
  }
  const fig = amountFigure(a);
  // (a thing's age before its history is how long it has been: "i gårdens 112-årige historie")
  if (fig.unit === "age" && toks[a.end]?.type === "w" && c.tab.ageSpans.has(toks[a.end].low)) fig.unit = "yr";
  if (post) {
    fig.qualifier = post.q;
    return { fig, start: i, end: post.end };
  }
  return { fig, start: i, end: a.end };
}

/** Two amounts of money in one currency, each after its sign ("£8,000 to £12,000"), the first at token i. */
function symbolEach(c: Ctx, i: number, a: Amount, b: Amount): boolean {
  if (i > 0 && opensFromTo(c.tab, c.toks[i - 1])) return false;
  return a.kind === "money" && b.kind === "money" && a.unit === b.unit && c.toks[i]?.type === "p" && c.toks[a.end + 1]?.type === "p";
}

/** The word that opens a "from … to" range or change ("from", "fra"). */
function opensFromTo(tab: Ctx["tab"], t: Tok): boolean {
  return tab.openers.get(t.low) === tab.pack.ranges.joiner;
}

/** A date (with a leading "the end of", "early", "udgangen af") or, after such a phrase, a year. */
function dateAt(c: Ctx, i: number, strong: boolean): Hit | null {
  const mod = c.tab.dateModifiers.longest(c.toks, i);
  const j = mod ? mod.end : i;
  const core = dateCoreAt(c, j, strong || !!mod);
  if (core) return core.fig ? { fig: core.fig, start: i, end: core.end } : core;
  if (mod) {
    const n = numericAt(c, j, YEAR_FORCE);
    if (n && n.fig && n.fig.kind === "year") return { fig: n.fig, start: i, end: n.end };
  }
  return null;
}

function qualify(fig: FigureValue, q: Qualifier): FigureValue {
  if (fig.qualifier === "range") return fig;
  return figureValue(fig.kind, q, fig.value, fig.low, fig.high, fig.unit, fig.date);
}

/** "[1]", "[^2]": a citation or footnote marker, not a figure. */
function isReferenceMarker(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (t.type !== "n") return false;
  const before = tokAt(c.toks, i - 1);
  const after = c.toks[i + 1];
  if (!after || after.raw !== "]" || !before) return false;
  return before.raw === "[" || (before.raw === "^" && tokAt(c.toks, i - 2)?.raw === "[");
}

/** An after said with a word of when a state began ("since 2019"): marked so (see FigureValue.since). */
function sinceOf(c: Ctx, i: number, j: number, fig: FigureValue): FigureValue {
  return fig.qualifier === "after" && c.tab.startQualifiers.has(phraseAt(c.toks, i, j)) ? { ...fig, since: true } : fig;
}

/** The words of tokens [i, j) lower-cased, one space between. */
function phraseAt(toks: readonly Tok[], i: number, j: number): string {
  let s = "";
  for (let k = i; k < j; k++) s += (s ? " " : "") + toks[k].low;
  return s;
}

/**
 * Whether one of these verbs stands among the `reach` words right before token i, no number or
 * punctuation between: the verb whose particle a qualifier is ("Kommunen råder i dag over 367
 * hjertestartere", reach 3), or the verb of voting a score counts the votes of ("backed the
 * scheme 7-2", VOTE_REACH).
 */
function verbBefore(toks: readonly Tok[], i: number, verbs: ReadonlySet<string>, reach: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const t = toks[k];
    if (t.type !== "w") return false;
    if (verbs.has(t.low)) return true;
  }
  return false;
}
/** How many words may stand between a verb of voting and its score: its clause's. */
const VOTE_REACH = 12;

/** A figure starting at token i, by the readers that may start there (`starts`: STARTS_ bits). */
function matchAt(c: Ctx, i: number, starts: number): Hit | null {
  if (isReferenceMarker(c, i)) return null;
  // (a time of day first: "kl. 10 til 18" is no count of 18, "6pm" no count of 6)
  if ((starts & (STARTS_DATE | STARTS_RANGE | STARTS_CLOCK)) !== 0) {
    const clock = clockAt(c, i);
    if (clock) return clock;
  }
  if ((starts & STARTS_QUALIFIER) !== 0) {
    for (const q of c.tab.qualifiers.matches(c.toks, i)) {
      const j = q.end;
      if (!c.toks[j]) continue;
      // ("until 6pm", "inden kl. 22": the time, whatever bound the word gives; a hedge hedges it:
      // "around 2pm", "omkring klokken 17")
      const clock = clockAt(c, j);
      if (clock) return isHedge(q.data.q) && clock.fig ? { fig: qualify(clock.fig, q.data.q), start: i, end: clock.end } : clock;
      // ("went up to £25.40": no bound, the value it rose to)
      const notAfter = c.tab.qualifierNotAfter.get(phraseAt(c.toks, i, j));
      if (notAfter && verbBefore(c.toks, i, notAfter, 3)) continue;
      const { scope } = q.data;
      if (scope !== "num") {
        // the word after the qualifier must start a date ("before May", "since 2001")
        const d = (c.tab.startsAt(c.toks[j]) & STARTS_DATE) !== 0 ? dateAt(c, j, scope === "date") : null;
        if (d && d.fig) return { fig: sinceOf(c, i, j, qualify(d.fig, q.data.q)), start: i, end: d.end };
      }
      if (scope === "date") {
        const n = numericAt(c, j, YEAR_FORCE);
        if (n && n.fig && n.fig.kind === "year") return { fig: sinceOf(c, i, j, qualify(n.fig, q.data.q)), start: i, end: n.end };
        continue;
      }
      // ("under the age of 18": a bound on an age said with the age noun before it)
      const aged = ageNounOfAt(c, j);
      if (aged > 0) {
        const age = numericAt(c, aged, NO_OPTS);
        if (age?.fig && (age.fig.unit === "age" || isAgeLikeValue(age.fig)) && typeof age.fig.value === "number") return { fig: qualify(figureValue("quantity", "exact", age.fig.value, undefined, undefined, "age"), q.data.q), start: i, end: age.end };
      }
      // ("der højst måtte være 40 personer": a bound before the verbs of its number)
      let at = j;
      if ((q.data.q === "at_most" || q.data.q === "at_least") && c.toks[j].type === "w" && c.tab.boundVerbs.has(c.toks[j].low)) {
        at = j + 1;
        if (c.toks[at]?.type === "w" && c.tab.boundVerbs.has(c.toks[at].low)) at++;
        if (c.toks[at]?.type !== "n") at = j;
      }
      const n = numericAt(c, at, { qual: q.data.q, from: i }) ?? (isHedge(q.data.q) ? oneUnitAt(c, j) : isBound(q.data.q) && spanLasting(c, i) ? oneUnitAt(c, j, true) : null);
      // (not one of a part: "1.086 elever mindst én af lektiecaféerne")
      if (n?.fig && isAgeLikeValue(n.fig) && c.tab.ageGroups.has(tokAt(c.toks, i - 1)?.low ?? "") && !c.tab.partitive.has(tokAt(c.toks, n.end)?.low ?? "")) {
        // "children under twelve", "børn under 12 år", "pensionister over 65 år": the group's age, not a number of them
        return { fig: qualify(figureValue("quantity", "exact", n.fig.value, undefined, undefined, "age"), q.data.q), start: i, end: n.end };
      }
      // "seen by 164,000 people over 112 days": a span it happened in ("for over 40 years" is more)
      if (n?.fig && j === i + 1 && n.fig.kind === "quantity" && c.tab.spanOver.has(c.toks[i].low) && isTimeSpan(c, n.fig.unit)) {
        const p = tokAt(c.toks, i - 1);
        if (!p || !c.tab.spanOverUnless.has(p.low)) return { fig: n.fig, start: j, end: n.end };
      }
      // ("up to 12 years": a maximum that says how high the figure reaches, see FigureValue.reach)
      const reach = q.data.q === "at_most" && c.tab.reachQualifiers.has(phraseAt(c.toks, i, j));
      // (a bound read past verbs starts at its number: the verbs stay its clause's)
      if (n) return n.fig ? { fig: reach ? { ...qualify(n.fig, q.data.q), reach } : qualify(n.fig, q.data.q), start: at > j ? at : i, end: n.end } : n;
    }
  }
  const d = (starts & STARTS_DATE) !== 0 ? dateAt(c, i, false) : null;
  if (d) return d;
  // ("from 19 to 21 June": a span of days, whose first is a date of its own; no range of counts)
  if ((starts & STARTS_RANGE) !== 0 && c.tab.openers.has(c.toks[i].low) && c.toks[i + 1]?.type === "n" && dateAt(c, i + 1, false)?.fig?.kind === "date") return null;
  const rank = (starts & (STARTS_RANK | STARTS_AMOUNT)) !== 0 ? ordinalAt(c, i) : null;
  return rank ?? ((starts & STARTS_NUMBER) !== 0 ? numericAt(c, i, NO_OPTS, starts) : null);
}

/** After "the age of", "alderen af" at token j (an optional determiner, an age noun, its "of"): the token after it, else -1. */
function ageNounOfAt(c: Ctx, j: number): number {
  let k = j;
  if (c.toks[k]?.type === "w" && c.tab.determiners.has(c.toks[k].low)) k++;
  const noun = c.toks[k];
  const of = c.toks[k + 1];
  return noun?.type === "w" && of?.type === "w" && c.tab.ageNouns.has(noun.low) && c.tab.ageOfWords.has(of.low) && c.toks[k + 2] ? k + 2 : -1;
}

/**
 * One of a unit or span after a hedge, written with the article: "about a mile", "nearly an
 * hour", "godt en kilometer", "knap en time" (without one, "a kilometre long" is seldom a figure
 * a claim states); after a bound, one of a span of time only (`spanOnly`): "for more than a
 * day", "i mere end et døgn".
 */
function oneUnitAt(c: Ctx, j: number, spanOnly = false): Hit | null {
  const t = c.toks[j];
  if (!t || t.type !== "w" || !c.tab.articles.has(t.low) || !c.toks[j + 1] || c.toks[j + 1].type !== "w") return null;
  const span = durationAt(c, j + 1);
  if (spanOnly && (!span || span.unit === "age")) return null;
  const u = span ? null : unitAt(c, j + 1);
  if (!span && !(u && u.data.kind === "quantity")) return null;
  let end = span ? span.end : u!.end;
  let value = span?.times ?? 1;
  // ("about a year and a half", "omkring en time og et kvarter")
  const plus = c.tab.addedFractions.longest(c.toks, end);
  if (plus && c.toks[end].low === c.tab.pack.numbers.and) {
    value += plus.data;
    end = plus.end;
  }
  return { fig: figureValue("quantity", "exact", value, undefined, undefined, span ? span.unit : u!.data.unit), start: j, end };
}

const ordinal = (value: number): FigureValue => figureValue("ordinal", "exact", value);

/**
 * Whether a bound at token i comes after "for" or a verb of lasting, waiting or spending time (the
 * packs' spanOver.unlessAfter), where a span says how long: "vacant for more than a year", "indlagt
 * i mere end et døgn"; not "Waits of over a year" (a group), "9 percent more than a year ago".
 */
function spanLasting(c: Ctx, i: number): boolean {
  const p = tokAt(c.toks, i - 1);
  return p?.type === "w" && c.tab.spanOverUnless.has(p.low);
}

/** toks[k] is a word after which "nummer" is a place in a ranking (numbers.rankNouns): "ligger", "som". */
const placesAfter = (c: Ctx, k: number): boolean => {
  const w = tokAt(c.toks, k);
  return w?.type === "w" && c.tab.rankNounAfter.has(w.low);
};

/** The number before toks[k] goes on there: "4.5", "12,000" (a sentence's full stop does not). */
const runsOn = (toks: readonly Tok[], k: number): boolean => {
  const after = toks[k];
  return !!after && touches(after) && (after.type === "n" || (isP(after, ".,") && toks[k + 1]?.type === "n" && touches(toks[k + 1])));
};

/**
 * A rank (read after dates: "3rd May", "11. september" are days): "14th", "1,000th", Danish "14."
 * before a lower-case word that is no month ("for 14. gang"), an ordinal word ("came seventh",
 * "den tredje hundeskov"), a tens word and an ordinal unit ("sixty-first"), and a rank joined to a
 * superlative or place ("third-busiest", "second-largest", "tredjestørste", "fjerdeplads").
 */
/**
 * A century: an ordinal from token `start`, then at token k (after a hyphen, if any) a word of a
 * century ("the 15th century", "a 15th-century well", "det 15. århundrede"): its years, 1400–1499
 * as "1400-tallet" and "the 1400s" read. Only the 11th to the 21st, years of four digits.
 */
function century(c: Ctx, n: number, start: number, k: number): Hit | null {
  let j = k;
  if (isP(c.toks[j], "-‐‑") && touches(c.toks[j])) j++;
  const w = c.toks[j];
  if (!w || w.type !== "w" || n < 11 || n > 21 || !c.tab.pack.calendar.centuryWords.includes(w.low)) return null;
  const low = (n - 1) * 100;
  return { fig: figureValue("year", "range", null, low, low + 99), start, end: j + 1 };
}

function ordinalAt(c: Ctx, i: number): Hit | null {
  const toks = c.toks;
  const tab = c.tab;
  const numbers = tab.pack.numbers;
  const t = toks[i];
  if (t.type === "n") {
    // (an ending, a dot or a separator touches the digits of every rank: most numbers stop here)
    const n1 = toks[i + 1];
    if (!n1 || !touches(n1)) return null;
    // (digits run on from another token are an identifier's: "F-16th", "1.5th")
    const p = tokAt(toks, i - 1);
    if (p && touches(t) && (p.type !== "p" || isP(p, ".,-"))) return null;
    const lit = readLiteral(c, i, hasDigitScale);
    if ("skip" in lit || lit.frac !== "") return null;
    const n = toks[lit.end];
    if (n && touches(n) && n.type === "w" && tab.ordinalSuffixes.has(n.low) && !(toks[lit.end + 1] && touches(toks[lit.end + 1]) && toks[lit.end + 1].type !== "p")) {
      return century(c, Number(lit.int), i, lit.end + 1) ?? { fig: ordinal(Number(lit.int)), start: i, end: lit.end + 1 };
    }
    if (numbers.ordinalDot && !lit.sep && lit.int.length <= 3 && isP(n, ".") && touches(n)) {
      const w = toks[lit.end + 1];
      // ("en 14.-plads": a place, the number joined to the word of a place)
      const place = toks[lit.end + 2];
      if (isP(w, "-‐‑") && touches(w) && place?.type === "w" && touches(place) && numbers.rankEnds.some((e) => place.low.endsWith(e))) {
        return { fig: ordinal(Number(lit.int)), start: i, end: lit.end + 3 };
      }
      // (not the first day of two: "den 3. og 4. december")
      const joins = w && (w.low === numbers.and || w.low === tab.pack.ranges.joiner) && toks[lit.end + 2]?.type === "n";
      // ("hvert 20. minut", "hver 14. dag": every so many of a unit of time, a span)
      const every = p && p.type === "w" && tab.every.has(p.low) ? tab.timeUnits.longest(toks, lit.end + 1) : null;
      if (every && !(toks[every.end] && touches(toks[every.end]) && toks[every.end].type === "w")) {
        return { fig: figureValue("quantity", "exact", Number(lit.int), undefined, undefined, every.data), start: i, end: every.end };
      }
      if (w && w.type === "w" && !w.upper && w.gap !== 0 && tab.monthNumber(w) === null && !joins) return century(c, Number(lit.int), i, lit.end + 1) ?? { fig: ordinal(Number(lit.int)), start: i, end: lit.end + 1 };
    }
    return null;
  }
  if (t.type !== "w") return null;
  const next = toks[i + 1];
  // ("installed in week 44", "begynder i uge 38": a week of the year, a rank in weeks)
  // (not "a week" before a number: "works a week 44 hours"; nor "last week": "stemte i sidste uge
  // 5 mod 2")
  const before = tokAt(toks, i - 1);
  if (tab.weekWords.has(t.low) && next?.type === "n" && /^\d{1,2}$/.test(next.raw) && !touches(next) && !(before?.type === "w" && tab.articles.has(before.low)) && !relativeWeek(c, i)) {
    const n = Number(next.raw);
    // (not one the number goes on from: "uge 4.5", "week 12,000", runsOn)
    const after = toks[i + 2];
    if (n >= 1 && n <= 53 && !runsOn(toks, i + 2)) return { fig: { ...ordinal(n), unit: WEEK }, start: i, end: i + 2 };
  }
  // ("ligger som nummer 14", "blev nummer ni", "er kommunen nummer 71": a place in a ranking;
  // "høfde nummer 9" names one)
  if (tab.rankNouns.has(t.low) && before?.type === "w" && (placesAfter(c, i - 1) || placesAfter(c, i - 2)) && next && !touches(next)) {
    const n = next.type === "n" ? (/^\d{1,4}$/.test(next.raw) ? Number(next.raw) : null) : tab.smallNumber(next);
    if (n !== null && n >= 1 && !runsOn(toks, i + 2)) return { fig: ordinal(n), start: i, end: i + 2 };
  }
  const small = tab.smallNumber(t);
  if (small !== null) {
    // "sixty-first": a tens word, a hyphen and an ordinal unit
    const u = toks[i + 2];
    if (small >= 20 && small % 10 === 0 && isP(next, "-‐‑") && touches(next) && u?.type === "w" && touches(u) && Object.hasOwn(numbers.ordinalUnits, u.low)) {
      return { fig: ordinal(small + numbers.ordinalUnits[u.low]), start: i, end: i + 3 };
    }
    return null;
  }
  // ("third-busiest", "second-largest": joined by a hyphen to a superlative)
  const after = toks[i + 2];
  const joined = isP(next, "-‐‑") && touches(next) && after?.type === "w" && touches(after) && numbers.rankEnds.some((e) => after.low.endsWith(e));
  // ("the second most polluted lake": numbers.rankAdverbs)
  const spaced = !joined && next?.type === "w" && !touches(next) && numbers.rankAdverbs.includes(next.low) && after?.type === "w";
  const rank = tab.rank(t) ?? ((joined || spaced) && Object.hasOwn(numbers.rankPrefixes, t.low) ? numbers.rankPrefixes[t.low] : null) ?? ownedRank(c, i);
  if (rank === null) return null;
  // ("the sixth form", "sixth-form students": a thing's name)
  const named = Object.hasOwn(numbers.ordinalNames, t.low) ? numbers.ordinalNames[t.low] : undefined;
  if (named && (next?.type === "w" ? named.includes(next.low) : isP(next, "-‐‑") && touches(next) && after?.type === "w" && touches(after) && named.includes(after.low))) return null;
  // ("a third attack", "en tredje mulighed": another one, no place in a series; "en fjerdeplads" is one)
  const p = tokAt(toks, i - 1);
  if (!joined && p && p.type === "w" && tab.articles.has(p.low) && Object.hasOwn(numbers.ordinalWords, t.low)) return null;
  // ("Third, the council …": a list's third point; "Mahler's Fifth", "Fifth Avenue": a name)
  const first = i === 0 || isP(toks[i - 1], ".:;!?\n\"“'‘");
  if (t.upper && (first ? isP(next, ",") : true)) return null;
  return { fig: ordinal(rank), start: i, end: joined ? i + 3 : i + 1 };
}

/**
 * An ordinal seldom a rank alone, after an owner and before a noun: "Ewan Carrick's second win",
 * "its second merger", "kommunens anden klub" (numbers.ownedOrdinals); null otherwise.
 */
function ownedRank(c: Ctx, i: number): number | null {
  const { toks, tab } = c;
  const t = toks[i];
  const numbers = tab.pack.numbers;
  if (!Object.hasOwn(numbers.ownedOrdinals, t.low) || t.upper) return null;
  const next = toks[i + 1];
  // (or after a verb of placing, before no noun of its own: "came second", "finished second in
  // the league", "placed the Town Well second out of 41" — a name between them)
  const beforeNoun = !!next && next.type === "w" && !next.upper && !tab.pack.words.stop.has(next.low);
  if (!beforeNoun) {
    let named = false;
    for (let k = 1; k <= 5; k++) {
      const w = tokAt(toks, i - k);
      if (!w || w.type !== "w") break;
      if (placesAfter(c, i - k) && (k === 1 || named)) return numbers.ownedOrdinals[t.low];
      if (w.upper) named = true;
    }
  }
  if (!next || next.type !== "w" || next.upper || tab.pack.words.stop.has(next.low)) return null;
  const p = tokAt(toks, i - 1);
  if (!p || p.type !== "w") return null;
  const owned =
    numbers.ordinalOwners.includes(p.low) ||
    (p.low === "s" && touches(p) && isP(tokAt(toks, i - 2), "'’")) ||
    (numbers.genitiveS && p.low.length >= 4 && p.low.endsWith("s") && !tab.pack.words.stop.has(p.low));
  return owned ? numbers.ownedOrdinals[t.low] : null;
}

/** Texts longer than this are read in chunks of this many characters, so memory stays small. */
const CHUNK = 1 << 16;
/** Tokens left unread at the end of a chunk (longer than any figure) and tokens of look-behind. */
const MARGIN = 64;
const BACK = 8;

/**
 * A cheap test before the scan: a sentence can hold a figure only if it has a number, or a number,
 * month, weekday, vague-quantity or share word. Most sentences of a draft have none.
 */
function mayHoldFigure(toks: readonly Tok[], tab: Tables): boolean {
  for (const t of toks) if (t.type === "n") return true;
  for (const t of toks) if (t.type === "w" && tab.holds(t)) return true;
  return false;
}

function scan(c: Ctx, i: number, stop: number, out: Figure[]): number {
  const { toks, text, tab } = c;
  let last: Hit | null = null;
  while (i < stop) {
    const t = toks[i];
    // The readers that may start at the token, by its class: most words start none, and a word that
    // starts one reader ("the" of "the end of") seldom starts the others.
    const starts = tab.startsAt(t);
    const h = starts === 0 ? null : matchAt(c, i, starts);
    if (!h) {
      i++;
      continue;
    }
    if (h.fig) {
      // ("en belægningsprocent på 81", "Genanvendelsesprocenten var 61,4": a bare number after a
      // noun of a percentage is one)
      if (h.fig.kind === "count" && h.fig.unit === undefined && percentNounBefore(c, h.start)) {
        h.fig.kind = "percent";
        h.fig.unit = "%";
      }
      if (last?.fig && changedFrom(c, last, h)) {
        h.fig.kind = last.fig.kind;
        h.fig.unit = last.fig.unit;
      }
      // ("since Saturday 14 December": the bound is the date's too, the weekday only names it)
      if (h.fig.kind === "date" && h.fig.qualifier === "exact" && last?.fig?.kind === "weekday" && isBeforeOrAfter(last.fig.qualifier) && datesTouch(c, last.end, h.start)) {
        h.fig.qualifier = last.fig.qualifier;
        if (last.fig.since) h.fig.since = true;
      }
      if (h.fig.kind === "year" && h.fig.qualifier !== "range") {
        const season = seasonBefore(c, h.end - 1);
        if (season) h.fig.season = season;
      }
      out.push(figure(h.fig, text, toks[h.start].start, toks[h.end - 1].end));
      last = h;
    }
    i = Math.max(h.end, i + 1);
  }
  return i;
}

/** Whether a noun of a percentage comes before token i, after at most two joining words ("svarprocent på 41"). */
function percentNounBefore(c: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = c.toks[k];
    if (t.type !== "w") return false;
    if (c.tab.percentEndings.some((e) => t.low === e || (t.low.endsWith(e) && t.low.length >= e.length + 3))) return true;
    if (!c.tab.percentJoiners.has(t.low)) return false;
  }
  return false;
}

/**
 * Whether a weekday ending at token a and a date starting at b name one day: nothing between, a
 * comma ("Saturday, 14 December") or the pack's joiner ("lørdag den 14. december").
 */
function datesTouch(c: Ctx, a: number, b: number): boolean {
  if (b - a > 1) return false;
  return b === a || c.toks[a].raw === "," || c.tab.weekdayDateJoiners.has(c.toks[a].low);
}

/**
 * Whether hit h is a bare number that a change set just after hit a started from, and so has its
 * unit: "open 84 hours a week, up from 61 under the Ashbys", "87 procent, op fra 79".
 */
function changedFrom(c: Ctx, a: Hit, h: Hit): boolean {
  const { toks, tab } = c;
  const f = h.fig!;
  const from = a.fig!;
  if (f.kind !== "count" || f.unit !== undefined || typeof f.value !== "number" || from.unit === undefined) return false;
  if (from.kind !== "quantity" && from.kind !== "percent" && from.kind !== "money") return false;
  if (h.start - a.end > 8 || h.start < 2) return false;
  const opener = toks[h.start - 1];
  if (opener.type !== "w" || !opensFromTo(tab, opener)) return false;
  if (!tab.changeVerbs.has(toks[h.start - 2].low)) return false;
  // (nothing but words and commas between: the same clause)
  for (let k = a.end; k < h.start; k++) if (toks[k].type === "p" && toks[k].raw !== ",") return false;
  const next = toks[h.end];
  return !next || next.low !== tab.pack.ranges.joiner;
}

/** The season said right before the year at token i ("spring 2026", "the autumn of 2026", "i efteråret 2026"), if any. */
function seasonBefore(c: Ctx, i: number): Season | undefined {
  let k = i - 1;
  if (k >= 0 && c.toks[k].type === "w" && c.tab.pack.numbers.partitive.includes(c.toks[k].low)) k--;
  const w = k >= 0 ? c.toks[k] : undefined;
  return w && w.type === "w" ? c.tab.seasons.get(w.low) : undefined;
}

function figure(f: FigureValue, text: string, start: number, end: number): Figure {
  // (every field present, in one order: one object shape for every figure, which the later stages' optimised code relies on)
  return { kind: f.kind, qualifier: f.qualifier, value: f.value, text: text.slice(start, end), start, end, low: f.low, high: f.high, unit: f.unit, date: f.date, reach: f.reach, since: f.since, season: f.season };
}

/** Every figure in a sentence, in order and without overlaps. */
/**
 * A sentence's language (unless given) and figures, tokenising it once — what the pipeline needs
 * for every sentence it reads.
 */
export function readSentence(text: string, lang?: Lang): { lang: Lang; figures: Figure[] } {
  if (text.length > 2 * CHUNK) {
    const l = lang ?? detectLanguage(text);
    return { lang: l, figures: parseFigures(text, l) };
  }
  const toks = tokenize(text);
  const l = lang ?? languageOfTokens(toks);
  const figures: Figure[] = [];
  const tab = tablesOf(l);
  if (mayHoldFigure(toks, tab)) scan({ text, toks, lang: l, tab, atStart: true }, 0, toks.length, figures);
  return { lang: l, figures };
}

export function parseFigures(text: string, lang: Lang): Figure[] {
  const out: Figure[] = [];
  const tab = tablesOf(lang);
  if (text.length <= 2 * CHUNK) {
    const toks = tokenize(text);
    if (mayHoldFigure(toks, tab)) scan({ text, toks, lang, tab, atStart: true }, 0, toks.length, out);
    return out;
  }
  let from = 0;
  let readFrom = 0;
  for (;;) {
    let to = from + CHUNK;
    const last = to >= text.length;
    if (last) to = text.length;
    else {
      // cut in whitespace, so that no word or number is split
      const limit = Math.min(text.length, to + 4096);
      while (to < limit && !isSpace(text.charCodeAt(to))) to++;
    }
    const toks = tokenize(text, from, to);
    const c: Ctx = { text, toks, lang, tab, atStart: from === 0 };
    let i = 0;
    while (i < toks.length && toks[i].start < readFrom) i++;
    const stop = last || toks.length < 2 * MARGIN ? toks.length : toks.length - MARGIN;
    const next = scan(c, i, stop, out);
    if (last) break;
    if (next >= toks.length || toks.length < 2 * MARGIN) {
      readFrom = from = to;
    } else {
      readFrom = toks[next].start;
      from = toks[Math.max(0, next - BACK)].start;
    }
  }
  return out;
}
