// The command line: wires commander options to the pipeline and maps outcomes to exit codes.
// 0: nothing at or above --fail-on; 1: something is; 2: usage error, bad config or fact base,
// unreadable input.
import { delimiter } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { Chalk } from "chalk";
import { registerFactCommands } from "./commands/facts.js";
import { availableParallelism } from "node:os";
import { checkFileInput, hydrate, type FileCheckOptions, type FileOutcome } from "./check-files.js";
import { findConfig, loadConfig, type Config } from "./config.js";
import { argumentSources, streamLineBlocks } from "./input/index.js";
import { loadFacts } from "./load-facts.js";
import { Checker, count, summarise, worstVerdict } from "./pipeline.js";
import { writeOutput } from "./output.js";
import { FORMATS, formatReport, type Format, type FormatOptions } from "./report/index.js";
import { UserError, VERDICT_RANK, type ClaimResult, type InputText, type Lang, type Report, type Summary, type Verdict } from "./types.js";
import { colorLevel } from "./color.js";

declare const __FACTCHECK_VERSION__: string;
const VERSION = typeof __FACTCHECK_VERSION__ === "string" ? __FACTCHECK_VERSION__ : "0.0.0-dev";

interface CliOptions {
  facts: string[];
  format: Format;
  lang?: Lang;
  quiet?: boolean;
  verbose?: boolean;
  failOn: Exclude<Verdict, "match">;
  tolerance: number;
  closeTolerance: number;
  color: boolean;
  config?: string | false;
  stdinFilename?: string;
  inlineConfig: boolean;
  reportUnusedDisableDirectives?: boolean;
  outputFile?: string;
  jobs: number;
}

function ratio(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError("expected a ratio from 0 to 1, e.g. 0.1 for 10%");
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("expected a whole number of threads from 1 to 256");
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}


function buildProgram(): Command {
  const program = new Command();
  program
    .name("factcheck")
    .description("Check the figures in claims and drafts against the figures of source documents (English and Danish).")
    .version(VERSION, "-V, --version")
    .argument("[inputs...]", 'claims to check, or draft files and folders (.md, .markdown, .txt); "-" or none reads standard input')
    .addOption(new Option("--facts <path>", "fact base file or folder (repeatable)").argParser(collect).default([], "the shipped facts/"))
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
    .addOption(new Option("--lang <lang>", "language of the claims (default: detected per sentence)").choices(["en", "da"]))
    .option("-q, --quiet", "show mismatches only")
    .option("--verbose", "show why each fact was or was not tied to a figure")
    .addOption(new Option("--fail-on <verdict>", "exit 1 when a claim is this bad or worse").choices(["mismatch", "close", "unverified"]).default("mismatch"))
    .option("--tolerance <ratio>", "how far a hedged figure (about, nearly) may be from the stored one", ratio, 0.1)
    .option("--close-tolerance <ratio>", "how far an unhedged round figure may be to count as close", ratio, 0.05)
    .option("--stdin-filename <name>", "read standard input as this file (its extension picks Markdown or text)")
    .option("--no-inline-config", "ignore factcheck-disable comments in drafts")
    .option("--report-unused-disable-directives", "list disable comments that suppressed nothing (and exit 1 if any)")
    .addOption(new Option("-j, --jobs <n>", "check draft files on this many threads").argParser(positiveInt).default(availableParallelism(), "the number of cores"))
    .option("-o, --output-file <path>", "write the report to a file (atomically) instead of standard output")
    .option("-c, --config <path>", "use this config file instead of looking for .factcheckrc.yaml")
    .option("--no-config", "ignore config files")
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are respected too)")
    // Usage errors are one line, like every other error: "factcheck: unknown option '--x'".
    .configureOutput({ outputError: (str, write) => write(`factcheck: ${str.replace(/^error: /, "").split("\n")[0]} (see factcheck --help)\n`) })
    .exitOverride()
    .action(async (inputs: string[], options: CliOptions, command: Command) => check(inputs, options, command));
  registerFactCommands(program);
  return program;
}

/** Options from the config file fill in what the command line did not set. */
function applyConfig(options: CliOptions, config: Config | null, command: Command): void {
  if (!config) return;
  const fromCli = (name: string) => command.getOptionValueSource(name) === "cli";
  if (config.failOn && !fromCli("failOn")) options.failOn = config.failOn;
  if (config.tolerance !== undefined && !fromCli("tolerance")) options.tolerance = config.tolerance;
  if (config.closeTolerance !== undefined && !fromCli("closeTolerance")) options.closeTolerance = config.closeTolerance;
  if (config.lang && !fromCli("lang")) options.lang = config.lang;
  if (config.format && !fromCli("format")) options.format = config.format as Format;
}

/** --facts, else the config's facts, else FACTCHECK_FACTS (a path list), else the shipped base. */
function factPaths(options: CliOptions, config: Config | null): string[] {
  if (options.facts.length) return options.facts;
  if (config?.facts?.length) return config.facts;
  const env = process.env.FACTCHECK_FACTS;
  if (env) return env.split(delimiter).filter(Boolean);
  return [];
}

async function check(inputs: string[], options: CliOptions, command: Command): Promise<void> {
  const configFile = options.config === false ? null : (options.config ?? findConfig(process.cwd()));
  const config = configFile ? await loadConfig(configFile, FORMATS) : null;
  applyConfig(options, config, command);

  const { factBase, index } = await loadFacts(factPaths(options, config));
  const checker = new Checker(factBase, index, {
    lang: options.lang,
    judge: { tolerance: options.tolerance, closeTolerance: options.closeTolerance },
    verbose: options.verbose,
  });
  if (inputs.length === 0 && process.stdin.isTTY) {
    throw new UserError('nothing to check: give a claim, a draft file or folder, or pipe claims on standard input (e.g. factcheck "347 refugees crossed into Tajikistan")');
  }

  const results: ClaimResult[] = [];
  const warnings: string[] = [];
  const unused: string[] = [];
  let inputsWithText = 0;
  let fileCount = 0;
  // The html format shows the inputs' text: keep it (only then).
  const keepText = options.format === "html";
  const inputTexts: InputText[] = [];
  const fileOptions: FileCheckOptions = { inlineConfig: options.inlineConfig, reportUnused: Boolean(options.reportUnusedDisableDirectives), keepText };
  const take = (outcome: FileOutcome) => {
    fileCount++;
    if (outcome.input) inputTexts.push(outcome.input);
    // Loops, not push(...xs): a huge file can give more results than a call may take arguments.
    for (const r of outcome.results) results.push(r);
    for (const w of outcome.warnings) warnings.push(w);
    for (const u of outcome.unused) unused.push(u);
  };

  // What each argument is, in order: claim text, stdin, or files (folders expanded now, so that
  // a missing file is an error before any work is done).
  const items = inputs.length === 0 ? ["-"] : inputs;
  const files = items.some((item) => item !== "-") ? await import("./input/files.js") : null;
  const plan: ({ kind: "text"; arg: number } | { kind: "stdin" } | { kind: "files"; paths: string[] })[] = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i] === "-") {
      if (!plan.some((p) => p.kind === "stdin")) plan.push({ kind: "stdin" });
    } else if (files!.looksLikeFile(items[i])) {
      plan.push({ kind: "files", paths: await files!.expandPaths([items[i]], { ignore: config?.ignore ?? [], cwd: process.cwd(), ignoreRoot: config?.root }) });
    } else {
      plan.push({ kind: "text", arg: i });
    }
  }
  const allPaths = plan.flatMap((p) => (p.kind === "files" ? p.paths : []));
  const jobs = Math.min(options.jobs, allPaths.length);
  const parallel =
    jobs > 1
      ? await (await import("./parallel.js")).checkFilesInParallel(allPaths, jobs, {
          factPaths: factPaths(options, config),
          check: { lang: options.lang, judge: { tolerance: options.tolerance, closeTolerance: options.closeTolerance }, verbose: options.verbose },
          files: fileOptions,
        }, async (path) => checkFileInput(checker, await files!.readInputFile(path), fileOptions), (outcome) => hydrate(outcome, checker))
      : null;

  const formatOptions: FormatOptions = {
    style: new Chalk({ level: options.outputFile ? 0 : colorLevel(options.color, process.stdout) }),
    quiet: options.quiet,
    verbose: options.verbose,
    includeNotices: options.failOn === "unverified" || Boolean(options.verbose),
    toolVersion: VERSION,
    cwd: process.cwd(),
    factBases: factPaths(options, config),
  };
  // A plain stream of claims on stdin, to stdout, in a format that can be written claim by claim.
  const stream =
    plan.length === 1 && plan[0].kind === "stdin" && !options.stdinFilename && !options.outputFile
      ? (await import("./report/stream.js")).streamFormatter(options.format, formatOptions)
      : null;
  const streamed: Summary = { claims: 0, match: 0, close: 0, mismatch: 0, unverified: 0, files: 0 };

  const sources = argumentSources(inputs);
  let fileIndex = 0;
  for (const step of plan) {
    if (step.kind === "text") {
      inputsWithText++;
      if (keepText) inputTexts.push({ name: "-", kind: "claims", text: inputs[step.arg] });
      for (const block of sources[step.arg].blocks) for (const r of checker.checkBlock(block, sources[step.arg].name)) results.push(r);
    } else if (step.kind === "files") {
      for (const path of step.paths) {
        if (parallel) take(parallel[fileIndex++]);
        else take(checkFileInput(checker, await files!.readInputFile(path), fileOptions));
      }
    } else if (options.stdinFilename) {
      const { textFromString, kindOf } = await import("./input/files.js");
      take(checkFileInput(checker, await textFromString(await readAll(process.stdin), options.stdinFilename, kindOf(options.stdinFilename)), fileOptions));
    } else if (stream) {
      // Claims streamed in are written out as they are checked: memory stays flat.
      for await (const block of streamLineBlocks(process.stdin)) {
        if (block.text.trim()) inputsWithText++;
        for (const r of checker.checkBlock(block, "-")) {
          count(streamed, r);
          const text = stream.result(r);
          if (text) await writeOutput(text);
        }
      }
    } else {
      const lines: string[] = [];
      for await (const block of streamLineBlocks(process.stdin)) {
        if (block.text.trim()) inputsWithText++;
        if (keepText) lines.push(block.text);
        for (const r of checker.checkBlock(block, "-")) results.push(r);
      }
      if (keepText) inputTexts.push({ name: "-", kind: "claims", text: lines.join("\n") });
    }
  }

  const withoutFigures = results.length === 0 && streamed.claims === 0 && (inputsWithText > 0 || fileCount > 0) ? ["-"] : [];
  const report: Report = summarise(results, fileCount, withoutFigures, [...warnings, ...unused]);
  if (stream) report.summary = { ...streamed, files: 0 };
  if (keepText) report.inputs = inputTexts;
  const text = stream ? stream.end(report) : await formatReport(report, options.format, formatOptions);
  await writeOutput(text, options.outputFile);
  const worst = worstVerdict(report);
  const failed = (worst !== null && VERDICT_RANK[worst] >= VERDICT_RANK[options.failOn]) || unused.length > 0;
  process.exitCode = failed ? 1 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function fail(message: string): void {
  process.stderr.write(`factcheck: ${message}\n`);
  process.exitCode = 2;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0); // `factcheck ... | head -1` ends quietly
    fail(err.message);
    process.exit(2);
  });
  process.on("SIGINT", () => process.exit(130));
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every usage error (already printed by commander) exits 2.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
    } else if (err instanceof UserError) {
      fail(err.format());
    } else {
      if (process.env.FACTCHECK_DEBUG === "1") process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
      fail(`internal error: ${(err as Error)?.message ?? String(err)} (set FACTCHECK_DEBUG=1 for details)`);
    }
  }
}

await main(process.argv);
