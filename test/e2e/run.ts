// Runs factcheck as a user would: the built CLI in a child process (factcheck: node
// bin/factcheck.js ...), or the same command line in this process (cli: src/commands/program.ts
// with its own stdin, stdout, stderr, env and working folder) — the same code, without paying
// for a process start. End-to-end tests keep a handful of real spawns and run the rest in-process.
import { spawnSync } from "node:child_process";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run as runCli } from "../../src/commands/program.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/factcheck.js", import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, FACTCHECK_FACTS: undefined, ...extra };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

/** The built CLI in a child process. */
export function factcheck(args: string[], options: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd ?? ROOT,
    env: environment(options.env),
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

class Collect extends Writable {
  text = "";
  isTTY = false;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    done();
  }
}

/**
 * The same command line in this process: stdin from `input` (not a terminal), stdout and stderr
 * collected, `env` as for a spawn, the working folder changed for the run. --jobs defaults to 1
 * (a test that wants threads says so).
 */
export async function cli(args: string[], options: RunOptions = {}): Promise<Run> {
  const stdout = new Collect();
  const stderr = new Collect();
  const input = options.input ?? "";
  const stdin = Readable.from(input === "" ? [] : [typeof input === "string" ? Buffer.from(input) : input]) as Readable & { isTTY?: boolean };
  const before = process.cwd();
  const cwd = options.cwd ?? ROOT;
  process.chdir(cwd);
  try {
    const status = await runCli(["node", "factcheck", ...args], { stdin, stdout, stderr, env: environment(options.env), cwd, defaultJobs: 1 });
    return { status, stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.chdir(before);
  }
}

export function json(r: Run): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.status}): ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 500)}`);
  }
}
