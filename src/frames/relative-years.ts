// Years said relative to the writing ("i år", "last year"): which amount of a sentence each goes
// with. Used for claims (src/match) and for facts' quotes (anchors.ts) alike.
import { isAmount } from "../figures/kinds.js";
import type { Figure, Lang } from "../types.js";
import { grammarOf } from "./grammar.js";

/**
 * The year offset (this year 0, last year -1) of each amount that a relative-year phrase goes
 * with: the phrase goes with the amount nearest it, with no sentence break between; an amount
 * keeps the first phrase (in the pack's order) that goes with it. "3,14 mia. kr. mod 2,98 mia.
 * kr. i år": this year's is 2,98. One pass over the phrases' occurrences (a binary search each).
 */
export function relativeYears(text: string, figures: readonly Figure[], lang: Lang, phrases = relativeYearPhrases(text, lang)): Map<Figure, number> {
  const out = new Map<Figure, number>();
  for (const [figure, { offset }] of relativeYearPhrasesOf(text, figures, lang, phrases)) out.set(figure, offset);
  return out;
}

/** As relativeYears, with the phrase that says each year (as the pack lists it). */
export function relativeYearPhrasesOf(text: string, figures: readonly Figure[], lang: Lang, phrases = relativeYearPhrases(text, lang)): Map<Figure, { offset: number; phrase: string }> {
  const out = new Map<Figure, { offset: number; phrase: string }>();
  // (not the span of years a phrase itself says: "for fem år siden" goes with the amount beside it)
  const amounts = figures.filter((f) => isAmount(f.kind) && !phrases.some((p) => f.start >= p.start && f.end <= p.end)).sort((a, b) => a.start - b.start);
  if (amounts.length === 0) return out;
  const { previousValue: previous, timeRelatives } = grammarOf(lang);
  for (const { start: at, end, offset, phrase } of phrases) {
    let i = nearestAmount(amounts, at, end, text, timeRelatives);
    // "faldt sidste år fra 7.842 til 6.315": the year is the change's, so the value it ends at.
    // (not past a comma: "47 … last year, up from 31 the year before" is the 47's year)
    if (i + 1 < amounts.length && amounts[i].start >= end && previous.has(wordBefore(text, amounts[i].start)) && !/[,;]/.test(text.slice(end, amounts[i].start))) i++;
    // "In 2024 it made 214, and last year that figure rose to 287": a phrase that opens a clause
    // goes with the amount of its clause, not the one before the comma.
    else if (i + 1 < amounts.length && amounts[i].end <= at && /[,;]/.test(text.slice(amounts[i].end, at)) && amounts[i + 1].start >= end && !/[,;.!?]/.test(text.slice(end, amounts[i + 1].start))) i++;
    // "1,286 crimes were recorded … last year, down 6 per cent from 1,368": a phrase that ends a
    // clause goes with the amount of its clause, not the change set off after the comma.
    else if (i > 0 && amounts[i].start >= end && amounts[i - 1].end <= at && !/[,;.!?]/.test(text.slice(amounts[i - 1].end, at)) && changeSetOff(text.slice(end, amounts[i].start), lang)) i--;
    const nearest = amounts[i];
    if (out.has(nearest)) continue;
    const [from, to] = nearest.end <= at ? [nearest.end, at] : [end, nearest.start];
    if (from < to && /[.;!?]\s/.test(text.slice(from, to))) continue;
    out.set(nearest, { offset, phrase });
  }
  return out;
}

/** Where a sentence says a year relative to the writing ("last year", "i fjor"), as whole words, in the pack's order of phrases. */
export function relativeYearPhrases(text: string, lang: Lang, list = relativeYearList(lang)): Array<{ start: number; end: number; offset: number; phrase: string }> {
  const out: Array<{ start: number; end: number; offset: number; phrase: string }> = [];
  const lower = text.toLowerCase();
  for (const [phrase, offset] of list) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (!isLetter(lower, at - 1) && !isLetter(lower, end)) out.push({ start: at, end, offset, phrase });
    }
  }
  return out;
}

/** The pack's relative-year phrases as a list, made once per language (not once per sentence). */
const relativeYearLists = new Map<Lang, ReadonlyArray<[string, number]>>();
function relativeYearList(lang: Lang): ReadonlyArray<[string, number]> {
  let list = relativeYearLists.get(lang);
  if (!list) relativeYearLists.set(lang, (list = Object.entries(grammarOf(lang).relativeYears)));
  return list;
}

/** The pack's phrases that say now ("i dag", "currently"), as relative years of 0. */
const presentLists = new Map<Lang, ReadonlyArray<[string, number]>>();
export function presentList(lang: Lang): ReadonlyArray<[string, number]> {
  let list = presentLists.get(lang);
  if (!list) presentLists.set(lang, (list = grammarOf(lang).presentPhrases.map((p) => [p, 0] as [string, number])));
  return list;
}

/** Of amounts sorted by start, the index of the one nearest [at, end) (the earlier on a tie). */
function nearestAmount(amounts: readonly Figure[], at: number, end: number, text: string, timeRelatives: ReadonlySet<string>): number {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const after = amounts[lo];
  const before = amounts[lo - 1];
  if (!before) return lo;
  if (!after) return lo - 1;
  const gapBefore = before.end <= at ? at - before.end : 0;
  const gapAfter = after.start - end;
  // (the one of its own part of the sentence, between commas: "five more than last year, and
  // 1,874 visitors bought tickets" — last year's is the five's base, not the 1,874's; but a clause
  // "when" opens after the comma tells of that year: "2.000 flere end i fjor, hvor 7.100 besøgte")
  const commaBefore = before.end <= at && /[,;]/.test(text.slice(before.end, at));
  const between = text.slice(end, after.start);
  const comma = between.search(/[,;]/);
  const opener = comma < 0 ? undefined : /^[\s,;]*(\p{L}+)/u.exec(between.slice(comma))?.[1]?.toLowerCase();
  const commaAfter = comma >= 0 && !(opener !== undefined && timeRelatives.has(opener));
  if (commaBefore !== commaAfter) return commaAfter ? lo - 1 : lo;
  return gapAfter < gapBefore ? lo : lo - 1;
}

/** Text between a phrase and the amount after it that sets off a change: a comma, then a verb of change ("…, down 6 per cent"). */
function changeSetOff(between: string, lang: Lang): boolean {
  const comma = between.search(/[,;]/);
  if (comma < 0) return false;
  const verbs = grammarOf(lang).changeVerbs;
  return between
    .slice(comma + 1)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => verbs.has(w));
}

/** The word (lower case) right before offset `at`, past spaces. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && text[end - 1] === " ") end--;
  let start = end;
  while (start > 0 && isLetter(text, start - 1)) start--;
  return text.slice(start, end).toLowerCase();
}

function isLetter(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s[i];
  return c.toLowerCase() !== c.toUpperCase() || (c >= "0" && c <= "9");
}
