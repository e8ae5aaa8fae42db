// The command line: wires commander options to the pipeline and maps outcomes to exit codes.
// 0: nothing at or above --fail-on; 1: something is; 2: usage error, bad fact base, bad input.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { Chalk } from "chalk";
import { argumentSources, streamLineBlocks } from "./input/index.js";
import { loadFacts } from "./load-facts.js";
import { Checker, summarise, worstVerdict } from "./pipeline.js";
import { FORMATS, formatJson, formatText, type Format } from "./report/index.js";
import { UserError, VERDICT_RANK, type ClaimResult, type Lang, type Verdict } from "./types.js";

declare const __FACTCHECK_VERSION__: string;
const VERSION = typeof __FACTCHECK_VERSION__ === "string" ? __FACTCHECK_VERSION__ : "0.0.0-dev";

interface CliOptions {
  facts: string[];
  format: Format;
  lang?: Lang;
  quiet?: boolean;
  verbose?: boolean;
  failOn: Verdict;
  tolerance: number;
  closeTolerance: number;
  color: boolean;
}

function ratio(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError("expected a ratio between 0 and 1, e.g. 0.1 for 10%");
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function colorLevel(enabled: boolean, stream: NodeJS.WriteStream): 0 | 1 | 2 | 3 {
  if (!enabled || (process.env.NO_COLOR ?? "") !== "") return 0;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (!stream.isTTY) return 0;
  const depth = stream.getColorDepth?.() ?? 1;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

function buildProgram(run: (texts: string[], options: CliOptions) => Promise<void>): Command {
  const program = new Command();
  program
    .name("factcheck")
    .description("Check the figures in claims against the figures of source documents (English and Danish).")
    .version(VERSION, "-V, --version")
    .argument("[text...]", 'claims to check; with none (or "-"), claims are read from standard input, one or more per line')
    .option("--facts <path>", "fact base file or folder (repeatable; default: the shipped facts/)", collect, [])
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
    .addOption(new Option("--lang <lang>", "language of the claims (default: detected per sentence)").choices(["en", "da"]))
    .option("-q, --quiet", "show mismatches only")
    .option("--verbose", "show why each fact was or was not tied to a figure")
    .addOption(
      new Option("--fail-on <verdict>", "exit 1 when a claim is this bad or worse").choices(["mismatch", "close", "unverified"]).default("mismatch"),
    )
    .option("--tolerance <ratio>", "how far a hedged figure (about, nearly) may be from the stored one", ratio, 0.1)
    .option("--close-tolerance <ratio>", "how far an unhedged round figure may be to count as close", ratio, 0.05)
    .option("--no-color", "no colours (NO_COLOR and FORCE_COLOR are respected too)")
    .showHelpAfterError("(run factcheck --help for usage)")
    .exitOverride()
    .action(async (texts: string[], options: CliOptions) => run(texts, options));
  return program;
}

async function check(texts: string[], options: CliOptions): Promise<void> {
  const { factBase, index } = await loadFacts(options.facts);
  const checker = new Checker(factBase, index, {
    lang: options.lang,
    judge: { tolerance: options.tolerance, closeTolerance: options.closeTolerance },
    verbose: options.verbose,
  });
  if (texts.length === 0 && process.stdin.isTTY) {
    throw new UserError('no claims given: pass a claim as an argument, or pipe claims on standard input (e.g. factcheck "347 refugees crossed into Tajikistan")');
  }
  const results: ClaimResult[] = [];
  let inputs = 0;
  let stdinRead = false;
  const sources = argumentSources(texts);
  const items = texts.length === 0 ? ["-"] : texts;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === "-") {
      if (stdinRead) continue;
      stdinRead = true;
      for await (const block of streamLineBlocks(process.stdin)) {
        if (block.text.trim()) inputs++;
        results.push(...checker.checkBlock(block, "-"));
      }
      continue;
    }
    inputs++;
    for (const block of sources[i].blocks) results.push(...checker.checkBlock(block, sources[i].name));
  }
  const report = summarise(results, 0, results.length === 0 && inputs > 0 ? ["-"] : []);
  const out =
    options.format === "json"
      ? formatJson(report)
      : formatText(report, {
          style: new Chalk({ level: colorLevel(options.color, process.stdout) }),
          quiet: options.quiet,
          verbose: options.verbose,
        });
  process.stdout.write(out);
  const worst = worstVerdict(report);
  process.exitCode = worst !== null && VERDICT_RANK[worst] >= VERDICT_RANK[options.failOn] ? 1 : 0;
}

function fail(message: string): void {
  process.stderr.write(`factcheck: ${message}\n`);
  process.exitCode = 2;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0); // `factcheck ... | head -1` ends quietly
    throw err;
  });
  const program = buildProgram(check);
  try {
    await program.parseAsync(argv);
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
