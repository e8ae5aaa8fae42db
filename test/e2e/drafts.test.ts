import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { cli, json, ROOT } from "./run.js";

const LABELLED = join(ROOT, "test/fixtures/drafts-labelled");
const RANK: Record<string, number> = { match: 0, unverified: 1, close: 2, mismatch: 3 };

interface LineKey {
  accept: string[];
  value?: string[];
}

/** Score labelled drafts the way the shared development scorer does. */
async function scoreDrafts(): Promise<{ failures: string[]; n: number }> {
  const key = JSON.parse(readFileSync(join(LABELLED, "key.json"), "utf8")) as Record<string, { lines: Record<string, LineKey>; silent: number[] }>;
  const failures: string[] = [];
  let n = 0;
  for (const [file, spec] of Object.entries(key)) {
    const r = await cli(["--format", "json", join("test/fixtures/drafts-labelled", file)]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(json(r).summary.mismatch > 0 ? 1 : 0);
    const byLine = new Map<number, any[]>();
    for (const res of json(r).results) byLine.set(res.location.line, [...(byLine.get(res.location.line) ?? []), res]);
    for (const [line, item] of Object.entries(spec.lines)) {
      n++;
      const results = byLine.get(Number(line)) ?? [];
      const verdict = results.reduce((w: string, x: any) => (RANK[x.verdict] > RANK[w] ? x.verdict : w), results.length ? "match" : "unverified");
      const facts = JSON.stringify(results.flatMap((x: any) => x.checks.map((c: any) => c.fact).filter(Boolean))).toLowerCase();
      if (!item.accept.includes(verdict)) failures.push(`${file}:${line}: ${verdict}, expected ${item.accept.join("|")}`);
      else if (item.value && verdict !== "unverified" && !item.value.some((v) => facts.includes(v.toLowerCase())))
        failures.push(`${file}:${line}: ${verdict} but no cited fact has ${item.value.join("|")}`);
    }
    for (const line of spec.silent) if (byLine.has(line)) failures.push(`${file}:${line}: must not be checked`);
    for (const [line, results] of byLine) {
      if (spec.lines[String(line)] || spec.silent.includes(line)) continue;
      if (results.some((x: any) => x.verdict === "mismatch" || x.verdict === "close")) failures.push(`${file}:${line}: flagged on a line with no error`);
    }
  }
  return { failures, n };
}

describe("drafts (end to end)", () => {
  it("labelled fixture drafts: every keyed line right, silent lines silent, no false alarms", async () => {
    const { failures, n } = await scoreDrafts();
    expect(n).toBeGreaterThanOrEqual(15);
    expect(failures).toEqual([]);
  });

  it("walks folders in a stable order and reports exact positions", async () => {
    const r = await cli(["--format", "unix", "test/fixtures/drafts-labelled"]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("test/fixtures/drafts-labelled/flygtninge.md:10:13: mismatch: 45 vs 44: the source says 44, not 45 [danes-killed-afghanistan]");
    const files = lines.map((l) => l.split(":")[0]);
    expect(files).toEqual([...files].sort());
    expect(lines).toContain("test/fixtures/drafts-labelled/kabul-brief.md:37:39: mismatch: Sunday vs Monday: the weekday is wrong: the source says Monday, not Sunday [miller-handed-over-command-monday]");
  });

  it("text output is grouped by file with a summary", async () => {
    const r = await cli(["test/fixtures/drafts-labelled/wire.txt", "test/fixtures/drafts-labelled/flygtninge.md"]);
    const out = r.stdout;
    expect(out.indexOf("wire.txt")).toBeLessThan(out.indexOf("flygtninge.md"));
    expect(out).toMatch(/\n {2}4:1 +✖ mismatch +Nearly 3,000 vs 2,448/);
    expect(out).toMatch(/✖ \d+ mismatch(es)?, \d+ close, \d+ unverified, \d+ match(es)? in 2 files \(2 claims suppressed\)\n$/);
  });

  it("a missing file is an error; a binary file is skipped with a warning; invalid UTF-8 is read as U+FFFD, with a warning", async () => {
    const missing = await cli(["drafts/missing.md"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^factcheck: drafts\/missing\.md: no such file/);
    const dir = mkdtempSync(join(tmpdir(), "factcheck-bin-"));
    writeFileSync(join(dir, "a.md"), Buffer.from([0x34, 0x34, 0x00, 0x01]));
    writeFileSync(join(dir, "b.txt"), Buffer.from([0x34, 0x34, 0x20, 0xff, 0xfe, 0x0a, 0x36, 0x30, 0x30, 0x20, 0x72, 0x65, 0x66, 0x75, 0x67, 0x65, 0x65, 0x73, 0x20, 0x63, 0x72, 0x6f, 0x73, 0x73, 0x65, 0x64, 0x20, 0x69, 0x6e, 0x74, 0x6f, 0x20, 0x54, 0x61, 0x6a, 0x69, 0x6b, 0x69, 0x73, 0x74, 0x61, 0x6e, 0xff]));
    copyFileSync(join(LABELLED, "wire.txt"), join(dir, "c.txt"));
    const r = await cli(["--format", "json", dir]);
    expect(r.status).toBe(1);
    const report = json(r);
    expect(report.warnings).toEqual([`${join(dir, "a.md")}: skipped: binary file`, `${join(dir, "b.txt")}:1:4: not valid UTF-8: invalid bytes are read as U+FFFD`]);
    expect(report.summary.files).toBe(3);
    // b.txt is checked: "600 refugees crossed into Tajikistan\uFFFD" on line 2 is a mismatch
    expect(report.results.filter((x: any) => x.location.file.endsWith("b.txt")).map((x: any) => [x.location.line, x.verdict])).toEqual([
      [1, "unverified"],
      [2, "mismatch"],
    ]);
  });

  it("stdin with --stdin-filename is read as that kind of file", async () => {
    const text = readFileSync(join(LABELLED, "kabul-brief.md"), "utf8");
    const r = await cli(["--format", "json", "--stdin-filename", "drafts/brief.md", "-"], { input: text });
    const report = json(r);
    expect(report.results.every((x: any) => x.location.file === "drafts/brief.md")).toBe(true);
    expect(report.results.some((x: any) => x.location.line === 23)).toBe(false); // fenced code
  });

  it("--no-inline-config ignores disable comments; unused directives can be listed", async () => {
    const on = json(await cli(["--format", "json", join("test/fixtures/drafts-labelled", "wire.txt")]));
    const off = json(await cli(["--format", "json", "--no-inline-config", join("test/fixtures/drafts-labelled", "wire.txt")]));
    expect(on.results.some((x: any) => x.location.line === 3)).toBe(false);
    expect(off.results.some((x: any) => x.location.line === 3 && x.verdict === "mismatch")).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "factcheck-unused-"));
    writeFileSync(join(dir, "a.md"), "<!-- factcheck-disable-next-line -->\nNo figure here.\n\n347 refugees crossed into Tajikistan.\n");
    const r = await cli(["--report-unused-disable-directives", join(dir, "a.md")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${join(dir, "a.md")}:1:1: unused factcheck-disable-next-line directive`);
    expect((await cli([join(dir, "a.md")])).status).toBe(0);
  });

  it("github format: annotations for each finding, mismatches first", async () => {
    const r = await cli(["--format", "github", "test/fixtures/drafts-labelled/wire.txt"]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^::error file=test\/fixtures\/drafts-labelled\/wire\.txt,line=4,col=1,endColumn=13,title=factcheck%3A mismatch::/);
    expect(lines.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("::notice"))).toBe(false);
    const verbose = await cli(["--format", "github", "--fail-on", "unverified", "test/fixtures/drafts-labelled/wire.txt"]);
    expect(verbose.stdout).toMatch(/^::notice /m);
  });

  it("sarif format validates against the SARIF 2.1.0 schema, with repo-relative URIs", async () => {
    const r = await cli(["--format", "sarif", "test/fixtures/drafts-labelled"]);
    const sarif = json(r);
    const schema = JSON.parse(readFileSync(join(ROOT, "test/fixtures/sarif/sarif-schema-2.1.0.json"), "utf8"));
    // CommonJS packages: under NodeNext their default import is module.exports.
    const ajv = new AjvDraft04.default({ strict: false, allErrors: true });
    ajvFormats.default(ajv as never);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const uris = sarif.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain("test/fixtures/drafts-labelled/wire.txt");
    expect(sarif.runs[0].results[0].partialFingerprints).toBeTruthy();
  });

  it("--output-file writes the report and still sets the exit code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-out-"));
    const out = join(dir, "report.sarif");
    const r = await cli(["--format", "sarif", "--output-file", out, "test/fixtures/drafts-labelled/wire.txt"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe("2.1.0");
    const nested = await cli(["--output-file", join(dir, "no/such/dir/r.txt"), "347 refugees"]);
    expect(nested.status).toBe(0); // missing folders are made
    expect(readFileSync(join(dir, "no/such/dir/r.txt"), "utf8")).toMatch(/nothing to check|unverified/);
    const folder = await cli(["--output-file", dir, "347 refugees"]);
    expect([folder.status, folder.stderr]).toEqual([2, `factcheck: ${dir}: cannot write the report: is a folder\n`]);
    writeFileSync(join(dir, "file"), "");
    const under = await cli(["--output-file", join(dir, "file/r.txt"), "347 refugees"]);
    expect([under.status, under.stderr]).toEqual([2, `factcheck: ${join(dir, "file/r.txt")}: cannot write the report: a part of the path is a file, not a folder\n`]);
  });

  it("-o - is standard output, for the report and for extract's draft (no file named '-')", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-dash-"));
    const r = await cli(["--format", "unix", "-o", "-", "3,470 refugees crossed into Tajikistan"], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([1, expect.stringMatching(/^-:1:1: mismatch: 3,470 vs 347/)]);
    writeFileSync(join(dir, "storm.txt"), "Storm\n\nVEJLE, 21 October 2024 – The storm felled 4,200 trees.\n");
    const x = await cli(["extract", "storm.txt", "-o", "-"], { cwd: dir });
    expect([x.status, x.stdout]).toEqual([0, expect.stringContaining("value: 4200")]);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it("--jobs splits a large file at block boundaries: the same report, directives honoured across the parts", async () => {
    const { runCheck, chunkBlocks } = await import("../../src/engine.js");
    const dir = mkdtempSync(join(tmpdir(), "factcheck-split-"));
    const para = (i: number) => `Paragraph ${i}: ${i % 7 === 0 ? "600" : "347"} refugees crossed into Tajikistan, border guards said.\n\n`;
    const body = Array.from({ length: 400 }, (_, i) => para(i)).join("");
    const file = join(dir, "big.md");
    // a disable at the top used only far below, an unused one at the end
    writeFileSync(file, `<!-- factcheck-disable -->\n\n${para(7)}<!-- factcheck-enable -->\n\n${body}<!-- factcheck-disable-next-line -->\n`);
    const options = { facts: [], judge: { tolerance: 0.1, closeTolerance: 0.05 }, reportUnused: true, splitBytes: 8 * 1024 };
    const one = await runCheck([file], { ...options, jobs: 1 });
    const two = await runCheck([file], { ...options, jobs: 2, splitSingleFile: true });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.summary.claims).toBe(400);
    expect(one.suppressed).toHaveLength(1);
    expect(one.warnings).toEqual([`${file}:807:1: unused factcheck-disable-next-line directive (nothing was suppressed)`]);
    // the file is cut into chunks of whole blocks, about four per thread
    const blocks = Array.from({ length: 100 }, (_, i) => ({ text: "x".repeat(100 + i), spans: [{ offset: 0, line: i + 1, column: 1 }] }));
    const chunks = chunkBlocks(blocks, 2, 1000);
    expect(chunks.length).toBeGreaterThanOrEqual(7);
    expect(chunks.length).toBeLessThanOrEqual(9);
    expect(chunks.flat()).toEqual(blocks);
  }, 60_000);

  it("--jobs gives the same output in the same order", async () => {
    const one = await cli(["--jobs", "1", "--format", "json", "test/fixtures/drafts-labelled", "test/fixtures/drafts"]);
    const two = await cli(["--jobs", "2", "--format", "json", "test/fixtures/drafts-labelled", "test/fixtures/drafts"]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
  });
});

describe("configuration file", () => {
  function project(config: string): string {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-config-"));
    mkdirSync(join(dir, "drafts/old"), { recursive: true });
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, ".factcheckrc.yaml"), config);
    writeFileSync(join(dir, "drafts/a.md"), "About 3,000 Americans were killed.\n\n340 refugees crossed into Tajikistan.\n");
    writeFileSync(join(dir, "drafts/old/b.md"), "600 refugees crossed into Tajikistan.\n");
    return dir;
  }

  it("is found by walking up; its options apply; ignore globs skip files", async () => {
    const dir = project("failOn: close\ntolerance: 0.3\nignore: ['drafts/old/**']\nformat: json\n");
    const r = await cli(["../drafts"], { cwd: join(dir, "sub") });
    expect(r.status).toBe(1); // the close claim fails with failOn: close
    const report = json(r);
    expect(report.results.map((x: any) => x.verdict)).toEqual(["match", "close"]);
  });

  it("command-line options win; --no-config ignores it; --config names one", async () => {
    const dir = project("failOn: close\nformat: json\n");
    expect((await cli(["--fail-on", "mismatch", "--format", "json", "drafts/a.md"], { cwd: dir })).status).toBe(1); // the hedge fails at 10%
    expect((await cli(["--no-config", "drafts/a.md"], { cwd: dir })).stdout).toMatch(/^drafts\/a\.md$/m);
    writeFileSync(join(dir, "other.yml"), "tolerance: 0.3\nfailOn: mismatch\n");
    expect((await cli(["--config", "other.yml", "drafts/a.md"], { cwd: dir })).status).toBe(0);
  });

  it("facts paths are relative to the config file", async () => {
    const dir = project(`facts: ['${join(ROOT, "facts").replace(/'/g, "''")}', '${join(ROOT, "test/fixtures/factbases/conflict")}']\n`);
    const r = await cli(["--format", "json", "2,461 Americans were killed in Afghanistan."], { cwd: dir });
    expect(json(r).results[0].verdict).toBe("match");
  });

  it("a bad config is file:line:col and exit 2", async () => {
    const dir = project("failOn: close\nfromat: json\n");
    const r = await cli(["drafts/a.md"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^factcheck: .*\.factcheckrc\.yaml:2:1: /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const missing = await cli(["--config", "nope.yaml", "drafts/a.md"], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(existsSync(join(dir, "nope.yaml"))).toBe(false);
  });
});
