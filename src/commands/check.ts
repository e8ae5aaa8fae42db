// The check command (factcheck's default action): its options → the engine's options, the report
// → the chosen format on stdout (or --output-file), and the outcome → an exit code.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { Chalk } from "chalk";
import { InvalidArgumentError, Option, type Command } from "commander";
import { colorLevel } from "../color.js";
import { findConfig, loadConfig, type Config } from "../config.js";
import { exitCode, noticeText, runCheck } from "../engine.js";
import { DEFAULT_MAX_BYTES } from "../input/index.js";
import { collectPaths, resolveFactPaths } from "../load-facts.js";
import { openOutput, writeOutput } from "../output.js";
import { FORMATS, formatterFor, type Format, type FormatOptions } from "../report/index.js";
import { UserError, isFatalNotice, type Lang, type Verdict } from "../types.js";
import type { CliIO } from "./program.js";

export interface CheckCliOptions {
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
  maxFileSize: number;
}

function ratio(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError("expected a ratio from 0 to 1, e.g. 0.1 for 10%");
  return n;
}

function threads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError("expected a whole number of threads from 1 to 256");
  return n;
}

function megabytes(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 4096) throw new InvalidArgumentError("expected a size in MB from 1 to 4096, e.g. 128");
  return n;
}

/** The check command's arguments and options. */
export function checkOptions(program: Command, defaultJobs: number): Command {
  return program
    .argument("[inputs...]", 'claims to check, or draft files and folders (.md, .markdown, .txt); "-" or none reads standard input')
    .addOption(new Option("--facts <path>", 'fact base file or folder (repeatable); "builtin" is the shipped one').argParser(collectPaths).default([], "the shipped facts/"))
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
    .addOption(new Option("--lang <lang>", "language of the claims (default: detected per sentence)").choices(["en", "da"]))
    .option("-q, --quiet", "show only what fails the run (mismatches, or down to --fail-on)")
    .option("--verbose", "show why each fact was or was not tied to a figure")
    .addOption(new Option("--fail-on <verdict>", "exit 1 when a claim is this bad or worse").choices(["mismatch", "close", "unverified"]).default("mismatch"))
    .option("--tolerance <ratio>", "how far a hedged figure (about, nearly) may be from the stored one", ratio, 0.1)
    .option("--close-tolerance <ratio>", "how far an unhedged round figure may be to count as close", ratio, 0.05)
    .option("--stdin-filename <name>", "read standard input as this file (its extension picks Markdown or text)")
    .option("--no-inline-config", "ignore factcheck-disable comments in drafts")
    .option("--report-unused-disable-directives", "list disable comments that suppressed nothing (and exit 1 if any)")
    .addOption(new Option("-j, --jobs <n>", "check drafts on this many threads").argParser(threads).default(defaultJobs, "the number of cores"))
    .addOption(new Option("--max-file-size <MB>", "refuse a draft (or a line of standard input) larger than this").argParser(megabytes).default(DEFAULT_MAX_BYTES / (1024 * 1024)))
    .option("-o, --output-file <path>", "write the report to a file (atomically) instead of standard output")
    .option("-c, --config <path>", "use this config file instead of looking for .factcheckrc.yaml")
    .option("--no-config", "ignore config files")
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are respected too)");
}

/** Options from the config file fill in what the command line did not set. */
function applyConfig(options: CheckCliOptions, config: Config | null, command: Command): void {
  if (!config) return;
  const fromCli = (name: string) => command.getOptionValueSource(name) === "cli";
  if (config.failOn && !fromCli("failOn")) options.failOn = config.failOn;
  if (config.tolerance !== undefined && !fromCli("tolerance")) options.tolerance = config.tolerance;
  if (config.closeTolerance !== undefined && !fromCli("closeTolerance")) options.closeTolerance = config.closeTolerance;
  if (config.lang && !fromCli("lang")) options.lang = config.lang;
  if (config.format && !fromCli("format")) options.format = config.format as Format;
}

/** Loads the config a command uses: --config, else the nearest .factcheckrc.yaml, unless --no-config. */
export async function configFor(option: string | false | undefined, cwd: string): Promise<Config | null> {
  const file = option === false ? null : (option ?? findConfig(cwd));
  return file ? loadConfig(file, FORMATS) : null;
}

/** Drafts given by name larger than this in all are written claim by claim in every format that can. */
const LARGE_DRAFT_BYTES = 4 * 1024 * 1024;

/** The total size of the arguments that are files (folders and claims count nothing). */
function draftBytes(inputs: string[], cwd: string): number {
  let total = 0;
  for (const input of inputs) {
    if (input === "-") continue;
    try {
      const st = statSync(resolve(cwd, input));
      if (st.isFile()) total += st.size;
    } catch {
      // a claim, or a path the engine reports
    }
  }
  return total;
}

export async function runCheckCommand(inputs: string[], given: CheckCliOptions, command: Command, io: CliIO, version: string): Promise<number> {
  // ("-o -" is standard output, as with no -o)
  const options = given.outputFile === "-" ? { ...given, outputFile: undefined } : given;
  const config = await configFor(options.config, io.cwd);
  applyConfig(options, config, command);
  if (inputs.length === 0 && io.stdin.isTTY) {
    throw new UserError('nothing to check: give a claim, a draft file or folder, or pipe claims on standard input (e.g. factcheck "Turnout was 84.1 percent")');
  }
  const formatter = await formatterFor(options.format);
  const facts = resolveFactPaths({ cli: options.facts, config: config?.facts, env: io.env });
  let formatOptions: FormatOptions = {
    style: new Chalk({ level: options.outputFile ? 0 : colorLevel(options.color, io.stdout, io.env) }),
    quiet: options.quiet,
    verbose: options.verbose,
    failOn: options.failOn,
    toolVersion: version,
    cwd: io.cwd,
    factBases: facts,
  };
  if (formatter.prepare) formatOptions = await formatter.prepare(formatOptions);
  // Written claim by claim, so that memory stays flat however long the input: a plain stream of
  // claims on stdin to stdout, and any input in a format whose stream is its whole output (json,
  // unix; to --output-file only once complete).
  const onlyStdin = inputs.every((i) => i === "-") && !options.stdinFilename;
  const streamed =
    formatter.stream &&
    (formatter.streamsAnyInput || (onlyStdin && !options.outputFile) || (formatter.streamsLargeDrafts && draftBytes(inputs, io.cwd) > LARGE_DRAFT_BYTES));
  const stream = streamed ? formatter.stream!(formatOptions) : null;
  const sink = stream ? await openOutput(options.outputFile, io.stdout) : null;

  const run = runCheck(inputs, {
    facts,
    failFast: io.env.FACTCHECK_DEBUG === "1",
    lang: options.lang,
    judge: { tolerance: options.tolerance, closeTolerance: options.closeTolerance },
    verbose: options.verbose,
    inlineConfig: options.inlineConfig,
    reportUnused: Boolean(options.reportUnusedDisableDirectives),
    jobs: options.jobs,
    splitSingleFile: command.getOptionValueSource("jobs") === "cli",
    get stdin() {
      return io.stdin; // read only if stdin is among the inputs (see src/cli.ts)
    },
    stdinFilename: options.stdinFilename,
    maxBytes: Math.round(options.maxFileSize * 1024 * 1024),
    ignore: config?.ignore ?? [],
    ignoreRoot: config?.root,
    cwd: io.cwd,
    keepInputs: Boolean(formatter.needsInputs),
    ...(stream && sink ? { onResult: (r) => sink.write(stream.result(r)) } : {}),
  });
  const report = sink ? await run.catch(async (err: unknown) => Promise.reject(await sink.abort().then(() => err))) : await run;
  if (stream && sink) {
    await sink.write(stream.end(report));
    await sink.close();
  } else {
    await writeOutput(formatter.format(report, formatOptions), options.outputFile, io.stdout);
  }
  // Inputs that could not be read (to their end) are errors: one line each on stderr too.
  for (const n of report.notices ?? []) if (isFatalNotice(n)) io.stderr.write(`factcheck: ${noticeText(n)}\n`);
  return exitCode(report, options.failOn);
}
