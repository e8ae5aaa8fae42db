// JSON output: the documented contract (see README "JSON output"). One document on stdout. For
// a stream of claims it is written in pieces (jsonResult, jsonEnd) so that the claims never have
// to be held in memory; the pieces joined are exactly what formatJson gives.
import type { ClaimResult, Report } from "../types.js";

const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/** The text for one result: the opening of the document before the first. */
export function jsonResult(result: ClaimResult, first: boolean): string {
  return `${first ? '{\n  "results": [\n' : ",\n"}    ${indent(JSON.stringify(result, null, 2), "    ")}`;
}

/** The rest of the document, after `count` results. */
export function jsonEnd(report: Report, count: number): string {
  const head = count === 0 ? '{\n  "results": [],\n' : "\n  ],\n";
  const warnings = report.warnings.length ? `,\n  "warnings": ${indent(JSON.stringify(report.warnings, null, 2), "  ")}` : "";
  return `${head}  "summary": ${indent(JSON.stringify(report.summary, null, 2), "  ")}${warnings}\n}\n`;
}

export function formatJson(report: Report): string {
  const { results, summary, warnings } = report;
  return `${JSON.stringify({ results, summary, ...(warnings.length ? { warnings } : {}) }, null, 2)}\n`;
}
