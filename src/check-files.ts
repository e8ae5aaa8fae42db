// Checking a draft file: its blocks through the pipeline, minus what disable comments suppress.
// Used by the CLI directly (--jobs 1) and by each worker thread (src/worker.ts).
import type { FileInput } from "./input/files.js";
import { Suppressions } from "./input/directives.js";
import type { Checker } from "./pipeline.js";
import { VERDICT_RANK, type ClaimResult, type InputText, type Verdict } from "./types.js";

export interface FileCheckOptions {
  /** Honour factcheck-disable comments (off with --no-inline-config). */
  inlineConfig: boolean;
  /** List disable comments that suppressed nothing. */
  reportUnused: boolean;
  /** Return the file's text with the outcome (for the html format). */
  keepText?: boolean;
}

export interface FileOutcome {
  results: ClaimResult[];
  warnings: string[];
  unused: string[];
  /** The file's text, with keepText. */
  input?: InputText;
}

export function checkFileInput(checker: Checker, input: FileInput, options: FileCheckOptions): FileOutcome {
  if (input.skipped) return { results: [], warnings: [`${input.name}: skipped: ${input.skipped}`], unused: [] };
  const suppressions = options.inlineConfig ? new Suppressions(input.directives) : null;
  const results: ClaimResult[] = [];
  for (const block of input.blocks) {
    for (const result of checker.checkBlock(block, input.name)) {
      const kept = suppressions ? withoutSuppressed(result, (line) => suppressions.isSuppressed(line)) : result;
      if (kept) results.push(kept);
    }
  }
  const unused =
    suppressions && options.reportUnused
      ? suppressions.unused().map((d) => `${input.name}:${d.line}:${d.column}: unused factcheck-${d.kind} directive (nothing was suppressed)`)
      : [];
  const kept = options.keepText && input.text !== undefined ? { input: { name: input.name, kind: input.kind, text: input.text } } : {};
  return { results, warnings: [], unused, ...kept };
}

/** The claim without figures on suppressed lines (null when nothing is left). */
function withoutSuppressed(result: ClaimResult, suppressed: (line: number) => boolean): ClaimResult | null {
  // Ask about every figure's line so that every directive that applies is marked as used.
  const keep = result.checks.map((c) => !suppressed(c.figure.location.line));
  if (keep.every(Boolean)) return result;
  const checks = result.checks.filter((_, i) => keep[i]);
  if (checks.length === 0) return null;
  const verdict = checks.reduce<Verdict>((w, c) => (VERDICT_RANK[c.verdict] > VERDICT_RANK[w] ? c.verdict : w), "match");
  return { ...result, checks, verdict };
}

// Across threads a result's facts and sources travel as fact ids: the receiving thread has the
// same fact base and puts its own (shared) objects back. The copy is then a fraction of the size.
type Slim = { fact: { id: string } | null; source: null };

export function dehydrate(outcome: FileOutcome): FileOutcome {
  for (const r of outcome.results) {
    for (const c of r.checks) {
      if (c.fact) (c as unknown as Slim).fact = { id: c.fact.id };
      c.source = null;
      for (const d of c.disagreeing ?? []) {
        (d as unknown as Slim).fact = { id: d.fact.id };
        d.source = null;
      }
    }
  }
  return outcome;
}

export function hydrate(outcome: FileOutcome, checker: Checker): FileOutcome {
  for (const r of outcome.results) {
    for (const c of r.checks) {
      if (c.fact) Object.assign(c, checker.factRef(c.fact.id));
      for (const d of c.disagreeing ?? []) Object.assign(d, checker.factRef(d.fact.id));
    }
  }
  return outcome;
}
