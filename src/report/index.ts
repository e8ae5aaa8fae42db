// Report stage: results → text for people, JSON for tools, unix lines for editors, GitHub
// workflow commands, SARIF for code scanning, an HTML page for editors. Each format is a pure
// function in its own file; the rarely used ones are loaded only when asked for.
import type { ChalkInstance } from "chalk";
import type { Report } from "../types.js";
import { formatJson } from "./json.js";
import { formatText } from "./text.js";

export { formatJson } from "./json.js";
export { formatText, summaryLine, SYMBOLS, type TextOptions } from "./text.js";
export { neutralise } from "./safe.js";

export const FORMATS = ["text", "json", "unix", "github", "sarif", "html"] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  style: ChalkInstance;
  quiet?: boolean;
  verbose?: boolean;
  /** github: also report unverified claims as notices. */
  includeNotices: boolean;
  toolVersion: string;
  /** sarif: file paths are made relative to this folder. */
  cwd: string;
  /** html: the fact bases given (none: the shipped one). */
  factBases?: string[];
}

export async function formatReport(report: Report, format: Format, o: FormatOptions): Promise<string> {
  switch (format) {
    case "json":
      return formatJson(report);
    case "unix":
      return (await import("./unix.js")).formatUnix(report);
    case "github":
      return (await import("./github.js")).formatGithub(report, { includeNotices: o.includeNotices });
    case "sarif":
      return (await import("./sarif.js")).formatSarif(report, { toolVersion: o.toolVersion, cwd: o.cwd });
    case "html":
      return (await import("./html.js")).formatHtml(report, { toolVersion: o.toolVersion, factBases: o.factBases, generatedAt: new Date() });
    default:
      return formatText(report, { style: o.style, quiet: o.quiet, verbose: o.verbose });
  }
}
