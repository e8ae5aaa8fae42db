// The figure kinds, described once: every stage asks this table what a kind is (issue: four
// tables disagreed). A new kind is a row here and its reader.
import type { FigureKind, FigureValue } from "../types.js";
import { measureOf } from "./units.js";

export interface KindInfo {
  /** Amounts are compared with amounts, dates with dates, times of day with times of day; never across. */
  family: "amount" | "time" | "clock" | "rank";
  /** A plain number of things (count, vague): one unit, "a number". */
  countLike: boolean;
  /** A stored value of this kind is a number, and may be a range (low–high). */
  numeric: boolean;
}

export const KINDS: Readonly<Record<FigureKind, KindInfo>> = {
  count: { family: "amount", countLike: true, numeric: true },
  vague: { family: "amount", countLike: true, numeric: false },
  percent: { family: "amount", countLike: false, numeric: true },
  money: { family: "amount", countLike: false, numeric: true },
  quantity: { family: "amount", countLike: false, numeric: true },
  year: { family: "time", countLike: false, numeric: true },
  date: { family: "time", countLike: false, numeric: false },
  month: { family: "time", countLike: false, numeric: false },
  weekday: { family: "time", countLike: false, numeric: false },
  // (a time of day is no date: "at 6pm" says nothing of which day, and no amount either)
  clock: { family: "clock", countLike: false, numeric: true },
  // (a rank is no number of things: "the 14th run" is not 14 runs, "came seventh" no count of seven)
  ordinal: { family: "rank", countLike: false, numeric: true },
};

/** The unit of a rank that is a week of the year ("week 41", "uge 38"): ranks of weeks and places are not compared. */
export const WEEK = "wk";

/** An amount: count, vague, percent, money or quantity. */
export function isAmount(kind: string): boolean {
  return KINDS[kind as FigureKind]?.family === "amount";
}

/** An age group: a bound on an age or a range of ages ("under ti år", "18- to 64-year-olds"), which says whom an amount counts. */
export function isAgeGroup(f: { unit?: string; qualifier: string }): boolean {
  return f.unit === "age" && f.qualifier !== "exact" && f.qualifier !== "about" && f.qualifier !== "nearly";
}

/** A hedge that rounds a figure: about, nearly, just over ("omkring", "knap", "godt"); not a bound. */
export function isHedge(qualifier: string): boolean {
  return qualifier === "about" || qualifier === "nearly" || qualifier === "just_over";
}

/** A bound on a number: more than, fewer than, at least, at most. */
export function isBound(qualifier: string): boolean {
  return qualifier === "more_than" || qualifier === "less_than" || qualifier === "at_least" || qualifier === "at_most";
}

/** A bound in time: "before May", "since 2001". */
export function isBeforeOrAfter(qualifier: string): boolean {
  return qualifier === "before" || qualifier === "after";
}

/** A time: year, date, month or weekday. */
export function isTime(kind: string): boolean {
  return KINDS[kind as FigureKind]?.family === "time";
}

/** A time of day. */
export function isClock(kind: string): boolean {
  return KINDS[kind as FigureKind]?.family === "clock";
}

/** A rank: an ordinal. */
export function isOrdinal(kind: string): boolean {
  return KINDS[kind as FigureKind]?.family === "rank";
}

/** Whether two kinds are of one family (amounts, times, times of day, ranks): only those are compared. */
export function sameFamily(a: string, b: string): boolean {
  return KINDS[a as FigureKind]?.family === KINDS[b as FigureKind]?.family;
}

/** A plain number of things: count or vague. */
export function isCountLike(kind: string): boolean {
  return KINDS[kind as FigureKind]?.countLike === true;
}

/**
 * What an amount is measured in, as one key: "count" for numbers of things, "%" for percentages,
 * "money:USD", "quantity:length" (units of one measure share a key: km and m).
 */
export function unitKey(v: Pick<FigureValue, "kind" | "unit">): string {
  if (isCountLike(v.kind)) return "count";
  if (v.kind === "percent") return "%";
  if (v.kind === "quantity") return `quantity:${measureOf(v.unit)}`;
  return `${v.kind}:${v.unit ?? "?"}`;
}

/** Whether two stored figures are the same figure: kind, qualifier, value, range ends and unit. */
export function sameFigureValue(x: FigureValue, y: FigureValue): boolean {
  return x.kind === y.kind && x.qualifier === y.qualifier && x.value === y.value && x.low === y.low && x.high === y.high && x.unit === y.unit;
}
