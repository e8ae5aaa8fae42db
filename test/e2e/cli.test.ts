import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { BIN, cli, factcheck, json, ROOT } from "./run.js";

describe("factcheck CLI (end to end)", () => {
  it("checks one claim given as an argument, with its source (the built CLI, in a process of its own)", () => {
    const r = factcheck(["347 refugees crossed into Tajikistan"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("✔ match");
    expect(r.stdout).toContain("Grænsevagter i Tadsjikistan siger onsdag, at 347 flygtninge");
    expect(r.stdout).toMatch(/dk-2021-07-afghan-refugees ¶2 \[refugees-crossed-into-tajikistan\]/);
    expect(r.stdout).toMatch(/✔ 0 mismatches, 0 close, 0 unverified, 1 match/);
    expect(r.stderr).toBe("");
  });

  it("exits 1 on a mismatch and names both figures", async () => {
    const r = await cli(["600 refugees crossed into Tajikistan"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("✖ mismatch");
    expect(r.stdout).toMatch(/600 vs 347/);
  });

  it("reads claims from stdin, one or more per line, with line numbers", async () => {
    const r = await cli(["--format", "json"], { input: "Two babies died.\nNo figure here.\n44 danskere blev dræbt. 2448 amerikanere er dræbt.\n" });
    expect(r.status).toBe(0);
    const report = json(r);
    expect(report.results.map((x: any) => [x.location.line, x.location.column, x.verdict])).toEqual([
      [1, 1, "match"],
      [3, 1, "match"],
      [3, 25, "match"],
    ]);
  });

  it("reads stdin for '-'", async () => {
    const r = await cli(["-", "--format", "json"], { input: "Bin Laden was killed in 2012.\n" });
    expect(r.status).toBe(1);
    expect(json(r).results[0].verdict).toBe("mismatch");
  });

  it("gives the documented JSON shape", async () => {
    const r = await cli(["--format", "json", "347 refugees crossed into Tajikistan", "France lost 90 soldiers in Afghanistan."]);
    const report = json(r);
    expect(report.summary).toEqual({ claims: 2, match: 1, close: 0, mismatch: 0, unverified: 1, files: 0 });
    const [a, b] = report.results;
    expect(a).toMatchObject({
      claim: "347 refugees crossed into Tajikistan",
      location: { file: "-", line: 1, column: 1 },
      verdict: "match",
    });
    expect(a.checks[0]).toMatchObject({
      figure: { text: "347", value: 347, kind: "count", qualifier: "exact" },
      verdict: "match",
      fact: { value: 347 },
      source: { date: "2021-07", paragraph: 2 },
    });
    expect(typeof a.checks[0].reason).toBe("string");
    expect(typeof a.checks[0].fact.id).toBe("string");
    expect(typeof a.checks[0].fact.statement).toBe("string");
    expect(typeof a.checks[0].source.document).toBe("string");
    expect(typeof a.checks[0].source.title).toBe("string");
    expect(a.checks[0].source.quote).toContain("347 flygtninge");
    expect(b.location.line).toBe(2);
    expect(b.checks[0]).toMatchObject({ verdict: "unverified", fact: null, source: null });
  });

  it("says plainly when there is no figure (exit 0)", async () => {
    const r = await cli(["The Taliban took several districts."]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no figure/i);
  });

  it("--fail-on decides the exit code", async () => {
    expect((await cli(["340 refugees crossed into Tajikistan"])).status).toBe(0);
    expect((await cli(["--fail-on", "close", "340 refugees crossed into Tajikistan"])).status).toBe(1);
    expect((await cli(["France lost 90 soldiers."])).status).toBe(0);
    expect((await cli(["--fail-on", "unverified", "France lost 90 soldiers."])).status).toBe(1);
  });

  it("--quiet shows mismatches only (by default: what fails the run)", async () => {
    const r = await cli(["--quiet", "347 refugees crossed into Tajikistan", "5 babies died."]);
    expect(r.stdout).not.toContain("347 refugees");
    expect(r.stdout).toContain("5 babies died");
  });

  it("--verbose says why facts were or were not tied", async () => {
    const r = await cli(["--verbose", "44 Danes were killed."]);
    expect(r.stdout).toMatch(/tied: /);
  });

  it("--tolerance and --close-tolerance change verdicts", async () => {
    expect((await cli(["--format", "json", "About 3,000 Americans were killed."])).status).toBe(1);
    expect((await cli(["--tolerance", "0.3", "About 3,000 Americans were killed."])).status).toBe(0);
    expect(json(await cli(["--format", "json", "--close-tolerance", "0.01", "340 refugees crossed into Tajikistan"])).results[0].verdict).toBe("mismatch");
  });

  it("--lang forces the language of the number reader", async () => {
    const da = json(await cli(["--format", "json", "--lang", "da", "20.722 Americans were wounded."]));
    expect(da.results[0].checks[0].figure.value).toBe(20722);
  });

  it("uses colour only when asked", async () => {
    expect((await cli(["347 refugees crossed into Tajikistan"])).stdout).not.toContain("\u001b[");
    expect((await cli(["347 refugees crossed into Tajikistan"], { env: { FORCE_COLOR: "1" } })).stdout).toContain("\u001b[");
    expect((await cli(["--no-color", "347 refugees crossed into Tajikistan"], { env: { FORCE_COLOR: "1" } })).stdout).not.toContain("\u001b[");
    expect((await cli(["347 refugees crossed into Tajikistan"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });

  it("works from any working directory with the shipped fact base (the built CLI)", () => {
    const r = factcheck(["--format", "json", "44 Danes died in Afghanistan."], { cwd: tmpdir() });
    expect(json(r).results[0].verdict).toBe("match");
  });

  it("loads a fact base given with --facts (the shipped folder, from YAML)", async () => {
    const r = await cli(["--facts", join(ROOT, "facts"), "--format", "json", "20,722 Americans were wounded."]);
    expect(json(r).results[0].verdict).toBe("match");
  });

  it("a broken fact base is one line file:line:col and exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-bad-"));
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "facts:\n  - id: x\n    statment: typo\n");
    const r = await cli(["--facts", file, "347 refugees"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^factcheck: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a missing fact base path is exit 2", async () => {
    const r = await cli(["--facts", "/nonexistent/facts.yaml", "347 refugees"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^factcheck: .*nonexistent/);
  });

  it("usage errors exit 2; --help and --version exit 0", async () => {
    expect((await cli(["--no-such-option"])).status).toBe(2);
    expect((await cli(["--format", "xml", "347"])).status).toBe(2);
    expect((await cli(["--tolerance", "abc", "347"])).status).toBe(2);
    const help = await cli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--fail-on");
    expect((await cli(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("several fact bases", () => {
  const both = ["--facts", "facts", "--facts", "test/fixtures/factbases/conflict", "--format", "json"];

  it("takes the verdict from the most recent source and names the disagreement", async () => {
    const report = json(await cli([...both, "2,448 Americans were killed in Afghanistan.", "2,461 Americans were killed in Afghanistan."]));
    const [old, recent] = report.results.map((r: any) => r.checks[0]);
    expect(old.verdict).toBe("mismatch");
    expect(old.fact.id).toBe("americans-killed-update");
    expect(old.reason).toMatch(/sources disagree/);
    expect(old.reason).not.toMatch(/another fact/);
    expect(old.disagreeing.map((d: any) => [d.fact.id, d.verdict, d.source.date])).toEqual([["americans-killed-afghanistan", "match", "2021-07"]]);
    expect(recent.verdict).toBe("match");
    expect(recent.disagreeing[0].fact.display).toBe("2,448");
  });

  it("shows each stored figure with its source in text output", async () => {
    const r = await cli(["--facts", "facts", "--facts", "test/fixtures/factbases/conflict", "2,448 Americans were killed in Afghanistan."]);
    expect(r.stdout).toContain("test-2021-09-casualty-update, 2021-09-01 ¶2 [americans-killed-update]");
    expect(r.stdout).toContain("another source says 2,448");
    expect(r.stdout).toContain("2448 amerikanere er blevet dræbt");
  });

  it("FACTCHECK_FACTS lists fact bases too", async () => {
    const r = await cli(["--format", "json", "2,461 Americans were killed in Afghanistan."], {
      env: { FACTCHECK_FACTS: ["facts", "test/fixtures/factbases/conflict"].join(process.platform === "win32" ? ";" : ":") },
    });
    expect(json(r).results[0].verdict).toBe("match");
  });
});

describe("a long stream of claims on stdin", () => {
  it("is checked in bounded memory: results are written as they come", { timeout: 120_000 }, async () => {
    const lines = 60_000;
    const input = "Two babies died.\n".repeat(lines - 1) + "5 babies died.\n";
    // A 48 MB heap cannot hold 60,000 results (with their checks, facts and sources): written to
    // --output-file (the whole report at the end) the same stream aborts.
    const r = spawnSync(process.execPath, ["--max-old-space-size=48", BIN, "--format", "unix"], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`-:${lines}:1: mismatch: 5 vs 2: the source says 2, not 5 [babies-died-crossing-border]\n`);
    const j = spawnSync(process.execPath, ["--max-old-space-size=48", BIN, "--format", "json"], { input: "Two babies died.\n".repeat(10_000), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    expect(j.status).toBe(0);
    expect(JSON.parse(j.stdout).summary.match).toBe(10_000);
  });
});
