// Figures of facts: from the YAML `figure:` block to a FigureValue, with date parts and a display
// form. Date parts and display forms come from src/figures (parseDateValue, formatFigure), so that
// facts and claims read and write figures the same way; this file adds the fact-base checks.
import { KINDS, WEEK } from "../figures/kinds.js";
import { formatFigure, parseClockText, parseDateValue } from "../figures/index.js";
import type { DateParts, FigureKind, FigureValue, Qualifier } from "../types.js";
import type { FigureInput } from "./schema.js";

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/** A problem with one key of the figure block (the loader turns it into a positioned error). */
export class FigureProblem extends Error {
  constructor(
    message: string,
    readonly key: keyof FigureInput | null,
  ) {
    super(message);
  }
}

const NUMERIC_KINDS: ReadonlySet<FigureKind> = new Set((Object.keys(KINDS) as FigureKind[]).filter((k) => KINDS[k].numeric));

const DATE_FORMS: Partial<Record<FigureKind, string>> = {
  year: "a year must be a whole number such as 2011",
  date: 'a date must be a real date written "YYYY-MM-DD" or "--MM-DD"',
  month: 'a month must be written "YYYY-MM" or "--MM"',
  weekday: 'a weekday must be an English day name such as "monday"',
};

/** Date parts of a date-like figure value; throws FigureProblem on a malformed value. */
export function dateParts(kind: FigureKind, value: number | string | null | undefined): DateParts | undefined {
  const form = DATE_FORMS[kind];
  if (!form) return undefined;
  if (kind === "year" && (typeof value !== "number" || !Number.isInteger(value) || value < 1)) throw new FigureProblem(form, "value");
  if (kind !== "year" && typeof value !== "string") throw new FigureProblem(form, "value");
  const parts = parseDateValue(kind, value);
  if (!parts) throw new FigureProblem(form, "value");
  return parts;
}

/** Converts and checks a figure block: kind-specific value, default qualifier, bounds. */
export function toFigureValue(input: FigureInput): FigureValue {
  const kind = input.kind as FigureKind;
  const f = kind === "clock" ? clockInput(input) : input;
  if (typeof f.low === "string" || typeof f.high === "string") throw new FigureProblem(`a ${kind} figure's low and high are numbers`, typeof f.low === "string" ? "low" : "high");
  const qualifier = (f.qualifier ?? (kind === "vague" ? "vague" : "exact")) as Qualifier;
  const out: FigureValue = { kind, qualifier, value: null };
  const hasBounds = f.low !== undefined || f.high !== undefined;

  if (kind === "vague" || qualifier === "range" || qualifier === "vague") {
    if (f.low === undefined) throw new FigureProblem(`a ${kind === "vague" ? "vague figure" : `"${qualifier}" figure`} needs low and high`, null);
    if (f.high === undefined) throw new FigureProblem(`a ${kind === "vague" ? "vague figure" : `"${qualifier}" figure`} needs low and high`, null);
    if (f.low > f.high) throw new FigureProblem("low must not be above high", "low");
    out.low = f.low;
    out.high = f.high;
    if (kind === "vague") {
      // The value is the words ("many hundreds"), as src/figures reads them in claims; low..high is the span.
      if (f.value !== undefined && f.value !== null && typeof f.value !== "string")
        throw new FigureProblem('a vague figure\'s value is its words, e.g. "many hundreds"', "value");
      if (qualifier !== "vague") throw new FigureProblem('a vague figure\'s qualifier is "vague"', "qualifier");
      if (typeof f.value === "string") out.value = f.value.trim();
      return out;
    }
    if (f.value !== undefined && f.value !== null) throw new FigureProblem(`a "${qualifier}" figure has low and high, not a value`, "value");
    // (a span of years: "fra 1902 til 1967", "the 1950s", "2023/24")
    if (kind === "year") {
      if (!Number.isInteger(f.low) || !Number.isInteger(f.high) || f.low < 1) throw new FigureProblem("a span of years has whole years as low and high, such as 1902 and 1967", "low");
    } else if (!NUMERIC_KINDS.has(kind)) throw new FigureProblem(`a ${kind} cannot be a range`, "qualifier");
  } else {
    if (hasBounds) throw new FigureProblem('low and high are only for vague figures and the "range" qualifier', f.low !== undefined ? "low" : "high");
    if (f.value === undefined || f.value === null) throw new FigureProblem(`a ${kind} figure needs a value`, null);
    if (NUMERIC_KINDS.has(kind)) {
      if (typeof f.value !== "number" || !Number.isFinite(f.value)) throw new FigureProblem(`a ${kind} value must be a number`, "value");
    } else if (typeof f.value !== "string") {
      throw new FigureProblem(`a ${kind} value must be a string`, "value");
    }
    out.value = kind === "weekday" ? WEEKDAYS[(dateParts(kind, f.value)!.weekday ?? 1) - 1] : f.value;
  }

  const isDate = kind === "year" || kind === "date" || kind === "month" || kind === "weekday";
  if (isDate) {
    if ((["more_than", "at_least", "less_than", "at_most", "nearly", "just_over", "vague"] as Qualifier[]).includes(qualifier))
      throw new FigureProblem(`qualifier "${qualifier}" does not apply to a ${kind}; use before, after, about or exact`, "qualifier");
    if (qualifier !== "range") out.date = dateParts(kind, out.value);
  } else if (qualifier === "before" || qualifier === "after") {
    throw new FigureProblem(`qualifier "${qualifier}" is only for dates`, "qualifier");
  }

  if (kind === "percent") {
    if (f.unit !== undefined && f.unit !== "%") throw new FigureProblem('a percent figure\'s unit is "%"', "unit");
    out.unit = "%";
  } else if (kind === "money") {
    if (!f.unit || !/^[A-Z]{3}$/.test(f.unit)) throw new FigureProblem("a money figure needs an ISO 4217 unit such as USD or DKK", "unit");
    out.unit = f.unit;
  } else if (kind === "quantity") {
    if (!f.unit) throw new FigureProblem("a quantity needs a unit", "unit");
    out.unit = f.unit;
  } else if (kind === "ordinal" && f.unit !== undefined) {
    // (a week of the year: "uge 38" is rank 38 in weeks)
    if (f.unit !== WEEK) throw new FigureProblem(`a rank's only unit is "${WEEK}", a week of the year ("week 41")`, "unit");
    out.unit = WEEK;
  } else if (f.unit !== undefined) {
    throw new FigureProblem(`a ${kind} figure has no unit`, "unit");
  }
  if (f.season !== undefined) {
    if (kind !== "year") throw new FigureProblem('a season is only for a year figure ("spring 2026")', "season");
    out.season = f.season;
  }
  if (f.reach === true) {
    if (qualifier !== "at_most") throw new FigureProblem('reach is only for an "at_most" figure (how high it reaches: "up to 60")', "reach");
    out.reach = true;
  }
  return out;
}

const CLOCK_FORM = 'a time of day is written "HH:MM" on the 24-hour clock, such as "13:30"';

/** A time of day's block with its "13:30" strings as minutes after midnight (what a clock figure holds). */
function clockInput(f: FigureInput): FigureInput & { low?: number; high?: number } {
  const minutes = (v: unknown, key: "value" | "low" | "high"): number | undefined => {
    if (v === undefined || v === null) return undefined;
    const m = typeof v === "string" ? parseClockText(v) : null;
    if (m === null) throw new FigureProblem(CLOCK_FORM, key);
    return m;
  };
  if (f.unit !== undefined) throw new FigureProblem("a clock figure has no unit", "unit");
  const q = f.qualifier ?? "exact";
  if (q !== "exact" && q !== "range" && q !== "about") throw new FigureProblem(`qualifier "${q}" does not apply to a clock time; use exact, about or range`, "qualifier");
  return { ...f, value: minutes(f.value, "value") ?? (f.value as null | undefined), low: minutes(f.low, "low"), high: minutes(f.high, "high") };
}

/**
 * The figure as people write it in English: "2,448", "more than 200", "many hundreds",
 * "11 September 2001", "August 2021", "by the end of August 2021", "Monday".
 */
export function displayFigure(v: FigureValue): string {
  return formatFigure(v, "en");
}
