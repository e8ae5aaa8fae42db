// Formats that can be written claim by claim, for a stream of claims on stdin: memory stays flat
// however long the stream. (github orders mismatches first and sarif numbers repeated findings
// per file, so they are written at the end.)
import type { ClaimResult, Report } from "../types.js";
import type { Format, FormatOptions } from "./index.js";
import { jsonEnd, jsonResult } from "./json.js";
import { textEnd, textResult } from "./text.js";
import { formatUnix } from "./unix.js";

export interface StreamFormatter {
  /** The text for one more claim ("" when nothing is shown for it). */
  result(result: ClaimResult): string;
  /** The end of the output: `report` has the summary and warnings, and no results. */
  end(report: Report): string;
}

export function streamFormatter(format: Format, o: FormatOptions): StreamFormatter | null {
  let shown = 0;
  switch (format) {
    case "json":
      return {
        result: (r) => jsonResult(r, shown++ === 0),
        end: (report) => jsonEnd(report, shown),
      };
    case "unix":
      return {
        result: (r) => formatUnix({ results: [r], summary: { claims: 1, match: 0, close: 0, mismatch: 0, unverified: 0, files: 0 }, withoutFigures: [], warnings: [] }),
        end: () => "",
      };
    case "text":
      return {
        result: (r) => {
          const text = textResult(r, { style: o.style, quiet: o.quiet, verbose: o.verbose }, shown === 0);
          if (text) shown++;
          return text;
        },
        end: (report) => textEnd(report, { style: o.style, quiet: o.quiet, verbose: o.verbose }, shown > 0),
      };
    default:
      return null;
  }
}
