// The command line: commander's program — the check command (the default action), `facts …` and
// `extract` — run against an IO (the process's, or a test's), returning the exit code.
// 0: nothing at or above --fail-on; 1: something is; 2: usage error, bad config or fact base,
// unreadable input.
import { availableParallelism } from "node:os";
import type { Readable, Writable } from "node:stream";
import { Command, CommanderError } from "commander";
import { UserError } from "../types.js";
import { checkOptions, runCheckCommand, type CheckCliOptions } from "./check.js";
import { registerFactCommands } from "./facts.js";

declare const __FACTCHECK_VERSION__: string;
export const VERSION = typeof __FACTCHECK_VERSION__ === "string" ? __FACTCHECK_VERSION__ : "0.0.0-dev";

/** Where a run reads and writes: the process's streams, or a test's. */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; getColorDepth?: () => number };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** The working folder (config files are looked for from here; relative paths are relative to process.cwd()). */
  cwd: string;
  /** Threads for --jobs when not given (default: the number of cores). */
  defaultJobs?: number;
}

/** Commander's error message as one line: "unknown option '--quite' (did you mean --quiet?)". */
function oneLine(message: string): string {
  const lines = message.replace(/^error: /, "").split("\n").map((l) => l.trim()).filter(Boolean);
  const hint = lines.slice(1).find((l) => /^\(Did you mean /.test(l));
  return hint ? `${lines[0]} (did you mean ${hint.replace(/^\(Did you mean /, "")}` : lines[0] ?? "";
}

function buildProgram(io: CliIO, exit: { code: number }): Command {
  const program = new Command();
  program
    .name("factcheck")
    .description("Check the figures in claims and drafts against the figures of source documents (English and Danish).")
    .version(VERSION, "-V, --version");
  checkOptions(program, io.defaultJobs ?? availableParallelism())
    // Usage errors are one line, like every other error: "factcheck: unknown option '--x'".
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (str, write) => write(`factcheck: ${oneLine(str)} (see factcheck --help)\n`),
    })
    .showSuggestionAfterError(true)
    .exitOverride()
    .action(async (inputs: string[], options: CheckCliOptions, command: Command) => {
      exit.code = await runCheckCommand(inputs, options, command, io, VERSION);
    });
  registerFactCommands(program, io, exit);
  return program;
}

/** Runs factcheck with `argv` (as process.argv: node, script, args…) and returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const exit = { code: 0 };
  try {
    await buildProgram(io, exit).parseAsync(argv);
    return exit.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every usage error (already printed by commander) exits 2.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UserError) {
      io.stderr.write(`factcheck: ${err.format()}\n`);
      return 2;
    }
    if (io.env.FACTCHECK_DEBUG === "1") io.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    io.stderr.write(`factcheck: internal error: ${(err as Error)?.message ?? String(err)} (set FACTCHECK_DEBUG=1 for details)\n`);
    return 2;
  }
}
