// Shared helpers of the hardening tests: the in-process pipeline, the built CLI, number words.
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { expect } from "vitest";
import { tmpdir } from "node:os";
import { buildTermIndex, loadFactBase } from "../../src/facts/index.js";
import { Checker } from "../../src/pipeline.js";
import { DEFAULT_JUDGE_OPTIONS, type Lang } from "../../src/types.js";
import { ROOT } from "../e2e/run.js";

export { cli, factcheck, json, ROOT, BIN } from "../e2e/run.js";

let checker: Promise<Checker> | undefined;
/** The pipeline over the shipped fact base (loaded once per test file). */
export function shippedChecker(): Promise<Checker> {
  checker ??= loadFactBase([join(ROOT, "facts")]).then((fb) => new Checker(fb, buildTermIndex(fb), { judge: DEFAULT_JUDGE_OPTIONS }));
  return checker;
}

export function tempDir(prefix = "factcheck-hardening-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** CPU milliseconds of this process so far (every thread): unlike wall time, not stretched when
 * other processes hold the cores. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Best of `runs` timings of f(n), in CPU milliseconds. */
async function best(f: (n: number) => unknown, n: number, runs: number): Promise<number> {
  let t = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = cpuMs();
    await f(n);
    t = Math.min(t, cpuMs() - t0);
  }
  return t;
}

/**
 * Linear time, measured as a ratio in one run (so it holds on a busy machine): t(8n) / t(n) ≤ 12,
 * where quadratic code gives 64. t(n) is the mean of 8 runs, so that it pays the same garbage
 * collection as one run of 8n (a single small run can finish between two collections). Measured
 * up to three times: a collection or the JIT can slow one measurement, quadratic code every one.
 */
export async function expectLinear(f: (n: number) => unknown, n: number, limit = 12): Promise<void> {
  await f(n); // warm-up
  const measured: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const t0 = cpuMs();
    for (let k = 0; k < 8; k++) await f(n);
    const small = (cpuMs() - t0) / 8;
    const large = await best(f, 8 * n, 2);
    measured.push(`n = ${n}: ${small.toFixed(1)} ms; 8n: ${large.toFixed(1)} ms`);
    if (large < limit * small) return;
  }
  expect.fail(`not linear (limit ${limit}×): ${measured.join("; ")}`);
}

/** Milliseconds taken by f. */
export function timed(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** A stack trace line, as Node prints them. */
export const STACK_LINE = /^\s+at /m;
/** The one-line error format of the CLI. */
export const ERROR_LINE = /^factcheck: .+\n$/;

// ---------------------------------------------------------------------------------------------
// Numbers in words (0 .. 1,000,000), as the figure reader expects them

const EN_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const DA_ONES = ["nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"];
const DA_UNITS = ["", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"];
const DA_TENS = ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"];

function en99(n: number): string {
  if (n < 20) return EN_ONES[n];
  const t = EN_TENS[Math.floor(n / 10)];
  return n % 10 ? `${t}-${EN_ONES[n % 10]}` : t;
}
function en999(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return en99(r);
  return r ? `${EN_ONES[h]} hundred and ${en99(r)}` : `${EN_ONES[h]} hundred`;
}
function da99(n: number): string {
  if (n < 20) return DA_ONES[n];
  const t = DA_TENS[Math.floor(n / 10)];
  return n % 10 ? `${DA_UNITS[n % 10]}og${t}` : t;
}
function da999(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return da99(r);
  const head = h === 1 ? "et hundrede" : `${DA_ONES[h]} hundrede`;
  return r ? `${head} og ${da99(r)}` : head;
}

/** 0 ≤ n ≤ 1,000,000 in words: "two thousand four hundred and forty-eight", "to tusind fire hundrede og otteogfyrre". */
export function numberWords(n: number, lang: Lang): string {
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new RangeError(String(n));
  if (n === 1_000_000) return lang === "en" ? "one million" : "en million";
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (lang === "en") {
    if (!th) return en999(r);
    const head = `${en999(th)} thousand`;
    if (!r) return head;
    return r < 100 ? `${head} and ${en99(r)}` : `${head} ${en999(r)}`;
  }
  if (!th) return da999(r);
  const head = th === 1 ? "et tusind" : `${da999(th)} tusind`;
  if (!r) return head;
  return r < 100 ? `${head} og ${da99(r)}` : `${head} ${da999(r)}`;
}
