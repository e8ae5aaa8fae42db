// The engine: inputs (claims, draft files and folders, standard input) and options → a Report.
// No argv, no output, no exit: the CLI (src/commands/check.ts) maps its options to these and the
// report to an exit code (exitCode below); a library can call runCheck directly.
import { promises as fsPromises } from "node:fs"; // not node:fs/promises: loaded on first use, not at start-up
import type { Readable } from "node:stream";
import { checkBlocks, checkChunk, checkFileInChunks, checkFileInput, hydrate, mergeChunks, type ChunkOutcome, type FileCheckOptions, type FileOutcome } from "./check-files.js";
import { argumentSources, DEFAULT_MAX_BYTES, readStream, streamLineBlocks } from "./input/index.js";
import type { DraftPath, FileInput } from "./input/files.js";
import { loadFacts, type LoadedFacts } from "./load-facts.js";
import type { Task } from "./parallel.js";
import { Checker } from "./pipeline.js";
import {
  UserError,
  isFatalNotice,
  type ClaimResult,
  type InputNotice,
  type InputText,
  type JudgeOptions,
  type Lang,
  type Report,
  type Summary,
  type SuppressedClaim,
  type TextBlock,
  type Verdict,
} from "./types.js";
import { atLeast } from "./util/verdict.js";


/** A file this large or larger is split at block boundaries across --jobs threads (default). */
const SPLIT_BYTES = 1024 * 1024;

export interface RunOptions {
  /** Fact-base paths; empty for the shipped base alone (see resolveFactPaths). */
  facts: string[];
  /** An internal error in a sentence ends the run (FACTCHECK_DEBUG=1, for its stack) instead of leaving the sentence out. */
  failFast?: boolean;
  /** A fact base already loaded (a library or a test checking many times): `facts` is then not read. */
  loaded?: LoadedFacts;
  /** Force the claims' language; detected per sentence otherwise. */
  lang?: Lang;
  judge: JudgeOptions;
  /** Keep the facts considered for each figure (for --verbose). */
  verbose?: boolean;
  /** Honour factcheck-disable comments (default true). */
  inlineConfig?: boolean;
  /** Report disable comments that suppressed nothing. */
  reportUnused?: boolean;
  /** Threads for drafts (default 1). */
  jobs?: number;
  /**
   * Whether one draft alone is split between the threads (--jobs given). By default drafts are
   * spread over threads only when there are several: on two cores, splitting one file cost more
   * than it gained (one 10 MB draft: 11.8 s with one thread, 12.3 s with two).
   */
  splitSingleFile?: boolean;
  /** With jobs > 1, a draft this large or larger (bytes) is split between the threads (default 1 MB). */
  splitBytes?: number;
  /** Standard input, read for "-" (and when there is no input). */
  stdin?: Readable;
  /** Read standard input as a file of this name (its extension picks Markdown or text). */
  stdinFilename?: string;
  /** Size limit of one draft and of one line of standard input, in bytes (default 64 MB). */
  maxBytes?: number;
  /** Ignore globs for folders, relative to `ignoreRoot` (default `cwd`). */
  ignore?: string[];
  ignoreRoot?: string;
  /** The folder relative paths are relative to (default process.cwd()). */
  cwd?: string;
  /** Keep each input's text in the report (for the formats that show drafts). */
  keepInputs?: boolean;
  /**
   * Receives each result as soon as it is known, in input order; the report then holds no results
   * (only their counts), so a stream of any length is checked in constant memory.
   */
  onResult?: (result: ClaimResult) => void | Promise<void>;
}

type Step = { kind: "text"; arg: number } | { kind: "stdin" } | { kind: "files"; files: DraftPath[] };

/** An argument that names a draft, a folder or a path (else it is claim text). */
async function looksLikeFile(arg: string): Promise<boolean> {
  const { looksLikeFile } = await import("./input/files.js");
  return looksLikeFile(arg);
}

/** Checks everything the inputs name and returns the report. UserErrors are the user's to fix (exit 2). */
export async function runCheck(inputs: string[], options: RunOptions): Promise<Report> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fileOptions: FileCheckOptions = { inlineConfig: options.inlineConfig ?? true, reportUnused: Boolean(options.reportUnused), lang: options.lang };
  const checkOptions = { lang: options.lang, judge: options.judge, verbose: options.verbose, isolateFailures: !options.failFast };

  // What each argument is, in order: claim text, stdin, or files (folders expanded now, so that a
  // missing file is an error before any work is done).
  const items = inputs.length === 0 ? ["-"] : inputs;
  const notices: InputNotice[] = [];
  const plan: Step[] = [];
  const files = items.some((item) => item !== "-") ? await import("./input/files.js") : null;
  const seen = new Set<string>(); // a file reached twice (named twice, through a link) is checked once
  for (let i = 0; i < items.length; i++) {
    if (items[i] === "-") {
      if (!plan.some((p) => p.kind === "stdin")) plan.push({ kind: "stdin" });
    } else if (await looksLikeFile(items[i])) {
      const found = await files!.expandDrafts([items[i]], { ignore: options.ignore ?? [], cwd, ignoreRoot: options.ignoreRoot, maxBytes, seen });
      for (const n of found.notices) notices.push(n);
      plan.push({ kind: "files", files: found.files });
    } else {
      plan.push({ kind: "text", arg: i });
    }
  }

  const loaded = options.loaded ?? (await loadFacts(options.facts));
  const checker = new Checker(loaded.factBase, loaded.index, checkOptions);

  const results: ClaimResult[] = [];
  const suppressed: SuppressedClaim[] = [];
  const kept: InputText[] = [];
  const summary: Summary = { claims: 0, match: 0, close: 0, mismatch: 0, unverified: 0, files: 0 };
  let inputsWithText = 0;
  const emit = async (r: ClaimResult): Promise<void> => {
    summary.claims++;
    summary[r.verdict]++;
    if (options.onResult) await options.onResult(r);
    else results.push(r);
  };
  const take = async (outcome: FileOutcome): Promise<void> => {
    summary.files++;
    // Loops, not push(...xs): a huge file can give more results than a call may take arguments.
    for (const r of outcome.results) await emit(r);
    for (const s of outcome.suppressed) suppressed.push(s);
    for (const n of outcome.notices) notices.push(n);
    if (outcome.input) kept.push(outcome.input);
  };

  // Drafts: on this thread, or on --jobs threads (large files split by block).
  const allFiles = plan.flatMap((p) => (p.kind === "files" ? p.files : []));
  const readOptions = { maxBytes, keepText: Boolean(options.keepInputs) };
  // (written as it goes: a chunk of a file's blocks at a time, so a huge draft holds few results)
  const checkInput = (input: FileInput): Promise<FileOutcome> | FileOutcome =>
    options.onResult ? checkFileInChunks(checker, input, fileOptions, emit) : checkFileInput(checker, input, fileOptions);
  // The next draft is read while this one is checked: reading waits on the disk, checking on the
  // CPU. (A read that fails is settled here and thrown when its turn comes, never left unhandled.)
  const readAhead = (f: DraftPath | undefined) =>
    f ? files!.readInputFile(f.abs, f.shown, readOptions).then((input) => ({ input }), (error: unknown) => ({ error })) : null;
  const checkFiles = async (list: DraftPath[]) => {
    let next = readAhead(list[0]);
    for (let i = 0; i < list.length; i++) {
      const read = await next!;
      next = readAhead(list[i + 1]);
      if ("error" in read) {
        await next; // settled before the error ends the run
        throw read.error;
      }
      await take(await checkInput(read.input));
    }
  };
  const parallel = (options.jobs ?? 1) > 1 && (allFiles.length > 1 || (allFiles.length === 1 && options.splitSingleFile === true));
  const outcomes = parallel ? await checkInParallel(allFiles, checker, options, fileOptions, readOptions) : null;

  const sources = argumentSources(inputs);
  let fileIndex = 0;
  for (const step of plan) {
    if (step.kind === "text") {
      inputsWithText++;
      const source = sources[step.arg];
      if (options.keepInputs) kept.push({ name: "-", kind: "claims", text: inputs[step.arg] });
      for (const block of source.blocks) for (const r of checker.checkBlock(block, source.name)) await emit(r);
      for (const n of checker.takeFailures()) notices.push(n);
    } else if (step.kind === "files") {
      if (outcomes) for (let i = 0; i < step.files.length; i++) await take(outcomes[fileIndex++]);
      else await checkFiles(step.files);
    } else if (options.stdinFilename) {
      const name = options.stdinFilename;
      const { textFromBytes, kindOf } = await import("./input/files.js");
      const bytes = await readStream(requireStdin(options), maxBytes, name);
      await take(checkFileInput(checker, await textFromBytes(bytes, name, kindOf(name), readOptions), fileOptions));
    } else {
      // Claims streamed in are checked as they arrive.
      const lines: string[] = [];
      for await (const block of streamLineBlocks(requireStdin(options), { maxLineBytes: maxBytes, onNotice: (n) => notices.push(n) })) {
        if (block.text.trim()) inputsWithText++;
        if (options.keepInputs) lines.push(block.text);
        for (const r of checker.checkBlock(block, "-")) await emit(r);
        for (const n of checker.takeFailures()) notices.push(n);
      }
      if (options.keepInputs) kept.push({ name: "-", kind: "claims", text: lines.join("\n") });
    }
  }

  const withoutFigures = summary.claims === 0 && suppressed.length === 0 && (inputsWithText > 0 || summary.files > 0) ? ["-"] : [];
  return {
    results,
    summary,
    withoutFigures,
    warnings: notices.map(noticeText),
    ...(notices.length ? { notices } : {}),
    ...(suppressed.length ? { suppressed } : {}),
    ...(options.keepInputs ? { inputs: kept } : {}),
  };
}

function requireStdin(options: RunOptions): Readable {
  if (!options.stdin) throw new UserError("nothing to read: no standard input");
  return options.stdin;
}

/** A notice as one line of text: `file:line:col: message`. */
export function noticeText(n: InputNotice): string {
  const pos = n.line ? `:${n.line}${n.column ? `:${n.column}` : ""}` : "";
  return `${n.file}${pos}: ${n.message}`;
}


/**
 * The exit code of a run: 2 when an input could not be read (to its end); 1 when a claim is at
 * or above `failOn`, or an unused disable comment was reported; else 0.
 */
export function exitCode(report: Report, failOn: Exclude<Verdict, "match">): 0 | 1 | 2 {
  const notices = report.notices ?? [];
  if (notices.some(isFatalNotice)) return 2;
  const s = report.summary;
  const worst: Verdict | null = s.mismatch ? "mismatch" : s.close ? "close" : s.unverified ? "unverified" : s.match ? "match" : null;
  if (worst !== null && atLeast(worst, failOn)) return 1;
  return notices.some((n) => n.kind === "unused-directive") ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// --jobs

async function checkInParallel(
  allFiles: DraftPath[],
  checker: Checker,
  options: RunOptions,
  fileOptions: FileCheckOptions,
  readOptions: { maxBytes: number; keepText: boolean },
): Promise<FileOutcome[]> {
  const jobs = options.jobs ?? 1;
  const { readInputFile } = await import("./input/files.js");
  // Large files are read here and cut into chunks of blocks, so that one file can use every thread.
  const tasks: Task[] = [];
  const taskOf: { file: number; split?: FileInput }[] = [];
  for (let i = 0; i < allFiles.length; i++) {
    const f = allFiles[i];
    const size = f.size ?? (await fsPromises.stat(f.abs).catch(() => null))?.size ?? 0;
    if (size < (options.splitBytes ?? SPLIT_BYTES)) {
      tasks.push({ kind: "file", path: f.abs, name: f.shown });
      taskOf.push({ file: i });
      continue;
    }
    const input = await readInputFile(f.abs, f.shown, readOptions);
    const unread = input.notices.some((n) => n.kind === "skipped" || n.kind === "unreadable");
    for (const blocks of unread ? [[]] : chunkBlocks(input.blocks, jobs, (options.splitBytes ?? SPLIT_BYTES) / 8)) {
      tasks.push({ kind: "chunk", name: input.name, blocks, directives: input.directives });
      taskOf.push({ file: i, split: input });
    }
  }
  const { runInParallel } = await import("./parallel.js");
  const setup = { factPaths: options.facts, check: { lang: options.lang, judge: options.judge, verbose: options.verbose, isolateFailures: !options.failFast }, files: fileOptions, ...readOptions };
  const done = await runInParallel(
    tasks,
    jobs,
    setup,
    async (task) =>
      task.kind === "file"
        ? checkFileInput(checker, await readInputFile(task.path, task.name, readOptions), fileOptions)
        : checkChunk(checker, task.name, task.blocks, task.directives, fileOptions),
    (outcome) => hydrate(outcome, checker),
  );
  // Put each file back together, in order.
  const outcomes: FileOutcome[] = new Array(allFiles.length);
  for (let t = 0; t < tasks.length; ) {
    const { file, split } = taskOf[t];
    if (!split) {
      outcomes[file] = done[t] as FileOutcome;
      t++;
      continue;
    }
    const chunks: ChunkOutcome[] = [];
    while (t < tasks.length && taskOf[t].file === file) chunks.push(done[t++] as ChunkOutcome);
    outcomes[file] = mergeChunks(split, chunks, fileOptions);
  }
  return outcomes;
}

/** Blocks cut into consecutive chunks: about four per thread, none smaller than `minChars` of text. */
export function chunkBlocks(blocks: TextBlock[], jobs: number, minChars: number): TextBlock[][] {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  const target = Math.max(minChars, Math.ceil(total / (jobs * 4)));
  const chunks: TextBlock[][] = [];
  let current: TextBlock[] = [];
  let size = 0;
  for (const b of blocks) {
    current.push(b);
    size += b.text.length;
    if (size >= target) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** Re-exported for library use: check some blocks of text with the same rules as a draft. */
export { checkBlocks };
