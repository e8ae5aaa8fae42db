// Text output, for a person. Grouped by file; each figure as
//   line:col  verdict  claimed vs stored  document ¶paragraph [fact-id]
// with the claim, the reason and the quote (in the source's language) under it, then warnings
// and a summary line. Readable without colour: colour only repeats what the words say.
import type { ChalkInstance } from "chalk";
import type { Check, CheckedFact, ClaimResult, Report, SourceRef, Verdict } from "../types.js";
import type { FormatOptions, Formatter, StreamFormatter } from "./index.js";
import { neutralise } from "./safe.js";

export interface TextOptions {
  /** A chalk instance (level 0 for no colour). */
  style: ChalkInstance;
  /** Show why each fact was or was not tied. */
  verbose?: boolean;
}

export const SYMBOLS: Record<Verdict, string> = { match: "✔", close: "≈", mismatch: "✖", unverified: "?" };
const WORD_WIDTH = "unverified".length;
/** The one wording for a run with no claim at all. */
export const NOTHING_TO_CHECK = "no figure found: nothing to check";
/** Location column width for claims written as they come (a stream): `9999:99` fits. */
const STREAM_LOC_WIDTH = 7;

function paint(style: ChalkInstance, verdict: Verdict, s: string): string {
  switch (verdict) {
    case "match":
      return style.green(s);
    case "close":
      return style.yellow(s);
    case "mismatch":
      return style.red(s);
    default:
      return style.cyan(s);
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `✖ 2 mismatches, 1 close, 3 unverified, 9 matches in 3 files (1 claim suppressed)`. */
function summaryLine(report: Report, style: ChalkInstance): string {
  const s = report.summary;
  const suppressed = report.suppressed?.length ?? 0;
  const quiet = suppressed ? plural(suppressed, "claim", "claims") + " suppressed" : "";
  if (s.claims === 0) return suppressed ? `no claim checked: ${quiet}` : NOTHING_TO_CHECK;
  const worst: Verdict = s.mismatch ? "mismatch" : s.close ? "close" : s.unverified ? "unverified" : "match";
  const parts = [plural(s.mismatch, "mismatch", "mismatches"), `${s.close} close`, `${s.unverified} unverified`, plural(s.match, "match", "matches")];
  const where = s.files > 0 ? ` in ${plural(s.files, "file", "files")}` : "";
  return paint(style, worst, `${SYMBOLS[worst]} ${parts.join(", ")}${where}`) + (quiet ? ` (${quiet})` : "");
}

/** A short label for a source: the document id and paragraph (the full title is in `facts show`). */
function sourceLabel(fact: CheckedFact, src: SourceRef, withDate = false): string {
  const date = withDate ? `, ${neutralise(src.date)}` : "";
  const asOf = fact.asOf && fact.asOf !== src.date ? `, as of ${neutralise(fact.asOf)}` : "";
  return `${neutralise(src.document)}${date} ¶${src.paragraph}${asOf} [${neutralise(fact.id)}]`;
}

function checkLines(check: Check, claim: ClaimResult | null, o: TextOptions, pad: string, locWidth: number): string[] {
  const { style } = o;
  const loc = `${check.figure.location.line}:${check.figure.location.column}`.padEnd(locWidth);
  const word = paint(style, check.verdict, `${SYMBOLS[check.verdict]} ${check.verdict.padEnd(WORD_WIDTH)}`);
  const figures = check.fact ? `${neutralise(check.figure.text)} vs ${neutralise(check.fact.display)}` : neutralise(check.figure.text);
  const disagree = (check.disagreeing?.length ?? 0) > 0;
  // (a fact drafted by `extract` that no person has reviewed yet says so)
  const unreviewed = check.unreviewed ? " unreviewed" : "";
  const source = check.fact && check.source ? `  ${style.dim(sourceLabel(check.fact, check.source, disagree) + unreviewed)}` : "";
  const indent = `${pad}${" ".repeat(locWidth + 2)}`;
  const lines = [`${pad}${style.dim(loc)}  ${word}  ${style.bold(figures)}${source}`];
  if (claim) lines.push(`${indent}${neutralise(claim.claim)}`);
  lines.push(`${indent}${style.dim(neutralise(check.reason))}`);
  if (check.source) lines.push(`${indent}“${neutralise(check.source.quote)}”`);
  for (const other of check.disagreeing ?? []) {
    const where = other.source ? ` — ${sourceLabel(other.fact, other.source, true)}` : "";
    lines.push(`${indent}${style.yellow("≠")} another source says ${style.bold(neutralise(other.fact.display))} (${other.verdict} against it)${style.dim(where)}`);
    if (other.source) lines.push(`${indent}  “${neutralise(other.source.quote)}”`);
  }
  if (o.verbose) {
    for (const c of check.considered ?? []) lines.push(style.dim(`${indent}${c.tied ? "tied" : "not tied"}: ${neutralise(c.fact)} — ${neutralise(c.why)}`));
  }
  return lines;
}

function locationWidth(results: ClaimResult[], min: number): number {
  // A loop, not Math.max(...all): spreading 100,000s of checks overflows the call stack.
  let width = min;
  for (const r of results) for (const c of r.checks) width = Math.max(width, `${c.figure.location.line}:${c.figure.location.column}`.length);
  return width;
}

/** The lines for some claims, grouped by file (without warnings or summary). */
function resultLines(results: ClaimResult[], o: TextOptions, locWidth: number, currentFile: { file: string | null }): string[] {
  const out: string[] = [];
  for (const r of results) {
    const inFile = r.location.file !== "-";
    if (r.location.file !== currentFile.file) {
      if (out.length) out.push("");
      if (inFile) out.push(o.style.underline(neutralise(r.location.file)));
      currentFile.file = r.location.file;
    } else if (out.length) {
      out.push("");
    }
    r.checks.forEach((c, i) => {
      for (const line of checkLines(c, i === 0 ? r : null, o, inFile ? "  " : "", locWidth)) out.push(line);
    });
  }
  return out;
}

/** Warnings and the summary line, after some claims were (or were not) shown. */
function textEnd(report: Report, o: TextOptions, shownBefore: boolean): string {
  const out: string[] = [];
  const gap = () => {
    if (out.length || shownBefore) out.push("");
  };
  for (const w of report.warnings) {
    gap();
    out.push(o.style.yellow(`warning: ${neutralise(w)}`));
  }
  gap();
  out.push(summaryLine(report, o.style));
  return `${out.join("\n")}\n`;
}

export function formatText(report: Report, o: TextOptions): string {
  const lines = resultLines(report.results, o, locationWidth(report.results, 3), { file: null });
  return (lines.length ? `${lines.join("\n")}\n` : "") + textEnd(report, o, lines.length > 0);
}

/** Claim by claim (a stream on stdin): a fixed location width keeps the columns aligned. */
function streamText(o: TextOptions): StreamFormatter {
  let shown = 0;
  let width = STREAM_LOC_WIDTH;
  const current = { file: null as string | null };
  return {
    result: (r) => {
      width = locationWidth([r], width);
      const lines = resultLines([r], o, width, current);
      if (lines.length === 0) return "";
      return `${shown++ === 0 ? "" : "\n"}${lines.join("\n")}\n`;
    },
    end: (report) => textEnd(report, o, shown > 0),
  };
}

export const textFormatter: Formatter = {
  format: (report, o: FormatOptions) => formatText(report, o),
  stream: (o: FormatOptions) => streamText(o),
  streamsLargeDrafts: true,
};
