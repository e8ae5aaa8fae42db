// The verdict rules: one claimed figure against one stored figure. Every rule is a row of
// `RULES` below (read top to bottom, first that applies wins), so the table-driven test in
// test/judge mirrors this file.
import { isAmount, isBeforeOrAfter, isClock, isHedge, isOrdinal, isTime, sameFamily, unitKey } from "../figures/kinds.js";
import { factorAcrossSystems, inUnit, isSpanOfTime, restated, SECONDS } from "../figures/units.js";
import type { DateParts, FigureValue, JudgeOptions, Qualifier, Verdict } from "../types.js";

export interface Judgement {
  verdict: Verdict;
  /** Which rule decided (stable identifiers, used in JSON output and tests). */
  rule: string;
  /** Human reason, using the texts given in `JudgeTexts`. */
  reason: string;
}

/** How the two figures are shown in reasons: the claim's words and the fact's display form. */
export interface JudgeTexts {
  claimed: string;
  stored: string;
}

// --------------------------------------------------------------------------------------------
// Numbers as sets: a claimed or stored figure stands for the set of true values it allows.

interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}


function num(v: FigureValue): number | null {
  return typeof v.value === "number" && Number.isFinite(v.value) ? v.value : null;
}

/** The values a figure allows, or null for hedged figures (judged by distance, not by set). */
function intervalOf(v: FigureValue): Interval | null {
  const x = num(v);
  switch (v.qualifier) {
    case "exact":
      return x === null ? boundsOf(v) : { lo: x, hi: x, loOpen: false, hiOpen: false };
    case "more_than":
    case "after":
      return x === null ? null : { lo: x, hi: Infinity, loOpen: true, hiOpen: true };
    case "at_least":
      return x === null ? null : { lo: x, hi: Infinity, loOpen: false, hiOpen: true };
    case "less_than":
    case "before":
      return x === null ? null : { lo: -Infinity, hi: x, loOpen: true, hiOpen: true };
    case "at_most":
      return x === null ? null : { lo: -Infinity, hi: x, loOpen: true, hiOpen: false };
    case "range":
    case "vague":
      return boundsOf(v);
    default:
      return null; // about, nearly
  }
}

function boundsOf(v: FigureValue): Interval | null {
  if (v.low === undefined || v.high === undefined) return null;
  return { lo: v.low, hi: v.high, loOpen: false, hiOpen: false };
}

function contains(i: Interval, x: number): boolean {
  const aboveLo = i.loOpen ? x > i.lo : x >= i.lo;
  const belowHi = i.hiOpen ? x < i.hi : x <= i.hi;
  return aboveLo && belowHi;
}

/** Does `outer` include every value of `inner`? */
function covers(outer: Interval, inner: Interval): boolean {
  const loOk = outer.lo < inner.lo || (outer.lo === inner.lo && (!outer.loOpen || inner.loOpen));
  const hiOk = outer.hi > inner.hi || (outer.hi === inner.hi && (!outer.hiOpen || inner.hiOpen));
  return loOk && hiOk;
}

function disjoint(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo || b.hi < a.lo) return true;
  if (a.hi === b.lo) return a.hiOpen || b.loOpen;
  if (b.hi === a.lo) return b.hiOpen || a.loOpen;
  return false;
}

/** A hedged figure as an interval, for comparing it with a stored bound. */
function hedgeInterval(v: FigureValue, tolerance: number): Interval | null {
  const x = num(v);
  if (x === null) return null;
  if (v.qualifier === "nearly") return { lo: x / (1 + tolerance), hi: x, loOpen: false, hiOpen: false };
  if (v.qualifier === "just_over") return { lo: x, hi: x * (1 + tolerance), loOpen: false, hiOpen: false };
  return { lo: x / (1 + tolerance), hi: x / (1 - tolerance), loOpen: false, hiOpen: false };
}

function relDistance(claimed: number, stored: number): number {
  if (stored === 0) return claimed === 0 ? 0 : Infinity;
  return Math.abs(claimed - stored) / Math.abs(stored);
}

/** A round figure: a whole number ending in 0 (340, 2,400, 21,000) — what people round to. */
export function isRound(x: number): boolean {
  return Number.isInteger(x) && x !== 0 && x % 10 === 0;
}

/**
 * The step a hedged figure is rounded to, by how it is written: its last non-zero digit's place
 * ("1,900": 100, "21,000": 1,000), half that place's next when that digit is 5 ("165": 5, "350":
 * 50), its last decimal's ("2.3": 0.1).
 */
export function roundingStep(x: number): number {
  if (x === 0) return 1;
  const step = placeOfLastDigit(x);
  const digit = Math.round(Math.abs(x) / step) % 10;
  return digit === 5 ? 5 * step : step;
}

/** The place of x's last non-zero digit for a whole number (200,000: 10,000), of its last decimal otherwise (8.27: 0.01); x not 0. */
function placeOfLastDigit(x: number): number {
  if (!Number.isInteger(x)) return 10 ** -decimalsOf(x);
  let step = 1;
  while (x % (step * 10) === 0) step *= 10;
  return step;
}

/** How many decimals x is written with (a share in words, 1/6, runs on to 15 or more). */
function decimalsOf(x: number): number {
  return String(x).split(".")[1]?.length ?? 0;
}

/**
 * Whether a hedged x can be y rounded: within one of x's rounding steps ("about 1,900" for 1,870,
 * "roughly 15,000" for 14,500); not "some 165" for 156, nor "omkring 18 procent" for 19.6, where
 * the hedge is on another number.
 */
function roundingOf(x: number, y: number): boolean {
  return Math.abs(x - y) <= roundingStep(x) * (1 + 1e-9);
}

/**
 * Whether a hedged claim is checked for being a rounding: a number written in digits or words
 * (not a share in words, "one in six", whose decimals run on), in the stored unit, and no more
 * precise than the stored figure ("an estimated 4,312 hectares" for "about 4,300" is not rounded);
 * not one converted from another unit ("nearly 2 years" for 22 months).
 */
function roundable(k: Case): boolean {
  const x = num(k.c)!;
  const y = num(k.s)!;
  if (k.converted || k.c.unit !== k.s.unit || decimalsOf(x) > 6) return false;
  return roundingStep(x) >= roundingStep(y);
}

/**
 * Whether x has fewer significant digits than y: a rounding says less than the figure it rounds
 * ("2,500" for 2,448); "421 mio. kr." for 412 million, "1.780" for 1,870, says as much — a slip
 * of digits, not a rounding.
 */
function fewerDigits(x: number, y: number): boolean {
  return significant(x) < significant(y);
}

function significant(x: number): number {
  const digits = Math.abs(x).toPrecision(15).replace(".", "").replace(/e.*$/, "").replace(/^0+/, "").replace(/0+$/, "");
  return Math.max(1, digits.length);
}

/**
 * Whether x is y rounded to x's last digit: its last non-zero digit for a whole number ("200,000"
 * for 212,000, "24" for 23.6), its last decimal otherwise ("8.3" for 8.27); not y itself.
 */
export function roundsTo(x: number, y: number): boolean {
  if (x === y || x === 0) return false;
  if (decimalsOf(x) > 6) return false;
  const step = placeOfLastDigit(x);
  const rounded = Math.round(y / step) * step;
  return Math.abs(rounded - x) < step / 1000;
}

function pct(d: number): string {
  return `${(d * 100).toFixed(d < 0.1 ? 1 : 0)}%`;
}

const unitOf = unitKey;

const UNIT_NAMES: Record<string, string> = { count: "a number", "%": "a percentage" };
function unitName(v: FigureValue): string {
  const u = unitOf(v);
  return UNIT_NAMES[u] ?? (v.kind === "money" ? `an amount in ${v.unit ?? "another currency"}` : `a quantity in ${v.unit ?? "other units"}`);
}

// --------------------------------------------------------------------------------------------
// The table

interface Case {
  c: FigureValue;
  s: FigureValue;
  o: JudgeOptions;
  t: JudgeTexts;
  /** Whether either figure was converted to the other's unit (its digits are then not as written). */
  converted: boolean;
}

interface Rule {
  id: string;
  when: (k: Case) => boolean;
  verdict: Verdict | ((k: Case) => Verdict);
  reason: (k: Case) => string;
}

const isNumeric = (v: FigureValue) => isAmount(v.kind);
const isDate = (v: FigureValue) => isTime(v.kind);
const storedPoint = (k: Case) => k.s.qualifier === "exact" && num(k.s) !== null;
const storedHedged = (k: Case) => isHedge(k.s.qualifier) && num(k.s) !== null;
/** A figure the claim hedges ("about", "nearly", "just over"): not a bound. */
export const hedged = (v: FigureValue) => isHedge(v.qualifier);
const d = (k: Case) => relDistance(num(k.c)!, num(k.s)!);
// (how far short of the claimed figure the stored one falls, as a share of the claimed: "nearly 3
// million" names 3 million, and 2.7 million is 10% short of it)
const shortOf = (k: Case) => relDistance(num(k.s)!, num(k.c)!);
/** A time of day's first and last minute (a point's are the same). */
const clockSpan = (v: FigureValue): [number, number] => (v.qualifier === "range" ? [v.low!, v.high!] : [v.value as number, v.value as number]);
/**
 * How far a hedged time of day may be from the stored one: half an hour for a full hour ("around
 * 2pm"), a quarter of an hour for a time that names its minutes ("omkring kl. 19.45" is not the
 * source's "about 7.15pm"), as a hedged number rounds to the place of its last digit.
 */
const clockHedgeMinutes = (claimed: number) => (claimed % 60 === 0 ? 30 : 15);
const ageBound = (v: FigureValue) => v.kind === "quantity" && v.unit === "age" && boundSense(v.qualifier) !== 0 && typeof v.value === "number";
/** A claimed bound or range holds for a stored hedged figure: it contains it, or bounds it on the side the hedge says, at its number. */
function holdsForHedge(k: Case): boolean {
  if (contains(intervalOf(k.c)!, num(k.s)!)) return true;
  const side = k.s.qualifier === "just_over" ? 1 : k.s.qualifier === "nearly" ? -1 : 0;
  return side !== 0 && boundSense(k.c.qualifier) === side && num(k.c) === num(k.s);
}

/** 1 for a lower bound (more than, at least), -1 for an upper one (less than, at most), else 0. */
function boundSense(q: Qualifier): number {
  return q === "more_than" || q === "at_least" ? 1 : q === "less_than" || q === "at_most" ? -1 : 0;
}

export const RULES: Rule[] = [
  // -- kinds and units that cannot be compared
  {
    id: "kind-mismatch",
    when: (k) => !sameFamily(k.c.kind, k.s.kind),
    verdict: "unverified",
    reason: (k) => `the claim gives a ${k.c.kind} (${k.t.claimed}), the stored figure is a ${k.s.kind} (${k.t.stored})`,
  },
  {
    id: "unit-mismatch",
    when: (k) => isNumeric(k.c) && unitOf(k.c) !== unitOf(k.s),
    verdict: "unverified",
    reason: (k) => `the claim gives ${unitName(k.c)} (${k.t.claimed}), the stored figure is ${unitName(k.s)} (${k.t.stored}); they are not compared`,
  },
  // -- ranks: the same place, or another
  {
    id: "ordinal-equal",
    when: (k) => isOrdinal(k.c.kind) && num(k.c) === num(k.s),
    verdict: "match",
    reason: (k) => `${k.t.claimed} is the stored place`,
  },
  {
    id: "ordinal-differs",
    when: (k) => isOrdinal(k.c.kind),
    verdict: "mismatch",
    reason: (k) => `the place is wrong: the source says ${k.t.stored}, not ${k.t.claimed}`,
  },
  // -- times of day: the same minute, a hedged one within half an hour (of a full hour) or a
  //    quarter of an hour (of a time with its minutes); a span's start or end
  //    is a time of it ("open until 9pm" against 10am–9pm); a span against one time only gives
  //    that end
  {
    id: "clock-equal",
    when: (k) => isClock(k.c.kind) && clockSpan(k.c)[0] === clockSpan(k.s)[0] && clockSpan(k.c)[1] === clockSpan(k.s)[1],
    verdict: "match",
    reason: (k) => `${k.t.claimed} is the stored time`,
  },
  {
    id: "clock-hedge-within",
    when: (k) => isClock(k.c.kind) && hedged(k.c) && k.s.qualifier !== "range" && Math.abs(num(k.c)! - num(k.s)!) <= clockHedgeMinutes(num(k.c)!),
    verdict: "match",
    reason: (k) => `${k.t.claimed} is within ${clockHedgeMinutes(num(k.c)!) === 30 ? "half an hour" : "a quarter of an hour"} of the stored ${k.t.stored}`,
  },
  {
    id: "clock-span-end",
    when: (k) => isClock(k.c.kind) && k.c.qualifier !== "range" && k.s.qualifier === "range" && clockSpan(k.s).includes(num(k.c)!),
    verdict: "match",
    reason: (k) => `${k.t.claimed} is when the stored ${k.t.stored} ${num(k.c) === k.s.low ? "starts" : "ends"}`,
  },
  {
    id: "clock-span-partial",
    when: (k) => isClock(k.c.kind) && k.c.qualifier === "range" && k.s.qualifier !== "range" && clockSpan(k.c).includes(num(k.s)!),
    verdict: "unverified",
    reason: (k) => `the source gives only ${k.t.stored}, one end of ${k.t.claimed}`,
  },
  {
    id: "clock-differs",
    when: (k) => isClock(k.c.kind),
    verdict: "mismatch",
    reason: (k) => `the time is wrong: the source says ${k.t.stored}, not ${k.t.claimed}`,
  },
  // -- dates, months, weekdays: equal at the precision the claim states
  {
    // (a season of the year: "efteråret 2026" is not the source's "foråret 2026", though the year is)
    id: "season-differs",
    when: (k) =>
      k.c.kind === "year" && k.s.kind === "year" && k.c.qualifier === "exact" && k.s.qualifier === "exact" && k.c.season !== undefined && k.s.season !== undefined && k.c.season !== k.s.season && num(k.c) === num(k.s),
    verdict: "mismatch",
    reason: (k) => `the season is wrong: the source says ${k.s.season} ${k.t.stored}, not ${k.c.season} ${num(k.c)}`,
  },
  {
    // A stored span of years ("fra 1902 til 1967", "the 1950s", "2023/24"): a claimed span must
    // have its ends; a claimed year is right at either end, wrong outside it, and not checked
    // strictly inside (the span does not say what happened in 1950).
    id: "year-span",
    when: (k) => isDate(k.c) && k.s.kind === "year" && k.s.qualifier === "range" && k.s.low !== undefined && k.s.high !== undefined,
    verdict: (k) => compareYearSpan(k).verdict,
    reason: (k) => compareYearSpan(k).reason,
  },
  {
    // A claim of when a state began against a stored time that is no bound says that time (see
    // FigureValue.since): "has kept records since 2001" against "began keeping records in 2011".
    id: "began-differs",
    when: (k) => isDate(k.c) && k.c.since === true && isDate(k.s) && k.s.qualifier === "exact" && beganDiffers(k),
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} is not when it began: the source says ${k.t.stored}`,
  },
  {
    id: "date",
    when: (k) => isDate(k.c),
    verdict: (k) => compareDates(k).verdict,
    reason: (k) => compareDates(k).reason,
  },
  // -- a minimum far below the source's figure: it holds, but misstates how many ("more than 60
  //    sparrows" for the source's about 950, "at least five years" for more than twenty). Not a
  //    share ("more than half" is a threshold of its own) nor an age group.
  {
    id: "bound-understates",
    when: (k) => {
      const x = num(k.c);
      const lo = storedLow(k);
      return boundSense(k.c.qualifier) > 0 && x !== null && x > 0 && lo !== null && x < UNDERSTATES * lo && unitOf(k.c) !== "%" && !ageBound(k.c);
    },
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} holds, but the source says ${k.t.stored}`,
  },
  // -- a stored approximate figure ("about 800"): the source itself allows the tolerance, but a
  //    round figure stated as exact is still a rounding ("40,000" for "about 42,000")
  {
    id: "stored-hedge-rounded",
    // (within --tolerance, as a nearer one is: "£40" for "about £38" is no more a match than "820" for "about 800")
    when: (k) => storedHedged(k) && k.c.qualifier === "exact" && num(k.c) !== null && isRound(num(k.c)!) && d(k) > 0 && d(k) <= k.o.tolerance,
    verdict: "close",
    reason: (k) => `${k.t.claimed} is a rounded figure stated as exact: the source says ${k.t.stored} (${pct(d(k))} off)`,
  },
  {
    // (a claim with the source's own hedge of a side, "nearly" or "just over", no coarser than the
    // source's figure and of another number: it puts another number on that side, "knap 120 tons"
    // for "knap 110 tons"; a coarser one may round it, "nearly 2,000" for "nearly 1,950")
    id: "stored-hedge-renumbered",
    when: (k) => {
      const x = num(k.c);
      const y = num(k.s);
      const sided = k.c.qualifier === "nearly" || k.c.qualifier === "just_over";
      return sided && k.c.qualifier === k.s.qualifier && !k.converted && k.c.unit === k.s.unit && x !== null && y !== null && x !== y && decimalsOf(x) <= 6 && roundingStep(x) <= roundingStep(y);
    },
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} is on that side of another number than the source's ${k.t.stored}`,
  },
  {
    id: "stored-hedge-within",
    when: (k) => storedHedged(k) && num(k.c) !== null && (k.c.qualifier === "exact" || hedged(k.c)) && d(k) <= k.o.tolerance,
    verdict: "match",
    reason: (k) => `${k.t.claimed} is within ${pct(k.o.tolerance)} of the source's ${k.t.stored}`,
  },
  {
    // (a bound on the side the source's hedge says, at its number, holds: "more than one in six"
    // for "just over one in six", "under 25 per cent" for "nearly a quarter")
    id: "stored-hedge-set",
    when: (k) => storedHedged(k) && k.c.qualifier !== "exact" && intervalOf(k.c) !== null,
    verdict: (k) => (holdsForHedge(k) ? "match" : "mismatch"),
    reason: (k) => (holdsForHedge(k) ? `${k.t.claimed} holds: the source says ${k.t.stored}` : `${k.t.claimed} does not hold: the source says ${k.t.stored}`),
  },
  {
    id: "stored-hedge-outside",
    when: (k) => storedHedged(k) && num(k.c) !== null,
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} is ${pct(d(k))} off the source's ${k.t.stored}`,
  },
  // -- a stored point value (347, 2,448)
  {
    id: "equal",
    when: (k) => storedPoint(k) && k.c.qualifier === "exact" && num(k.c) === num(k.s),
    verdict: "match",
    reason: (k) => `${k.t.claimed} is the stored figure`,
  },
  {
    // (a hedge rounds: a hedged number that no rounding of the stored one gives is another number,
    // "Some 165 guests" for 156)
    id: "hedge-not-rounding",
    when: (k) => storedPoint(k) && isHedge(k.c.qualifier) && num(k.c) !== null && (k.c.qualifier === "nearly" ? shortOf(k) : d(k)) <= k.o.tolerance && roundable(k) && !roundingOf(num(k.c)!, num(k.s)!),
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} is no rounding of the stored ${k.t.stored}`,
  },
  {
    id: "hedge-within",
    when: (k) => storedPoint(k) && k.c.qualifier === "about" && num(k.c) !== null && d(k) <= k.o.tolerance,
    verdict: "match",
    reason: (k) => `${k.t.claimed} is within ${pct(k.o.tolerance)} of the stored ${k.t.stored}`,
  },
  {
    id: "nearly-within",
    when: (k) =>
      storedPoint(k) && k.c.qualifier === "nearly" && num(k.c) !== null && num(k.s)! <= num(k.c)! && shortOf(k) <= k.o.tolerance,
    verdict: "match",
    reason: (k) => `${k.t.claimed}: the stored ${k.t.stored} is at or just below it`,
  },
  {
    id: "nearly-above",
    when: (k) => storedPoint(k) && k.c.qualifier === "nearly" && num(k.c) !== null && num(k.s)! > num(k.c)!,
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} says the figure is below ${fmt(num(k.c)!)}, but the source says ${k.t.stored}`,
  },
  {
    id: "just-over-within",
    when: (k) =>
      storedPoint(k) && k.c.qualifier === "just_over" && num(k.c) !== null && num(k.s)! >= num(k.c)! && d(k) <= k.o.tolerance,
    verdict: "match",
    reason: (k) => `${k.t.claimed}: the stored ${k.t.stored} is at or just above it`,
  },
  {
    id: "just-over-below",
    when: (k) => storedPoint(k) && k.c.qualifier === "just_over" && num(k.c) !== null && num(k.s)! < num(k.c)!,
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} says the figure is above ${fmt(num(k.c)!)}, but the source says ${k.t.stored}`,
  },
  {
    // A hedged number beyond the hedge's tolerance, but no further than twice it, that is the stored
    // figure rounded to the claim's own last digit: a rounded figure, close. For "about" or
    // "nearly", nearer it than the half step a reporter would round to instead ("around two miles"
    // for 1.8 miles, "roughly ten points" for 9; not "Omkring 300" for 347, which is about 350);
    // "just over" says on which side, so any rounding ("godt 20 mio. kr." for 23 mio.).
    id: "hedge-rounded-beyond",
    when: (k) => storedPoint(k) && hedged(k.c) && num(k.c) !== null && d(k) <= 2 * k.o.tolerance && roundable(k) && roundsTo(num(k.c)!, num(k.s)!) && (k.c.qualifier === "just_over" || Math.abs(num(k.c)! - num(k.s)!) <= placeOfLastDigit(num(k.c)!) / 4),
    verdict: "close",
    reason: (k) => `${k.t.claimed} is the stored ${k.t.stored} rounded, ${pct(d(k))} off it (more than the ${pct(k.o.tolerance)} a hedge allows)`,
  },
  {
    id: "hedge-outside",
    when: (k) => storedPoint(k) && hedged(k.c),
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} is ${pct(d(k))} off the stored ${k.t.stored} (more than the ${pct(k.o.tolerance)} a hedge allows)`,
  },
  {
    // A maximum said as how high a figure reaches ("up to", "op til") gives its number, so it must
    // be the source's, as against a stored maximum (bound-weaker): "Frøene kan overleve i op til
    // tolv år" is not what "frøene kan ligge i jorden i syv år" says. "At most", "højst", "fewer
    // than" are bounds and hold ("Højst 50 danskere" for 44); an age bound names a group.
    id: "bound-overstates",
    when: (k) => {
      const x = num(k.c);
      return storedPoint(k) && k.c.qualifier === "at_most" && k.c.reach === true && x !== null && x > num(k.s)! && !near(x, num(k.s)!, k.o.closeTolerance) && !ageBound(k.c);
    },
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} holds, but is not the source's figure: it says ${k.t.stored}`,
  },
  {
    id: "set-holds",
    when: (k) => storedPoint(k) && intervalOf(k.c) !== null && k.c.qualifier !== "exact" && contains(intervalOf(k.c)!, num(k.s)!),
    verdict: "match",
    reason: (k) => `${k.t.claimed} holds: the source says ${k.t.stored}`,
  },
  {
    id: "set-fails",
    when: (k) => storedPoint(k) && intervalOf(k.c) !== null && k.c.qualifier !== "exact",
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} does not hold: the source says ${k.t.stored}`,
  },
  {
    id: "rounded",
    // (or a stored figure with decimals rounded to the claim's last digit, within --tolerance: "24
    // hektar" for 23.6 ha, "5 per cent" for 4.6% — a whole number stays within --close-tolerance:
    // "40" for 44 is a mismatch)
    when: (k) =>
      storedPoint(k) &&
      num(k.c) !== null &&
      ((isRound(num(k.c)!) && fewerDigits(num(k.c)!, num(k.s)!) && d(k) <= k.o.closeTolerance) || (!Number.isInteger(num(k.s)!) && roundsTo(num(k.c)!, num(k.s)!) && d(k) <= k.o.tolerance)),
    verdict: "close",
    reason: (k) => `${k.t.claimed} is a rounded figure stated as exact: the source says ${k.t.stored} (${pct(d(k))} off)`,
  },
  {
    id: "differs",
    when: (k) => storedPoint(k),
    verdict: "mismatch",
    reason: (k) => `the source says ${k.t.stored}, not ${k.t.claimed}`,
  },
  // -- an age group ("elever over 25 år", "children under twelve"): a bound of an age names a
  //    group, so another bound of the same sense names another group
  {
    id: "age-group",
    when: (k) => ageBound(k.c) && ageBound(k.s) && boundSense(k.c.qualifier) === boundSense(k.s.qualifier),
    verdict: (k) => (num(k.c) === num(k.s) ? "match" : "mismatch"),
    reason: (k) => (num(k.c) === num(k.s) ? `${k.t.claimed} is the stored age group` : `the source's group is ${k.t.stored}, not ${k.t.claimed}`),
  },
  // -- a stored bound, range or vague quantity (more than 200, many hundreds)
  {
    // A range said against a range: its ends must be the source's ("between 300 and 500" is
    // not what "between 300 and 400" says, though it covers it).
    id: "range-ends",
    when: (k) => k.c.qualifier === "range" && k.s.qualifier === "range" && !(near(k.c.low, k.s.low, k.o.closeTolerance) && near(k.c.high, k.s.high, k.o.closeTolerance)),
    verdict: "mismatch",
    reason: (k) => `the source says ${k.t.stored}, not ${k.t.claimed}`,
  },
  {
    // The least or the greatest said against a stored range ("Den mindste af lejlighederne bliver
    // på 62 kvadratmeter" against "mellem 62 og 148 kvadratmeter"): its number is that end's.
    id: "range-end",
    when: (k) => k.c.extreme !== undefined && k.c.qualifier === "exact" && k.s.qualifier === "range" && num(k.c) !== null && rangeEnd(k) !== undefined,
    verdict: (k) => (num(k.c) === rangeEnd(k) ? "match" : near(num(k.c)!, rangeEnd(k), k.o.closeTolerance) ? "close" : "mismatch"),
    reason: (k) => (num(k.c) === rangeEnd(k) ? `${k.t.claimed} is the ${k.c.extreme} end of the source's ${k.t.stored}` : `the ${k.c.extreme} end of the source's ${k.t.stored} is not ${k.t.claimed}`),
  },
  {
    // A maximum said against a stored maximum or range: "up to" gives how high it goes, so its
    // number must be the source's ("up to 160,000 bees" is not what "up to 60,000" says, though it
    // holds; nor is "up to 42 cubic metres" what "up to 40" says, near as it is: only a rounding
    // of the source's number is). A minimum may be rounded down: "more than 150" for the source's
    // "more than 200" holds.
    id: "bound-weaker",
    when: (k) => {
      const stored = storedSet(k);
      const x = num(k.c);
      if (boundSense(k.c.qualifier) >= 0 || stored === null || x === null || k.s.qualifier === "vague" || !covers(claimSet(k)!, stored)) return false;
      return Number.isFinite(stored.hi) && x !== stored.hi && !(near(x, stored.hi, k.o.closeTolerance) && fewerDigits(x, stored.hi));
    },
    verdict: "mismatch",
    reason: (k) => `the source says ${k.t.stored}: ${k.t.claimed} holds, but is not the source's maximum`,
  },
  {
    // The number a stored "up to" reaches, said as the figure ("Gusts reached 31 m/s" against
    // "vindstød på op til 31 meter i sekundet"; "around 60" against "op til 60"): the source's
    // number (not an age bound, which names a group).
    id: "reach-stated",
    when: (k) => {
      const x = num(k.c);
      const top = num(k.s);
      if (k.s.qualifier !== "at_most" || k.s.reach !== true || ageBound(k.s) || x === null || top === null) return false;
      return k.c.qualifier === "exact" ? x === top : (hedged(k.c) && relDistance(x, top) <= k.o.tolerance);
    },
    verdict: "match",
    reason: (k) => `${k.t.claimed} is the figure the source says it reaches: ${k.t.stored}`,
  },
  // -- a minimum against a stored "at least", below it by more than --tolerance ("at least 100
  //    metres" for "must then move at least 150 metres", "mindst 400 kontrakter" for "at least
  //    500"): a source's "at least" states a threshold, which the claim restates with another
  //    number. Not a stored "more than" of a count, which rounds it down ("more than 150 troops"
  //    for "More than 200 Danes have been wounded" holds); a stored "more than" of a span of time
  //    is a threshold too ("har ventet over to måneder" for "waited more than three months",
  //    "lasted more than three hours" for more than four). Within the tolerance it is the
  //    source's number, rounded.
  {
    id: "bound-lowered",
    when: (k) => {
      const x = num(k.c);
      const m = num(k.s);
      const threshold = k.s.qualifier === "at_least" || (k.s.qualifier === "more_than" && isSpanOfTime(k.s) && k.c.unit === k.s.unit);
      return boundSense(k.c.qualifier) > 0 && threshold && x !== null && m !== null && x < m && relDistance(x, m) > k.o.tolerance && !ageBound(k.c) && !ageBound(k.s);
    },
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} holds, but the source's threshold is ${k.t.stored}`,
  },
  {
    // A bound said against a stored bound of the same sense that goes further than it, by more
    // than --tolerance: "more than 500 staff" for the source's "more than 300", "fewer than 40" for
    // "fewer than 60": the claim restates the source's bound with another number, which the source
    // does not give. (A minimum rounded down holds: bound-covered. Not against how high a stored
    // figure reaches, "up to 60": reach-stated, bound-weaker.)
    id: "bound-raised",
    when: (k) => {
      const x = num(k.c);
      const m = num(k.s);
      const sense = boundSense(k.c.qualifier);
      if (sense === 0 || boundSense(k.s.qualifier) !== sense || k.s.reach === true || x === null || m === null || ageBound(k.c) || ageBound(k.s)) return false;
      return (sense > 0 ? x > m : x < m) && relDistance(x, m) > k.o.tolerance;
    },
    verdict: "mismatch",
    reason: (k) => `the source says ${k.t.stored}, not ${k.t.claimed}`,
  },
  {
    id: "bound-covered",
    when: (k) => storedSet(k) !== null && claimSet(k) !== null && k.c.qualifier !== "exact" && covers(claimSet(k)!, storedSet(k)!),
    verdict: "match",
    reason: (k) => `${k.t.claimed} holds: the source says ${k.t.stored}`,
  },
  {
    // A hedged number at a stored bound's number ("around 9,000 children" against "more than
    // 9,000", "omkring 20 lærere" against "at least 20"): the source's number, said less exactly.
    id: "bound-hedged-edge",
    when: (k) => {
      const x = num(k.c);
      const edge = num(k.s);
      if (!hedged(k.c) || x === null || edge === null || boundSense(k.s.qualifier) === 0 || k.s.reach === true || ageBound(k.s)) return false;
      // (not one on the other side: "nearly 9,000" is no "more than 9,000")
      const claimed = claimSet(k);
      const stored = storedSet(k);
      return relDistance(x, edge) <= k.o.tolerance && !(claimed && stored && disjoint(claimed, stored));
    },
    verdict: "close",
    reason: (k) => `${k.t.claimed} is near the number of the source's ${k.t.stored}, said less exactly`,
  },
  {
    id: "bound-at-edge",
    when: (k) =>
      storedSet(k) !== null && k.c.qualifier === "exact" && num(k.c) !== null && atOpenEdge(storedSet(k)!, num(k.c)!),
    verdict: "close",
    reason: (k) => `${k.t.claimed} is stated as exact, but the source says ${k.t.stored}`,
  },
  {
    id: "bound-broken",
    when: (k) => storedSet(k) !== null && claimSet(k) !== null && disjoint(claimSet(k)!, storedSet(k)!),
    verdict: "mismatch",
    reason: (k) => `${k.t.claimed} cannot be right: the source says ${k.t.stored}`,
  },
  {
    // A maximum below the number a stored "up to" reaches ("op til 40 procent af udgifterne"
    // against "op til 50 procent"): the claim puts the top at another number. (One above it holds
    // and is not the source's maximum: bound-weaker; an age bound names a group.)
    id: "reach-renumbered",
    when: (k) => {
      const x = num(k.c);
      const top = num(k.s);
      if (k.s.qualifier !== "at_most" || k.s.reach !== true || k.c.qualifier !== "at_most" || ageBound(k.c) || ageBound(k.s) || x === null || top === null) return false;
      return x < top && !near(x, top, k.o.closeTolerance);
    },
    verdict: "mismatch",
    reason: (k) => `the source says ${k.t.stored}, not ${k.t.claimed}`,
  },
  {
    id: "bound-open",
    when: (k) => storedSet(k) !== null,
    verdict: "unverified",
    reason: (k) => `the source only says ${k.t.stored}, which neither proves nor rules out ${k.t.claimed}`,
  },
  {
    id: "fallback",
    when: () => true,
    verdict: "unverified",
    reason: (k) => `${k.t.claimed} cannot be compared with ${k.t.stored}`,
  },
];

/** The end of a stored range a claimed least or greatest is of (see range-end). */
function rangeEnd(k: Case): number | undefined {
  return k.c.extreme === "low" ? k.s.low : k.s.high;
}

/** Two ends of ranges within a relative tolerance of each other. */
function near(a: number | undefined, b: number | undefined, tolerance: number): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** A claimed minimum below this share of the stored figure understates it (see bound-understates). */
const UNDERSTATES = 0.5;

/** The least value the stored figure allows: its number, or the low end of its bound or range. */
function storedLow(k: Case): number | null {
  if (storedPoint(k) || storedHedged(k)) return num(k.s);
  if (k.s.qualifier === "vague") return null; // ("many hundreds" gives no number to understate)
  const set = intervalOf(k.s);
  return set && Number.isFinite(set.lo) && set.lo > 0 ? set.lo : null;
}

function storedSet(k: Case): Interval | null {
  return storedPoint(k) ? null : intervalOf(k.s);
}

function claimSet(k: Case): Interval | null {
  return intervalOf(k.c) ?? hedgeInterval(k.c, k.o.tolerance);
}

function atOpenEdge(i: Interval, x: number): boolean {
  return (i.loOpen && x === i.lo) || (i.hiOpen && x === i.hi);
}

function fmt(x: number): string {
  return x.toLocaleString("en-US");
}

// --------------------------------------------------------------------------------------------
// Dates

const PART_NAMES: Record<keyof DateParts, string> = { year: "year", month: "month", day: "day", weekday: "weekday" };
const DATE_ORDER: (keyof DateParts)[] = ["year", "month", "day"];

function compareYearSpan(k: Case): { verdict: Verdict; reason: string } {
  const low = k.s.low!;
  const high = k.s.high!;
  if (k.c.kind === "year" && k.c.qualifier === "range" && k.c.low !== undefined && k.c.high !== undefined) {
    return k.c.low === low && k.c.high === high
      ? { verdict: "match", reason: `${k.t.claimed} is the stored ${k.t.stored}` }
      : { verdict: "mismatch", reason: `the years are wrong: the source says ${k.t.stored}, not ${k.t.claimed}` };
  }
  const year = k.c.date?.year;
  if (year === undefined) return { verdict: "unverified", reason: `the source gives ${k.t.stored}, which says nothing about ${k.t.claimed}` };
  if (isBeforeOrAfter(k.c.qualifier)) {
    const holds = k.c.qualifier === "before" ? high < year : low > year;
    const fails = k.c.qualifier === "before" ? low >= year : high <= year;
    if (holds) return { verdict: "match", reason: `${k.t.claimed} holds: the source says ${k.t.stored}` };
    if (fails) return { verdict: "mismatch", reason: `${k.t.claimed} does not hold: the source says ${k.t.stored}` };
    return { verdict: "unverified", reason: `the source gives ${k.t.stored}, which neither confirms nor contradicts ${k.t.claimed}` };
  }
  if (year === low || year === high) return { verdict: "match", reason: `${k.t.claimed} is when the stored ${k.t.stored} ${year === low ? "starts" : "ends"}` };
  if (year < low || year > high) return { verdict: "mismatch", reason: `the year is wrong: the source says ${k.t.stored}, not ${k.t.claimed}` };
  return { verdict: "unverified", reason: `${k.t.claimed} falls within the stored ${k.t.stored}, which does not say that year by itself` };
}

function compareDates(k: Case): { verdict: Verdict; reason: string } {
  const c = k.c.date ?? {};
  const s = k.s.date ?? {};
  const claimedParts = (Object.keys(c) as (keyof DateParts)[]).filter((p) => c[p] !== undefined);
  const shared = claimedParts.filter((p) => s[p] !== undefined);
  // A span of years ("2001–2014", "the 1990s") holds when the stored year is inside it.
  if (k.c.qualifier === "range" && k.c.kind === "year" && s.year !== undefined && k.c.low !== undefined && k.c.high !== undefined) {
    return s.year >= k.c.low && s.year <= k.c.high
      ? { verdict: "match", reason: `${k.t.claimed} holds: the source says ${k.t.stored}` }
      : { verdict: "mismatch", reason: `${k.t.claimed} does not hold: the source says ${k.t.stored}` };
  }
  if (shared.length === 0) {
    return { verdict: "unverified", reason: `the source gives ${k.t.stored}, which says nothing about ${k.t.claimed}` };
  }
  // before/after claims about years or dates: compare as points in time.
  if (isBeforeOrAfter(k.c.qualifier) && k.s.qualifier !== k.c.qualifier) {
    const order = compareTime(s, c, shared);
    if (order !== null) {
      const ok = k.c.qualifier === "before" ? order <= 0 : order >= 0;
      return ok
        ? { verdict: "match", reason: `${k.t.claimed} holds: the source says ${k.t.stored}` }
        : { verdict: "mismatch", reason: `${k.t.claimed} does not hold: the source says ${k.t.stored}` };
    }
  }
  const differing = shared.filter((p) => c[p] !== s[p]);
  if (differing.length > 0) {
    if (hedged(k.c) && differing.length === 1 && differing[0] === "year" && Math.abs(c.year! - s.year!) <= 1) {
      return { verdict: "match", reason: `${k.t.claimed} is within a year of the stored ${k.t.stored}` };
    }
    const what = differing.map((p) => PART_NAMES[p]).join(" and ");
    return { verdict: "mismatch", reason: `the ${what} is wrong: the source says ${k.t.stored}, not ${k.t.claimed}` };
  }
  const unstated = claimedParts.filter((p) => s[p] === undefined);
  if (unstated.length > 0) {
    const what = unstated.map((p) => PART_NAMES[p]).join(" and ");
    return { verdict: "unverified", reason: `the source says ${k.t.stored} but gives no ${what} to check ${k.t.claimed} against` };
  }
  return { verdict: "match", reason: `${k.t.claimed} agrees with the stored ${k.t.stored}` };
}

/** Whether a calendar part the claim and the stored time both give differs (the year of "since 2001" against 2011). */
function beganDiffers(k: Case): boolean {
  const c = k.c.date ?? {};
  const s = k.s.date ?? {};
  return DATE_ORDER.some((p) => c[p] !== undefined && s[p] !== undefined && c[p] !== s[p]);
}

/** -1, 0, 1 comparing stored with claimed on the shared calendar parts (null if not ordered). */
function compareTime(s: DateParts, c: DateParts, shared: (keyof DateParts)[]): number | null {
  let any = false;
  for (const p of DATE_ORDER) {
    if (!shared.includes(p)) continue;
    any = true;
    if (s[p]! !== c[p]!) return s[p]! < c[p]! ? -1 : 1;
  }
  return any ? 0 : null;
}

// --------------------------------------------------------------------------------------------

/** Rates said per day, week, month or year (not speeds: "120 km/h" is no distance). */
const RATE_PERIODS: ReadonlySet<string> = new Set(["d", "wk", "mo", "yr"]);

/**
 * A claimed quantity with the rate of the stored one, when one of them leaves the rate unsaid:
 * "producere cirka 130 GWh strøm om året" against "about 130 GWh a year" (a word between the
 * amount and "om året"), "142 million litres a day" against "142 million litres of water … a day".
 */
function sameRate(claimed: FigureValue, storedUnit: string): FigureValue {
  const unit = claimed.unit;
  if (unit === undefined || unit === storedUnit) return claimed;
  const [sBase, sPer] = storedUnit.split("/");
  const [cBase, cPer] = unit.split("/");
  if (sPer !== undefined && cPer === undefined && RATE_PERIODS.has(sPer) && !cBase.includes("/")) return { ...claimed, unit: `${cBase}/${sPer}` };
  if (cPer !== undefined && sPer === undefined && RATE_PERIODS.has(cPer)) return { ...claimed, unit: cBase };
  return claimed;
}

/** How near a figure in another unit of time or system must come to the stored one to be compared (see inTimeUnit). */
const UNIT_NEAR = 0.1;


/**
 * A span of time restated in the stored unit of time, when it comes within a hedge's span of the
 * stored figure: "nearly two years" against "22 months", "omkring halvanden måned" against "six
 * weeks". Further off, the two are not compared (`unit-mismatch`): the matcher keeps units of time
 * apart, so a span in months tied to a claim in years is as likely about something else as wrong.
 */
function inTimeUnit(v: FigureValue, stored: FigureValue): FigureValue | null {
  const unit = stored.unit!;
  const from = v.unit === undefined ? undefined : SECONDS[v.unit];
  const to = SECONDS[unit];
  if (from === undefined || to === undefined || from === to || typeof v.value !== "number" || typeof stored.value !== "number") return null;
  const k = from / to;
  return Math.abs(v.value * k - stored.value) > UNIT_NEAR * Math.abs(stored.value) ? null : restated(v, unit, k);
}

/**
 * The stored quantity restated in the claim's unit of another system, when the claim comes within
 * a hedge's span of it: "roughly 20 km/h" against "12 mph", "about three kilometres" against "nearly
 * two miles". The claim is judged as written (its roundness is its own), and a conversion at the
 * claim's precision is the figure: "540 yards" against 494 m (540.2 yards). Further off, the two
 * are not compared (`unit-mismatch`), as with spans of time.
 */
function storedInClaimedSystem(v: FigureValue, stored: FigureValue): FigureValue | null {
  const k = v.unit === undefined ? null : factorAcrossSystems(stored.unit, v.unit);
  if (k === null || typeof v.value !== "number" || typeof stored.value !== "number") return null;
  const s = restated(stored, v.unit!, k);
  const sv = s.value as number;
  if (Math.abs(v.value - sv) > UNIT_NEAR * Math.abs(sv)) return null;
  const exactPoint = v.qualifier === "exact" && v.low === undefined && stored.low === undefined;
  return exactPoint && atPrecisionOf(v.value, sv) === v.value ? { ...s, value: v.value } : s;
}

/** `x` rounded to as many decimals as `written` has. */
function atPrecisionOf(written: number, x: number): number {
  const decimals = (String(written).split(".")[1] ?? "").length;
  return Number(x.toFixed(decimals));
}

/** Judge one claimed figure against the stored figure of the fact it is about. */
export function judgeFigure(claimed: FigureValue, stored: FigureValue, options: JudgeOptions, texts: JudgeTexts): Judgement {
  // A quantity in another unit of the same measure is compared in the stored unit ("1.2 GW", "1,200 MW").
  const quantities = claimed.kind === "quantity" && stored.kind === "quantity" && stored.unit !== undefined;
  const c = quantities ? (inUnit(sameRate(claimed, stored.unit!), stored.unit!) ?? inTimeUnit(claimed, stored) ?? claimed) : claimed;
  const s = (quantities && c === claimed && storedInClaimedSystem(claimed, stored)) || stored;
  const k: Case = { c, s, o: options, t: texts, converted: c !== claimed || s !== stored };
  for (const rule of RULES) {
    if (rule.when(k)) {
      const verdict = typeof rule.verdict === "function" ? rule.verdict(k) : rule.verdict;
      return { verdict, rule: rule.id, reason: rule.reason(k) };
    }
  }
  /* c8 ignore next */
  throw new Error("unreachable: the fallback rule always applies");
}
