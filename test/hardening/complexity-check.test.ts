// Linear time in the checking stages (issue 9), in-process: each test times an input of size n and
// of size 8n in one run and fails when the larger takes more than 12 times as long (quadratic code
// takes 64 times as long; see expectLinear).
import { describe, expect, it } from "vitest";
import { buildTermIndex, loadFactBase } from "../../src/facts/index.js";
import { Checker } from "../../src/pipeline.js";
import { DEFAULT_JUDGE_OPTIONS, type TextBlock } from "../../src/types.js";
// @ts-expect-error -- the benchmark's generator is plain JavaScript
import { writeFactBase } from "../../bench/gen.mjs";
import { expectLinear, shippedChecker, tempDir } from "./helpers.js";

const block = (text: string): TextBlock => ({ text, spans: [{ offset: 0, line: 1, column: 1 }] });

describe("one sentence, n figures", () => {
  it("a claim repeated n times in one sentence", async () => {
    const checker = await shippedChecker();
    const text = (n: number) => `${"347 refugees crossed into Tajikistan and ".repeat(n)}that was all.`;
    const results = checker.checkBlock(block(text(3)), "-");
    expect(results).toHaveLength(1);
    expect(results[0].checks).toHaveLength(3);
    await expectLinear((n) => checker.checkBlock(block(text(n)), "-"), 40);
  }, 60_000);

  it("n number words in a row", async () => {
    const checker = await shippedChecker();
    const words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    const text = (n: number) => `${Array.from({ length: n }, (_, i) => words[i % words.length]).join(" ")} refugees.`;
    expect(checker.checkBlock(block(text(20)), "-")[0].checks.length).toBeGreaterThan(0);
    await expectLinear((n) => checker.checkBlock(block(text(n)), "-"), 1000);
  }, 60_000);

  it("a list of n figures separated by commas", async () => {
    const checker = await shippedChecker();
    const text = (n: number) => `The counts were ${Array.from({ length: n }, (_, i) => String(100 + i)).join(", ")} refugees.`;
    await expectLinear((n) => checker.checkBlock(block(text(n)), "-"), 200);
  }, 60_000);

  it("n dates and amounts in one clause", async () => {
    const checker = await shippedChecker();
    const text = (n: number) => `${Array.from({ length: n }, (_, i) => `in ${1990 + (i % 30)} ${100 + i} refugees`).join(" ")} crossed into Tajikistan.`;
    await expectLinear((n) => checker.checkBlock(block(text(n)), "-"), 100);
  }, 60_000);
});

describe("one line of n characters", () => {
  it("a long line with no sentence end", async () => {
    const checker = await shippedChecker();
    const text = (n: number) => "the refugees waited at the border near the river ".repeat(n);
    await expectLinear((n) => checker.checkBlock(block(text(n)), "-"), 500);
  }, 60_000);
});

describe("many facts sharing one subject and event", () => {
  it("a claim that names no place costs the same with 8 times the facts", async () => {
    const small = tempDir("factcheck-facts-");
    const large = tempDir("factcheck-facts-");
    // (500 and 4,000 facts: loading them is most of this test's time; npm run bench measures
    // 1,250 against 10,000)
    writeFactBase(small, 500);
    writeFactBase(large, 4000);
    const checkers = new Map<number, Checker>();
    for (const [n, dir] of [[500, small], [4000, large]] as const) {
      const fb = await loadFactBase([dir]);
      checkers.set(n, new Checker(fb, buildTermIndex(fb), { judge: DEFAULT_JUDGE_OPTIONS }));
    }
    const claims = block(Array.from({ length: 20 }, (_, i) => `${1000 + i} civilians were killed.`).join(" "));
    // (n = 500 facts: 8n is the larger base; time per run of the same 20 claims)
    await expectLinear((n) => checkers.get(n === 500 ? 500 : 4000)!.checkBlock(claims, "-"), 500, 3);
  }, 120_000);
});

