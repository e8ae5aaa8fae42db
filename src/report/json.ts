// JSON output: the documented contract (see README "JSON output"). One document on stdout. For
// a stream of claims it is written in pieces (the stream formatter) so that the claims never
// have to be held in memory; the pieces joined are exactly what formatJson gives.
import type { ClaimResult, Report } from "../types.js";
import type { Formatter } from "./index.js";

/** A JSON value as `JSON.stringify(v, null, 2)` writes it at `pad` depth inside a document. */
export const jsonAt = (value: unknown, pad: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);

/** The text for one result: the opening of the document before the first. */
export function jsonResult(result: ClaimResult, first: boolean): string {
  return `${first ? '{\n  "results": [\n' : ",\n"}    ${jsonAt(result, "    ")}`;
}

/** What follows the results: the summary, and warnings, notices and suppressed claims when any. */
function tail(report: Report): Record<string, unknown> {
  return {
    summary: report.summary,
    ...(report.warnings.length ? { warnings: report.warnings } : {}),
    ...(report.notices?.length ? { notices: report.notices } : {}),
    ...(report.suppressed?.length ? { suppressed: report.suppressed } : {}),
  };
}

/** The rest of the document, after `count` results. */
export function jsonEnd(report: Report, count: number): string {
  const head = count === 0 ? '{\n  "results": [],\n' : "\n  ],\n";
  const body = Object.entries(tail(report))
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${jsonAt(v, "  ")}`)
    .join(",\n");
  return `${head}${body}\n}\n`;
}

export function formatJson(report: Report): string {
  return `${JSON.stringify({ results: report.results, ...tail(report) }, null, 2)}\n`;
}

export const jsonFormatter: Formatter = {
  format: (report) => formatJson(report),
  streamsAnyInput: true,
  stream: () => {
    let shown = 0;
    return {
      result: (r) => jsonResult(r, shown++ === 0),
      end: (report) => jsonEnd(report, shown),
    };
  },
};
