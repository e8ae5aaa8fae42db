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

/** A clock figure: one time, or a span of two. */
function clockFigure(a: number, b?: number): FigureValue {
  return b === undefined ? figureValue("clock", "exact", a) : figureValue("clock", "range", null, a, b);
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
  const openerJoiner = t.type === "w" ? c.tab.openers.get(t.low) : undefined;
  const from = openerJoiner !== undefined ? i + 1 : i;
  const first = timeAt(c, from, false);
  if (!first) return null;
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
