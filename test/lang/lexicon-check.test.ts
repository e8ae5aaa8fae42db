// The shipped lexicon passes its own check (scripts/check-lexicon.mjs): every concept has phrases
// in every language, references resolve, no cycles. The check had reported one error ("manage" had
// no Danish phrases) for several sessions without any test noticing.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the shipped lexicon", () => {
  it("has no errors", () => {
    const run = spawnSync(process.execPath, ["scripts/check-lexicon.mjs"], { encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).toMatch(/; 0 errors, \d+ warnings/);
    expect(run.status).toBe(0);
  });
});
