// Units of one measure (src/lang/common.yaml, unitScales): "1.2 GW" and "1,200 MW" are one
// figure. Used by the matcher (which facts a figure may be about) and the judge (comparing).
import { COMMON } from "../lang/index.js";
import type { FigureValue } from "../types.js";

const measureOfUnit = new Map<string, { measure: string; size: number }>();
for (const [measure, units] of Object.entries(COMMON.unitScales)) {
  for (const [unit, size] of Object.entries(units)) measureOfUnit.set(unit, { measure, size });
}

// Units of another system (miles, yards, knots), with the metric units of their measure.
const sizeAcrossSystems = new Map(measureOfUnit);
for (const [measure, units] of Object.entries(COMMON.unitsConvertedNear)) {
  for (const [unit, size] of Object.entries(units)) sizeAcrossSystems.set(unit, { measure, size });
}
const otherSystem = new Set(Object.values(COMMON.unitsConvertedNear).flatMap((units) => Object.keys(units)));

/**
 * How many of `to` one `from` is, when one of the two is of another system than the other and both
 * measure the same thing ("mi" → "km": 1.609344); null otherwise. The judge compares such figures
 * only near each other (src/lang/common.yaml, unitsConvertedNear).
 */
export function factorAcrossSystems(from: string | undefined, to: string): number | null {
  if (from === undefined || from === to || (!otherSystem.has(from) && !otherSystem.has(to))) return null;
  const a = sizeAcrossSystems.get(from);
  const b = sizeAcrossSystems.get(to);
  return a && b && a.measure === b.measure ? a.size / b.size : null;
}

/** The measure a unit belongs to ("length" for km), or the unit itself when it has none. */
export function measureOf(unit: string | undefined): string {
  if (unit === undefined) return "?";
  return measureOfUnit.get(unit)?.measure ?? unit;
}

/** Seconds in each unit of time (a month a twelfth of a year, a year 365.25 days, a decade ten years). */
export const SECONDS: Readonly<Record<string, number>> = { s: 1, min: 60, h: 3600, d: 86400, wk: 604800, mo: 2629800, yr: 31557600, dec: 315576000 };

/** Whether a figure is a span of time: a quantity in a unit of time ("12 months", "over fire timer"). */
export function isSpanOfTime(v: FigureValue): boolean {
  return v.kind === "quantity" && v.unit !== undefined && Object.hasOwn(SECONDS, v.unit);
}

/**
 * The number of a quantity restated in each other unit of its measure ("1.4 km2": 140 ha, 1,400,000
 * m2), a span of time in each other unit of time ("1 h": 60 min).
 */
export function inOtherUnits(value: number, unit: string | undefined): number[] {
  const out: number[] = [];
  const seconds = unit === undefined ? undefined : SECONDS[unit];
  if (seconds !== undefined) {
    for (const [other, s] of Object.entries(SECONDS)) if (other !== unit) out.push(Number(((value * seconds) / s).toPrecision(12)));
    return out;
  }
  const from = unit === undefined ? undefined : measureOfUnit.get(unit);
  if (!from) return out;
  for (const [other, to] of measureOfUnit) if (other !== unit && to.measure === from.measure) out.push(Number(((value * from.size) / to.size).toPrecision(12)));
  return out;
}

/** Whether two spans of time are one span in two units ("one hour", "60-minute"). */
export function sameSpan(a: FigureValue, b: FigureValue): boolean {
  const sa = a.unit === undefined ? undefined : SECONDS[a.unit];
  const sb = b.unit === undefined ? undefined : SECONDS[b.unit];
  return sa !== undefined && sb !== undefined && typeof a.value === "number" && typeof b.value === "number" && Number((a.value * sa).toPrecision(12)) === Number((b.value * sb).toPrecision(12));
}

/** A quantity restated in another unit of its measure (null when the units measure different things). */
export function inUnit<T extends FigureValue>(v: T, unit: string): T | null {
  if (v.unit === unit) return v;
  const from = v.unit === undefined ? undefined : measureOfUnit.get(v.unit);
  const to = measureOfUnit.get(unit);
  if (!from || !to || from.measure !== to.measure) return null;
  return restated(v, unit, from.size / to.size);
}

/** A quantity restated in `unit`, each of its numbers times k (12 significant digits: no float noise). */
export function restated<T extends FigureValue>(v: T, unit: string, k: number): T {
  const scale = (x: number | undefined) => (x === undefined ? undefined : Number((x * k).toPrecision(12)));
  return {
    ...v,
    unit,
    ...(typeof v.value === "number" ? { value: scale(v.value) } : {}),
    ...(v.low !== undefined ? { low: scale(v.low) } : {}),
    ...(v.high !== undefined ? { high: scale(v.high) } : {}),
  };
}
