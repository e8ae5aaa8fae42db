// Reports written as they go (json, unix; src/commands/check.ts): the same claims in the same
// order as a report held whole, for drafts of many chunks of blocks and several files.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/engine.js";
import { loadFacts } from "../../src/load-facts.js";
import { DEFAULT_JUDGE_OPTIONS, type ClaimResult } from "../../src/types.js";
import { cli, tempDir } from "../hardening/helpers.js";

const dir = tempDir("factcheck-stream-");
const paragraphs = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => `${300 + ((i + offset) % 90)} refugees crossed into Tajikistan on day ${i + 1}.`).join("\n\n");
// 700 paragraphs: more than two chunks of blocks; a disable comment in the middle.
writeFileSync(join(dir, "a.md"), `${paragraphs(350)}\n\n<!-- factcheck-disable-next-line -->\n45 Danes were killed.\n\n${paragraphs(350, 7)}\n`);
writeFileSync(join(dir, "b.md"), `${paragraphs(20, 3)}\n`);

describe("a report written as it goes", () => {
  it("gives the claims of a whole report, in order, with the same suppressions", async () => {
    const loaded = await loadFacts([]);
    const files = [join(dir, "a.md"), join(dir, "b.md")];
    const whole = await runCheck(files, { facts: [], loaded, judge: DEFAULT_JUDGE_OPTIONS, jobs: 1 });
    const streamed: ClaimResult[] = [];
    const rest = await runCheck(files, { facts: [], loaded, judge: DEFAULT_JUDGE_OPTIONS, jobs: 1, onResult: (r) => void streamed.push(r) });
    expect(whole.results.length).toBe(720);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole.results));
    expect(rest.results).toEqual([]);
    expect(rest.summary).toEqual(whole.summary);
    expect(rest.suppressed).toEqual(whole.suppressed);
    expect(whole.suppressed).toHaveLength(1);
  });

  it("writes the same JSON to standard output and to --output-file, which appears only when complete", async () => {
    const out = join(dir, "nested", "report.json");
    const a = await cli(["-f", "json", "-j", "1", join(dir, "b.md")]);
    const b = await cli(["-f", "json", "-j", "1", "-o", out, join(dir, "b.md")]);
    expect(b.stdout).toBe("");
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(out, "utf8")).toBe(a.stdout);
    expect(JSON.parse(a.stdout).results).toHaveLength(20);
  });
});
