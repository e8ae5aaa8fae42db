// `factcheck extract <document>`: a fact base drafted from a source document, usable as it is.
//
// One fact per figure the figure reader finds, sentence by sentence in the document's language,
// Markdown read by the same reader as drafts. Each fact stores its figure, the sentence verbatim
// as its quote (never the dateline or title), its paragraph, and its frame as terms (src/frames):
// what the figure counts (subject), what happened (event), the places (place), the people and
// organisations (actor) of its clause, and the clause's other words (context) — as concept ids of
// the built-in lexicon wherever it knows the word, so a claim in either language ties to it, and
// as the document's own words where it does not. A person's review improves the draft (`review:
// true` until then); it is not what makes it work. Title from the first heading or line, date from
// a dateline, unless given.
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, relative, resolve, sep } from "node:path";
import { sentencesOf } from "../claims/index.js";
import { splitSentences } from "../claims/sentences.js";
import { clockText, detectLanguage, formatFigure, parseFigures } from "../figures/index.js";
import { isoWeekday, textDateParts, yearOfUndated } from "../figures/dates.js";
import { isAmount, isClock } from "../figures/kinds.js";
import { readFrames, sentenceTerms, type Frame, type Slot } from "../frames/index.js";
import { firstCueAt, grammarOf, tellsOfPast, type Grammar } from "../frames/grammar.js";
import { relativeYearPhrases } from "../frames/relative-years.js";
import { positionAt } from "../text/positions.js";
import { languageOf } from "../lang/index.js";
import { UserError, type Figure, type FigureKind, type FigureValue, type Lang, type Role } from "../types.js";
import { FigureProblem, toFigureValue } from "./figure.js";
import { loadLexicon } from "./lexicon.js";
import { ID_PATTERN, ID_RULE, type FigureInput } from "./schema.js";
import { buildTermIndex, type TermIndex } from "./term-index.js";
import { MAX_FILE_BYTES } from "./yaml-file.js";
import { writeFileAtomic } from "../util/files.js";

export interface ExtractOptions {
  /** The document's id; by default its file name ("Storm 2024.txt" → storm-2024). */
  id?: string;
  lang?: Lang;
  title?: string;
  date?: string;
  output?: string;
  force?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The document: title, dateline, sentences with their place in the raw text

interface SourceSentence {
  /** The sentence as the figure reader sees it (Markdown marks removed). */
  text: string;
  /** Verbatim from the raw document: the quote. */
  quote: string;
  paragraph: number;
}

interface SourceDocumentText {
  title?: string;
  /** The dateline's date (YYYY-MM-DD or YYYY-MM), if the first paragraph opens with one. */
  date?: string;
  /** The dateline itself ("COPENHAGEN, 2 November 2022 - "), if any: its words are the document's. */
  dateline?: string;
  sentences: SourceSentence[];
}

/** Paragraph numbers as the loader counts them (blank lines separate), by raw offset. */
function paragraphStarts(raw: string): number[] {
  const starts: number[] = [];
  const re = /\n[ \t]*(?:\n[ \t]*)+/g;
  let last = 0;
  const push = (a: number, b: number) => {
    if (raw.slice(a, b).trim()) starts.push(a);
  };
  for (const m of raw.matchAll(re)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, raw.length);
  return starts;
}

function paragraphAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Offsets of each line start, to turn line:column (code points) back into an offset. */
function offsetOf(raw: string, lineStarts: number[], line: number, column: number): number {
  let i = lineStarts[line - 1] ?? raw.length;
  for (let c = 1; c < column && i < raw.length; c++) i += raw.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

const HEADLINE_MAX = 200;
// "COPENHAGEN, 2 November 2022 - ", "København, 3. marts 2024 –", "AARHUS (Ritzau) - "
const DATELINE = /^(\p{Lu}[\p{L}'’. -]{1,40}?)(?:\s*\([^)\n]{1,40}\))?(?:,\s*([^\n–—]{4,40}?))?\s+[-–—]\s+/u;

async function readSource(raw: string, markdown: boolean, lang: Lang): Promise<SourceDocumentText> {
  const norm = raw;
  const lineStarts = [0];
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const paras = paragraphStarts(norm);
  const out: SourceDocumentText = { sentences: [] };

  // The title: the first heading, or a first paragraph of one line with no sentence end.
  let titleEnd = -1;
  if (markdown) {
    const h = /^(?:---[\s\S]*?\n(?:---|\.\.\.)[ \t]*\n)?\s*#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(norm);
    if (h) {
      out.title = h[1].trim();
      titleEnd = h.index + h[0].length;
    }
  } else if (paras.length > 1) {
    const first = norm.slice(paras[0], paras[1]).trim();
    if (!first.includes("\n") && first.length <= HEADLINE_MAX && !/[.!?:;]["”»']?$/.test(first)) {
      out.title = first;
      titleEnd = paras[0] + norm.slice(paras[0]).indexOf(first) + first.length;
    }
  }

  // Sentences with their raw offsets.
  const pieces: Array<{ text: string; start: number; end: number }> = [];
  if (markdown) {
    const { parseMarkdown } = await import("../input/markdown.js");
    const { blocks } = await parseMarkdown(norm);
    for (const block of blocks) {
      for (const s of sentencesOf(block)) {
        const a = positionAt(s.text, s.spans, 0);
        const b = positionAt(s.text, s.spans, s.text.length);
        pieces.push({ text: s.text, start: offsetOf(norm, lineStarts, a.line, a.column), end: offsetOf(norm, lineStarts, b.line, b.column) });
      }
    }
  } else {
    for (let k = 0; k < paras.length; k++) {
      const from = paras[k];
      const to = k + 1 < paras.length ? paras[k + 1] : norm.length;
      const text = norm.slice(from, to);
      for (const s of splitSentences(text)) pieces.push({ text: s.text.replace(/\s*\n\s*/g, " "), start: from + s.start, end: from + s.end });
    }
  }

  // The title is a sentence of the document too (its figures are its facts); the dateline opens
  // the first paragraph after it, or the next when that one is a line of its own, a byline
  // ("Fjordposten, 18. juni 2025"), and the next opens with its place in capitals ("VESTERHEDE – ").
  const firstBody = pieces.findIndex((p) => p.start >= titleEnd);
  let dateline: { piece: number; m: RegExpExecArray } | undefined;
  if (firstBody >= 0) {
    const at = (k: number) => DATELINE.exec(norm.slice(pieces[k].start, pieces[k].end));
    const m = at(firstBody);
    const next = pieces[firstBody + 1];
    const byline = (p: (typeof pieces)[number]) => !norm.slice(p.start, p.end).trim().includes("\n") && p.end - p.start <= HEADLINE_MAX;
    if (m) dateline = { piece: firstBody, m };
    else if (next && paragraphAt(paras, next.start) !== paragraphAt(paras, pieces[firstBody].start) && byline(pieces[firstBody])) {
      const m2 = at(firstBody + 1);
      if (m2 && m2[1] === m2[1].toUpperCase()) dateline = { piece: firstBody + 1, m: m2 };
    }
  }
  for (const [k, p] of pieces.entries()) {
    let text = p.text;
    let start = p.start;
    // A dateline's date is the document's; it is not a fact.
    if (k === dateline?.piece) {
      const m = dateline.m;
      const date = m[2] ? datelineDate(m[2], lang) : undefined;
      if (date !== undefined || m[2] === undefined) {
        out.dateline = m[0];
        if (date) out.date = date;
        start += m[0].length;
        const cut = text.indexOf(m[0].trim().slice(-8));
        text = cut >= 0 ? text.slice(text.indexOf(m[0].trim().slice(-1), cut) + 1).trimStart() : text.slice(m[0].length);
      }
    }
    const quote = norm.slice(start, p.end).trim();
    if (!quote) continue;
    out.sentences.push({ text, quote, paragraph: paragraphAt(paras, start) });
  }
  return out;
}

/** The date a dateline gives ("2 November 2022", "3. marts 2024"), as YYYY-MM-DD, or undefined. */
function datelineDate(text: string, lang: Lang): string | undefined {
  for (const l of [lang, lang === "en" ? "da" : "en"] as Lang[]) {
    const f = parseFigures(text, l).find((x) => x.kind === "date" && x.date?.year !== undefined);
    if (f && typeof f.value === "string") return f.value;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Facts

/** A term as the draft writes it: a concept id, or the document's own word. */
type DraftTerm = string | { lang: Lang; text: string; name?: boolean };

export interface DraftFact {
  id: string;
  statement: string;
  figure: FigureInput;
  display: string;
  terms: Record<Role, DraftTerm[]>;
  quote: string;
  paragraph: number;
}

export interface Draft {
  facts: DraftFact[];
  /** Figures that cannot be stored as they were read (with why), for a comment in the draft. */
  skipped: Array<{ text: string; paragraph: number; why: string }>;
  lang: Lang;
  title?: string;
  date?: string;
}

/** Of figures sorted by start, each date with a weekday written right before it ("Sunday 12 October", "mandag den 4. maj"), and that weekday. */
function weekdaysBefore(figures: readonly Figure[], text: string): Map<Figure, number> {
  const out = new Map<Figure, number>();
  for (let i = 1; i < figures.length; i++) {
    const [w, f] = [figures[i - 1], figures[i]];
    if (f.kind === "date" && w.kind === "weekday" && w.date?.weekday !== undefined && /^[\s,]*(?:(?:the|den)\s+)?$/i.test(text.slice(w.end, f.start))) out.set(f, w.date.weekday);
  }
  return out;
}

/** The offset of a year said from the text's date right after a yearless date or month ("19 August last year": -1). */
function yearSaidAfter(f: FigureValue & { end: number }, text: string, phrasesOf: () => ReturnType<typeof relativeYearPhrases>, g: Grammar): number | undefined {
  if ((f.kind !== "date" && f.kind !== "month") || typeof f.value !== "string" || !f.value.startsWith("--")) return undefined;
  // (the sentence's phrases are found only when it has a yearless day or month)
  const p = phrasesOf().find((p) => p.start >= f.end && /^\s*$/.test(text.slice(f.end, p.start)) && !g.relativeToText.includes(p.phrase));
  return p?.offset;
}

/**
 * The figure block for a figure read from the text: a yearless date takes its year from the
 * document's date (see yearOfUndated; `tense`: its sentence speaks of the future before it, or
 * tells of the past).
 */
function figureInput(f: FigureValue, date: string | undefined, tense: { future: boolean; past: boolean }, yearOfMonth?: ReadonlyMap<number, number | null>, weekday?: number, nextYear?: boolean, yearOffset?: number): FigureInput {
  const input: FigureInput = { kind: f.kind };
  let value = f.value;
  if ((f.kind === "month" || f.kind === "date") && typeof value === "string" && value.startsWith("--") && f.date?.month !== undefined) {
    // (the one year the document gives that month elsewhere, if it is the text's or one beside it:
    // a headline's "fra august" is the "10. august 2026" of its text, whatever the text's date
    // would make it; a "March 2019" of the history is no sign of which March "in March" is)
    const textYear = date === undefined ? undefined : textDateParts(date)?.year;
    const given = yearOfMonth?.get(f.date.month);
    const undated = date === undefined ? undefined : yearOfUndated(f.date.month, f.date.day, date, tense);
    // (not an earlier year: "to the end of September" of a text of November 2024 is last
    // September, though it compares "290 in September 2023")
    let year = given != null && (textYear === undefined || Math.abs(given - textYear) <= 1) && (undated === undefined || given >= undated) ? given : undated;
    // (a sentence whose one year is the text's next is of that year: "The 2026 fiesta is pencilled
    // in for 14 to 16 August", in a text of August 2025)
    if (nextYear && textYear !== undefined && year !== undefined && year <= textYear) year = textYear + 1;
    // (a weekday beside it says which: "Sunday 12 October" of a text of 13 October 2025 is that
    // Sunday, though the text gives "Sunday 11 October 2026" of next year too)
    if (weekday !== undefined && f.date.day !== undefined && year !== undefined && textYear !== undefined) {
      const { month, day } = f.date;
      const onIt = [year, textYear, textYear - 1, textYear + 1].find((y) => isoWeekday(y, month, day) === weekday);
      if (onIt !== undefined) year = onIt;
    }
    // (a year said right after it is its year: "Since 19 August last year", "3. november i fjor")
    if (yearOffset !== undefined && textYear !== undefined) year = textYear + yearOffset;
    if (year !== undefined) value = `${String(year).padStart(4, "0")}${value.slice(1)}`;
  }
  if (f.kind === "vague") {
    if (typeof value === "string") input.value = value;
  } else if (f.qualifier !== "range" && value !== null) {
    input.value = value;
  }
  const defaultQualifier = f.kind === "vague" ? "vague" : "exact";
  // (a time of day said a little after or before is a time said about: "lidt over klokken 13",
  // "nearly 9pm" — the fact base stores no one-sided hedge of a clock)
  const qualifier = f.kind === "clock" && (f.qualifier === "just_over" || f.qualifier === "nearly") ? "about" : f.qualifier;
  if (qualifier !== defaultQualifier) input.qualifier = qualifier;
  if (f.low !== undefined) input.low = f.low;
  if (f.high !== undefined) input.high = f.high;
  if (f.unit !== undefined && f.kind !== "percent") input.unit = f.unit;
  if (f.reach === true && qualifier === "at_most") input.reach = true;
  if (f.season !== undefined && f.kind === "year") input.season = f.season;
  // (a time of day as people read it: "13:30", not 810 minutes)
  if (f.kind === "clock") {
    if (typeof input.value === "number") input.value = clockText(input.value);
    if (typeof input.low === "number") input.low = clockText(input.low);
    if (typeof input.high === "number") input.high = clockText(input.high);
  }
  return input;
}

const MAX_CONTEXT = 10;
/** The document's most named places, people and organisations in every fact's context. */
const MAX_DOCUMENT_ENTITIES = 16;

/** The frame of a figure as terms: lexicon ids where known, the document's words where not. */
function termsOf(frame: Frame, index: TermIndex, lang: Lang, documentEntities: DraftTerm[], spell: (name: string) => string = (n) => n): Record<Role, DraftTerm[]> {
  const terms: Record<Role, DraftTerm[]> = { subject: [], event: [], place: [], actor: [], context: [] };
  // ("antallet", "the number" only number what the clause names: no subject, no actor)
  const numbers = (s: Slot) => numbersOnly(s, lang);
  const used = new Set<string>();
  const add = (role: Role, s: Slot | null | undefined, name = false) => {
    if (!s) return;
    const spelled = s.known ? "" : spell(s.text);
    const key = s.known ? s.key : `?${spelled.toLowerCase()}`;
    if (used.has(key)) return;
    if (s.known && s.key.startsWith("~")) return; // an inline term of another fact: not in the lexicon
    used.add(key);
    terms[role].push(s.known ? s.key : { lang, text: name ? spelled : spelled.toLowerCase(), ...(name ? { name: true } : {}) });
  };
  // What it counts (or, when the figure does not say, what its clause is about).
  if (frame.head) {
    // (an age's head is the person: a name, as written)
    const person = (x: Slot) => frame.figure.unit === "age" && /^\p{Lu}/u.test(x.text);
    add("subject", frame.head, person(frame.head));
    for (const m of frame.modifiers) add("subject", m, person(m));
    if (frame.room) add("subject", frame.room);
  } else {
    const named = frame.topic.filter((t) => !numbers(t));
    for (const t of (named.length > 0 ? named : frame.topic).slice(0, 2)) add("subject", t);
  }
  // What happened: the two nearest verbs, not counting one of saying ("said its volunteers had
  // caught 187 cats …, up from 154 the year before": the 154 were caught too).
  let verbs = 0;
  for (const p of frame.predicates) {
    if (verbs === 2) break;
    add("event", p);
    if (!p.known || index.kindOf(p.key) !== "report") verbs++;
  }
  // (after the events: what is counted too may be the doing of the verb, "klaget 212 gange")
  if (frame.head && frame.joined) {
    const key = frame.joined.known ? frame.joined.key : undefined;
    if (key && terms.event.includes(key)) terms.subject.push(key);
    else add("subject", frame.joined);
  }
  // Places, people, organisations.
  for (const e of frame.entities) {
    const cls = index.term(e.key)?.concept.class;
    add(cls === "place" ? "place" : "actor", e);
  }
  for (const n of frame.names) add("actor", n, true);
  // Who did it, when it is no name ("the centre-left bloc"): the clause's subject.
  for (const a of frame.agent) if (!numbers(a)) add("actor", a);
  for (const t of frame.topic) add("context", t);
  for (const c of frame.context) {
    if (terms.context.length >= MAX_CONTEXT) break;
    const cls = c.known ? index.term(c.key)?.concept.class : undefined;
    if (cls) continue;
    add("context", c);
  }
  for (const t of documentEntities) {
    const key = termKey(t);
    if (used.has(key)) continue;
    used.add(key);
    terms.context.push(t);
  }
  // A fact names at least what it is about and what happened: fall back on what the clause has.
  if (terms.subject.length === 0) {
    const moved = terms.actor.shift() ?? terms.place.shift() ?? terms.context.shift();
    if (moved) terms.subject.push(moved);
  }
  if (terms.event.length === 0) terms.event.push(frame.light || !frame.predicates.length ? "be" : terms.subject[0]);
  if (terms.subject.length === 0) terms.subject.push(terms.event[0]);
  return terms;
}

/**
 * One spelling per name of a document, so that its facts share one term: a Danish genitive ("Vesterhedes")
 * as the name where the document writes the name alone too ("Vesterhede"), a word in capitals
 * ("VESTERHEDE") as the document writes it elsewhere ("Vesterhede"); acronyms stay.
 */
function nameSpelling(text: string, lang: Lang): (name: string) => string {
  const written = new Set(text.match(/\p{Lu}[\p{Ll}\p{M}]+/gu) ?? []);
  const word = (w: string) => {
    let x = w;
    if (x.length >= 3 && /^\p{Lu}+$/u.test(x) && written.has(x[0] + x.slice(1).toLowerCase())) x = x[0] + x.slice(1).toLowerCase();
    // (a Danish genitive: English writes "Vesterhede's", and its "Ventures" is no genitive of "Venture capital")
    if (lang === "da" && x.length > 3 && x.endsWith("s") && written.has(x.slice(0, -1))) x = x.slice(0, -1);
    return x;
  };
  return (name) => name.replace(/[\p{L}\p{M}]+/gu, word);
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Every figure of a document as a draft fact. */
export async function extractFacts(raw: string, options: { id: string; lang?: Lang; date?: string; markdown: boolean }): Promise<Draft> {
  const lexicon = await loadLexicon();
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon });
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const norm = body.replace(/\r\n?/g, "\n");
  const lang: Lang = options.lang ?? detectLanguage(norm.slice(0, 20_000));
  const source = await readSource(norm, options.markdown, lang);
  const date = options.date ?? source.date;
  const g = grammarOf(lang);

  // The document's cast: the places, people and organisations it names (title, dateline, text),
  // the most named first, belong to the context of every fact — a claim may name them where the
  // sentence of its figure does not ("SSI registered 6,430 new cases").
  const named = new Map<string, { term: DraftTerm; n: number }>();
  // (a dateline writes its place in capitals, "MILLBROOK, Ohio": the name is "Millbrook", as claims write it)
  const dateline = source.dateline?.replace(/\p{Lu}{3,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
  const spell = nameSpelling(`${norm}\n${dateline ?? ""}`, lang);
  // How often the document names each term, a word of several readings counting for each in part:
  // of the readings of a word ("journeys": voyages, or trips), the one its other words name
  // ("trips") is the document's.
  const readings = new Map<string, number>();
  // The year the document gives each month in, when it gives one only (null: several).
  const yearOfMonth = new Map<number, number | null>();
  // The people each sentence names (a first name and a surname: two names one space apart), for
  // a sentence after it that opens with a pronoun of one person as the subject of its figures.
  const people: Slot[][] = [];
  const aboutPerson: boolean[] = [];
  const openedBy: (Slot[] | undefined)[] = [];
  // (the first thing each sentence names, known: what "three of them" in the next may count when
  // that sentence has no count of it — "Alle sager er sendt videre … Tre af dem er politianmeldt")
  const firstThing: (string | undefined)[] = [];
  for (const [at, text] of [source.title, dateline, ...source.sentences.map((x) => x.text)].entries()) {
    if (!text) continue;
    const figures = parseFigures(text, lang);
    for (const f of figures) {
      const d = f.date;
      if ((f.kind !== "month" && f.kind !== "date") || d?.month === undefined || d.year === undefined || f.qualifier !== "exact") continue;
      const seen = yearOfMonth.get(d.month);
      yearOfMonth.set(d.month, seen === undefined || seen === d.year ? d.year : null);
    }
    const terms = sentenceTerms(text, figures, lang, index);
    const { occurrences } = terms;
    // (sorted by where they start and end: the readings of a span are next to each other, and
    // each has its share of the word)
    for (let i = 0; i < occurrences.length; ) {
      let j = i + 1;
      while (j < occurrences.length && occurrences[j].start === occurrences[i].start && occurrences[j].end === occurrences[i].end) j++;
      for (let k = i; k < j; k++) readings.set(occurrences[k].key, (readings.get(occurrences[k].key) ?? 0) + 1 / (j - i));
      i = j;
    }
    const { entities, names } = readFrames(text, figures, lang, index, terms);
    if (at >= 2) {
      firstThing[at - 2] = occurrences.find((o) => o.part !== "modifier" && index.kindOf(o.key) === "thing" && !g.quantityNouns.has(text.slice(o.start, o.end).toLowerCase()))?.key;
      people[at - 2] = personNames(names, entities, text, g);
      aboutPerson[at - 2] = opensWithPerson(text, occurrences, g, index);
      openedBy[at - 2] = opensWithAgedPerson(text, people[at - 2], figures);
    }
    for (const e of [...entities, ...names]) {
      if (e.known && e.key.startsWith("~")) continue;
      const spelled = e.known ? "" : spell(e.text);
      const id = e.known ? e.key : `?${spelled}`;
      const seen = named.get(id);
      if (seen) seen.n++;
      else named.set(id, { term: e.known ? e.key : { lang, text: spelled, name: true }, n: 1 });
    }
  }
  const documentEntities = [...named.values()].sort((a, b) => b.n - a.n).slice(0, MAX_DOCUMENT_ENTITIES).map((x) => x.term);

  const facts: DraftFact[] = [];
  const skipped: Draft["skipped"] = [];
  const ids = new Set<string>();
  // What the sentence before counts, for a figure whose own sentence does not say: "The number of
  // people waiting … has risen to 148,320. The figure … compares with 131,905 a year earlier".
  let before: { sentence: number; subject: DraftTerm[]; about: string[]; kind: FigureKind } | null = null;
  // What the last count of a sentence counts, known or not: "four of them" in the next.
  let wholeBefore: { sentence: number; frame: Frame } | null = null;
  // (the year of the text's date: a sentence of the next year dates its days so, see figureInput)
  const textYear = date === undefined ? undefined : textDateParts(date)?.year;
  for (const [n, s] of source.sentences.entries()) {
    const figures: Figure[] = parseFigures(s.text, lang).sort((a, b) => a.start - b.start);
    if (figures.length === 0) continue;
    const weekdays = weekdaysBefore(figures, s.text);
    const years = figures.filter((x) => x.kind === "year" && x.qualifier === "exact");
    const ofNextYear = years.length === 1 && textYear !== undefined && years[0].value === textYear + 1;
    const frames = readFrames(s.text, figures, lang, index).frames.map((fr) => documentReading(fr, readings));
    const counted = (fr: Frame) => isAmount(fr.figure.kind) && fr.figure.unit !== "age" && fr.head?.known === true && index.kindOf(fr.head.key) === "thing";
    const own = frames.find(counted);
    // (what a date of the sentence is about comes first: "Det er den højeste inflation siden august
    // 1982, og den er steget fra 10,0 procent i september" — the 10,0 percent is of inflation)
    // (not a time of a relative clause, of the phrase before it: "…, viser kommunens nye
    // klimaregnskab, som blev fremlagt mandag den 20. maj")
    const dated = own ? undefined : frames.find((fr) => !isAmount(fr.figure.kind) && !fr.ofAntecedent && fr.head?.known === true && index.kindOf(fr.head.key) === "thing" && !numbersOnly(fr.head, lang));
    const inherited: { subject: DraftTerm[]; about: string[]; kind: FigureKind } | null = dated
      ? { subject: termsOf(dated, index, lang, []).subject, about: [], kind: dated.figure.kind }
      : before && n - before.sentence <= MAX_ANAPHORA_DISTANCE ? before : null;
    let when: ReturnType<typeof relativeYearPhrases> | undefined;
    const speaker = speakerOf(s.text, people[n] ?? [], n > 0 ? (people[n - 1] ?? []) : [], g);
    const lower = s.text.toLowerCase();
    const futureAt = firstCueAt(lower, g.futureCues);
    const past = tellsOfPast(lower, g);
    // The last figure of this sentence that counts a thing: "48.700 besøgende, …, hvor tallet var
    // 41.300" — "tallet" points back to it, as "the figure" of a sentence after does; so does the
    // value a change started from ("14.2 tonnes of apples …, up from 9.6 tonnes in 2024").
    let counting: Frame | undefined;
    for (const frame of frames) {
      const f = frame.figure;
      // (a span of two years running is the name of a season, a school or financial year —
      // "2024/25", "the winter of 2022-23" — which says when another figure is, not what happened)
      if (f.kind === "year" && f.qualifier === "range" && f.high === f.low! + 1) {
        skipped.push({ text: f.text, paragraph: s.paragraph, why: "a season, school or financial year of two years says when the sentence's other figures are" });
        continue;
      }
      const input = figureInput(f, date, { future: futureAt < f.start, past }, yearOfMonth, weekdays.get(f), ofNextYear, yearSaidAfter(f, s.text, () => (when ??= relativeYearPhrases(s.text, lang)), g));
      // A share in words ("de fleste", "most of") keeps its words as its display.
      if (f.kind === "percent" && !/\d/.test(f.text)) input.display = f.text.replace(/\s+(?:of|af)$/i, "");
      let value: FigureValue;
      try {
        value = toFigureValue(input);
      } catch (e) {
        if (!(e instanceof FigureProblem)) throw e;
        skipped.push({ text: f.text, paragraph: s.paragraph, why: e.message });
        continue;
      }
      const terms = termsOf(frame, index, lang, documentEntities, spell);
      // ("She was among the first of the crowd …": the person the sentence before names; not for
      // an age its own sentence gives a person: "She beat her neighbour, 69-year-old Gerald Hobbs";
      // "Hun stod som 16-årig i stationens kiosk" is hers)
      if (n > 0 && (f.unit !== "age" || (people[n]?.length ?? 0) === 0) && aboutPerson[n]) addNames(terms, people[n - 1] ?? [], lang, spell);
      // ("\"I'm 84 and I've been digging this garden for 52 years,\" said its owner, Joan Pettifer":
      // the speaker's, of a quote in the first person)
      else if (speaker && f.end <= speaker.quoteEnd) addNames(terms, speaker.people, lang, spell);
      // ("Dave Lintott, 54, drove 85 miles": the person the sentence opens with, an age set off
      // after the name, did what its other figures say)
      else if (f.unit !== "age" && openedBy[n]) addNames(terms, openedBy[n], lang, spell);
      // A price each one was sold or bought at ("sold 1,146 shares at £50 each", "solgt for 50 kr.
      // stykket") is what each cost, too.
      if (f.kind === "money" && eachAfter(s.text, f.end, lang) && !terms.event.includes(COST)) terms.event.push(COST);
      // A span from one year to another says when what it tells of began and ended ("producerede
      // bygas fra 1902 til 1967": the works closed in 1967; "1861-1924"). Not one between two
      // years, a period something is measured over ("doubled between 2020 and 2022").
      if (f.kind === "year" && f.qualifier === "range" && /\d{3}\D+\d{2}/.test(f.text) && !betweenYears(f.text, lang)) for (const e of SPAN_EVENTS) if (!terms.event.includes(e)) terms.event.push(e);
      // (not where the sentence counts a thing of its own: "The Liberal Party fell to 13.3 percent, …, and will have 23 seats")
      // (nor where "tallet", "the figure" is the subject of its clause, before the sentence counts
      // a thing of its own: "I dag er tallet 71, og på ventelisten står yderligere 38 børn" — 71
      // members, the sentence before's)
      if (inherited && (!own || (!counting && pointsBack(frame, lang))) && isAmount(f.kind) && f.unit !== "age" && ofKindOf(frame, inherited.kind, lang) && !countsSomething(frame, (when ??= relativeYearPhrases(s.text, lang)), lang, index)) {
        // (a word no term knows, said as what it counts, is kept: the sentence before is only a guess)
        if (countsUnknown(frame, lang)) alsoInherit(terms, inherited.subject);
        else inherit(terms, inherited.subject, inherited.about);
        // (not a count of a sentence that opens with a whole named before: "Between 1 September and
        // 31 January, 2,318 fixtures were scheduled. Of those, 431 were refereed by a parent or
        // coach, while 37 were postponed" — each counts the fixtures, not what another count does)
      } else if (counting && !(frame.ofNamedWhole === "opening" && !frame.counted) && countsAsBefore(frame, counting, s.text, lang, index)) {
        inherit(terms, termsOf(counting, index, lang, []).subject);
      } else if (frame.ofNamedWhole && !frame.counted) {
        // ("Kommunen har foretaget 17 lugtmålinger. I fire af dem lå lugten over grænseværdien":
        // four of the measurements, what the last count of the sentence before counts; but "Volunteers
        // have given 2,870 hours …, and 58 of them have been trained": of the volunteers its own
        // sentence's subject names)
        // (not for a sentence that opens with the whole: its own counts are parts of it)
        const mine = frame.ofNamedWhole === "after" ? ownWhole(frame, frames, index) : [];
        if (mine.length > 0) ofWhole(terms, mine);
        else if (wholeBefore?.sentence === n - 1) ofWhole(terms, termsOf(wholeBefore.frame, index, lang, []).subject);
        // (or, with no count before it in its own sentence, the first thing the sentence before
        // names: "Alle sager er sendt videre … Tre af dem er politianmeldt")
        else if (n > 0 && firstThing[n - 1] !== undefined && !frames.some((o) => o.figure.kind === "count" && o.figure.start < f.start)) ofWhole(terms, [firstThing[n - 1]!]);
      }
      if (counted(frame)) counting = frame;
      const display = input.display ?? formatFigure(value, "en");
      const named = termName(terms.subject[0]) || slug(f.kind);
      let id = `${slug(options.id)}-p${s.paragraph}-${named}`.replace(/-+/g, "-").replace(/-$/, "");
      if (!ID_PATTERN.test(id)) id = `${slug(options.id) || "fact"}-p${s.paragraph}`;
      let unique = id;
      for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
      ids.add(unique);
      const statement = lang === "en" && frames.length === 1 ? s.quote.replace(/\s+/g, " ") : `${display}: ${s.quote.replace(/\s+/g, " ")}`;
      facts.push({ id: unique, statement, figure: input, display, terms, quote: s.quote, paragraph: s.paragraph });
    }
    const lastCount = frames.findLast((fr) => fr.figure.kind === "count" && fr.counted && fr.head !== null);
    // (its terms read only when a count of the next sentence asks)
    if (lastCount) wholeBefore = { sentence: n, frame: lastCount };
    if (own) before = { sentence: n, subject: termsOf(own, index, lang, []).subject, about: own.topic.flatMap((t) => (t.known && index.kindOf(t.key) === "thing" && !numbersOnly(t, lang) ? [t.key] : [])), kind: own.figure.kind };
    // (not what a day or time of day of its own is about, which is its own sentence's: "underskrevet
    // natten til torsdag kl. 01.45 efter knap 14 timers forhandlinger" gives the next sentence no night)
    else if (inherited && !(dated && (dated.figure.kind === "weekday" || isClock(dated.figure.kind))) && frames.some((fr) => isAmount(fr.figure.kind))) before = { sentence: n, subject: inherited.subject, about: inherited.about, kind: inherited.kind };
  }
  return { facts, skipped, lang, title: source.title, date: source.date };
}

/**
 * The names of people among a sentence's names: a first name and a surname, one space apart. The
 * surname may be a word the lexicon knows, written with a capital ("Karsten Møller": mills).
 */
function personNames(names: readonly Slot[], entities: readonly Slot[], text: string, g: Grammar): Slot[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const out: Slot[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    const joined = sorted[i + 1]?.start === first.end + 1;
    // (not a place or an organisation the lexicon knows: "Ashby Council")
    const surname = joined ? sorted[i + 1] : knownSurname(text, first.end, entities);
    if (!surname) continue;
    if (joined) i++;
    // (not a place: "fra Lindholm Mark", "in Ashby Vale")
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, first.start - 24), first.start))?.[1].toLowerCase();
    if (before !== undefined && (g.locative.has(before) || g.origins.has(before))) continue;
    out.push(first, surname);
  }
  return out.slice(0, 2 * MAX_PEOPLE);
}

/** A capitalised word right after a name, one space apart: its surname, though the lexicon knows the word (`known`). */
function knownSurname(text: string, at: number, entities: readonly Slot[]): Slot | undefined {
  const m = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(at, at + 40));
  if (!m || entities.some((e) => e.start <= at + 1 && e.end > at + 1)) return undefined;
  return { key: `?${m[1].toLowerCase()}`, known: true, start: at + 1, end: at + 1 + m[1].length, text: m[1], locative: undefined };
}
/** How many people of the sentence before a pronoun may be (a sentence may name more than one). */
const MAX_PEOPLE = 2;

/**
 * The sentence opens with a pronoun of one person, who is not only its source: "She was among the
 * first …", not "Hun oplyser, at 73 af de nye hjertestartere …" (a verb of saying: the figure is
 * not hers, and a claim that names the town is about it).
 */
function opensWithPerson(text: string, occurrences: readonly { start: number; key: string }[], g: Grammar, index: TermIndex): boolean {
  const m = /^[\s"“”‘’'«»„]*(\p{L}+)\s+(?=\p{L})/u.exec(text);
  if (!m || !g.personPronouns.has(m[1].toLowerCase())) return false;
  const next = m[0].length;
  return !occurrences.some((o) => o.start === next && index.isReport(o.key));
}

/** Opening and closing quotation marks. */
const QUOTE_MARKS = /["“”„«»]/u;

/**
 * Who speaks a quote in the first person that opens the sentence (its first word one of the pack's
 * speaker pronouns): the person the sentence names after the quote ("…," said its owner, Joan
 * Pettifer), or, when a person's pronoun after it says who ("…," he said), the one the sentence
 * before names. `quoteEnd`: where the quote ends; figures before it are the speaker's.
 */
function speakerOf(text: string, people: readonly Slot[], peopleBefore: readonly Slot[], g: Grammar): { people: readonly Slot[]; quoteEnd: number } | undefined {
  const m = /^\s*["“„«»]\s*(\p{L}+)/u.exec(text);
  if (!m || !g.speakerPronouns.has(m[1].toLowerCase())) return undefined;
  const close = text.slice(m[0].length).search(QUOTE_MARKS);
  if (close < 0) return undefined;
  const quoteEnd = m[0].length + close;
  const after = people.filter((p) => p.start > quoteEnd);
  if (after.length > 0) return { people: after.slice(0, 2), quoteEnd };
  const said = /^[\s,.!?;:]*(\p{L}+)\s+(\p{L}+)/u.exec(text.slice(quoteEnd + 1));
  if (said && (g.personPronouns.has(said[1].toLowerCase()) || g.personPronouns.has(said[2].toLowerCase())) && peopleBefore.length > 0) return { people: peopleBefore.slice(0, 2), quoteEnd };
  return undefined;
}

/**
 * The person a sentence opens with when an age set off by commas follows the name ("Dave Lintott,
 * 54, drove 85 miles …"): the subject of the sentence.
 */
function opensWithAgedPerson(text: string, people: readonly Slot[], figures: readonly Figure[]): Slot[] | undefined {
  const open = /^[\s"“”‘’'«»„]*/u.exec(text)![0].length;
  if (people.length < 2 || people[0].start !== open) return undefined;
  const age = figures.find((f) => f.unit === "age" && f.start > people[1].end && /^,\s*$/.test(text.slice(people[1].end, f.start)));
  if (!age || !/^\s*,/.test(text.slice(age.end))) return undefined;
  return people.slice(0, 2);
}

/**
 * People's names as actors of a fact (a place it names, "Brow Hill", is no person); not a surname
 * the lexicon knows as a word ("Møller"), which a claim reads as that word too.
 */
function addNames(terms: Record<Role, DraftTerm[]>, names: readonly Slot[], lang: Lang, spell: (name: string) => string): void {
  const have = new Set([...terms.subject, ...terms.actor].map(termKey));
  for (const n of names) {
    if (n.known) continue;
    const term: DraftTerm = { lang, text: spell(n.text), name: true };
    const key = termKey(term);
    if (have.has(key)) continue;
    // (out of the context, where the document's most named are: an actor of this fact)
    terms.context = terms.context.filter((t) => termKey(t) !== key);
    terms.actor.push(term);
  }
}

/**
 * A figure that counts what the count before it in its sentence counts: "tallet" or "the figure"
 * is its clause's subject, or it is the value a change started from ("up from 9.6 tonnes"), in the
 * same kind and unit; or a price each one pays ("18,740 annual members, each paying £90 a year").
 */
function countsAsBefore(frame: Frame, before: Frame, text: string, lang: Lang, index: TermIndex): boolean {
  const f = frame.figure;
  if (frame.head === null && f.kind === before.figure.kind && f.unit === before.figure.unit) {
    if (frame.previous === true || (frame.topic[0] !== undefined && numbersOnly(frame.topic[0], lang))) return true;
    // (the mean of what it counts: "9,8 mio. kr. i erstatning, i gennemsnit 70.000 kr. pr. lodsejer")
    if (frame.topic[0]?.key === AVERAGE) return true;
  }
  return before.figure.kind === "count" && f.kind === "money" && (!frame.head?.known || index.kindOf(frame.head.key) !== "thing") && eachOne(text, before.figure.end, f.start, lang);
}

/** A span of years said "between … and" ("mellem … og"): the range opener whose closer is not the pack's "to". */
function betweenYears(text: string, lang: Lang): boolean {
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase();
  const { openers, joiner } = languageOf(lang).ranges;
  return first !== undefined && Object.hasOwn(openers, first) && openers[first] !== joiner;
}

/** The concept of a mean ("i gennemsnit", "on average"): what it is the mean of is what it counts. */
const AVERAGE = "average";
/** The predicate a price of each one is of. */
const COST = "cost";
/** What a span of years says besides what its clause does: when it began and ended. */
const SPAN_EVENTS = ["start", "open", "end", "close"];

/** A distributive word ("each", "stykket") right after a figure that ends at `end`. */
function eachAfter(text: string, end: number, lang: Lang): boolean {
  const m = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 24));
  return !!m && grammarOf(lang).distributive.has(m[1].toLowerCase());
}

/** A word that says "each one's" (the packs' distributive words) in the clause of a figure, after the count before it. */
function eachOne(text: string, from: number, to: number, lang: Lang): boolean {
  const between = text.slice(from, to);
  const clause = between.slice(Math.max(between.lastIndexOf(","), between.lastIndexOf(";")) + 1);
  const words = grammarOf(lang).distributive;
  return clause.toLowerCase().split(/[^\p{L}]+/u).some((w) => words.has(w));
}

/** A frame whose head is the reading of its word that the rest of the document names most (the first on a tie). */
function documentReading(frame: Frame, readings: ReadonlyMap<string, number>): Frame {
  const head = frame.head;
  if (!head?.known || frame.alternatives.length === 0) return frame;
  let best = head;
  for (const a of frame.alternatives) if ((readings.get(a.key) ?? 0) > (readings.get(best.key) ?? 0) + 0.5) best = a;
  if (best === head) return frame;
  return { ...frame, head: best, alternatives: [head, ...frame.alternatives.filter((a) => a !== best)] };
}

/**
 * A frame's head is a term, and not a word that only numbers ("the figure", "antallet"), or its
 * clause names a thing ("Andelen af udenlandske besøgende steg til 23 pct.": visitors).
 */
function countsSomething(frame: Frame, when: readonly { start: number; end: number }[], lang: Lang, index: TermIndex): boolean {
  const thing = (x: Slot) => x.known && index.kindOf(x.key) === "thing" && !numbersOnly(x, lang);
  // (not the year of "a year earlier", "året før": it says when)
  const said = (x: Slot) => thing(x) && !when.some((w) => x.start >= w.start && x.end <= w.end);
  if (frame.head !== null) return thing(frame.head) || frame.topic.some(said);
  // (a bare number that is its clause's subject counts nothing its verb's phrase names: "Three were
  // taken to University Hospital Kerry" counts the riders of the sentence before)
  let verb = Infinity;
  for (const p of frame.predicates) if (p.start >= frame.figure.end && p.start < verb) verb = p.start;
  return frame.topic.some((x) => said(x) && x.start < verb);
}

/**
 * What a figure counts is a word no term knows ("En partoutbillet kostede i år 2.150 kr."), and no
 * word of its clause points back ("the figure", "antallet").
 */
function countsUnknown(frame: Frame, lang: Lang): boolean {
  const quantity = (x: Slot) => numbersOnly(x, lang);
  return frame.head !== null && !frame.head.known && !quantity(frame.head) && !frame.context.some(quantity) && !frame.modifiers.some(quantity);
}

/**
 * Whether a figure may count what a figure of `kind` counted: a sum of money or a measure ("ventes
 * at koste 186.500 kr.", "4,5 meter høj") is not of what a count of the sentence before counts
 * ("i én sag"), unless a word of its clause points back ("the figure", "beløbet").
 */
function ofKindOf(frame: Frame, kind: FigureKind, lang: Lang): boolean {
  const measured = frame.figure.kind === "money" || frame.figure.kind === "quantity";
  return !measured || kind === frame.figure.kind || pointsBack(frame, lang);
}

/** A figure with no head whose clause's subject only numbers ("tallet er 71", "the figure is now 71"). */
function pointsBack(frame: Frame, lang: Lang): boolean {
  return frame.head === null && frame.topic[0] !== undefined && numbersOnly(frame.topic[0], lang);
}

/** A word that only numbers what its clause names: "the number", "antallet". */
function numbersOnly(s: Slot, lang: Lang): boolean {
  return grammarOf(lang).quantityNouns.has(s.text.toLowerCase());
}

/** Sentences back (the last one with a figure counting a known thing) that "the figure", "antallet" may point to. */
const MAX_ANAPHORA_DISTANCE = 2;

/**
 * What a figure counts, from the sentence before, when its own sentence names no thing it counts
 * ("The figure", "Antallet steg med 7,5 procent"): its subject; the words it had are its context.
 */
function inherit(terms: Record<Role, DraftTerm[]>, subject: readonly DraftTerm[], about: readonly string[] = []): void {
  const taken = subject.filter((t) => typeof t === "string");
  if (taken.length === 0) return;
  // (the words of its own sentence it was read with count nothing: they are only its context)
  const has = new Set(taken.map(termKey));
  const own = terms.subject.filter((t) => !has.has(termKey(t)));
  const inContext = new Set(terms.context.map(termKey));
  terms.subject = [...taken];
  // (and what the sentence before's clause was about is this one's too: "… står 1.870 studerende
  // på venteliste … På samme tid sidste år var tallet 1.420" — a waiting list's)
  const carried = about.filter((k) => !has.has(k) && !inContext.has(k));
  terms.context.unshift(...carried, ...own.filter((t) => !inContext.has(termKey(t))));
}

/** The things a count of "them" is of when its own sentence's subject names them: the subject's known nouns. */
function ownWhole(frame: Frame, frames: readonly Frame[], index: TermIndex): string[] {
  const keys = frame.agent.flatMap((a) => (a.known && index.kindOf(a.key) === "thing" ? [a.key] : []));
  // (not when a count before it in the sentence counts them: "23 husstande …, og 18 af dem" keeps
  // its own words, the two counts being of one thing)
  const counted = frames.some((o) => o !== frame && o.figure.kind === "count" && o.figure.start < frame.figure.start && o.head !== null && keys.includes(o.head.key));
  return counted ? [] : keys;
}

/** A count of a whole named before ("four of them") counts what that whole counts, known or not; its own words are its context. */
function ofWhole(terms: Record<Role, DraftTerm[]>, subject: readonly DraftTerm[]): void {
  const has = new Set(subject.map(termKey));
  const inContext = new Set(terms.context.map(termKey));
  terms.context.unshift(...terms.subject.filter((t) => !has.has(termKey(t)) && !inContext.has(termKey(t))));
  terms.subject = [...subject];
}

/** The sentence before's subject added after a figure's own (unknown) one. */
function alsoInherit(terms: Record<Role, DraftTerm[]>, subject: readonly DraftTerm[]): void {
  for (const t of subject) if (typeof t === "string" && !terms.subject.includes(t)) terms.subject.push(t);
}

/** A drafted term as termsOf keys it: a concept id, or "?" and the word. */
function termKey(t: DraftTerm): string {
  return typeof t === "string" ? t : `?${t.text.toLowerCase()}`;
}

function termName(t: DraftTerm | undefined): string {
  if (!t) return "";
  return slug(typeof t === "string" ? t : t.text).split("-").slice(0, 3).join("-");
}

// ---------------------------------------------------------------------------------------------
// YAML

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .'’/-]*$/u;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML). */
function scalar(s: string): string {
  return PLAIN.test(s) && !RESERVED.test(s) && !/^\d/.test(s) && !/[ .]$/.test(s) ? s : JSON.stringify(s);
}

function figureYaml(f: FigureInput): string {
  const parts = [`kind: ${f.kind}`];
  if (f.value !== undefined && f.value !== null) parts.push(`value: ${typeof f.value === "number" ? String(f.value) : JSON.stringify(f.value)}`);
  if (f.qualifier) parts.push(`qualifier: ${f.qualifier}`);
  if (f.reach) parts.push("reach: true");
  if (f.season) parts.push(`season: ${f.season}`);
  if (f.low !== undefined) parts.push(`low: ${typeof f.low === "number" ? String(f.low) : JSON.stringify(f.low)}`);
  if (f.high !== undefined) parts.push(`high: ${typeof f.high === "number" ? String(f.high) : JSON.stringify(f.high)}`);
  if (f.unit) parts.push(`unit: ${f.unit}`);
  if (f.display) parts.push(`display: ${scalar(f.display)}`);
  return `{ ${parts.join(", ")} }`;
}

function termYaml(t: DraftTerm): string {
  if (typeof t === "string") return t;
  return `{ ${t.lang}: [${scalar(t.text)}] }`;
}

/** The draft as fact-base YAML. `textPath` is the document path as the YAML should name it. */
export function draftYaml(draft: Draft, meta: { id: string; title: string; date: string; textPath: string; source: string }): string {
  const lines = [
    `# Draft fact base extracted by \`factcheck extract\` from ${meta.source}.`,
    "# It works as it is. Review each fact to make it better: the statement (one English sentence),",
    "# the figure, and the terms — concept ids of the built-in lexicon, or the document's own words",
    "# ({ en: [...] } / { da: [...] }, add the other language's words to tie claims in it) —",
    "# then remove `review: true`.",
    "document:",
    `  id: ${meta.id}`,
    `  title: ${JSON.stringify(meta.title)}`,
    `  language: ${draft.lang}`,
    `  date: ${JSON.stringify(meta.date)}`,
    `  text: ${JSON.stringify(meta.textPath)}`,
    "",
    "facts:",
  ];
  for (const f of draft.facts) {
    lines.push(
      `  - id: ${f.id}`,
      `    statement: ${JSON.stringify(f.statement)}`,
      `    figure: ${figureYaml(f.figure)}`,
      "    terms:",
    );
    for (const role of ["subject", "event", "place", "actor", "context"] as Role[]) {
      if (f.terms[role].length === 0) continue;
      lines.push(`      ${role}: [${f.terms[role].map(termYaml).join(", ")}]`);
    }
    lines.push(`    quote: ${JSON.stringify(f.quote)}`, `    paragraph: ${f.paragraph}`, "    review: true", "");
  }
  for (const s of draft.skipped) lines.push(`# not drafted: ${JSON.stringify(s.text)} in paragraph ${s.paragraph}: ${s.why}`);
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

// ---------------------------------------------------------------------------------------------
// The command

async function readDocument(file: string): Promise<string> {
  let size: number;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new UserError("is a folder, not a document", { file });
    if (!st.isFile()) throw new UserError("is not a regular file", { file });
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError("no such file", { file });
  }
  if (size > MAX_FILE_BYTES) throw new UserError("document is larger than 10 MB", { file });
  const text = await readFile(file, "utf8");
  if (text.includes("\u0000")) throw new UserError("not a text document (binary data)", { file });
  return text;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function runExtract(document: string, given: ExtractOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  // ("-o -" is standard output, as with no -o)
  const options = given.output === "-" ? { ...given, output: undefined } : given;
  const id = options.id ?? slug(basename(document).replace(/\.[^.]+$/, ""));
  if (options.id === undefined && !ID_PATTERN.test(id)) throw new UserError(`no document id can be made of the file name: give --id (${ID_RULE})`, { file: document });
  if (!ID_PATTERN.test(id)) throw new UserError(`--id "${id}" must be ${ID_RULE}`);
  if (options.date !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(options.date)) throw new UserError(`--date "${options.date}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (options.title !== undefined && !options.title.trim()) throw new UserError("--title must not be empty");
  const raw = await readDocument(document);
  if (options.output && !options.force && (await exists(options.output)))
    throw new UserError("already exists (use --force to overwrite)", { file: options.output });

  const draft = await extractFacts(raw, { id, lang: options.lang, date: options.date, markdown: /\.(?:md|markdown)$/i.test(document) });
  const date = options.date ?? draft.date;
  if (!date) throw new UserError("the document has no dateline with a date: give --date YYYY-MM-DD", { file: document });
  const title = options.title ?? draft.title ?? basename(document).replace(/\.[^.]+$/, "");
  if (draft.facts.length === 0) {
    io.err(`no figures found in ${document}\n`);
    return 0;
  }
  const textPath = options.output ? relative(dirname(resolve(options.output)), resolve(document)).split(sep).join("/") : document;
  const yaml = draftYaml(draft, { id, title, date, textPath, source: basename(document) });
  if (!options.output) {
    io.out(yaml);
    return 0;
  }
  await writeFileAtomic(options.output, yaml, { mkdir: true, what: "the draft" });
  io.err(`${draft.facts.length} draft fact${draft.facts.length === 1 ? "" : "s"} written to ${options.output}\n`);
  return 0;
}
