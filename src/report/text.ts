// Text output, for a person: each claim with a symbol and word, each figure against the stored
// one with the reason, the quote in its original language with title, date and paragraph, and
// a summary line. Readable without colour: colour only repeats what the words say.
import type { ChalkInstance } from "chalk";
import type { Check, ClaimResult, Report, Verdict } from "../types.js";
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
  const parts = [
    plural(s.mismatch, "mismatch", "mismatches"),
    `${s.close} close`,
    `${s.unverified} unverified`,
    plural(s.match, "match", "matches"),
  ];
  const where = s.files > 0 ? ` in ${plural(s.files, "file", "files")}` : "";
  return paint(style, worst, `${SYMBOLS[worst]} ${parts.join(", ")}${where}`);
}

function formatCheck(check: Check, o: TextOptions, indent: string): string[] {
  const { style } = o;
  const lines: string[] = [];
  const stored = check.fact ? ` vs ${neutralise(check.fact.display)}` : "";
  lines.push(
    `${indent}${paint(style, check.verdict, SYMBOLS[check.verdict])} ${style.bold(neutralise(check.figure.text))}${stored}  ${style.dim(neutralise(check.reason))}`,
  );
  if (check.source) {
    const src = check.source;
    lines.push(`${indent}  “${neutralise(src.quote)}”`);
    lines.push(style.dim(`${indent}  — ${neutralise(src.title)}, ${src.date}, paragraph ${src.paragraph} [${neutralise(check.fact!.id)}]`));
  }
  if (o.verbose && check.considered?.length) {
    for (const c of check.considered) {
      lines.push(style.dim(`${indent}  ${c.tied ? "tied" : "not tied"}: ${neutralise(c.fact)} — ${neutralise(c.why)}`));
    }
  }
  return lines;
}

function formatClaim(r: ClaimResult, o: TextOptions, showFile: boolean): string[] {
  const loc = `${r.location.line}:${r.location.column}`;
  const head = `${showFile ? "  " : ""}${o.style.dim(loc)}  ${paint(o.style, r.verdict, `${SYMBOLS[r.verdict]} ${r.verdict}`)}  ${neutralise(r.claim)}`;
  const indent = showFile ? "      " : "    ";
  const checks = r.checks.filter((c) => !o.quiet || c.verdict === "mismatch");
  return [head, ...checks.flatMap((c) => formatCheck(c, o, indent))];
}

export function formatText(report: Report, o: TextOptions): string {
  const out: string[] = [];
  const results = o.quiet ? report.results.filter((r) => r.verdict === "mismatch") : report.results;
  let currentFile: string | null = null;
  for (const r of results) {
    const showFile = r.location.file !== "-";
    if (showFile && r.location.file !== currentFile) {
      if (out.length) out.push("");
      out.push(o.style.underline(neutralise(r.location.file)));
    }
    currentFile = r.location.file;
    if (!showFile && out.length) out.push("");
    out.push(...formatClaim(r, o, showFile));
  }
  for (const w of report.warnings) out.push(o.style.yellow(`warning: ${neutralise(w)}`));
  if (report.results.length === 0) {
    const what = report.withoutFigures.length ? "no figure found: nothing to check" : "no claims to check";
    out.push(what);
  } else {
    if (out.length) out.push("");
    out.push(summaryLine(report, o.style));
  }
  return `${out.join("\n")}\n`;
}
