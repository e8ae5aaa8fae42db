// Times of day: "1.30pm", "6 p.m.", "18:00", "noon", "kl. 13.30", "klokken 17", and spans of two
// ("10am to 4pm", "10am-4pm", "between 3pm and 6pm", "kl. 10-16", "fra kl. 10 til 16", "mellem
// klokken 15 og 18"). A time is a figure of its own kind (clock, minutes after midnight), so that
// "fra kl. 10 til 18" is no count of 18 and "at 11am" can be checked against "10am". The words
// are the packs' (calendar.clock); the reader looks at a few tokens from where it starts.
import type { FigureValue } from "../types.js";
import { figureValue, type Hit } from "./dates.js";
import type { Ctx } from "./numbers.js";
import { isP, touches, type Tok } from "./tokens.js";

/** A time read at some tokens: minutes after midnight, where it ends, and how it was written. */
interface ClockTime {
  minutes: number;
  end: number;
  /** Written so that it is a time by itself ("kl.", am/pm, a colon, a word): it may open a span. */
  sure: boolean;
  /** On the 12-hour clock ("10am"): a span's other end needs its am or pm too. */
  twelve: boolean;
}

const DASHES = "-–—‐‑";

/** Hours and minutes of a digit run at token j: "10", "13.30", "10:30" (minutes two digits, touching). */
function hoursAt(toks: readonly Tok[], j: number): { h: number; m: number; end: number; colon: boolean; minutes: boolean } | null {
  const t = toks[j];
  if (!t || t.type !== "n" || t.raw.length > 2) return null;
  const h = Number(t.raw);
  const sep = toks[j + 1];
  const mins = toks[j + 2];
  if (isP(sep, ".:") && touches(sep) && mins && mins.type === "n" && touches(mins) && mins.raw.length === 2 && !(toks[j + 3]?.type === "n" && touches(toks[j + 3]))) {
    const m = Number(mins.raw);
    if (m < 60) return { h, m, end: j + 3, colon: sep!.raw === ":", minutes: true };
    return null;
  }
  // (a number run on by a separator and more digits is no hour: "1.234", "10,5")
  if (isP(sep, ".,:") && touches(sep) && toks[j + 2]?.type === "n" && touches(toks[j + 2])) return null;
  return { h, m: 0, end: j + 1, colon: false, minutes: false };
}

/**
 * One time of day at token j. `bare`: the second time of a span opened by a sure one, where the
 * hour alone is a time ("kl. 10-16", "10am to 4pm" reads "4pm" anyway).
 */
function timeAt(c: Ctx, j: number, bare: boolean): ClockTime | null {
  const toks = c.toks;
  const tab = c.tab;
  let k = j;
  let marked = false;
  const w = toks[k];
  if (!w) return null;
  if (w.type === "w") {
    // (in lower case: "the Midnight Walk" is a name)
    const word = w.upper ? undefined : tab.clockWords.get(w.low);
    if (word !== undefined) return { minutes: word, end: k + 1, sure: true, twelve: false };
    if (!tab.clockMarkers.has(w.low)) return null;
    marked = true;
    k++;
    if (isP(toks[k], ".") && touches(toks[k])) k++;
  }
  const hm = hoursAt(toks, k);
  if (!hm) return null;
  let end = hm.end;
  let half: "am" | "pm" | undefined;
  const next = toks[end];
  if (next && next.type === "w" && next.gap <= 1) {
    const p = tab.clockHalves.longest(toks, end);
    if (p) {
      half = p.data;
      end = p.end;
      // ("p.m.": its last dot, unless it ends the sentence too)
      if (isP(toks[end], ".") && touches(toks[end]) && toks[end + 1] && toks[end + 1].gap !== 0 && !toks[end + 1].upper) end++;
    }
  }
  // ("kl. 8 om aftenen", "7 in the morning": the part of the day gives the half)
  if (!half && hm.h >= 1 && hm.h <= 12) {
    const part = tab.clockTold.dayParts.longest(toks, end);
    if (part) {
      half = halfOfPart(part.data, hm.h);
      end = part.end;
    }
  }
  // ("by 12 noon", "at 12 midnight": the word says which twelve)
  const named = !half && hm.h === 12 && hm.m === 0 && toks[end]?.type === "w" && !toks[end].upper ? tab.clockWords.get(toks[end].low) : undefined;
  if (named !== undefined) return { minutes: named, end: end + 1, sure: true, twelve: false };
  // ("the 17.42 service", "the 08.15 train": hours and minutes before what runs at them)
  const service = !marked && !half && hm.minutes && hm.h < 24 && toks[end]?.type === "w" && toks[end].gap <= 1 && tab.clockServices.has(toks[end].low);
  let minutes: number;
  if (half) {
    if (hm.h < 1 || hm.h > 12) return null;
    minutes = ((hm.h % 12) + (half === "pm" ? 12 : 0)) * 60 + hm.m;
  } else if (marked || hm.colon || bare || service) {
    if (hm.h > 24 || (hm.h === 24 && hm.m > 0)) return null;
    // (a bare hour after a span's dash or joiner, or a colon without a marker: "18:00", but not "2:1")
    if (!marked && hm.colon && !bare && hm.h > 23) return null;
    minutes = hm.h * 60 + hm.m;
  } else return null;
  return { minutes, end, sure: marked || !!half || hm.colon || service, twelve: !!half };
}

/** The half of the day of an hour 1..12 said with a part of the day ("at night": the evening's hours from 6). */
function halfOfPart(part: "am" | "pm" | "night", h: number): "am" | "pm" {
  if (part !== "night") return part;
  return h >= 6 && h < 12 ? "pm" : "am";
}

/** An hour named in words or digits: a number word 1..12, or digits 1..24 that are no decimal. */
function hourAt(c: Ctx, j: number): number | null {
  const t = c.toks[j];
  if (!t) return null;
  if (t.type === "w") {
    const v = c.tab.smallNumber(t);
    return v !== null && v >= 1 && v <= 12 ? v : null;
  }
  if (t.type !== "n" || t.raw.length > 2) return null;
  const next = c.toks[j + 1];
  if (isP(next, ".,:") && touches(next) && c.toks[j + 2]?.type === "n" && touches(c.toks[j + 2])) return null;
  const h = Number(t.raw);
  return h >= 1 && h <= 24 ? h : null;
}

/** Minutes of a told time's first words: a number word or digits 1..29 ("ten past", "20 minutes to"). */
function minutesAt(c: Ctx, j: number): number | null {
  const t = c.toks[j];
  if (!t) return null;
  const v = t.type === "w" ? c.tab.smallNumber(t) : t.type === "n" && t.raw.length <= 2 ? Number(t.raw) : null;
  return v !== null && v >= 1 && v <= 29 ? v : null;
}

/**
 * A time told in words at token j, after a marker if any ("klokken halv ni"): "quarter past nine",
 * "a quarter past six", "ten past six", "twenty minutes to four", "quarter to ten", "half past
 * six", "halv syv", "nine o'clock", "two in the afternoon". Its half comes from a part of the day
 * or am/pm after it ("half past six in the evening"), or from an hour past 12; without one it is
 * unknown, and the time is read as no figure (`minutes` null): not 6.30 or 18.30, nor a count of six.
 */
function toldTimeAt(c: Ctx, j: number): { minutes: number | null; end: number } | null {
  const toks = c.toks;
  const told = c.tab.clockTold;
  let k = j;
  const m = toks[k];
  if (m && m.type === "w" && c.tab.clockMarkers.has(m.low)) {
    k++;
    if (isP(toks[k], ".") && touches(toks[k])) k++;
  }
  // ("a quarter past six": the article of a quarter)
  if (toks[k]?.type === "w" && c.tab.articles.has(toks[k].low) && toks[k + 1]?.type === "w" && c.tab.clockTold.quarter.has(toks[k + 1].low)) k++;
  const t = toks[k];
  if (!t) return null;
  // the hour named, and how many minutes before (negative) or after it
  let hour: number | null = null;
  let offset = 0;
  let end = k;
  const word = t.type === "w" ? t.low : "";
  if (told.halfTo.has(word) && (hour = hourAt(c, k + 1)) !== null) {
    offset = -30;
    end = k + 2;
  } else if ((told.quarter.has(word) || told.half.has(word)) && toks[k + 1]?.type === "w") {
    const dir = toks[k + 1].low;
    const quarter = told.quarter.has(word);
    if (told.past.has(dir) || (quarter && told.to.has(dir))) {
      hour = hourAt(c, k + 2);
      offset = (quarter ? 15 : 30) * (told.past.has(dir) ? 1 : -1);
      end = k + 3;
    }
  } else {
    const mins = minutesAt(c, k);
    let d = k + 1;
    const withWord = mins !== null && toks[d]?.type === "w" && told.minutes.has(toks[d].low);
    if (withWord) d++;
    const dir = toks[d]?.type === "w" ? toks[d].low : "";
    // ("ten past six"; "to" only after the minutes' word: "ten to twelve" may be a range)
    if (mins !== null && (told.past.has(dir) || (withWord && told.to.has(dir))) && (hour = hourAt(c, d + 1)) !== null) {
      offset = told.past.has(dir) ? mins : -mins;
      end = d + 2;
    }
  }
  if (hour === null) {
    // "nine o'clock", "two in the afternoon": an hour alone, with its word or a part of the day
    const h = hourAt(c, k);
    if (h === null) return null;
    const oclock = told.oclock.longest(toks, k + 1);
    if (oclock) {
      hour = h;
      end = oclock.end;
    } else if (told.dayParts.longest(toks, k + 1)) {
      hour = h;
      end = k + 1;
    } else return null;
  }
  // ("fem minutter på to kilometer", "halv to år": an amount or a span, not a time)
  if (c.tab.units.longest(toks, end) || c.tab.durations.longest(toks, end)) return null;
  let half: "am" | "pm" | undefined;
  const part = told.dayParts.longest(toks, end);
  const ampm = part ? null : c.tab.clockHalves.longest(toks, end);
  if (part || ampm) {
    end = (part ?? ampm)!.end;
    if (hour <= 12) half = part ? halfOfPart(part.data, hour) : ampm!.data;
  }
  if (hour > 12) return { minutes: hour * 60 + offset, end };
  if (!half) return { minutes: null, end };
  const minutes = ((hour % 12) + (half === "pm" ? 12 : 0)) * 60 + offset;
  return { minutes: (minutes + 1440) % 1440, end };
}

/** A clock figure: one time, or a span of two. */
function clockFigure(a: number, b?: number): FigureValue {
  return b === undefined ? figureValue("clock", "exact", a) : figureValue("clock", "range", null, a, b);
}

/**
 * A time taken written with colons, which no time of day can be: hours, minutes and seconds
 * ("2:14:05", a marathon's) or minutes and seconds past 23 ("31:45"). A quantity in seconds.
 * ("14:52" stays a time of day: it may be one.)
 */
function elapsedAt(toks: readonly Tok[], i: number): Hit | null {
  const t = toks[i];
  const part = (k: number) => {
    const x = toks[k];
    return isP(x, ":") && touches(x) && toks[k + 1]?.type === "n" && touches(toks[k + 1]) && toks[k + 1].raw.length === 2 && Number(toks[k + 1].raw) < 60 ? Number(toks[k + 1].raw) : null;
  };
  if (t.type !== "n" || t.raw.length > 3 || !/^\d+$/.test(t.raw)) return null;
  // (not run on from other digits or a separator: "1.2:30")
  const before = toks[i - 1];
  if (before && touches(t) && (before.type === "n" || isP(before, ".,:"))) return null;
  const first = Number(t.raw);
  const second = part(i + 1);
  if (second === null) return null;
  const third = part(i + 3);
  const next = third === null ? toks[i + 3] : toks[i + 5];
  // (no more digits run on: "1:23:45:67" is no time)
  if (next && touches(next) && (next.type === "n" || isP(next, ":"))) return null;
  if (third !== null && t.raw.length <= 2) return { fig: figureValue("quantity", "exact", first * 3600 + second * 60 + third, undefined, undefined, "s"), start: i, end: i + 5 };
  if (third === null && first >= 24) return { fig: figureValue("quantity", "exact", first * 60 + second, undefined, undefined, "s"), start: i, end: i + 3 };
  return null;
}

/**
 * A time of day starting at token i, or a span of two; null when there is none. A span's opener
 * ("between", "fra") takes its own joiner ("and", "til"); without one, a dash or a pack joiner
 * ("to", "til") joins two times.
 */
export function clockAt(c: Ctx, i: number): Hit | null {
  const toks = c.toks;
  const t = toks[i];
  if (!t) return null;
  const elapsed = elapsedAt(toks, i);
  if (elapsed) return elapsed;
  const openerJoiner = t.type === "w" ? c.tab.openers.get(t.low) : undefined;
  const from = openerJoiner !== undefined ? i + 1 : i;
  const first = timeAt(c, from, false);
  if (!first) {
    const told = toldTimeAt(c, from);
    if (!told) return null;
    return { fig: told.minutes === null ? null : clockFigure(told.minutes), start: from, end: told.end };
  }
  const j = first.end;
  let second: ClockTime | null = null;
  const sep = toks[j];
  if (sep && (isP(sep, DASHES) || (sep.type === "w" && (sep.low === openerJoiner || c.tab.clockJoiners.has(sep.low))))) {
    second = timeAt(c, j + 1, first.sure && !first.twelve);
  }
  // (a span that runs past midnight, "10pm to 2am", is read as its two times)
  if (second && second.minutes > first.minutes) return { fig: clockFigure(first.minutes, second.minutes), start: i, end: second.end };
  // (an opener without a span is no part of the time: "from 7am")
  return { fig: clockFigure(first.minutes), start: from, end: first.end };
}

/** A time of day as a fact base writes it: "13:30", "09:00" (24:00 is the end of the day). */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Minutes after midnight of a fact base's "13:30" (or "9:00"), or null when it is no time of day. */
export function parseClockText(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}
