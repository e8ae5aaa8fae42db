// JSON output: the documented contract (see README "JSON output"). One document on stdout. For
// a stream of claims it is written in pieces (the stream formatter) so that the claims never
// have to be held in memory; the pieces joined are exactly what formatJson gives.
import type { ClaimResult, Report } from "../types.js";
import type { Formatter } from "./index.js";

/**
 * A JSON value as `JSON.stringify(v, null, 2)` writes it at `pad` depth inside a document. For a
 * pad of n pairs of spaces the value is written inside n arrays and cut out: one native pass
 * instead of a second one over the text to indent every line (a third of the time of a result).
 */
export function jsonAt(value: unknown, pad: string): string {
  const depth = pad.length / 2;
  if (!Number.isInteger(depth) || depth > MAX_WRAP || pad !== " ".repeat(pad.length)) return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // (a value JSON cannot write, such as undefined, is null inside an array: as JSON.stringify writes it)
  return text.slice(OPEN[depth], text.length - CLOSE[depth]);
}
const MAX_WRAP = 8;
/** Lengths of the openings ("[\n  [\n    ") and closings ("\n  ]\n]") of a value wrapped in n arrays. */
const OPEN: number[] = [];
const CLOSE: number[] = [];
for (let n = 0, wrapped: unknown = 0; n <= MAX_WRAP; n++, wrapped = [wrapped]) {
  const text = JSON.stringify(wrapped, null, 2);
  OPEN.push(text.indexOf("0"));
  CLOSE.push(text.length - text.indexOf("0") - 1);
}

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
