// Unix output, for editors and grep: one line per finding, `path:line:col: verdict: message`,
// as compilers print it. A finding is a figure whose verdict is not "match", located at the
// figure; the message ends with the tied fact's id in brackets — one per line (a fact the reason
// mentions is named in parentheses). Problems with the inputs follow as `path:line:col: warning:`
// (or `error:` for an input that could not be read to its end). Untrusted text is neutralised so
// that no claim, reason or file name can break a finding over two lines or drive the terminal.
import { isFatalNotice, type Check, type ClaimResult, type InputNotice, type Report } from "../types.js";
import type { Formatter } from "./index.js";
import { neutralise } from "./safe.js";

/** `[fact-id]` in a reason (another fact it mentions) → `(fact-id)`: the line's only `[id]` is the tied fact's. */
function reasonText(reason: string): string {
  return reason.replace(/\[([a-z0-9]+(?:-[a-z0-9]+)*)\]/g, "($1)");
}

/** `347 vs 2,448: reason [fact-id]`; without a fact, `347: reason`. */
function message(check: Check): string {
  const stored = check.fact ? ` vs ${check.fact.display}` : "";
  const id = check.fact ? ` [${check.fact.id}]` : "";
  return neutralise(`${check.figure.text}${stored}: ${reasonText(check.reason)}${id}`);
}

function resultLines(result: ClaimResult, lines: string[]): void {
  for (const check of result.checks) {
    if (check.verdict === "match") continue;
    const { file, line, column } = check.figure.location;
    lines.push(`${neutralise(file)}:${line}:${column}: ${check.verdict}: ${message(check)}`);
  }
}

function noticeLine(n: InputNotice): string {
  const pos = n.line ? `:${n.line}:${n.column ?? 1}` : "";
  const severity = isFatalNotice(n) ? "error" : "warning";
  return `${neutralise(n.file)}${pos}: ${severity}: ${neutralise(n.message)}`;
}

function end(report: Report): string {
  const lines = (report.notices ?? []).map(noticeLine);
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export function formatUnix(report: Report): string {
  const lines: string[] = [];
  for (const result of report.results) resultLines(result, lines);
  return (lines.length ? `${lines.join("\n")}\n` : "") + end(report);
}

export const unixFormatter: Formatter = {
  format: (report) => formatUnix(report),
  streamsAnyInput: true,
  stream: () => ({
    result: (r) => {
      const lines: string[] = [];
      resultLines(r, lines);
      return lines.length ? `${lines.join("\n")}\n` : "";
    },
    end,
  }),
};
