// GitHub Actions output: one workflow command per finding, which GitHub shows as an annotation
// on the figure in the pull request. `::error` for mismatch, `::warning` for close, `::notice`
// for unverified (only with includeNotices: --fail-on unverified or --verbose). Problems with the
// inputs are annotations too: `::error` for an input that could not be read (to its end),
// `::warning` for an unused disable comment, a skipped file, invalid UTF-8 — so that a failing
// run always says why. Errors come first, then warnings, then notices, because GitHub shows only
// 10 annotations of each kind per step; order is stable within a kind.
//
// Claims, quotes and file names are untrusted. Data and properties are escaped exactly as
// @actions/core does (toolkit `escapeData` / `escapeProperty`), so a newline cannot end the
// command and a `::` or `,` cannot start a new command or property: every line of the output
// starts with `::error `, `::warning ` or `::notice `. Other control characters (ANSI escapes,
// bidi overrides) are neutralised first; CR and LF are kept and escaped so that GitHub restores
// them, as the toolkit would.
import { isFatalNotice, type Check, type InputNotice, type Report, type Verdict } from "../types.js";
import type { FormatOptions, Formatter, StreamFormatter } from "./index.js";
import { neutralise } from "./safe.js";

export interface GithubOptions {
  /** Also report unverified figures as `::notice` (set for `--fail-on unverified` or `--verbose`). */
  includeNotices: boolean;
}

type Command = "error" | "warning" | "notice";

const COMMAND: Record<Exclude<Verdict, "match">, Command> = {
  mismatch: "error",
  close: "warning",
  unverified: "notice",
};

/** Neutralise control characters except CR and LF, which the toolkit escapes. */
function clean(text: string): string {
  return text
    .split(/(\r|\n)/)
    .map((part) => (part === "\r" || part === "\n" ? part : neutralise(part)))
    .join("");
}

/** As @actions/core `escapeData`. */
export function escapeData(s: string): string {
  return clean(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** As @actions/core `escapeProperty`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Claimed vs stored, the reason and the fact id; then the source on a second line. */
function message(check: Check): string {
  const stored = check.fact ? ` vs stored ${check.fact.display}` : "";
  const id = check.fact ? ` [${check.fact.id}]` : "";
  const lines = [`Claimed ${check.figure.text}${stored}: ${check.reason}${id}`];
  if (check.source) {
    const s = check.source;
    lines.push(`Source: “${s.quote}” — ${s.title}, ${s.date}, paragraph ${s.paragraph}`);
  }
  return lines.join("\n");
}

interface Where {
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

function workflowCommand(cmd: Command, loc: Where, title: string, text: string): string {
  const props: [string, string | number][] = [];
  // Stdin and command-line claims ("-") have no file in the repository to annotate.
  if (loc.file !== "-") {
    props.push(["file", loc.file]);
    if (loc.line !== undefined) {
      props.push(["line", loc.line]);
      if (loc.endLine !== undefined && loc.endLine !== loc.line) props.push(["endLine", loc.endLine]);
      if (loc.column !== undefined) props.push(["col", loc.column]);
      if (loc.endColumn !== undefined) props.push(["endColumn", loc.endColumn]);
    }
  }
  props.push(["title", title]);
  const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${cmd} ${properties}::${escapeData(text)}`;
}

function command(check: Check): string {
  return workflowCommand(COMMAND[check.verdict as Exclude<Verdict, "match">], check.figure.location, `factcheck: ${check.verdict}`, message(check));
}

const NOTICE_TITLE: Record<InputNotice["kind"], string> = {
  "unused-directive": "factcheck: unused directive",
  skipped: "factcheck: skipped",
  encoding: "factcheck: not UTF-8",
  "no-drafts": "factcheck: no drafts",
  unreadable: "factcheck: unreadable",
  "cut-off": "factcheck: not checked to the end",
  "internal-error": "factcheck: internal error",
};

function noticeCommand(n: InputNotice, cmd: Command): string {
  return workflowCommand(cmd, n, NOTICE_TITLE[n.kind], n.message);
}

/**
 * Claim by claim: only the annotation lines are kept (a draft's matches never are), and they are
 * written at the end, errors first (see the top of this file). The same output as formatGithub.
 */
export function githubStream(options: GithubOptions): StreamFormatter {
  const lines: Record<Exclude<Verdict, "match">, string[]> = { mismatch: [], close: [], unverified: [] };
  return {
    result(r) {
      for (const c of r.checks) {
        if (c.verdict === "match" || (c.verdict === "unverified" && !options.includeNotices)) continue;
        lines[c.verdict].push(command(c));
      }
      return "";
    },
    end(report) {
      const notices = report.notices ?? [];
      const fatal = notices.filter(isFatalNotice);
      const other = notices.filter((n) => !fatal.includes(n));
      const all = [
        ...fatal.map((n) => noticeCommand(n, "error")),
        ...lines.mismatch,
        ...other.map((n) => noticeCommand(n, "warning")),
        ...lines.close,
        ...lines.unverified,
      ];
      return all.length ? `${all.join("\n")}\n` : "";
    },
  };
}

export function formatGithub(report: Report, options: GithubOptions): string {
  const stream = githubStream(options);
  for (const r of report.results) stream.result(r);
  return stream.end(report);
}

const githubOptions = (o: FormatOptions): GithubOptions => ({ includeNotices: o.failOn === "unverified" || Boolean(o.verbose) });

export const githubFormatter: Formatter = {
  format: (report, o) => formatGithub(report, githubOptions(o)),
  // (memory stays flat for a draft of any size: only what is annotated is held)
  streamsAnyInput: true,
  stream: (o) => githubStream(githubOptions(o)),
};
