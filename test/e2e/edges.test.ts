// The sharp edges a new user hit (issue 10), each where the user sees it: the command line, run
// in-process (test/e2e/run.ts `cli`) unless a real process is the point.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cli, json, ROOT } from "./run.js";

const tmp = mkdtempSync(join(tmpdir(), "factcheck-edges-"));
const put = (path: string, text: string | Buffer): string => {
  const file = join(tmp, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
};

/** A user's fact base that names the shipped concepts (danes, killed) without defining them. */
function userBase(): string {
  put("mybase/my.txt", "12 border guards were killed.\n");
  put(
    "mybase/base.yaml",
    [
      "document: { id: my-doc, title: My doc, language: en, date: 2022-01-01, text: my.txt }",
      "facts:",
      "  - id: my-fact",
      "    statement: 12 border guards were killed.",
      "    figure: { kind: count, value: 12 }",
      "    terms: { subject: [border-guards], event: [kill] }",
      "    quote: 12 border guards were killed.",
      "    paragraph: 1",
      "",
    ].join("\n"),
  );
  return join(tmp, "mybase");
}

describe("1. a mistyped folder is an error, not a pass", () => {
  it.each([["drafs/"], ["facts/"], ["drafts\\"], ["drafts/wire"]])("%s: no such file, exit 2, in every format", async (arg) => {
    for (const format of ["text", "github"]) {
      const r = await cli([arg, "--format", format], { cwd: tmp });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, "", `factcheck: ${arg}: no such file\n`]);
    }
  });

  it("a folder with no draft in it says so", async () => {
    mkdirSync(join(tmp, "empty"), { recursive: true });
    const r = await cli(["empty", "--format", "github"], { cwd: tmp });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("::warning file=empty,title=factcheck%3A no drafts::no draft (.md, .markdown or .txt) to check in this folder\n");
  });
});

describe("2. a failing run says why, in every format", () => {
  const draft = () => put("unused/a.md", "<!-- factcheck-disable-next-line -->\nNo figure here.\n\n347 refugees crossed into Tajikistan.\n");

  it.each([
    ["unix", (out: string, f: string) => expect(out).toBe(`${f}:1:1: warning: unused factcheck-disable-next-line directive (nothing was suppressed)\n`)],
    ["github", (out: string, f: string) => expect(out).toBe(`::warning file=${f},line=1,col=1,title=factcheck%3A unused directive::unused factcheck-disable-next-line directive (nothing was suppressed)\n`)],
    ["json", (out: string, f: string) => expect(JSON.parse(out).warnings).toEqual([`${f}:1:1: unused factcheck-disable-next-line directive (nothing was suppressed)`])],
    ["sarif", (out: string, f: string) => expect(JSON.parse(out).runs[0].results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri])).toEqual([["factcheck/unused-disable-directive", f]])],
    ["text", (out: string, f: string) => expect(out).toContain(`warning: ${f}:1:1: unused factcheck-disable-next-line directive`)],
    ["html", (out: string, f: string) => expect(out).toContain(`<div class="warnings" role="note"><strong>Warnings</strong><ul><li>${f}:1:1: unused factcheck-disable-next-line directive (nothing was suppressed)</li></ul></div>`)],
  ])("--report-unused-disable-directives -f %s: exit 1 and the directive named", async (format, check) => {
    draft();
    const r = await cli(["--report-unused-disable-directives", "-f", format, "unused/a.md"], { cwd: tmp });
    expect(r.status).toBe(1);
    check(r.stdout, "unused/a.md");
  });
});

describe("3. disable-next-line covers exactly the next line", () => {
  it("not the line after a blank line", async () => {
    put("d3/blank.md", "<!-- factcheck-disable-next-line -->\n\n45 Danes were killed.\n");
    const r = await cli(["--report-unused-disable-directives", "-f", "unix", "d3/blank.md"], { cwd: tmp });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      "d3/blank.md:3:1: mismatch: 45 vs 44: the source says 44, not 45 [danes-killed-afghanistan]\n" +
        "d3/blank.md:1:1: warning: unused factcheck-disable-next-line directive (nothing was suppressed)\n",
    );
  });

  it("not past an enable comment: the next paragraph is checked and the directive is unused", async () => {
    put("d3/enable.md", "<!-- factcheck-disable -->\nQuiet 600 things.\n<!-- factcheck-disable-next-line -->\n<!-- factcheck-enable -->\n\n45 Danes were killed.\n");
    const r = await cli(["--report-unused-disable-directives", "-f", "unix", "d3/enable.md"], { cwd: tmp });
    expect(r.stdout).toBe(
      "d3/enable.md:6:1: mismatch: 45 vs 44: the source says 44, not 45 [danes-killed-afghanistan]\n" +
        "d3/enable.md:3:1: warning: unused factcheck-disable-next-line directive (nothing was suppressed)\n",
    );
  });

  it("a file whose claims were all suppressed says so, and they are not checked", async () => {
    put("d3/all.md", "<!-- factcheck-disable -->\n45 Danes were killed.\n\n600 refugees crossed into Tajikistan.\n\nThe war cost 2,000 Americans their lives.\n");
    const text = await cli(["d3/all.md"], { cwd: tmp });
    expect([text.status, text.stdout]).toEqual([0, "no claim checked: 3 claims suppressed\n"]);
    const report = json(await cli(["-f", "json", "d3/all.md"], { cwd: tmp }));
    expect(report.summary.claims).toBe(0);
    expect(report.suppressed.map((s: any) => [s.claim, s.location.line])).toEqual([
      ["45 Danes were killed.", 2],
      ["600 refugees crossed into Tajikistan.", 4],
      ["The war cost 2,000 Americans their lives.", 6],
    ]);
  });
});

describe("7. the shipped fact base by name", () => {
  it("--facts builtin adds it to a user's base, from any folder; an unknown concept hints at it", async () => {
    const base = userBase();
    const alone = await cli(["--facts", base, "12 border guards were killed"], { cwd: tmpdir() });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toBe(`factcheck: ${join(base, "base.yaml")}:6:24: unknown concept "border-guards" (not in the built-in lexicon nor in the files loaded; the shipped fact base's own concepts load with --facts builtin)\n`);
    const both = await cli(["--facts", "builtin", "--facts", base, "-f", "json", "12 border guards were killed", "44 Danes were killed in Afghanistan"], { cwd: tmpdir() });
    expect(json(both).results.map((r: any) => [r.verdict, r.checks[0].fact.id])).toEqual([
      ["match", "my-fact"],
      ["match", "danes-killed-afghanistan"],
    ]);
    const env = await cli(["-f", "json", "12 border guards were killed"], { cwd: tmpdir(), env: { FACTCHECK_FACTS: ["builtin", base].join(process.platform === "win32" ? ";" : ":") } });
    expect(json(env).results[0].checks[0].fact.id).toBe("my-fact");
    put("withconfig/.factcheckrc.yaml", `facts: [builtin, '${base}']\n`);
    const config = await cli(["-f", "json", "12 border guards were killed"], { cwd: join(tmp, "withconfig") });
    expect(json(config).results[0].checks[0].fact.id).toBe("my-fact");
  });
});

describe("8. the facts commands as the help shows them", () => {
  it("facts list is reachable; an unknown subcommand names the real ones", async () => {
    const r = await cli(["facts", "list"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ID\s+FIGURE\s+SOURCE\s+STATEMENT\n/);
    expect(r.stdout).toContain("14 facts from 1 document");
    const typo = await cli(["facts", "lst"]);
    expect([typo.status, typo.stderr]).toEqual([2, 'factcheck: unknown command "facts lst" (did you mean "facts list"?): the commands are facts list, facts show <id> and facts validate\n']);
  });

  it("facts show finds an id of the configured base, and says which bases were searched", async () => {
    const base = userBase();
    const missing = await cli(["facts", "show", "my-fact"], { cwd: tmpdir() });
    expect([missing.status, missing.stderr]).toEqual([2, 'factcheck: unknown fact id "my-fact" in the shipped fact base; give --facts <path> to search another fact base\n']);
    const found = await cli(["facts", "show", "my-fact", "--facts", "builtin", "--facts", base], { cwd: tmpdir() });
    expect(found.status).toBe(0);
    expect(found.stdout).toContain("12 border guards were killed.");
    const viaEnv = await cli(["facts", "show", "my-fakt"], { cwd: tmpdir(), env: { FACTCHECK_FACTS: `builtin:${base}` } });
    expect(viaEnv.stderr).toBe(`factcheck: unknown fact id "my-fakt" in builtin, ${base} (did you mean "my-fact"?)\n`);
  });
});

describe("9. --quiet in every format", () => {
  it.each([["text"], ["json"], ["unix"], ["github"], ["sarif"]])("%s shows only what fails the run", async (format) => {
    const r = await cli(["-q", "-f", format, "--verbose", "347 refugees crossed into Tajikistan", "5 babies died.", "France lost 90 soldiers."]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("5");
    expect(r.stdout).not.toMatch(/\b347 vs 347\b|"347"|Claimed 347/);
    expect(r.stdout).not.toMatch(/\b90\b/);
  });

  it("html shows the claims as given but marks only what fails the run; the counts are of everything", async () => {
    const r = await cli(["-q", "-f", "html", "--verbose", "347 refugees crossed into Tajikistan", "5 babies died.", "France lost 90 soldiers."]);
    expect(r.status).toBe(1);
    expect([...r.stdout.matchAll(/<mark class="fig v-(\w+)" id="f-\d+"[^>]*>([^<]*)/g)].map((m) => [m[1], m[2]])).toEqual([["mismatch", "5"]]);
    expect(r.stdout).toMatch(/data-verdict="match"><span[^>]*>[^<]*<\/span> <b>1<\/b>/);
  });
});

describe("10. a bad fact base", () => {
  it("facts validate lists every problem of a fact in file order; a check run names the first", async () => {
    put("fb10/doc.txt", "12 Danes were killed.\n");
    const file = put(
      "fb10/bad.yaml",
      [
        "document: { id: d, title: D, language: en, date: 2022, text: doc.txt }",
        "facts:",
        "  - id: first",
        "    statment: typo",
        "    statement: x",
        "    figure: { kind: count, value: 12, extra: 1 }",
        "    terms: { subject: [nope], event: [killed] }",
        "    quote: Not in the text.",
        "    paragraph: 1",
        "",
      ].join("\n"),
    );
    const v = await cli(["facts", "validate", file]);
    expect(v.status).toBe(2);
    expect(v.stdout.split("\n").filter((l) => l.startsWith(file)).map((l) => l.slice(file.length + 1, l.indexOf(": error")))).toEqual(["4:5", "6:39", "7:24", "7:39", "8:12"]);
    const c = await cli(["--facts", file, "12 Danes"]);
    expect([c.status, c.stderr]).toEqual([2, `factcheck: ${file}:4:5: facts[1]: unknown key "statment"\n`]);
  });
});

describe("11. SARIF URIs relative to the repository root", () => {
  it("run from a subfolder of a git repository: drafts/wire.md with %SRCROOT%", async () => {
    const repo = join(tmp, "repo");
    put("repo/drafts/wire.md", "600 refugees crossed into Tajikistan.\n");
    mkdirSync(join(repo, ".git"), { recursive: true });
    const sarif = json(await cli(["-f", "sarif", "wire.md"], { cwd: join(repo, "drafts") }));
    const run = sarif.runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "drafts/wire.md", uriBaseId: "%SRCROOT%" });
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe(`file://${repo}/`);
  });
});

describe("13. --output-file errors in plain words", () => {
  it("makes missing folders; a folder as the file is named so", async () => {
    const r = await cli(["-o", "out/nested/x.sarif", "-f", "sarif", "600 refugees crossed into Tajikistan"], { cwd: tmp });
    expect([r.status, r.stderr]).toEqual([1, ""]);
    expect(JSON.parse(readFileSync(join(tmp, "out/nested/x.sarif"), "utf8")).version).toBe("2.1.0");
    const dir = await cli(["-o", "out", "347 refugees"], { cwd: tmp });
    expect([dir.status, dir.stderr]).toEqual([2, "factcheck: out: cannot write the report: is a folder\n"]);
  });
});

describe("14. a mistyped option", () => {
  it("suggests the nearest one", async () => {
    const r = await cli(["--quite", "347"]);
    expect([r.status, r.stderr]).toEqual([2, "factcheck: unknown option '--quite' (did you mean --quiet?) (see factcheck --help)\n"]);
  });
});

describe("15. text and unix output", () => {
  it("text: a short source label, lines of readable length", async () => {
    const r = await cli(["347 refugees crossed into Tajikistan"]);
    const head = r.stdout.split("\n")[0];
    expect(head).toBe("1:1  ✔ match       347 vs 347  dk-2021-07-afghan-refugees ¶2 [refugees-crossed-into-tajikistan]");
  });

  it("text: claims on stdin keep their columns aligned", async () => {
    const r = await cli([], { input: "347 refugees crossed into Tajikistan\nx\nx\nx x x x x x x x x x x x x x x 600 refugees crossed into Tajikistan\n" });
    const heads = r.stdout.split("\n").filter((l) => /^\d+:\d+ /.test(l));
    expect(heads.map((l) => l.slice(0, l.indexOf(" ")))).toEqual(["1:1", "4:31"]);
    expect(heads[0].indexOf("✔")).toBe(heads[1].indexOf("✖"));
  });

  it("unix: one fact id per line", async () => {
    const r = await cli(["-f", "unix", "--fail-on", "unverified"], { input: "2,448 Danes were killed in the war\n" });
    for (const line of r.stdout.trimEnd().split("\n")) expect(line.match(/\[[a-z0-9-]+\]/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
    expect(r.stdout).toContain("[danes-killed-afghanistan]");
    expect(r.stdout).toContain("(americans-killed-afghanistan)");
  });

  it("one wording for nothing to check", async () => {
    const wording = "no figure found: nothing to check\n";
    expect((await cli(["The Taliban took several districts."])).stdout).toBe(wording);
    expect((await cli([""])).stdout).toBe(wording);
    expect((await cli([], { input: "\n" })).stdout).toBe(wording);
    expect((await cli([], { input: "no figures\n" })).stdout).toBe(wording);
  });
});

describe("16. one rule for every input", () => {
  const bytes = Buffer.concat([Buffer.from("600 refugees "), Buffer.from([0xff]), Buffer.from(" crossed into Tajikistan\n")]);

  it("invalid UTF-8: on stdin, with --stdin-filename and in a file, read as U+FFFD with one warning", async () => {
    const file = put("utf8/bad.txt", bytes);
    const fromStdin = json(await cli(["-f", "json"], { input: bytes }));
    const fromName = json(await cli(["-f", "json", "--stdin-filename", "bad.txt"], { input: bytes }));
    const fromFile = json(await cli(["-f", "json", file]));
    expect(fromStdin.warnings).toEqual(["-:1:14: not valid UTF-8: invalid bytes are read as U+FFFD"]);
    expect(fromName.warnings).toEqual(["bad.txt:1:14: not valid UTF-8: invalid bytes are read as U+FFFD"]);
    expect(fromFile.warnings).toEqual([`${file}:1:14: not valid UTF-8: invalid bytes are read as U+FFFD`]);
    for (const r of [fromStdin, fromName, fromFile]) expect(r.results.map((x: any) => [x.claim, x.verdict])).toEqual([["600 refugees \uFFFD crossed into Tajikistan", "mismatch"]]);
  });

  it("the same file reached twice through a symbolic link is checked once", async () => {
    const file = put("twice/w.md", "600 refugees crossed into Tajikistan.\n");
    symlinkSync(file, join(tmp, "twice/wl.md"));
    const r = await cli(["-f", "unix", "twice/w.md", "twice/wl.md", "twice"], { cwd: tmp });
    expect(r.stdout).toBe("twice/w.md:1:1: mismatch: 600 vs 347: the source says 347, not 600 [refugees-crossed-into-tajikistan]\n");
  });
});

describe("bounded input (issue 9)", () => {
  it("only regular files are drafts: a FIFO or a device is a one-line error, exit 2", async () => {
    if (process.platform === "win32") return;
    execFileSync("mkfifo", [join(tmp, "pipe.md")]);
    const fifo = await cli(["pipe.md"], { cwd: tmp });
    expect([fifo.status, fifo.stdout, fifo.stderr]).toEqual([2, "", "factcheck: pipe.md: is a named pipe (FIFO), not a draft file\n"]);
    const zero = await cli(["/dev/zero"]);
    expect([zero.status, zero.stderr]).toEqual([2, "factcheck: /dev/zero: is a character device, not a draft file\n"]);
  });

  it("a draft over --max-file-size is refused; the limit can be raised", async () => {
    put("big/a.md", `${"The refugees crossed the border. ".repeat(40_000)}600 refugees crossed into Tajikistan.\n`);
    const refused = await cli(["--max-file-size", "1", "big/a.md"], { cwd: tmp });
    expect([refused.status, refused.stderr]).toEqual([2, "factcheck: big/a.md: larger than 1 MB; raise the limit with --max-file-size\n"]);
    expect((await cli(["--max-file-size", "2", "big/a.md"], { cwd: tmp })).status).toBe(1);
    const line = await cli(["--max-file-size", "1"], { input: `${"x".repeat(1024 * 1024 + 1)}\n` });
    expect([line.status, line.stderr]).toEqual([2, "factcheck: -: line 1 is longer than 1 MB (a stream without line breaks?); raise the limit with --max-file-size\n"]);
  });

  it("/dev/zero on stdin: a one-line error, exit 2 (the built CLI)", () => {
    if (process.platform === "win32") return;
    const fd = openSync("/dev/zero", "r");
    try {
      const r = spawnSync(process.execPath, [BIN, "--max-file-size", "8"], { stdio: [fd, "pipe", "pipe"], encoding: "utf8", cwd: ROOT, timeout: 60_000 });
      expect([r.status, r.stdout, r.stderr]).toEqual([2, "", "factcheck: -: line 1 is longer than 8 MB (a stream without line breaks?); raise the limit with --max-file-size\n"]);
    } finally {
      closeSync(fd);
    }
  });

  it("an unreadable folder is a warning naming it; the other files are checked; exit 2 (as an ordinary user)", () => {
    if (process.platform === "win32") return;
    const root = mkdtempSync(join(tmpdir(), "factcheck-perm-"));
    chmodSync(root, 0o755);
    mkdirSync(join(root, "drafts/locked"), { recursive: true });
    writeFileSync(join(root, "drafts/a.md"), "600 refugees crossed into Tajikistan.\n");
    writeFileSync(join(root, "drafts/locked/b.md"), "45 Danes were killed.\n");
    chmodSync(join(root, "drafts/locked"), 0o000);
    // As root every folder is readable: run as nobody then.
    const asUser = process.getuid?.() === 0 ? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath]] : [process.execPath, []];
    const r = spawnSync(asUser[0] as string, [...(asUser[1] as string[]), BIN, "-f", "unix", "drafts"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    chmodSync(join(root, "drafts/locked"), 0o755);
    expect(r.stdout).toBe("drafts/a.md:1:1: mismatch: 600 vs 347: the source says 347, not 600 [refugees-crossed-into-tajikistan]\ndrafts/locked: error: cannot read the folder: permission denied\n");
    expect(r.stderr).toBe("factcheck: drafts/locked: cannot read the folder: permission denied\n");
    expect(r.status).toBe(2);
  });
});
