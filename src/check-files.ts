// Checking a draft: its blocks through the pipeline, leaving out what disable comments suppress.
// Suppressed lines are skipped before checking: a claim whose figures all stand on suppressed
// lines is only located (Report.suppressed), never matched or judged. Used by the engine in this
// thread and by each worker thread (src/worker.ts); a large file may be checked in chunks on
// several threads (checkChunk, mergeChunks).
import { sentencesOf } from "./claims/index.js";
import { readSentence } from "./figures/index.js";
import type { FileInput } from "./input/files.js";
import { type Directive, Suppressions } from "./input/directives.js";
import type { Checker } from "./pipeline.js";
import { positionAfter, positionAt } from "./text/positions.js";
import type { ClaimResult, InputNotice, InputText, Lang, SuppressedClaim, TextBlock } from "./types.js";
import { worstOf } from "./util/verdict.js";

export interface FileCheckOptions {
  /** Honour factcheck-disable comments (off with --no-inline-config). */
  inlineConfig: boolean;
  /** List disable comments that suppressed nothing. */
  reportUnused: boolean;
  /** The claims' language, when forced (to read the figures of suppressed claims as the checker would). */
  lang?: Lang;
}

/** What checking some blocks gave. */
export interface BlocksOutcome {
  results: ClaimResult[];
  suppressed: SuppressedClaim[];
  /** Sentences whose check failed (see CheckOptions.isolateFailures), as notices. */
  failures?: InputNotice[];
}

export interface FileOutcome extends BlocksOutcome {
  /** Problems reading the file, and (with reportUnused) its unused disable comments. */
  notices: InputNotice[];
  /** The file's text, when it was kept (for the formats that show drafts). */
  input?: InputText;
}

/** A chunk of a large file checked on its own: also which of the file's directives it used. */
export interface ChunkOutcome extends BlocksOutcome {
  used: number[];
}

/** The line range of a block: its first span's line to its last span's. */
function lineRange(block: TextBlock): [number, number] {
  const first = block.spans[0]?.line ?? 1;
  const last = block.spans[block.spans.length - 1]?.line ?? first;
  return [first, last];
}

/** Checks blocks, skipping what `suppressions` covers (null: nothing is suppressed). */
export function checkBlocks(checker: Checker, name: string, blocks: TextBlock[], suppressions: Suppressions | null, lang?: Lang): BlocksOutcome {
  const results: ClaimResult[] = [];
  const suppressed: SuppressedClaim[] = [];
  for (const block of blocks) {
    const [from, to] = lineRange(block);
    if (!suppressions || !suppressions.touches(from, to)) {
      for (const r of checker.checkBlock(block, name)) results.push(r);
      continue;
    }
    for (const sentence of sentencesOf(block)) {
      const start = positionAt(sentence.text, sentence.spans, 0);
      const end = positionAfter(sentence.text, sentence.spans, sentence.text.length);
      if (!suppressions.touches(start.line, end.line)) {
        const r = checker.checkSentence(sentence, name);
        if (r) results.push(r);
        continue;
      }
      // Ask about every figure's line, so that every directive that applies is marked as used.
      const { figures } = readSentence(sentence.text, lang);
      const lineOf = (offset: number) => positionAt(sentence.text, sentence.spans, offset).line;
      const kept = figures.map((f) => !suppressions.isSuppressed(lineOf(f.start)));
      if (kept.every((k) => !k)) {
        if (figures.length > 0) {
          suppressed.push({ claim: sentence.text, location: { file: name, line: start.line, column: start.column, endLine: end.line, endColumn: end.column } });
        }
        continue;
      }
      const r = checker.checkSentence(sentence, name);
      if (!r) continue;
      if (kept.every(Boolean)) {
        results.push(r);
        continue;
      }
      // Some figures of the claim stand on suppressed lines: the claim keeps the others.
      const checks = r.checks.filter((c) => !suppressions.isSuppressed(c.figure.location.line));
      results.push({ ...r, checks, verdict: worstOf(checks.map((c) => c.verdict), "match") });
    }
  }
  const failures = checker.takeFailures();
  return failures.length > 0 ? { results, suppressed, failures } : { results, suppressed };
}

function unusedNotices(name: string, directives: Directive[]): InputNotice[] {
  return directives.map((d) => ({
    kind: "unused-directive",
    file: name,
    line: d.line,
    column: d.column,
    message: `unused factcheck-${d.kind} directive (nothing was suppressed)`,
  }));
}

/** Checks a file as read. A skipped or unreadable file gives its notice and nothing else. */
export function checkFileInput(checker: Checker, input: FileInput, options: FileCheckOptions): FileOutcome {
  const kept = input.text !== undefined ? { input: { name: input.name, kind: input.kind, text: input.text } } : {};
  const notices = [...input.notices];
  if (notices.some((n) => n.kind === "skipped" || n.kind === "unreadable")) return { results: [], suppressed: [], notices, ...kept };
  const suppressions = options.inlineConfig && input.directives.length > 0 ? new Suppressions(input.directives) : null;
  const { results, suppressed, failures } = checkBlocks(checker, input.name, input.blocks, suppressions, options.lang);
  if (failures) notices.push(...failures);
  if (suppressions && options.reportUnused) notices.push(...unusedNotices(input.name, suppressions.unused()));
  return { results, suppressed, notices, ...kept };
}

/** Checks one chunk of a file's blocks, with all of the file's directives. */
export function checkChunk(checker: Checker, name: string, blocks: TextBlock[], directives: Directive[], options: FileCheckOptions): ChunkOutcome {
  const suppressions = options.inlineConfig && directives.length > 0 ? new Suppressions(directives) : null;
  const outcome = checkBlocks(checker, name, blocks, suppressions, options.lang);
  return { ...outcome, used: suppressions ? suppressions.usedIndices(directives) : [] };
}

/** Blocks per chunk when a file's results are handed on as they come (checkFileInChunks). */
const STREAM_CHUNK_BLOCKS = 256;

/**
 * checkFileInput for a report written as it goes: the file is checked a chunk of blocks at a
 * time and each chunk's results go to `emit` before the next is checked, so that a draft of any
 * size holds only a chunk's results. The outcome has no results (they were emitted).
 */
export async function checkFileInChunks(checker: Checker, input: FileInput, options: FileCheckOptions, emit: (r: ClaimResult) => Promise<void>): Promise<FileOutcome> {
  if (input.notices.some((n) => n.kind === "skipped" || n.kind === "unreadable")) return checkFileInput(checker, input, options);
  const chunks: ChunkOutcome[] = [];
  for (let i = 0; i < input.blocks.length; i += STREAM_CHUNK_BLOCKS) {
    const c = checkChunk(checker, input.name, input.blocks.slice(i, i + STREAM_CHUNK_BLOCKS), input.directives, options);
    for (const r of c.results) await emit(r);
    chunks.push({ results: [], suppressed: c.suppressed, used: c.used, ...(c.failures ? { failures: c.failures } : {}) });
  }
  return mergeChunks(input, chunks, options);
}

/** A file's outcome from the outcomes of its chunks, in order. */
export function mergeChunks(input: FileInput, chunks: ChunkOutcome[], options: FileCheckOptions): FileOutcome {
  const results: ClaimResult[] = [];
  const suppressed: SuppressedClaim[] = [];
  for (const c of chunks) {
    for (const r of c.results) results.push(r);
    for (const s of c.suppressed) suppressed.push(s);
  }
  const notices = [...input.notices];
  for (const c of chunks) if (c.failures) notices.push(...c.failures);
  if (options.inlineConfig && options.reportUnused && input.directives.length > 0) {
    const suppressions = new Suppressions(input.directives);
    for (const c of chunks) suppressions.markUsed(input.directives, c.used);
    notices.push(...unusedNotices(input.name, suppressions.unused()));
  }
  const kept = input.text !== undefined ? { input: { name: input.name, kind: input.kind, text: input.text } } : {};
  return { results, suppressed, notices, ...kept };
}

// Across threads a result's facts and sources travel as fact ids: the receiving thread has the
// same fact base and puts its own (shared) objects back. The copy is then a fraction of the size.
type Slim = { fact: { id: string } | null; source: null };

export function dehydrate<T extends BlocksOutcome>(outcome: T): T {
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

export function hydrate<T extends BlocksOutcome>(outcome: T, checker: Checker): T {
  for (const r of outcome.results) {
    for (const c of r.checks) {
      if (c.fact) Object.assign(c, checker.factRef(c.fact.id));
      for (const d of c.disagreeing ?? []) Object.assign(d, checker.factRef(d.fact.id));
    }
  }
  return outcome;
}
