// Linear time on any input (issue 9): each test times an input of size n and of size 8n in one
// run and fails when the larger takes more than 12 times as long — a ratio, so it holds on a busy
// machine. (Quadratic code takes 64 times as long.)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMarkdown, markdownBlocks } from "../../src/input/markdown.js";
import { cli, expectLinear, tempDir } from "./helpers.js";

const dir = tempDir("factcheck-complexity-");
const wrapped = (line: string) => (n: number) => line.repeat(n);
const withFigure = wrapped("347 refugees crossed the border into Tajikistan on that day.\n");
const withMarkup = wrapped("The refugees crossed *the* border into [the country](x) after a long march.\n");

describe("a hard-wrapped Markdown paragraph of n lines", () => {
  // Through the whole check: the Markdown stage alone is bound by markdown-it's own memory
  // traffic (about 9x for 8x the lines on this machine), too near the limit to measure alone.
  it.each([
    ["no figure, emphasis and links", withMarkup],
    ["a claim a line", withFigure],
  ])("as a draft: %s", async (_, text) => {
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
    await expectLinear((n) => markdownBlocks(nested(n), md), 1500);
  }, 60_000);
});
