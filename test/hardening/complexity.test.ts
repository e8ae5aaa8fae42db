// Linear time on any input (issue 9): each test times an input of size n and of size 8n in one
// run and fails when the larger takes more than 12 times as long — a ratio, so it holds on a busy
// machine. (Quadratic code takes 64 times as long.)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMarkdown, markdownBlocks } from "../../src/input/markdown.js";
import { cli, tempDir } from "./helpers.js";

const LIMIT = 12;

/** Best of `runs` timings of f(n), after one warm-up at n. */
async function time(f: (n: number) => unknown, n: number, runs: number): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    await f(n);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

async function expectLinear(f: (n: number) => unknown, n: number): Promise<void> {
  await f(n); // warm-up
  const small = await time(f, n, 3);
  const large = await time(f, 8 * n, 1);
  expect(large, `n = ${n}: ${small.toFixed(1)} ms; 8n: ${large.toFixed(1)} ms`).toBeLessThan(LIMIT * small);
}

const dir = tempDir("factcheck-complexity-");
const wrapped = (line: string) => (n: number) => line.repeat(n);
const noFigure = wrapped("The refugees crossed the border into the country after a long march.\n");
const withFigure = wrapped("347 refugees crossed the border into Tajikistan on that day.\n");
const withMarkup = wrapped("The refugees crossed *the* border into [the country](x) after a long march.\n");

describe("a hard-wrapped Markdown paragraph of n lines", () => {
  it.each([
    ["no figure", noFigure],
    ["a claim a line", withFigure],
    ["emphasis and links", withMarkup],
  ])("the Markdown stage: %s", async (_, text) => {
    const md = await loadMarkdown();
    await expectLinear((n) => markdownBlocks(text(n), md), 2000);
  }, 60_000);

  it.each([
    ["no figure", noFigure],
    ["a claim a line", withFigure],
  ])("the whole check, as a draft: %s", async (_, text) => {
    const file = join(dir, "wrapped.md");
    await expectLinear(async (n) => {
      writeFileSync(file, text(n));
      const r = await cli(["-f", "unix", file]);
      expect(r.stderr).toBe("");
    }, 1000);
  }, 120_000);
});

describe("a list nested n deep (up to the nesting limit)", () => {
  it("the Markdown stage", async () => {
    const md = await loadMarkdown();
    const nested = (n: number) => `${Array.from({ length: n }, (_, i) => `${"> ".repeat(Math.min(i, 100))}- 347 refugees`).join("\n")}\n`;
    await expectLinear((n) => markdownBlocks(nested(n), md), 200);
  }, 60_000);
});
