// Types shared across the pipeline stages: input → claims → figures → match → judge → report.
// Every stage imports its vocabulary from here so that nothing is redefined.

import type { Lang } from "./lang/index.js";

/** A language code ("en", "da", …), from the registry of language packs (src/lang/index.ts). */
export type { Lang };

// ---------------------------------------------------------------------------------------------
// Positions

/** A 1-based line and column (columns count Unicode code points, as editors do). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps offsets in a piece of extracted text back to the original file. The text from `offset`
 * onwards (up to the next span) starts at `line:column` and advances one column per code point.
 */
export interface PosSpan {
  offset: number;
  line: number;
  column: number;
}

/** Text handed from the input stage to the claims stage: a line, a Markdown paragraph, ... */
export interface TextBlock {
  text: string;
  spans: PosSpan[];
}

/** One input the user gave: an argument, stdin, or a file. */
export interface InputSource {
  /** What the output calls it: the path as given, or "-" for stdin and arguments. */
  name: string;
  /** 1-based argument number for command-line claims; absent for files and stdin. */
  argument?: number;
  blocks: TextBlock[];
}

// ---------------------------------------------------------------------------------------------
// Figures

export type FigureKind =
  | "count" // a plain number of things: 347, "two", "20.722"
  | "vague" // a vague quantity: "dozens", "many hundreds", "tusindvis" (low..high)
  | "percent" // 12 %, "12 procent"; unit "%"
  | "money" // $2.3 billion, "2,3 mia. kr."; unit is an ISO 4217 code
  | "quantity" // 1,344 km; unit is a normalised unit symbol
  | "year" // 2011
  | "date" // 11 September 2001, 9/11 (year optional)
  | "month" // August, August 2021
  | "weekday" // Monday, mandag
  | "clock" // a time of day: 1.30pm, 18:00, "kl. 13.30"; value in minutes after midnight (810), ranges low..high
  | "ordinal"; // a rank or place in a series: "14th", "14.", "seventh", "tredjestørste" (3); value the number

export type Qualifier =
  | "exact"
  | "more_than" // more than, over, above, flere end
  | "at_least" // at least, mindst
  | "less_than" // fewer than, less than, under, færre end
  | "at_most" // at most, up to, højst, op til
  | "about" // about, around, roughly, circa, ca., omkring
  | "nearly" // nearly, almost, knap, næsten: true value at or just below
  | "just_over" // just over, a little over, godt, lidt over: true value at or just above
  | "range" // between 300 and 400, 300-400 (low..high)
  | "vague" // dozens, hundreds (low..high)
  | "before" // dates: before 2012, by the end of August, inden udgangen af august
  | "after"; // dates: after 2010, since 2001

export const QUALIFIERS: readonly Qualifier[] = [
  "exact", "more_than", "at_least", "less_than", "at_most", "about", "nearly", "just_over", "range", "vague", "before", "after",
];
export const FIGURE_KINDS: readonly FigureKind[] = [
  "count", "vague", "percent", "money", "quantity", "year", "date", "month", "weekday", "clock", "ordinal",
];

/** Calendar parts of a date-like figure. month 1-12; weekday 1 = Monday … 7 = Sunday (ISO). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

/** A typed value with its qualifier: what a claim states, or what a fact stores. */
export interface FigureValue {
  kind: FigureKind;
  qualifier: Qualifier;
  /**
   * count/percent/money/quantity/year: the number (never NaN; null for ranges); vague: its label
   * ("many hundreds", with low/high);
   * date: "2001-09-11" or "--09-11"; month: "2021-08" or "--08"; weekday: "monday"; clock: minutes
   * after midnight (13:30 is 810; a fact base writes "13:30").
   */
  value: number | string | null;
  /** Inclusive bounds for qualifier "range" and kind "vague". */
  low?: number;
  high?: number;
  /** "%" for percent, ISO 4217 for money ("USD", "DKK", "EUR"), a unit symbol for quantity. */
  unit?: string;
  /** Parts of year/date/month/weekday figures. */
  date?: DateParts;
  /**
   * An at_most said as how high the figure reaches ("up to 12 years", "op til tolv år"), not as a
   * bound ("at most 50", "højst 50"): its number is the one it says the figure reaches.
   */
  reach?: boolean;
  /**
   * An after said as when a state began ("mayor since 2019", "siden 2019"), not as a bound ("after
   * 2019"): against a stored time that is no bound, it says that time.
   */
  since?: boolean;
  /** Of a year: the season said of it ("spring 2026", "i efteråret 2026"), a part of the year another season is not. */
  season?: Season;
  /** Of a claimed amount: said as the least or the greatest ("the smallest flat"), so against a stored range it gives that end. */
  extreme?: "low" | "high";
}

/** The seasons of a year (a year figure's part). */
export const SEASONS = ["spring", "summer", "autumn", "winter"] as const;
export type Season = (typeof SEASONS)[number];

/** A figure found in a claim: its value plus where it stands in the claim's text. */
export interface Figure extends FigureValue {
  /** The span as written, qualifier included: "more than 200", "fireogfyrre", "9/11". */
  text: string;
  /** UTF-16 offsets of `text` in the string given to parseFigures. */
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Fact base

/** What a term does in a fact. A fact is tied only when the claim names its subject and event. */
export type Role = "subject" | "event" | "place" | "actor" | "context";
export const ROLES: readonly Role[] = ["subject", "event", "place", "actor", "context"];

/** Named entities block a tie when a claim names one that the fact does not (Iraq against a fact about Syria). */
export type EntityClass = "place" | "person" | "organization";

/** One way of saying a concept, already tokenised and stemmed for the matcher. */
export interface TermPhrase {
  text: string;
  lang: Lang;
  /** Normalised tokens (see src/text/tokens.ts): lower-cased stems. */
  tokens: string[];
  /** Written in capitals (US, NATO): only matches capitals in a claim, so "us" is not the USA. */
  caseSensitive: boolean;
  /** A name (of a place, person, organisation): tokens are lower-cased words, not stems. */
  exact?: boolean;
  /**
   * The words as written, lower-cased (stemmed phrases): a word of a claim matches when it is one
   * of them, or has the same stem and starts like it ("priserne" ~ "prisen"; not "leder" ~ "ledig").
   */
  forms?: string[];
  /**
   * Per token: written with a capital letter ("Turkey", "Venstre", "præsident Biden"), so it only
   * matches a word written with one. Absent when no token is.
   */
  capitals?: boolean[];
}

/** What a concept that is not a named entity stands for (see src/lang/LEXICON.md). */
export type ConceptType = "thing" | "predicate" | "light" | "report";

export interface Concept {
  id: string;
  class?: EntityClass;
  /**
   * thing (the default), predicate (an event or state), light (a verb with no event of its own) or
   * report (saying and counting: how a figure is known, not what happened).
   */
  type?: ConceptType;
  /** Concepts this one is a kind or a part of ("residents" → "people", "copenhagen" → "denmark"). */
  broader?: string[];
  /**
   * Predicates that say the contrary of this one ("approve" and "reject"): a claim that says one is
   * not about a fact that says only the other. Symmetric.
   */
  opposite?: string[];
  phrases: TermPhrase[];
}

export interface SourceDocument {
  id: string;
  title: string;
  language: Lang;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
  /** Path of the stored text, relative to the fact file that describes it. */
  path: string;
  /** The full text, as stored. */
  text: string;
  /** Paragraphs of the text (1-based numbering in facts: paragraphs[n - 1]). */
  paragraphs: string[];
  origin?: Origin;
}

/** Where a thing was defined, for diagnostics. */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

/**
 * What a fact's quote says of a change (src/frames/anchors.ts, factChange): whether the figure is
 * the value before it, whether the quote gives a value before at all, and whether the figure is
 * one of the values the change went from or to (a level, not its size).
 */
export interface FactChange {
  previous: boolean;
  change: boolean;
  level?: boolean;
  /** The change is to come: its quote says so before the figure ("is to", "skal"). */
  future?: boolean;
}

export interface Fact {
  id: string;
  /** One English sentence saying what the fact is. */
  statement: string;
  figure: FigureValue;
  /** The figure as people write it ("2,448", "more than 200", "many hundreds"). */
  display: string;
  /** Concept ids per role; subject and event are never empty. */
  terms: Record<Role, string[]>;
  /** Verbatim from the source document, in its language. */
  quote: string;
  /** 1-based paragraph of the source document. */
  paragraph: number;
  /** SourceDocument id. */
  document: string;
  /** The date the figure held, if different from the document's date. */
  asOf?: string;
  review?: boolean;
  origin?: Origin;
  /** When its figure is of (years, months), read from its quote when the fact base is compiled. */
  anchors?: { year?: number; month?: number; through?: number }[];
  /** Compiled with anchors, when the quote gives a change: whether the figure is the value before it. */
  change?: FactChange;
}

/** The validated fact base; plain data, so it can be compiled to JSON at build time. */
export interface FactBase {
  documents: Record<string, SourceDocument>;
  facts: Fact[];
  concepts: Record<string, Concept>;
}

// ---------------------------------------------------------------------------------------------
// Claims, checks and reports

export type Verdict = "match" | "close" | "mismatch" | "unverified";
export const VERDICTS: readonly Verdict[] = ["mismatch", "close", "unverified", "match"];
/** Higher is worse: a claim's verdict is its worst figure's. */
export const VERDICT_RANK: Record<Verdict, number> = { match: 0, unverified: 1, close: 2, mismatch: 3 };

/** A sentence with at least one figure. */
export interface Claim {
  text: string;
  lang: Lang;
  /** Input name: file path as given, or "-" for stdin and arguments. */
  file: string;
  line: number;
  column: number;
  /** Offsets of `text` mapped back to the input (for figure positions). */
  spans: PosSpan[];
  figures: Figure[];
}

export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface SourceRef {
  document: string;
  title: string;
  date: string;
  paragraph: number;
  quote: string;
  language: Lang;
}

/** Why a fact was or was not tied to a figure (for --verbose). */
export interface Considered {
  fact: string;
  tied: boolean;
  why: string;
}

export interface Check {
  figure: Figure & { location: Location };
  verdict: Verdict;
  /**
   * The rule that decided: a verdict rule of src/judge ("equal", "rounded", "hedge-outside" …),
   * "no-fact" when no stored fact is about the figure, "ambiguous" when several could be.
   */
  rule: string;
  reason: string;
  /** The fact has not been reviewed by a person (`review: true`, as `extract` drafts it). */
  unreviewed?: boolean;
  fact: { id: string; statement: string; value: FigureValue["value"]; display: string; figure: FigureValue; asOf?: string; review?: boolean } | null;
  source: SourceRef | null;
  /** Other sources that store a figure for the same fact and disagree (the verdict uses the most recent). */
  disagreeing?: { fact: CheckedFact; source: SourceRef | null; verdict: Verdict }[];
  considered?: Considered[];
}

export type CheckedFact = NonNullable<Check["fact"]>;

export interface ClaimResult {
  claim: string;
  lang: Lang;
  location: Location;
  verdict: Verdict;
  checks: Check[];
}

export interface Summary {
  claims: number;
  match: number;
  close: number;
  mismatch: number;
  unverified: number;
  files: number;
}

/** The text of one input as it was read, for formats that show the draft itself (html). */
export interface InputText {
  /** As in locations: the path as given, or "-" for arguments and stdin. */
  name: string;
  kind: "markdown" | "text" | "claims";
  text: string;
}

/** A claim a disable comment suppressed: located, not checked. */
export interface SuppressedClaim {
  claim: string;
  location: Location;
}

/**
 * A problem with an input itself rather than with a figure in it, shown by every format:
 * unused-directive (with --report-unused-disable-directives: exit 1), skipped (a binary file),
 * encoding (invalid UTF-8, read as U+FFFD), no-drafts (a folder with no draft in it), and
 * unreadable / cut-off (a file or folder that could not be read, Markdown nested too deep to
 * finish) and internal-error (a sentence whose check failed, a bug): the run goes on and exits 2.
 */
export interface InputNotice {
  kind: "unused-directive" | "skipped" | "encoding" | "no-drafts" | "unreadable" | "cut-off" | "internal-error";
  /** As in locations: the path as given, or "-" for standard input. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** Notices that make the run exit 2: an input that could not be read, or not to its end, or a sentence whose check failed. */
export function isFatalNotice(n: InputNotice): boolean {
  return n.kind === "unreadable" || n.kind === "cut-off" || n.kind === "internal-error";
}

export interface Report {
  results: ClaimResult[];
  summary: Summary;
  /** Inputs that held no figure at all (said plainly in text output). */
  withoutFigures: string[];
  /** Non-fatal problems (a skipped binary file ...), each as `file[:line:col]: message`. */
  warnings: string[];
  /** The same problems with their kind and position (the formats that place them use these). */
  notices?: InputNotice[];
  /** Claims suppressed by disable comments (when any). */
  suppressed?: SuppressedClaim[];
  /** The inputs' text, kept only for formats that show it (html). */
  inputs?: InputText[];
}

/** Options that change verdicts. */
export interface JudgeOptions {
  /** Hedged claims match within this relative distance (default 0.10). */
  tolerance: number;
  /** Unhedged round figures are "close" within this relative distance (default 0.05). */
  closeTolerance: number;
}

export const DEFAULT_JUDGE_OPTIONS: JudgeOptions = { tolerance: 0.1, closeTolerance: 0.05 };

/** An error the user caused (bad input, bad fact base, bad option): one line, exit code 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly where?: { file: string; line?: number; column?: number },
  ) {
    super(message);
    this.name = "UserError";
  }
  /** `file:line:col: message`, as compilers and linters print it. */
  format(): string {
    if (!this.where) return this.message;
    const { file, line, column } = this.where;
    const pos = line ? `:${line}${column ? `:${column}` : ""}` : "";
    return `${file}${pos}: ${this.message}`;
  }
}
