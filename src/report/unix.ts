// Unix output, for editors and grep: one line per finding, `path:line:col: verdict: message`,
// as compilers print it. A finding is a figure whose verdict is not "match", located at the
// figure. Lines keep the report's order. Untrusted text is neutralised so that no claim, reason
// or file name can break a finding over two lines or drive the terminal.
import type { Check, Report } from "../types.js";
import { neutralise } from "./safe.js";

/** `347 vs 2,448: reason [fact-id]`; without a fact, `347: reason`. */
function message(check: Check): string {
  const stored = check.fact ? ` vs ${check.fact.display}` : "";
  const id = check.fact ? ` [${check.fact.id}]` : "";
  return neutralise(`${check.figure.text}${stored}: ${check.reason}${id}`);
}

export function formatUnix(report: Report): string {
  const lines: string[] = [];
  for (const result of report.results) {
    for (const check of result.checks) {
      if (check.verdict === "match") continue;
      const { file, line, column } = check.figure.location;
      lines.push(`${neutralise(file)}:${line}:${column}: ${check.verdict}: ${message(check)}`);
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}
