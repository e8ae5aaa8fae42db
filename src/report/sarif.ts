// SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers. One result per finding
// (a figure whose verdict is not "match"), located at the figure; unverified figures are always
// included, as `note` results (code scanning filters by level). `ruleId` names the verdict
// (factcheck/mismatch …): code scanning groups and filters alerts by rule, and the verdict is
// what a reviewer acts on; the judge's own rule ("rounded", "hedge-within-tolerance" …) is in
// `properties.rule`. Unused disable comments are results of their own rule; other problems with
// the inputs are tool execution notifications (an input that could not be read to its end makes
// the execution unsuccessful). Validates against the OASIS SARIF 2.1.0 schema (errata 01) and
// follows GitHub's rules: artifact URIs are relative to the repository root (`%SRCROOT%`), with
// forward slashes and percent-encoding, and every result has a fingerprint that does not depend
// on line numbers, so an alert survives text moving within its file.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join as joinPath, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isFatalNotice, type Check, type ClaimResult, type InputNotice, type Report, type Verdict } from "../types.js";
import type { FormatOptions, Formatter } from "./index.js";
import { jsonAt } from "./json.js";
import { neutralise } from "./safe.js";

export interface SarifOptions {
  /** The factcheck version (`tool.driver.version`; also `semanticVersion` when it is semver). */
  toolVersion: string;
  /** Default "https://github.com/factcheck/factcheck". */
  informationUri?: string;
  /**
   * The directory relative input paths are relative to (the CLI passes process.cwd()). Absolute
   * paths are made relative to it (or to `baseUri` when that is a file: URI). Without it (and
   * without a file: `baseUri`), an absolute path loses its root: "/x/a.md" becomes "x/a.md".
   */
  cwd?: string;
  /**
   * The absolute URI of the repository root ("file:///home/me/repo/"). When given, artifact URIs
   * are relative to it and it is recorded as `originalUriBaseIds["%SRCROOT%"]`.
   */
  baseUri?: string;
}

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const DEFAULT_INFORMATION_URI = "https://github.com/factcheck/factcheck";
/** The key of our partial fingerprint; bump the version if what it hashes changes. */
export const FINGERPRINT_KEY = "factcheckFinding/v1";
const SRCROOT = "%SRCROOT%";

type Reported = Exclude<Verdict, "match">;
type RuleKey = Reported | "unused-disable-directive";
type Level = "error" | "warning" | "note";

const LEVEL: Record<RuleKey, Level> = { mismatch: "error", close: "warning", unverified: "note", "unused-disable-directive": "warning" };
const RULE_ORDER: readonly RuleKey[] = ["mismatch", "close", "unverified", "unused-disable-directive"];

const RULES: Record<RuleKey, { name: string; short: string; full: string; help: string; markdown: string; tags: string[] }> = {
  mismatch: {
    name: "FigureMismatch",
    short: "A figure contradicts the fact base.",
    full: "The claim states a figure that differs from the figure stored for the same fact in the fact base, beyond what rounding or a hedge (about, nearly, more than) allows.",
    help: "The figure does not agree with the source. Correct the figure to the stored one, or hedge it if the source is itself approximate. The message gives the stored figure, the reason, and the quote with the document's title, date and paragraph.",
    markdown:
      "The figure does **not** agree with the source.\n\n- Correct the figure to the stored one, or hedge it if the source is itself approximate.\n- The message gives the stored figure, the reason, and the quote with the document's title, date and paragraph.",
    tags: ["factcheck", "figures", "correctness"],
  },
  close: {
    name: "FigureClose",
    short: "A figure is close to the fact base but not exact.",
    full: "The claim states a round figure without a hedge, and the stored figure is within the close tolerance of it: probably a rounding that should say \"about\" or give the exact figure.",
    help: "The figure is near the stored one but stated as exact. Write the exact figure, or add a hedge such as \"about\" or \"nearly\".",
    markdown: "The figure is near the stored one but stated as exact. Write the exact figure, or add a hedge such as *about* or *nearly*.",
    tags: ["factcheck", "figures", "precision"],
  },
  unverified: {
    name: "FigureUnverified",
    short: "A figure could not be verified against the fact base.",
    full: "No fact in the fact base is about this figure (or the facts found do not state a comparable figure), so it could be neither confirmed nor contradicted.",
    help: "The figure could not be checked. Verify it by hand, or add the fact with its source to the fact base.",
    markdown: "The figure could not be checked. Verify it by hand, or add the fact with its source to the fact base.",
    tags: ["factcheck", "figures", "unverified"],
  },
  "unused-disable-directive": {
    name: "UnusedDisableDirective",
    short: "A factcheck-disable comment suppresses nothing.",
    full: "A factcheck-disable, -disable-line or -disable-next-line comment covers no figure (reported with --report-unused-disable-directives, which then fails the run).",
    help: "Remove the comment, or move it next to the figure it is meant to suppress (disable-next-line covers exactly the next line).",
    markdown: "Remove the comment, or move it next to the figure it is meant to suppress (`disable-next-line` covers exactly the next line).",
    tags: ["factcheck", "directives"],
  },
};

// ---------------------------------------------------------------------------------------------
// Paths → relative URIs (pure: no process.cwd(), no file system)

interface SplitPath {
  /** "" for a relative path; "/", "C:/" or "//server/" for an absolute one. */
  root: string;
  segments: string[];
}

function splitPath(path: string): SplitPath {
  const p = path.replace(/\\/g, "/");
  const m = /^(\/\/[^/]+\/|[A-Za-z]:\/|\/)/.exec(p);
  const root = m ? m[1]!.replace(/^\/+$/, "/") : "";
  const segments: string[] = [];
  for (const seg of p.slice(root.length).split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (segments.length && segments[segments.length - 1] !== "..") segments.pop();
      else if (!root) segments.push("..");
      continue;
    }
    segments.push(seg);
  }
  return { root, segments };
}

function join(base: SplitPath, rel: SplitPath): SplitPath {
  return splitPath(`${base.root}${[...base.segments, ...rel.segments].join("/")}`);
}

/** Segments of `to` relative to `from` (both absolute, same root). */
function relative(from: SplitPath, to: SplitPath): string[] {
  let i = 0;
  while (i < from.segments.length && i < to.segments.length && from.segments[i] === to.segments[i]) i++;
  return [...from.segments.slice(i).map(() => ".."), ...to.segments.slice(i)];
}

function fileUriPath(uri: string | undefined): SplitPath | null {
  if (!uri || !/^file:/i.test(uri)) return null;
  try {
    const url = new URL(uri);
    const host = url.host ? `//${url.host}` : "";
    return splitPath(`${host}${decodeURIComponent(url.pathname).replace(/^\/([A-Za-z]:)/, "$1")}`);
  } catch {
    return null;
  }
}

/** A repository-relative, forward-slash, percent-encoded URI for an input path. */
export function artifactUri(file: string, options: Pick<SarifOptions, "cwd" | "baseUri"> = {}): string {
  const path = splitPath(file);
  const cwd = options.cwd !== undefined ? splitPath(options.cwd) : null;
  const root = fileUriPath(options.baseUri) ?? (cwd?.root ? cwd : null);
  const absolute = path.root ? path : cwd?.root ? join(cwd, path) : null;
  let segments: string[];
  if (root && absolute && root.root === absolute.root) segments = relative(root, absolute);
  else segments = path.segments; // relative as given (normalised), or an absolute path without its root
  return segments.map((s) => encodeURIComponent(s)).join("/");
}

// ---------------------------------------------------------------------------------------------
// Results

function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function fingerprint(uri: string, result: ClaimResult, check: Check): string {
  const parts = [uri, check.fact?.id ?? "", normaliseText(result.claim), normaliseText(check.figure.text)];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

function message(check: Check): string {
  const stored = check.fact ? ` vs stored ${check.fact.display}` : " (no stored figure)";
  const id = check.fact ? ` [${check.fact.id}]` : "";
  let text = `Claimed ${check.figure.text}${stored}: ${check.reason}${id}.`;
  if (check.source) {
    const s = check.source;
    text += ` Source: “${s.quote}” — ${s.title}, ${s.date}, paragraph ${s.paragraph}.`;
  }
  return neutralise(text);
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** A problem with an input as a tool execution notification, located when it has a file. */
function notification(n: InputNotice, options: SarifOptions, baseUri: string | undefined): object {
  return {
    level: isFatalNotice(n) ? "error" : "warning",
    message: { text: neutralise(`${n.file}${n.line ? `:${n.line}:${n.column ?? 1}` : ""}: ${n.message}`) },
    ...(n.file !== "-"
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(n.file, options), ...(baseUri ? { uriBaseId: SRCROOT } : {}) },
                ...(n.line ? { region: { startLine: n.line, startColumn: n.column ?? 1 } } : {}),
              },
            },
          ],
        }
      : {}),
  };
}


const RESULT_PAD = "        ";

/**
 * SARIF written result by result, so that a large draft's findings are never all held (the
 * `format` below is this stream run over a report). The run's keys are in the order that allows
 * it: tool, originalUriBaseIds, columnKind, results, then invocations (known only at the end).
 */
export function sarifStream(options: SarifOptions): { result(r: ClaimResult): string; end(report: Report): string } {
  const baseUri = options.baseUri ? (options.baseUri.endsWith("/") ? options.baseUri : `${options.baseUri}/`) : undefined;
  const seen = new Map<string, number>();
  let count = 0;
  let opened = false;
  const head = () => {
    const informationUri = options.informationUri ?? DEFAULT_INFORMATION_URI;
    const rules = RULE_ORDER.map((verdict) => {
      const r = RULES[verdict];
      return {
        id: `factcheck/${verdict}`,
        name: r.name,
        shortDescription: { text: r.short },
        fullDescription: { text: r.full },
        help: { text: r.help, markdown: r.markdown },
        defaultConfiguration: { level: LEVEL[verdict] },
        properties: { tags: r.tags },
      };
    });
    const tool = { driver: { name: "factcheck", informationUri, version: options.toolVersion, ...(SEMVER.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}), rules } };
    const run = { tool, ...(baseUri ? { originalUriBaseIds: { [SRCROOT]: { uri: baseUri } } } : {}), columnKind: "unicodeCodePoints" };
    // The document up to the opening of the results: the run as JSON, its closing brace replaced.
    const runText = jsonAt(run, "    ");
    return `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    ${runText.slice(0, runText.lastIndexOf("\n"))},\n      "results": [`;
  };
  const piece = (item: object) => {
    const text = `${opened ? "" : head()}${count === 0 ? "\n" : ",\n"}${RESULT_PAD}${jsonAt(item, RESULT_PAD)}`;
    opened = true;
    count++;
    return text;
  };
  const occurrence = (hash: string) => {
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  };
  return {
    result(result) {
      let out = "";
      for (const check of result.checks) {
        if (check.verdict === "match") continue;
        const verdict = check.verdict;
        const loc = check.figure.location;
        const uri = artifactUri(loc.file, options);
        out += piece({
          ruleId: `factcheck/${verdict}`,
          ruleIndex: RULE_ORDER.indexOf(verdict),
          level: LEVEL[verdict],
          message: { text: message(check) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, ...(baseUri ? { uriBaseId: SRCROOT } : {}) },
                region: {
                  startLine: loc.line,
                  startColumn: loc.column,
                  endLine: loc.endLine ?? loc.line,
                  ...(loc.endColumn !== undefined ? { endColumn: loc.endColumn } : {}),
                  snippet: { text: check.figure.text },
                },
              },
            },
          ],
          // Identical findings (the same claim twice in a file) are told apart by occurrence.
          partialFingerprints: { [FINGERPRINT_KEY]: occurrence(fingerprint(uri, result, check)) },
          properties: {
            verdict,
            factId: check.fact?.id ?? null,
            claimed: check.figure.text,
            stored: check.fact?.display ?? null,
            reason: check.reason,
            claim: result.claim,
            lang: result.lang,
            ...(check.rule ? { rule: check.rule } : {}),
            ...(check.source ? { source: check.source } : {}),
          },
        });
      }
      return out;
    },
    end(report) {
      let out = "";
      const notices = report.notices ?? [];
      for (const n of notices) {
        if (n.kind !== "unused-directive") continue;
        const uri = artifactUri(n.file, options);
        out += piece({
          ruleId: "factcheck/unused-disable-directive",
          ruleIndex: RULE_ORDER.indexOf("unused-disable-directive"),
          level: LEVEL["unused-disable-directive"],
          message: { text: neutralise(n.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri, ...(baseUri ? { uriBaseId: SRCROOT } : {}) },
                region: { startLine: n.line ?? 1, startColumn: n.column ?? 1 },
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: occurrence(createHash("sha256").update([uri, n.message].join("\u0000")).digest("hex")) },
        });
      }
      if (!opened) out += head();
      out += count === 0 ? "]" : "\n      ]";
      const failed = notices.some(isFatalNotice);
      // A report made without notices (by hand, by another tool) still has its warnings as text.
      const notifications = report.notices
        ? notices.filter((n) => n.kind !== "unused-directive").map((n) => notification(n, options, baseUri))
        : report.warnings.map((w) => ({ level: "warning", message: { text: neutralise(w) } }));
      if (notifications.length) out += `,\n      "invocations": ${jsonAt([{ executionSuccessful: !failed, toolExecutionNotifications: notifications }], "      ")}`;
      return `${out}\n    }\n  ]\n}\n`;
    },
  };
}

export function formatSarif(report: Report, options: SarifOptions): string {
  const stream = sarifStream(options);
  const parts: string[] = [];
  for (const r of report.results) parts.push(stream.result(r));
  parts.push(stream.end(report));
  return parts.join("");
}

// ---------------------------------------------------------------------------------------------
// The repository root

/** The nearest folder from `cwd` upwards that holds `.git` (a folder, or a file in a worktree), or null. */
function repositoryRoot(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(joinPath(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const sarifOptions = (o: FormatOptions): SarifOptions => ({ toolVersion: o.toolVersion, cwd: o.cwd, ...(o.baseUri ? { baseUri: o.baseUri } : {}) });

export const sarifFormatter: Formatter = {
  format: (report, o) => formatSarif(report, sarifOptions(o)),
  // Results are written as the drafts are checked (the document is the same, see sarifStream).
  streamsAnyInput: true,
  stream: (o) => sarifStream(sarifOptions(o)),
  /** URIs relative to the repository root (or, outside a repository, to the working folder). */
  prepare: async (o) => {
    const root = repositoryRoot(o.cwd) ?? o.cwd;
    return { ...o, baseUri: pathToFileURL(root.endsWith("/") ? root : `${root}/`).href };
  },
};
