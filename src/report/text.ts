// Text output, for a person. Grouped by file; each figure as
//   line:col  verdict  claimed vs stored  source
// with the claim, the reason and the quote (in the source's language) under it, then a summary
// line. Readable without colour: colour only repeats what the words say.
import type { ChalkInstance } from "chalk";
import type { Check, CheckedFact, ClaimResult, Report, SourceRef, Verdict } from "../types.js";
import { neutralise } from "./safe.js";

export interface TextOptions {
  /** A chalk instance (level 0 for no colour). */
  style: ChalkInstance;
  /** Only mismatches. */
  quiet?: boolean;
  /** Show why each fact was or was not tied. */
  verbose?: boolean;
}

export const SYMBOLS: Record<Verdict, string> = { match: "✔", close: "≈", mismatch: "✖", unverified: "?" };
const WORD_WIDTH = "unverified".length;

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

export function summaryLine(report: Report, style: ChalkInstance): string {
  const s = report.summary;
  const worst: Verdict = s.mismatch ? "mismatch" : s.close ? "close" : s.unverified ? "unverified" : "match";
  const parts = [plural(s.mismatch, "mismatch", "mismatches"), `${s.close} close`, `${s.unverified} unverified`, plural(s.match, "match", "matches")];
  const where = s.files > 0 ? ` in ${plural(s.files, "file", "files")}` : "";
  return paint(style, worst, `${SYMBOLS[worst]} ${parts.join(", ")}${where}`);
}

function sourceLine(fact: CheckedFact, src: SourceRef): string {
  const asOf = fact.asOf && fact.asOf !== src.date ? `, as of ${neutralise(fact.asOf)}` : "";
  return `${neutralise(src.title)}, ${neutralise(src.date)}, paragraph ${src.paragraph}${asOf} [${neutralise(fact.id)}]`;
}

function checkLines(check: Check, claim: ClaimResult | null, o: TextOptions, pad: string, locWidth: number): string[] {
  const { style } = o;
  const loc = `${check.figure.location.line}:${check.figure.location.column}`.padEnd(locWidth);
  const word = paint(style, check.verdict, `${SYMBOLS[check.verdict]} ${check.verdict.padEnd(WORD_WIDTH)}`);
  const figures = check.fact ? `${neutralise(check.figure.text)} vs ${neutralise(check.fact.display)}` : neutralise(check.figure.text);
  const source = check.fact && check.source ? `  ${style.dim(sourceLine(check.fact, check.source))}` : "";
  const indent = `${pad}${" ".repeat(locWidth + 2)}`;
  const lines = [`${pad}${style.dim(loc)}  ${word}  ${style.bold(figures)}${source}`];
  if (claim) lines.push(`${indent}${neutralise(claim.claim)}`);
  lines.push(`${indent}${style.dim(neutralise(check.reason))}`);
  if (check.source) lines.push(`${indent}“${neutralise(check.source.quote)}”`);
  for (const other of check.disagreeing ?? []) {
    const where = other.source ? ` — ${sourceLine(other.fact, other.source)}` : "";
    lines.push(`${indent}${style.yellow("≠")} another source says ${style.bold(neutralise(other.fact.display))} (${other.verdict} against it)${style.dim(where)}`);
    if (other.source) lines.push(`${indent}  “${neutralise(other.source.quote)}”`);
  }
  if (o.verbose) {
    for (const c of check.considered ?? []) lines.push(style.dim(`${indent}${c.tied ? "tied" : "not tied"}: ${neutralise(c.fact)} — ${neutralise(c.why)}`));
  }
  return lines;
}

/** The lines for some claims, grouped by file (without warnings or summary). */
function resultLines(results: ClaimResult[], o: TextOptions): string[] {
  const out: string[] = [];
  const shown = (c: Check) => !o.quiet || c.verdict === "mismatch";
  const visible = results.filter((r) => r.checks.some(shown));
  // A loop, not Math.max(...all): spreading 100,000s of checks overflows the call stack.
  let locWidth = 3;
  for (const r of visible) for (const c of r.checks) locWidth = Math.max(locWidth, `${c.figure.location.line}:${c.figure.location.column}`.length);
  let currentFile: string | null = null;
  for (const r of visible) {
    const inFile = r.location.file !== "-";
    if (r.location.file !== currentFile) {
      if (out.length) out.push("");
      if (inFile) out.push(o.style.underline(neutralise(r.location.file)));
      currentFile = r.location.file;
    } else if (out.length) {
      out.push("");
    }
    r.checks.filter(shown).forEach((c, i) => {
      for (const line of checkLines(c, i === 0 ? r : null, o, inFile ? "  " : "", locWidth)) out.push(line);
    });
  }
  return out;
}

/** One claim read from a stream of lines (no file headers): its text, or "" when quiet hides it. */
export function textResult(result: ClaimResult, o: TextOptions, first: boolean): string {
  const lines = resultLines([result], o);
  return lines.length ? `${first ? "" : "\n"}${lines.join("\n")}\n` : "";
}

/** Warnings and the summary line, after `count` claims were shown. */
export function textEnd(report: Report, o: TextOptions, shownBefore: boolean): string {
  const out: string[] = [];
  const gap = () => {
    if (out.length || shownBefore) out.push("");
  };
  for (const w of report.warnings) {
    gap();
    out.push(o.style.yellow(`warning: ${neutralise(w)}`));
  }
  gap();
  if (report.summary.claims === 0) out.push(report.withoutFigures.length ? "no figure found: nothing to check" : "no claims to check");
  else out.push(summaryLine(report, o.style));
  return `${out.join("\n")}\n`;
}

export function formatText(report: Report, o: TextOptions): string {
  const lines = resultLines(report.results, o);
  return (lines.length ? `${lines.join("\n")}\n` : "") + textEnd(report, o, lines.length > 0);
}
