// The engine (src/engine.ts) when checking one sentence fails with an internal error, a bug: that
// sentence is left out and reported as a notice naming its file, line and column, the rest of the
// input is checked, and the run exits 2 — a report is never cut short. With failFast
// (FACTCHECK_DEBUG=1) the error ends the run, for its stack.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { exitCode, runCheck } from "../src/engine.js";
import { loadFacts } from "../src/load-facts.js";
import { Matcher } from "../src/match/index.js";
import { DEFAULT_JUDGE_OPTIONS } from "../src/types.js";
import { tempDir } from "./hardening/helpers.js";

const dir = tempDir("factcheck-engine-");
const TRAP = "Kaboom";

describe("a sentence whose check fails with an internal error", () => {
  beforeEach(() => {
    // (a bug stood in for: the matcher throws on one sentence)
    const real = Matcher.prototype.matchSentence;
    vi.spyOn(Matcher.prototype, "matchSentence").mockImplementation(function (this: Matcher, text: string, ...rest) {
      if (text.includes(TRAP)) throw new TypeError("Cannot read properties of undefined (reading 'tok')");
      return real.call(this, text, ...rest);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it("is left out and reported with its file, line and column; the rest is checked; the run exits 2", async () => {
    const loaded = await loadFacts([]);
    const draft = join(dir, "draft.md");
    writeFileSync(draft, `# Draft\n\n347 refugees crossed into Tajikistan.\n\nThe ${TRAP} camp held 500 people.\n\n44 Danes were killed.\n`);
    const report = await runCheck([draft], { facts: [], loaded, judge: DEFAULT_JUDGE_OPTIONS, jobs: 1 });
    expect(report.results.map((r) => r.claim)).toEqual(["347 refugees crossed into Tajikistan.", "44 Danes were killed."]);
    expect(report.notices).toEqual([expect.objectContaining({ kind: "internal-error", file: draft, line: 5, column: 1 })]);
    expect(report.notices?.[0].message).toMatch(/^internal error, this sentence was not checked: Cannot read properties/);
    expect(exitCode(report, "mismatch")).toBe(2);
  });

  it("in a claim given as an argument, too", async () => {
    const loaded = await loadFacts([]);
    const report = await runCheck([`347 refugees crossed into Tajikistan. The ${TRAP} camp held 500 people.`], { facts: [], loaded, judge: DEFAULT_JUDGE_OPTIONS });
    expect(report.results).toHaveLength(1);
    expect(report.notices).toEqual([expect.objectContaining({ kind: "internal-error", file: "-", line: 1, column: 39 })]);
    expect(exitCode(report, "mismatch")).toBe(2);
  });

  it("ends the run with failFast (FACTCHECK_DEBUG=1)", async () => {
    const loaded = await loadFacts([]);
    await expect(runCheck([`The ${TRAP} camp held 500 people.`], { facts: [], loaded, judge: DEFAULT_JUDGE_OPTIONS, failFast: true })).rejects.toThrow(TypeError);
  });
});
