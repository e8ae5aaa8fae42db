// When a figure is of: the years and months of its clause ("in 2019", "i oktober") and a year said
// relative to the source's date ("i år", "last year"). The matcher compares a claim's with a
// fact's; a fact's are compiled with the shipped fact base (src/facts/compile.ts).
import type { TermIndex } from "../facts/term-index.js";
import { parseFigures } from "../figures/index.js";
import { isAgeGroup, isAmount } from "../figures/kinds.js";
import { isSpanOfTime } from "../figures/units.js";
import type { Fact, FactBase, FactChange, Figure, FigureValue, Lang } from "../types.js";
import { textDateParts, yearOfUndated } from "../figures/dates.js";
import { isChange, readFrames, type Frame } from "./index.js";
import { presentList, relativeYearPhrases, relativeYearPhrasesOf } from "./relative-years.js";
import { firstCueAt, grammarOf, tellsOfPast, type Grammar } from "./grammar.js";


/** The anchors of a stored fact, read from its quote: its clause's dates, else a relative year. */
export function factAnchors(fact: Fact, factBase: FactBase, index: TermIndex): Anchor[] {
  const { lang, figures, own, frame, frames } = factFrame(fact, factBase, index);
  return anchorsOfFigure({ fact, factBase, index, lang, figures, frames }, own, frame);
}

/** The anchors of one figure of a fact's quote: its clause's dates, else a relative year. */
function anchorsOfFigure(q: QuoteOf, own: Figure | undefined, frame: Frame | undefined): Anchor[] {
  const { fact, factBase, lang, figures } = q;
  let list = frame && own ? anchorsOf(frame.others, own) : [];
  // ("permit sales in 2024 were up from 4,870 the year before": a year said right by the figure
  // from the year its clause names is the figure's, not that year)
  if (own && list.some((a) => a.year !== undefined)) {
    const said = relativeYearPhrasesOf(fact.quote, figures, lang).get(own);
    const named = said && said.offset !== 0 && grammarOf(lang).relativeToText.includes(said.phrase) ? yearIn(figures.filter((f) => f.start < own.start)) : undefined;
    if (named !== undefined && list.some((a) => a.year === named)) list = [...list.filter((a) => a.year !== named), { year: named + said!.offset }];
  }
  // (a span of years set off by a comma from the two values of its change: "doubled between 2020
  // and 2022, from 5,900 to 11,700")
  if (own && !list.some((a) => a.year !== undefined)) {
    let amounts: Figure[] | undefined;
    for (const o of figures) {
      const end = isYearSpan(o) ? endOfSpan(o, own, (amounts ??= amountsOf(own, figures))) : undefined;
      if (end !== undefined) list = [...list, { year: end }];
    }
  }
  // ("since 2017, when 9,800 hectares burned": the year the clause the figure is in is of)
  if (own && !list.some((a) => a.year !== undefined)) {
    const year = yearOfWhenClause(fact.quote, figures, own, lang);
    if (year !== undefined) list = [...list, { year }];
  }
  // (a change in percent set off after the value it changed to is of that value's time, before
  // any year said relative to the text, which names what it is measured against: "Biografen
  // solgte 31.850 billetter i 2023, en stigning på 12 procent", "fra 143 i 2022 til 97 i fjor, et
  // fald på 32 procent", "var sidste år på 14,7 mio. kr., hvilket er 38 procent mere end året før")
  if (own && frame && !list.some((a) => a.year !== undefined) && changeAfter(frame, q.index, own, fact.quote, lang)) {
    const value = changedValueBefore(fact.quote, figures, own, lang);
    const dated = value ? anchorsOfFigure(q, value, q.frames.find((fr) => fr.figure === value)).filter((a) => a.year !== undefined) : [];
    if (dated.length > 0) return [...list, ...dated];
  }
  if (own && !list.some((a) => a.year !== undefined)) {
    const docYear = Number((fact.asOf ?? factBase.documents[fact.document]?.date ?? "").slice(0, 4));
    // (a quote's "i dag", "currently" is its date's year: "Lige nu står 47 børn på venteliste")
    const said = relativeYearPhrasesOf(fact.quote, figures, lang).get(own) ?? relativeYearPhrasesOf(fact.quote, figures, lang, relativeYearPhrases(fact.quote, lang, presentList(lang))).get(own);
    const offset = said?.offset;
    // ("9.4 percent in 2024, up from 7.1 percent the year before": from the year the quote names
    // before the figure; not a later clause's: "up from 11,247 the previous year, and almost
    // double the 7,590 repaired in 2019")
    const fromText = said !== undefined && grammarOf(lang).relativeToText.includes(said.phrase);
    // (…, or when it names none, the last year its paragraph names before it: "Revenue was £9m in
    // 2024. That is £2m more than the year before, when it was £7m"; else the one year other than
    // its date's that the source's opening names: "… set a record in 2024", published in 2025)
    // ("that year", "det år": the year named last before it, in its paragraph or the one before;
    // never its date's, which would be "this year")
    const that = fromText && offset === 0;
    // ("47 … last year, up from 31 the year before": from the year a phrase before it says relative to the writing)
    const before = fromText ? relativeYearBefore(fact.quote, own, lang) : undefined;
    const named = fromText ? (yearIn(figures.filter((f) => f.start < own.start)) ?? (before !== undefined && docYear > 0 ? docYear + before : undefined) ?? yearBefore(fact, factBase, lang) ?? (that ? yearOfParagraphBefore(fact, factBase, lang) : leadYear(fact, factBase, lang, docYear))) : undefined;
    const base = named ?? (that ? 0 : docYear);
    if (offset !== undefined && base > 0) list = [...list, { year: base + offset }];
    // (a year that opens the sentence, the only one it names, dates all its clauses: "I 2022 faldt
    // annonceindtægterne med 11 procent, mens abonnementsindtægterne steg til 38,2 mio. kr.")
    else if (offset === undefined) {
      const opening = openingYear(fact.quote, figures, lang);
      if (opening !== undefined) list = [...list, { year: opening }];
    }
  }
  return list;
}

/** The offset of the last year a quote says relative to its writing before a figure ("last year" of "47 … last year, up from 31 the year before"). */
function relativeYearBefore(quote: string, own: Figure, lang: Lang): number | undefined {
  const toText = grammarOf(lang).relativeToText;
  let last: { start: number; offset: number } | undefined;
  for (const p of relativeYearPhrases(quote, lang)) {
    if (p.end <= own.start && !toText.includes(p.phrase) && (!last || p.start > last.start)) last = p;
  }
  return last?.offset;
}

/** Whether a figure's frame says a change after the figure before it ("en stigning på", "an increase of", "up") or how much more ("38 procent mere"). */
function changeAfter(frame: Frame, index: TermIndex, own: Figure, quote: string, lang: Lang): boolean {
  const next = quote.slice(own.end).trimStart().split(/[\s,.;:]/)[0].toLowerCase();
  if (grammarOf(lang).moreAfterNoun.has(next)) return true;
  const slots = frame.head?.known ? [frame.head, ...frame.predicates] : frame.predicates;
  const from = frame.others.filter((o) => o.end <= own.start).at(-1)?.end ?? 0;
  return slots.some((p) => p.known && p.start >= from && isChange(p.key, index));
}

/**
 * The value a percent set off after it measures the change to: the amount right before it, past
 * a comma and a few words with no figure but a date ("31.850 billetter i 2023, en stigning på 12
 * procent"); of a change told with both its values, the one it ended at ("rose to £3.8 million in
 * 2023 from £1.1 million a year earlier, an increase of about 245 per cent").
 */
function changedValueBefore(quote: string, figures: readonly Figure[], own: Figure, lang: Lang): Figure | undefined {
  if (own.kind !== "percent") return undefined;
  const before = figures.filter((f) => f.end <= own.start);
  const amounts = before.filter((f) => isAmount(f.kind) && f.kind !== "percent" && !isAgeGroup(f));
  const value = amounts.at(-1);
  if (!value || before.some((f) => f.start > value.end && f.kind !== "year" && f.kind !== "date")) return undefined;
  const between = quote.slice(value.end, own.start);
  const comma = between.lastIndexOf(",");
  if (comma < 0 || between.indexOf(",") !== comma || /[.;:!?]\s/.test(between)) return undefined;
  if (between.slice(comma + 1).trim().split(/\s+/).length > APPOSITION_WORDS) return undefined;
  // (the value a change started from, after "from", "fra": the one before it is where it ended)
  const g = grammarOf(lang);
  const said = quote.slice(0, value.start).trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (g.previousValue.has(said)) {
    const end = amounts.at(-2);
    return end && end.kind === value.kind && !/[.;:!?]\s/.test(quote.slice(end.end, value.start)) ? end : undefined;
  }
  return value;
}

/** How many words may set off a change in percent after the value it changed to ("an increase of about"). */
const APPOSITION_WORDS = 5;

/**
 * The year a sentence opens with ("In 2022, …", "I 2022 …") or that ends a phrase set off at its
 * start ("The first event, on 14 March 2015, attracted 87 people"), when it names no other year.
 */
function openingYear(quote: string, figures: readonly Figure[], lang: Lang): number | undefined {
  const years = figures.filter((f) => yearOf(f) !== undefined);
  if (years.length === 0 || years.some((y) => yearOf(y) !== yearOf(years[0]) || y.qualifier !== "exact")) return undefined;
  const first = figures.reduce((a, b) => (b.start < a.start ? b : a));
  const year = first === years[0] ? yearOf(first) : undefined;
  if (year === undefined) return undefined;
  const before = quote.slice(0, first.start).trim().split(/\s+/).filter(Boolean).length;
  // (or ends a phrase set off before the sentence's clause: "At its worst, in the dry summer of
  // 2022, the water was just 30 centimetres deep")
  if (before <= 2) return year;
  if (before > OPENING_PHRASE_WORDS || !/^\s*,/.test(quote.slice(first.end))) return undefined;
  // (a phrase of its own that opens with a preposition: not a relative clause, "Politiskolen i
  // Vejle, som åbnede i 2019, har plads til 400 elever")
  const phrase = quote.slice(0, first.start).split(",").pop()!.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return grammarOf(lang).prepositions.has(phrase) ? year : undefined;
}

/** How many words may come before a year that ends a phrase set off at the start of a sentence. */
const OPENING_PHRASE_WORDS = 8;

/** The years figures name, in their order. */
function yearsIn(figures: readonly Figure[]): number[] {
  return figures.flatMap((x) => (x.kind === "year" && typeof x.value === "number" ? [x.value] : []));
}

function yearIn(figures: readonly Figure[]): number | undefined {
  return yearsIn(figures)[0];
}

/** The last year a fact's paragraph names before its quote. */
function yearBefore(fact: Fact, factBase: FactBase, lang: Lang): number | undefined {
  const before = paragraphBefore(fact, factBase);
  return before ? yearsIn(parseFigures(before, lang)).at(-1) : undefined;
}

/**
 * The year a figure's clause is of when that clause opens, after a comma, with a word of the year
 * just named ("since 2017, when 9,800 hectares burned", "i forhold til 2020, hvor tallet var 84"),
 * and no other date stands between.
 */
function yearOfWhenClause(quote: string, figures: readonly Figure[], own: Figure, lang: Lang): number | undefined {
  const words = grammarOf(lang).whenClause;
  if (words.length === 0) return undefined;
  let year: Figure | undefined;
  for (const f of figures) {
    if (f.end > own.start) break;
    if (f.kind === "year" || f.kind === "month" || f.kind === "date") year = f;
  }
  if (!year || year.kind !== "year" || year.qualifier === "range" || typeof year.value !== "number") return undefined;
  const m = /^\s*,\s*(\p{L}+)/u.exec(quote.slice(year.end, own.start));
  return m && words.includes(m[1].toLowerCase()) ? year.value : undefined;
}

/** The last year the paragraph before a fact's names. */
function yearOfParagraphBefore(fact: Fact, factBase: FactBase, lang: Lang): number | undefined {
  const paragraph = factBase.documents[fact.document]?.paragraphs[fact.paragraph - 2];
  return paragraph ? yearsIn(parseFigures(paragraph, lang)).at(-1) : undefined;
}

/** The text of a fact's paragraph before its quote ("" when the quote opens it or is not found in it). */
function paragraphBefore(fact: Fact, factBase: FactBase): string {
  const paragraph = factBase.documents[fact.document]?.paragraphs[fact.paragraph - 1];
  const at = paragraph?.indexOf(fact.quote) ?? -1;
  return paragraph && at > 0 ? paragraph.slice(0, at) : "";
}

/** Whether a fact's quote, or its paragraph before the quote, names the year ("mod 14.600 kr. i 2019. Det er en stigning på 23 procent"). */
export function namesYearUpTo(fact: Fact, factBase: FactBase, year: number): boolean {
  const lang = factBase.documents[fact.document]?.language ?? "en";
  return yearsIn(parseFigures(paragraphBefore(fact, factBase) + fact.quote, lang)).includes(year);
}

/** The one year besides `docYear` that a fact's source names in its first three paragraphs (title, dateline, lead), if one; read once per source. */
const leadYears = new WeakMap<object, Map<number, number | undefined>>();
function leadYear(fact: Fact, factBase: FactBase, lang: Lang, docYear: number): number | undefined {
  const doc = factBase.documents[fact.document];
  if (!doc) return undefined;
  let byDate = leadYears.get(doc);
  if (!byDate) leadYears.set(doc, (byDate = new Map()));
  if (!byDate.has(docYear)) {
    const years = new Set(doc.paragraphs.slice(0, 3).flatMap((p) => yearsIn(parseFigures(p, lang)).filter((y) => y !== docYear)));
    byDate.set(docYear, years.size === 1 ? [...years][0] : undefined);
  }
  return byDate.get(docYear);
}

/** A stored fact's quote as read for its anchors. */
interface QuoteOf {
  fact: Fact;
  factBase: FactBase;
  index: TermIndex;
  lang: Lang;
  figures: readonly Figure[];
  frames: readonly Frame[];
}

/** A stored fact's figure as read from its quote, its frame, and the frames of its quote. */
function factFrame(fact: Fact, factBase: FactBase, index: TermIndex) {
  const lang = factBase.documents[fact.document]?.language ?? "en";
  const figures = parseFigures(fact.quote, lang);
  const own = figures.find((x) => sameValue(x, fact.figure));
  const frames = own ? readFrames(fact.quote, figures, lang, index).frames : [];
  const frame = frames.find((fr) => fr.figure === own);
  return { lang, figures, own, frame, frames };
}

/**
 * Whether a stored count is how many more (or fewer), not how many in all: its quote writes a
 * comparative right after it or right before it ("plads til 66 flere børn", "three additional
 * registrars", "an extra 240"), read from the text, as the frame reader's moreAfter reads a
 * claim: the word after the figure, or before it; or it is the size of a change after its verb
 * ("udvider med 28 nye værelser") or has "mere" after its noun ("50 hjertestartere mere"), read
 * from the quote's frame when the quote has the word.
 */
export function factMore(fact: Fact, factBase: FactBase, index: TermIndex): boolean {
  if (fact.figure.kind !== "count") return false;
  const lang = factBase.documents[fact.document]?.language ?? "en";
  const g = grammarOf(lang);
  const more = g.moreOf;
  const lower = fact.quote.toLowerCase();
  if ([...more].some((w) => lower.includes(w))) {
    const own = parseFigures(fact.quote, lang).find((x) => sameValue(x, fact.figure));
    if (!own) return false;
    const next = /^ (\p{L}+)/u.exec(fact.quote.slice(own.end));
    const before = /(\p{L}+) $/u.exec(fact.quote.slice(0, own.start));
    if (next !== null && more.has(next[1].toLowerCase())) return true;
    // ("an extra 240", "yderligere 18 medarbejdere ansættes"; not a further group that only is:
    // "Yderligere 115 står på venteliste", "på ventelisten står yderligere 38 børn" count them all)
    if (before !== null && more.has(before[1].toLowerCase()) && !onlyIs(fact, index)) return true;
  }
  return firstCueAt(lower, [...g.changeBy, ...g.moreAfterNoun]) < Infinity && factFrame(fact, factBase, index).frame?.more === true;
}

/** Whether a fact says only that its figure is (or stands), no event of its own: its events are all light verbs. */
function onlyIs(fact: Fact, index: TermIndex): boolean {
  return fact.terms.event.every((id) => index.kindOf(index.keyOf(id)) === "light");
}

/**
 * Whether a stored count is itself a part of a whole its quote names: a partitive right after it
 * ("Seventeen of them are still living …", "fire af dem").
 */
export function factPart(fact: Fact, factBase: FactBase): boolean {
  const own = ownCount(fact, factBase);
  return own !== null && own.g.partitive.has(own.next);
}

/** A stored count as its quote gives it, with the word right after it (lower case, "" if none) and its language's grammar; null for another kind or when the quote does not give it. */
function ownCount(fact: Fact, factBase: FactBase): { figure: Figure; next: string; g: Grammar } | null {
  if (fact.figure.kind !== "count") return null;
  const lang = factBase.documents[fact.document]?.language ?? "en";
  const figure = parseFigures(fact.quote, lang).find((x) => sameValue(x, fact.figure));
  if (!figure) return null;
  const next = /^ (\p{L}+)/u.exec(fact.quote.slice(figure.end));
  return { figure, next: next ? next[1].toLowerCase() : "", g: grammarOf(lang) };
}

/**
 * Whether a stored count is a part of a total: a part taken of a whole (factPart), one after a word
 * that takes a part of the count before it ("46 hold, heraf fireogtyve ungdomshold", "of which
 * 11"), or a count of new ones added to a total ("installed 85 new bins …, bringing the total
 * there to 230").
 */
export function factPartOfTotal(fact: Fact, factBase: FactBase): boolean {
  const own = ownCount(fact, factBase);
  if (!own) return false;
  const { g, next } = own;
  if (g.partitive.has(next) || g.newOf.has(next)) return true;
  const before = fact.quote.slice(0, own.figure.start).toLowerCase().replace(/[\s,]+$/u, "");
  for (const p of g.partOf) if (before.endsWith(p) && !/\p{L}/u.test(before.charAt(before.length - p.length - 1))) return true;
  return false;
}

/**
 * Whether a stored count is the whole a part of it is taken from, right after the part and its
 * partitive word ("fjerne 18 af gadens 52 parkeringspladser", "remove 18 of the street's 52
 * spaces"): what the clause's verb does, it does to the part.
 */
export function factWhole(fact: Fact, factBase: FactBase): boolean {
  if (fact.figure.kind !== "count") return false;
  const lang = factBase.documents[fact.document]?.language ?? "en";
  const figures = parseFigures(fact.quote, lang);
  const at = figures.findIndex((x) => sameValue(x, fact.figure));
  const part = at > 0 ? figures[at - 1] : undefined;
  if (!part || part.kind !== "count") return false;
  const words = fact.quote.slice(part.end, figures[at].start).trim().split(/\s+/);
  return words.length <= 3 && grammarOf(lang).partitive.has(words[0].toLowerCase()) && words.every((w) => /^[\p{L}'’]+$/u.test(w));
}

/** What factChange says of a quote that gives no change. */
export const NO_CHANGE: Readonly<FactChange> = { previous: false, change: false };

/**
 * Whether a stored fact's figure is the value before a change its quote gives ("fell to 9,215
 * from 9,870": 9,870), whether its quote gives one at all (then 9,215 is the value after), and
 * whether the figure is one of the two values (a level, not the size of the change). A quote with
 * none of the words that say so is not read.
 */
export function factChange(fact: Fact, factBase: FactBase, index: TermIndex): FactChange {
  const g = grammarOf(factBase.documents[fact.document]?.language ?? "en");
  const lower = fact.quote.toLowerCase();
  // (the value a change went to, "rose to", is asked of percentages only: see the matcher's
  // assessEvent; "to" is in most quotes)
  const cues = fact.figure.kind === "percent" ? [...g.previousValue, ...g.pastCues, ...g.newValue] : [...g.previousValue, ...g.pastCues];
  // (or a value said of now beside one of a time to come: see the frames' valuesBeforeNow)
  const nowAndFuture = g.presentPhrases.some((w) => lower.includes(w)) && g.futureCues.some((w) => lower.includes(w));
  // (and a word of before the quote opens with, the only place the frames read one: "Før
  // ombygningen havde biografen …")
  const opening = lower.replace(/^[^\p{L}\p{N}]+/u, "");
  const opensPast = [...g.pastOpeners].some((w) => opening.startsWith(`${w} `));
  if (!nowAndFuture && !opensPast && !cues.some((w) => lower.includes(w))) return NO_CHANGE;
  const { frame, frames } = factFrame(fact, factBase, index);
  const previous = frame?.previous === true;
  const change = frames.some((fr) => fr.previous === true);
  const cueAt = firstCueAt(lower, g.futureCues);
  const docDate = factBase.documents[fact.document]?.date;
  // (or its quote dates it after the source's: "Prisen stiger fra 4.650 kr. til 5.100 kr. den 1.
  // januar", in a November article)
  const future = change && frame != null && (cueAt < frame.figure.start || (docDate !== undefined && datedLater(frames, docDate, cueAt, tellsOfPast(lower, g))));
  const out: FactChange = previous || frame?.current === true ? { previous, change, level: true } : { previous, change };
  if (future) out.future = true;
  return out;
}

/** Whether a date or month of a quote is after the source's date (a yearless one read as extract reads it). */
function datedLater(frames: readonly Frame[], docDate: string, cueAt: number, past: boolean): boolean {
  const parts = textDateParts(docDate);
  if (parts?.year === undefined || parts.month === undefined) return false;
  const doc = [parts.year, parts.month, parts.day ?? 31];
  for (const { figure } of frames) {
    const d = figure.date;
    if ((figure.kind !== "date" && figure.kind !== "month") || d?.month === undefined) continue;
    const year = d.year ?? yearOfUndated(d.month, d.day, docDate, { future: cueAt < figure.start, past });
    if (year === undefined) continue;
    const at = [year, d.month, d.day ?? 1];
    if (at[0] !== doc[0] ? at[0] > doc[0] : at[1] !== doc[1] ? at[1] > doc[1] : at[2] > doc[2]) return true;
  }
  return false;
}

export interface Anchor {
  year?: number;
  month?: number;
  /** A year that runs over into the next ("2022/23"): the year it ends in (`year` the one it starts in). */
  through?: number;
}

/**
 * Whether a claimed anchor's year is a stored one's: the same year; the same financial year or
 * season ("2022/23" is not "2023/24"); or one of a financial year's years against a plain year
 * ("2022/23" against "the year ending March 2023", "2024" against "2023/24").
 */
export function sameYear(claimed: Anchor, stored: Anchor): boolean {
  if (claimed.year === undefined || stored.year === undefined) return false;
  if (claimed.through !== undefined && stored.through !== undefined) return claimed.year === stored.year && claimed.through === stored.through;
  if (claimed.through !== undefined) return stored.year === claimed.year || stored.year === claimed.through;
  if (stored.through !== undefined) return claimed.year === stored.year || claimed.year === stored.through;
  return claimed.year === stored.year;
}

/**
 * The years and months that the dates of an amount's clause give it ("in 2019", "i oktober", "in
 * August 1982"). A date after another amount of the clause is that amount's ("rose 19 percent to
 * 2.86 billion from 2.41 billion in 2023": 2023 is the 2.41 billion's, not the 19 percent's).
 */
export function anchorsOf(figures: readonly Figure[], own: Figure): Anchor[] {
  const out: Anchor[] = [];
  let amounts: Figure[] | undefined;
  for (const o of figures) {
    if (o.kind !== "year" && o.kind !== "month" && o.kind !== "date") continue;
    if (amountOfDate(o, own, figures) !== own) continue;
    // "since 2001", "before 2012": a span the figure covers, not the time it is of.
    if (o.qualifier === "after" || o.qualifier === "before") continue;
    // "between 2020 and 2022, from 5,900 to 11,700": the two values after a span of years are of
    // its two ends, in order
    const ends = isYearSpan(o) ? endOfSpan(o, own, (amounts ??= amountsOf(own, figures))) : undefined;
    if (ends !== undefined) {
      out.push({ year: ends });
      continue;
    }
    const split = splitYears(o);
    if (split) {
      out.push({ year: split[0], through: split[1] });
      continue;
    }
    // (a decade or a span of years the figure is of as a whole: "140 members at its peak in the 1970s")
    if (isYearSpan(o)) {
      out.push({ year: o.low!, through: o.high! });
      continue;
    }
    const year = yearOf(o);
    const month = o.date?.month;
    if (year !== undefined || month !== undefined) out.push({ ...(year !== undefined ? { year } : {}), ...(month !== undefined ? { month } : {}) });
  }
  return out;
}

/** The year a "since" of the amount's clause starts its span from ("Since 2020 the average has been 3.2 metres a year"), if any. */
export function sinceYearOf(figures: readonly Figure[], own: Figure): number | undefined {
  for (const o of figures) {
    if (o.kind === "year" && o.qualifier === "after" && typeof o.value === "number" && amountOfDate(o, own, figures) === own) return o.value;
  }
  return undefined;
}

/** Whether a figure is a span of years ("between 2020 and 2022"). */
function isYearSpan(o: Figure): boolean {
  return o.kind === "year" && o.qualifier === "range" && o.low !== undefined && o.high !== undefined && o.high > o.low;
}

/**
 * For a span of years followed by exactly two amounts, the end of it the figure `own` is of (the
 * first amount the start, the second the end). `amounts`: the amounts of own and figures, sorted by
 * where they start (see amountsOf), made once per clause or quote: each span is then a binary search.
 */
function endOfSpan(o: Figure, own: Figure, amounts: readonly Figure[]): number | undefined {
  if (!isYearSpan(o) || own.start < o.end) return undefined;
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid].start < o.end) lo = mid + 1;
    else hi = mid;
  }
  if (amounts.length - lo !== 2) return undefined;
  return own === amounts[lo] ? o.low : own === amounts[lo + 1] ? o.high : undefined;
}

/** The amounts of own and figures, once each, sorted by where they start. */
function amountsOf(own: Figure, figures: readonly Figure[]): Figure[] {
  const out = figures.filter((f) => f !== own && isAmount(f.kind));
  if (isAmount(own.kind)) out.push(own);
  return out.sort((a, b) => a.start - b.start);
}

/** The year a year, date or month names ("2019", "11 September 2001"), if it names one. */
export function yearOf(f: FigureValue): number | undefined {
  return f.date?.year ?? (f.kind === "year" && typeof f.value === "number" ? f.value : undefined);
}

/**
 * The two years of a year that runs over into the next ("2022/23", "the 2023-24 season"): it is
 * of both. Null for any other figure (a longer span, "2001–2014", is no time a figure is of).
 */
export function splitYears(f: FigureValue): [number, number] | null {
  return f.kind === "year" && f.qualifier === "range" && f.low !== undefined && f.high === f.low + 1 ? [f.low, f.high] : null;
}

/**
 * The amount a date of a clause goes with, of `own` and the clause's `others`: the amount right
 * before it when it follows amounts ("… from 2.41 billion in 2023"), else the nearest after it
 * ("In 2019, 412 patients …").
 */
export function amountOfDate(date: Figure, own: Figure, others: readonly Figure[]): Figure | undefined {
  // (not an age group, which says whom the amount counts: "14 collisions involving pedestrians
  // under 16 in the borough in 2024" are of 2024)
  const amounts = [own, ...others].filter((f) => isAmount(f.kind) && !isAgeGroup(f));
  let before: Figure | undefined;
  let after: Figure | undefined;
  for (const a of amounts) {
    if (a.end <= date.start && (!before || a.end > before.end)) before = a;
    if (a.start >= date.end && (!after || a.start < after.start)) after = a;
  }
  // (a span of time right before the date is the period an amount before it is of: "carried out
  // 1,146 inspections in the 12 months to the end of September" dates the 1,146)
  if (before && isSpanOfTime(before)) {
    let counted: Figure | undefined;
    for (const a of amounts) if (a !== before && a.end <= before.start && (!counted || a.end > counted.end)) counted = a;
    if (counted && !isSpanOfTime(counted)) return counted;
  }
  return before ?? after;
}

/** A figure read from a quote that is the stored one. */
function sameValue(a: FigureValue, b: FigureValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.qualifier === "range" || a.kind === "vague") return a.low === b.low && a.high === b.high;
  if (typeof a.value === "number" && typeof b.value === "number") return Math.abs(a.value - b.value) < 1e-9 * Math.max(1, Math.abs(b.value));
  if (a.date && b.date) return a.date.month === b.date.month && a.date.day === b.date.day && a.date.weekday === b.date.weekday && (a.date.year === undefined || a.date.year === b.date.year);
  return a.value === b.value;
}

