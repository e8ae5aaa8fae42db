// JSON output: the documented contract (see README "JSON output"). One document on stdout.
import type { Report } from "../types.js";

export function formatJson(report: Report): string {
  const { results, summary } = report;
  return `${JSON.stringify({ results, summary, ...(report.warnings.length ? { warnings: report.warnings } : {}) }, null, 2)}\n`;
}
