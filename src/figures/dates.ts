// Dates, months, weekdays and decades in claims, and the stored forms of date values.
import { ALL_LANGUAGES, COMMON, languageOf } from "../lang/index.js";
import type { DateParts, FigureKind, FigureValue, Lang, Qualifier } from "../types.js";
import type { Ctx } from "./numbers.js";
import { isP, tokAt, touches, type Tok } from "./tokens.js";

/** A match over tokens [start, end); fig null means "consumed, but not a figure" (9/11-like junk). */
export interface Hit {
  fig: FigureValue | null;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Stored values

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function validDate(day: number, month: number, year?: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** "2001-09-11" or "--09-11". */
export function dateValue(month: number, day: number, year?: number): string {
  return `${year === undefined ? "-" : pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "2021-08" or "--08". */
export function monthValue(month: number, year?: number): string {
  return `${year === undefined ? "-" : pad(year, 4)}-${pad(month)}`;
}

/**
 * A figure value with all its fields, undefined where it has none: every value the readers make
 * has one object shape, so that reading them (figure(), qualify) is a monomorphic field load.
 */
export function figureValue(
  kind: FigureKind,
  qualifier: Qualifier,
  value: number | string | null,
  low?: number,
  high?: number,
  unit?: string,
  date?: DateParts,
): FigureValue {
  return { kind, qualifier, value, low, high, unit, date };
}

/** The parts of a source's date as fact bases store it: "2025-11-04", "2021-07" or "2021" (its form only, as the schema checks it). */
export function textDateParts(date: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  return m[3] === undefined ? { year, month: Number(m[2]) } : { year, month: Number(m[2]), day: Number(m[3]) };
}

/** Days either side of a text's date past which a yearless date may be of the year beside (nine months). */
const FAR_DAYS = 270;

/**
 * The year of a date or month a text gives without one ("1 January", "i december"), from the
 * text's date ("YYYY-MM-DD", "YYYY-MM"): the text's own year, unless that puts it more than nine
 * months away — then the year before for one ahead ("December" in a January article is last
 * December, unless the sentence speaks of the future), the year after for one behind unless the
 * sentence tells of the past ("will reopen in February", "Prisen stiger den 1. januar" in a
 * November article; not "lost a third of its value since January").
 */
export function yearOfUndated(month: number, day: number | undefined, textDate: string, tense: { future: boolean; past: boolean }): number | undefined {
  const at = textDateParts(textDate);
  if (at?.year === undefined) return undefined;
  const year = at.year;
  if (at.month === undefined) return year;
  const ahead = (month - at.month) * 30.44 + (day ?? 15) - (at.day ?? 15);
  if (ahead > FAR_DAYS && !tense.future) return year - 1;
  if (ahead < -FAR_DAYS && (tense.future || !tense.past)) return year + 1;
  return year;
}

export function dateFigure(month: number, day: number, year?: number): FigureValue {
  const date: DateParts = year === undefined ? { month, day } : { year, month, day };
  return figureValue("date", "exact", dateValue(month, day, year), undefined, undefined, undefined, date);
}

export function monthFigure(month: number, year?: number): FigureValue {
  const date: DateParts = year === undefined ? { month } : { year, month };
  return figureValue("month", "exact", monthValue(month, year), undefined, undefined, undefined, date);
}

export function weekdayFigure(weekday: number): FigureValue {
  return figureValue("weekday", "exact", COMMON.weekdays[weekday - 1], undefined, undefined, undefined, { weekday });
}

export function yearFigure(year: number): FigureValue {
  return figureValue("year", "exact", year, undefined, undefined, undefined, { year });
}

const DATE_RE = /^(\d{4}|-)-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4}|-)-(\d{2})$/;
const YEAR_RE = /^\d{1,4}$/;

/**
 * Calendar parts of a stored value: year 2011 / "2011"; date "2001-09-11" / "--09-11";
 * month "2021-08" / "--08"; weekday "monday" / "mandag" (a weekday name of any language) / 1..7. Null when the value does not fit
 * the kind (the caller reports it).
 */
export function parseDateValue(kind: FigureKind, value: string | number | null | undefined): DateParts | null {
  if (value === null || value === undefined) return null;
  const s = typeof value === "number" ? String(value) : value.trim();
  switch (kind) {
    case "year": {
      if (!YEAR_RE.test(s)) return null;
      return { year: Number(s) };
    }
    case "date": {
      const m = DATE_RE.exec(s);
      if (!m) return null;
      const year = m[1] === "-" ? undefined : Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (!validDate(day, month, year)) return null;
      return year === undefined ? { month, day } : { year, month, day };
    }
    case "month": {
      const m = MONTH_RE.exec(s);
      if (!m) return null;
      const year = m[1] === "-" ? undefined : Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      return year === undefined ? { month } : { year, month };
    }
    case "weekday": {
      if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 7 ? { weekday: value } : null;
      const low = s.toLowerCase();
      let w = COMMON.weekdays.indexOf(low) + 1;
      for (const pack of ALL_LANGUAGES) if (!w) w = pack.calendar.weekdays.indexOf(low) + 1;
      return w ? { weekday: w } : null;
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading dates in claims

/** The value of a digit run of minLen..maxLen digits (at most 4: read by code, no string parsing). */
function num(t: Tok | undefined, minLen: number, maxLen: number): number | null {
  if (!t || t.type !== "n" || t.raw.length < minLen || t.raw.length > maxLen) return null;
  let v = 0;
  for (let k = 0; k < t.raw.length; k++) v = v * 10 + t.raw.charCodeAt(k) - 48;
  return v;
}


/** The number token continues as a decimal/grouped literal ("9.5", "2,448"): not a day. */
function continuesLiteral(toks: readonly Tok[], k: number): boolean {
  const s = toks[k];
  const d = toks[k + 1];
  return isP(s, ",.") && touches(s) && !!d && d.type === "n" && touches(d);
}

/** A year written after a day or month: four digits, not part of a longer literal. */
function yearAt(toks: readonly Tok[], k: number): number | null {
  const y = num(toks[k], 4, 4);
  if (y === null || y < 1000 || y > 2999) return null;
  if (continuesLiteral(toks, k + 1)) return null;
  const after = toks[k + 1];
  if (after && touches(after) && (after.type === "w" || isP(after, "%/"))) return null;
  return y;
}

interface MonthTok {
  month: number;
  end: number;
  /** A month name that is a common word too ("May", "March"): a month only in a date context. */
  ambiguous: boolean;
  /** An abbreviation without a dot ("Sep 11"): a month only before a day or year. */
  needsNumber: boolean;
}

export function monthAt(c: Ctx, j: number): MonthTok | null {
  const t = c.toks[j];
  if (!t || t.type !== "w") return null;
  const cal = c.tab.pack.calendar;
  if (cal.capitalised && !t.upper) return null;
  const full = c.tab.monthNumber(t);
  if (full !== null) {
    return { month: full, end: j + 1, ambiguous: c.tab.ambiguousMonths.has(t.low), needsNumber: false };
  }
  const abbr = c.tab.monthAbbreviations.get(t.low);
  if (abbr === undefined) return null;
  const next = c.toks[j + 1];
  if (isP(next, ".") && touches(next)) return { month: abbr, end: j + 2, ambiguous: false, needsNumber: false };
  if (next && next.type === "n") return { month: abbr, end: j + 1, ambiguous: false, needsNumber: true };
  return null;
}

/** "11", "11th", "11." as a day of the month; returns the day and the index after it. */
function dayAt(c: Ctx, k: number, dot: boolean): { day: number; end: number } | null {
  const toks = c.toks;
  const d = num(toks[k], 1, 2);
  if (d === null || d < 1 || d > 31) return null;
  if (continuesLiteral(toks, k + 1)) return null;
  let end = k + 1;
  const s = toks[end];
  if (s && touches(s) && s.type === "w") {
    if (!c.tab.ordinalSuffixes.has(s.low)) return null;
    end++;
  } else if (dot && isP(s, ".") && touches(s)) {
    end++;
  }
  return { day: d, end };
}

/** "11 September 2001", "11th of September", "11. september 2001", "den 11. sep. 2001". */
function dayMonth(c: Ctx, j: number, spanEnd = false): Hit | null {
  const toks = c.toks;
  const prev = tokAt(toks, j - 1);
  // (the end of a span of days may touch its dash: "19.-21. juni")
  if (prev && touches(toks[j]) && (prev.type === "w" || isP(prev, "/-:.,")) && !spanEnd && !(isP(prev, SPAN_DASHES) && spanBefore(c, j - 1))) return null;
  const d = dayAt(c, j, c.tab.pack.numbers.ordinalDot);
  if (!d) return null;
  let k = d.end;
  if (toks[k] && c.tab.dayMonthJoiners.has(toks[k].low)) k++;
  const m = monthAt(c, k);
  // (a span's end names its month itself: no span of spans, "1-2-3-…" reads no further)
  if (!m) return spanEnd ? null : firstDayOfSpan(c, j, d);
  k = m.end;
  let year: number | undefined;
  const y1 = yearAt(toks, k);
  if (y1 !== null) {
    year = y1;
    k++;
  } else if (isP(toks[k], ",")) {
    const y2 = yearAt(toks, k + 1);
    if (y2 !== null) {
      year = y2;
      k += 2;
    }
  }
  if (!validDate(d.day, m.month, year)) return null;
  return { fig: dateFigure(m.month, d.day, year), start: j, end: k };
}

/** Dashes that join the two ends of a span ("19-21 June"). */
const SPAN_DASHES = "-–—‐‑";

/**
 * The first day of a span of days that names its month (and year) once, at its end: "19 to 21
 * June 2026", "19.-21. juni", "fredag den 19. til søndag den 21. juni 2026", "between 19 and 21
 * June" — the 19th of that month. Only the first day: the last is a date of its own. So is the
 * first of two days joined by "and": "Saturday 14 and Sunday 15 June", "den 14. og 15. juni".
 */
function firstDayOfSpan(c: Ctx, j: number, d: { day: number; end: number }): Hit | null {
  const toks = c.toks;
  const joiner = toks[d.end];
  if (!joiner) return null;
  const ranges = c.tab.pack.ranges;
  // (the closer of an opener right before the day, or before its weekday and article: "between 19 and 21")
  let o = j - 1;
  if (o >= 0 && c.tab.weekdayDateJoiners.has(toks[o].low)) o--;
  if (o >= 0 && c.tab.weekdayNumber(toks[o]) !== null) o--;
  const closer = o >= 0 && Object.hasOwn(ranges.openers, toks[o].low) ? ranges.openers[toks[o].low] : undefined;
  if (!(isP(joiner, SPAN_DASHES) || joiner.low === ranges.joiner || (closer !== undefined && joiner.low === closer) || c.tab.andWords.has(joiner.low))) return null;
  let k = d.end + 1;
  if (toks[k] && c.tab.weekdayNumber(toks[k]) !== null) k++;
  if (toks[k] && c.tab.weekdayDateJoiners.has(toks[k].low)) k++;
  const last = toks[k]?.type === "n" ? dayMonth(c, k, true) : null;
  const parts = last?.fig?.kind === "date" ? last.fig.date : undefined;
  if (!parts?.month || parts.day === undefined || !(d.day < parts.day) || !validDate(d.day, parts.month, parts.year)) return null;
  return { fig: dateFigure(parts.month, d.day, parts.year), start: j, end: d.end };
}

/** A span of days opens right before the dash at `dash`: "19-21 June", "19.-21. juni". */
function spanBefore(c: Ctx, dash: number): boolean {
  let s = dash - 1;
  if (isP(c.toks[s], ".")) s--;
  if (s < 0 || c.toks[s].type !== "n") return false;
  const d = dayAt(c, s, c.tab.pack.numbers.ordinalDot);
  return d !== null && d.end === dash && firstDayOfSpan(c, s, d) !== null;
}

/** "September 11, 2001", "Sept. 11", "August 2021", "August", "i august". */
function monthFirst(c: Ctx, j: number, strong: boolean): Hit | null {
  const toks = c.toks;
  const m = monthAt(c, j);
  if (!m) return null;
  let k = m.end;
  const cal = c.tab.pack.calendar;
  if (cal.monthDay) {
    const d = dayAt(c, k, false);
    if (d) {
      let e = d.end;
      let year: number | undefined;
      if (cal.commaBeforeYear && isP(toks[e], ",") && yearAt(toks, e + 1) !== null) {
        year = yearAt(toks, e + 1)!;
        e += 2;
      } else if (yearAt(toks, e) !== null) {
        year = yearAt(toks, e)!;
        e += 1;
      }
      if (validDate(d.day, m.month, year)) return { fig: dateFigure(m.month, d.day, year), start: j, end: e };
    }
  }
  let year = yearAt(toks, k);
  if (year === null && isP(toks[k], ",") && cal.commaBeforeYear) {
    year = yearAt(toks, k + 1);
    if (year !== null) k++;
  }
  if (year !== null) return { fig: monthFigure(m.month, year), start: j, end: k + 1 };
  if (m.ambiguous && !strong) {
    const p = tokAt(toks, j - 1);
    if (!p || !c.tab.monthCues.has(p.low)) return null;
  }
  if (m.needsNumber) return null;
  return { fig: monthFigure(m.month), start: j, end: m.end };
}

function weekday(c: Ctx, j: number): Hit | null {
  const t = c.toks[j];
  if (!t || t.type !== "w") return null;
  if (c.tab.pack.calendar.capitalised && !t.upper) return null;
  const w = c.tab.weekdayNumber(t);
  if (w === null) return null;
  return { fig: weekdayFigure(w), start: j, end: j + 1 };
}

/** "2001-09-11". */
function iso(c: Ctx, j: number): Hit | null {
  const t = c.toks;
  const y = num(t[j], 4, 4);
  if (y === null || !isP(t[j + 1], "-") || !touches(t[j + 1])) return null;
  const m = num(t[j + 2], 2, 2);
  if (m === null || !touches(t[j + 2]) || !isP(t[j + 3], "-") || !touches(t[j + 3])) return null;
  const d = num(t[j + 4], 2, 2);
  if (d === null || !touches(t[j + 4])) return null;
  if (!validDate(d, m, y)) return null;
  return { fig: dateFigure(m, d, y), start: j, end: j + 5 };
}

/** "11.9.2001" (day.month.year). */
function dotted(c: Ctx, j: number): Hit | null {
  const t = c.toks;
  const d = num(t[j], 1, 2);
  if (d === null || !isP(t[j + 1], ".") || !touches(t[j + 1])) return null;
  const m = num(t[j + 2], 1, 2);
  if (m === null || !touches(t[j + 2]) || !isP(t[j + 3], ".") || !touches(t[j + 3])) return null;
  const y = num(t[j + 4], 4, 4);
  if (y === null || !touches(t[j + 4])) return null;
  if (!validDate(d, m, y)) return null;
  return { fig: dateFigure(m, d, y), start: j, end: j + 5 };
}

const FRACTIONS: ReadonlySet<string> = new Set(["1/2", "1/3", "2/3", "1/4", "3/4", "1/5", "1/10", "24/7"]);

/** "9/11", "7/4" (month/day), "11/9", "11/9 2001", "11/9-2001" (day/month): the order of the pack's calendar. */
function slash(c: Ctx, j: number): Hit | null {
  const t = c.toks;
  const a = num(t[j], 1, 2);
  if (a === null || !isP(t[j + 1], "/") || !touches(t[j + 1])) return null;
  const b = num(t[j + 2], 1, 2);
  if (b === null || !touches(t[j + 2])) return null;
  const prev = tokAt(t, j - 1);
  if (prev && touches(t[j]) && (prev.type !== "p" || isP(prev, "/-.,"))) return { fig: null, start: j, end: j + 3 };
  let end = j + 3;
  let year: number | undefined;
  if (isP(t[end], "/") && touches(t[end]) && touches(t[end + 1])) {
    const y4 = num(t[end + 1], 4, 4);
    const y2 = num(t[end + 1], 2, 2);
    if (y4 !== null) year = y4;
    else if (y2 !== null) year = y2 < 50 ? 2000 + y2 : 1900 + y2;
    else return { fig: null, start: j, end: end + 2 };
    end += 2;
  } else if (isP(t[end], "-") && touches(t[end]) && touches(t[end + 1]) && yearAt(t, end + 1) !== null) {
    year = yearAt(t, end + 1)!;
    end += 2;
  } else if (t[end] && t[end].type === "n" && t[end].gap === 1 && yearAt(t, end) !== null && c.tab.pack.calendar.slashSpacedYear) {
    const y = yearAt(t, end)!;
    if (y >= 1800 && y <= 2100) {
      year = y;
      end += 1;
    }
  }
  const key = `${a}/${b}`;
  const next = t[end];
  if (year === undefined && (FRACTIONS.has(key) || (next && (c.tab.partitive.has(next.low) || isP(next, "%")))))
    return { fig: null, start: j, end };
  if (year === undefined && a === 9 && b === 11) return { fig: dateFigure(9, 11), start: j, end };
  const mdy = c.tab.pack.calendar.order === "mdy";
  const [m1, d1] = mdy ? [a, b] : [b, a];
  if (validDate(d1, m1, year)) return { fig: dateFigure(m1, d1, year), start: j, end };
  // Month/day languages read day/month when month/day is no date ("25/12").
  if (mdy && validDate(a, b, year)) return { fig: dateFigure(b, a, year), start: j, end };
  return { fig: null, start: j, end };
}

/** "the 1990s", "1990's", "1990'erne", "90'erne": a year range. */
function decade(c: Ctx, j: number): Hit | null {
  const t = c.toks;
  const n = t[j];
  if (!n || n.type !== "n" || (n.raw.length !== 4 && n.raw.length !== 2)) return null;
  const v = num(n, 2, 4)!;
  if (v % 10 !== 0) return null;
  const prev = tokAt(t, j - 1);
  if (prev && touches(n) && prev.type === "w") return null;
  let end = -1;
  const a = t[j + 1];
  const b = t[j + 2];
  // "1990-tallet" (the 1990s), "1900-tallet" (the 20th century)
  if (n.raw.length === 4 && isP(a, "-‐‑") && touches(a) && b && touches(b) && c.tab.decadeWords.has(b.low)) {
    const span = v % 100 === 0 ? 99 : 9;
    if (v < 1000 || v > 2990) return null;
    return { fig: figureValue("year", "range", null, v, v + span), start: j, end: j + 3 };
  }
  const suffixes = c.tab.decadeSuffixes;
  if (a && touches(a) && a.type === "w" && suffixes.has(a.low)) end = j + 2;
  else if (isP(a, "'’") && touches(a) && b && touches(b) && suffixes.has(b.low)) end = j + 3;
  if (end < 0) return null;
  const low = n.raw.length === 4 ? v : v <= 20 ? 2000 + v : 1900 + v;
  if (low < 1000 || low > 2990) return null;
  return { fig: figureValue("year", "range", null, low, low + 9), start: j, end };
}

/**
 * A date-like figure starting at token j (not plain years: the number reader decides those).
 * `strong`: a date word came before ("by", "since", "the end of"), so "May" is a month.
 */
export function dateCoreAt(c: Ctx, j: number, strong: boolean): Hit | null {
  const t = c.toks[j];
  if (!t) return null;
  if (t.type === "n") {
    // "2001-09-11", "11.9.2001", "9/11": punctuation glued to the number; most numbers have none
    const p = c.toks[j + 1];
    const glued = p !== undefined && p.type === "p" && p.gap === 0 ? (iso(c, j) ?? dotted(c, j) ?? slash(c, j)) : null;
    return glued ?? dayMonth(c, j) ?? decade(c, j);
  }
  if (t.type === "w") return monthFirst(c, j, strong) ?? weekday(c, j);
  return null;
}

const capital = (n: string) => n[0].toUpperCase() + n.slice(1);

export function monthName(month: number, lang: Lang): string {
  const cal = languageOf(lang).calendar;
  const n = cal.months[month - 1];
  return cal.capitalised ? capital(n) : n;
}

export function weekdayName(weekday: number, lang: Lang): string {
  const cal = languageOf(lang).calendar;
  const n = cal.weekdays[weekday - 1];
  return cal.capitalised ? capital(n) : n;
}

/** Monday 1 … Sunday 7, as weekday figures count them. */
export function isoWeekday(year: number, month: number, day: number): number {
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** How many characters may stand between a weekday and the date it is of (", ", " den ", " the "). */
const WEEKDAY_GAP = 5;

/** Whether a figure is a weekday right before a date, that date's ("Tuesday 17 September", "tirsdag den 17. september"). */
export function weekdayOfDate(weekday: { kind: string; end: number } | undefined, date: { kind: string; start: number } | undefined): boolean {
  return weekday?.kind === "weekday" && date?.kind === "date" && date.start - weekday.end >= 0 && date.start - weekday.end <= WEEKDAY_GAP;
}
