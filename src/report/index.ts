// Report stage: results → text for people, JSON for tools, unix lines for editors, GitHub
// workflow commands, SARIF for code scanning, an HTML page of the drafts for editors. Each format
// is a pure function of the report in its own file, holding its own policy (github's notices,
// sarif's repository root …), and is found by name in the registry below; the rarely used ones
// are loaded only when asked for.
import type { ChalkInstance } from "chalk";
import type { ClaimResult, Report, Verdict } from "../types.js";
import { atLeast } from "../util/verdict.js";
import { textFormatter } from "./text.js";

export { neutralise } from "./safe.js";

export interface FormatOptions {
  /** Colours (a chalk instance of level 0 for none). */
  style: ChalkInstance;
  /** Only what fails the run: checks at or above failOn (the summary still counts everything). */
  quiet?: boolean;
  /** Why each fact was or was not tied (text); unverified notices too (github). */
  verbose?: boolean;
  /** The verdict that fails the run (`--fail-on`). */
  failOn: Exclude<Verdict, "match">;
  toolVersion: string;
  /** The working folder: relative paths in the report are relative to it. */
  cwd: string;
  /** sarif: the file: URI of the repository root (set by the format's prepare). */
  baseUri?: string;
  /** The fact bases loaded (none: the shipped one), for formats that name them. */
  factBases?: string[];
}

/** A format that can be written claim by claim, for a stream of claims: memory stays flat. */
export interface StreamFormatter {
  /** The text for one more claim ("" when nothing is shown for it). */
  result(result: ClaimResult): string;
  /** The end of the output: `report` has the summary and warnings, and no results. */
  end(report: Report): string;
}

export interface Formatter {
  format(report: Report, options: FormatOptions): string;
  /** Present when the format can be written claim by claim. */
  stream?(options: FormatOptions): StreamFormatter;
  /**
   * The stream gives exactly what `format` gives for any input, so drafts too are written as
   * they are checked (the report's claims are never all held in memory).
   */
  streamsAnyInput?: boolean;
  /**
   * The stream differs from `format` only in layout (text: a fixed location column), so it is
   * used for large drafts too (LARGE_DRAFT_BYTES), where holding every claim costs hundreds of MB.
   */
  streamsLargeDrafts?: boolean;
  /** Looks up what the format needs beyond the report (sarif: the repository root). */
  prepare?(options: FormatOptions): Promise<FormatOptions>;
  /** The format shows the inputs themselves: the engine keeps their text (Report.inputs). */
  needsInputs?: boolean;
}

/**
 * Every format by name. A new format is one file and one line here; a format that shows the drafts
 * (html) says `needsInputs: true` and the engine keeps their text for it (Report.inputs).
 */
const REGISTRY = {
  text: async () => textFormatter,
  json: async () => (await import("./json.js")).jsonFormatter,
  unix: async () => (await import("./unix.js")).unixFormatter,
  github: async () => (await import("./github.js")).githubFormatter,
  sarif: async () => (await import("./sarif.js")).sarifFormatter,
  html: async () => (await import("./html.js")).htmlFormatter,
} satisfies Record<string, () => Promise<Formatter>>;

export type Format = keyof typeof REGISTRY;
export const FORMATS = Object.keys(REGISTRY) as Format[];

/** The claim with only its checks at or above `failOn` (null when none is). */
function failingOnly(result: ClaimResult, failOn: Exclude<Verdict, "match">): ClaimResult | null {
  if (!atLeast(result.verdict, failOn)) return null;
  const checks = result.checks.filter((c) => atLeast(c.verdict, failOn));
  return checks.length === result.checks.length ? result : { ...result, checks };
}

/** The formatter of a format, with --quiet applied the same way for every format. */
export async function formatterFor(format: Format): Promise<Formatter> {
  const f = await REGISTRY[format]();
  const quietReport = (report: Report, o: FormatOptions): Report => {
    if (!o.quiet) return report;
    const results: ClaimResult[] = [];
    for (const r of report.results) {
      const kept = failingOnly(r, o.failOn);
      if (kept) results.push(kept);
    }
    return { ...report, results };
  };
  return {
    ...f,
    format: (report, o) => f.format(quietReport(report, o), o),
    ...(f.stream
      ? {
          stream: (o: FormatOptions) => {
            const s = f.stream!(o);
            if (!o.quiet) return s;
            return {
              result: (r: ClaimResult) => {
                const kept = failingOnly(r, o.failOn);
                return kept ? s.result(kept) : "";
              },
              end: s.end,
            };
          },
        }
      : {}),
  };
}

/** Formats a whole report (after the format's prepare). */
export async function formatReport(report: Report, format: Format, options: FormatOptions): Promise<string> {
  const f = await formatterFor(format);
  return f.format(report, f.prepare ? await f.prepare(options) : options);
}
