// Untrusted fact bases, hostile output, error paths, pipes and signals — through the built CLI.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikeFile } from "../../src/input/files.js";
import { BIN, cli, ERROR_LINE, factcheck, json, ROOT, STACK_LINE, tempDir } from "./helpers.js";

const dir = tempDir();
const fx = (name: string) => join(ROOT, "test/fixtures/factbases", name);
const write = (name: string, text: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

function expectOneLineError(r: { status: number | null; stdout: string; stderr: string }, pattern?: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(ERROR_LINE);
  expect(r.stderr).not.toMatch(STACK_LINE);
  if (pattern) expect(r.stderr).toMatch(pattern);
}

describe("fact-base files are untrusted", () => {
  const LOC = /^factcheck: .+:\d+:\d+: .+\n$/;
  it.each([
    ["alias bomb", fx("alias-bomb.yaml"), /alias/],
    ["__proto__ key", fx("proto-key.yaml"), /__proto__|not allowed/],
    ["custom tag", fx("custom-tag.yaml"), /tag/i],
    ["syntax error", fx("syntax-error.yaml"), /YAML/],
    ["schema error", fx("unknown-key.yaml"), /unknown key/],
  ])("%s: one positioned line, exit 2", async (_, file, pattern) => {
    const r = await cli(["--facts", file, "347 refugees"]);
    expectOneLineError(r, pattern);
    expect(r.stderr).toMatch(LOC);
  });

  it.each([
    ["constructor key", "constructor:\n  x: 1\n", /constructor/],
    ["js function tag", "facts: !!js/function 'function () { return 1 }'\n", /tag/i],
    ["local tag", "facts: !foo bar\n", /tag/i],
    ["billion laughs", `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(",")}]`).join("\n")}\n`, /alias/],
  ])("%s", async (_, text, pattern) => {
    const r = await cli(["--facts", write(`fb-${text.length}.yaml`, text), "347 refugees"]);
    expectOneLineError(r, pattern);
    expect(r.stderr).toMatch(LOC);
  });

  it("a file over the size limit is refused with a clear error", async () => {
    const big = write("big.yaml", `# ${"x".repeat(11 * 1024 * 1024)}\nfacts: []\n`);
    const r = await cli(["--facts", big, "347 refugees"]);
    expectOneLineError(r, /larger than 10 MB/);
  });
});

describe("output is safe", () => {
  const hostile = ["347 refugees \u001b[2J crossed into Tajikistan", "347 refugees\rFAKE: 0 mismatches", "347 refugees \u202e crossed \u0007 into Tajikistan", "::error::pwned 347 refugees"];

  it("text output has no escape or control character and no forged line", async () => {
    const r = await cli(hostile);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    for (const line of r.stdout.split("\n")) expect(line).toMatch(/^$|^\d+:\d+ |^ {4,}|^[✔✖≈?] \d+ mismatch/);
  });

  it("file names are neutralised too", async () => {
    const file = write("evil\u001b[31mname.md", "600 refugees crossed into Tajikistan\n");
    const r = await cli([file]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain("\u001b");
  });

  it("github output cannot inject workflow commands", async () => {
    const draft = write("inject.md", "347 refugees crossed into Tajikistan ::error::pwned 600.\n\n::warning::x 600 refugees crossed into Tajikistan\n");
    for (const args of [[draft], hostile, ["600 refugees crossed into Tajikistan\n::error::pwned"]]) {
      const r = await cli(["--format", "github", "--fail-on", "unverified", ...args]);
      for (const line of r.stdout.split("\n").filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) (?:[a-zA-Z]+=[^,:]*,)*title=factcheck%3A [a-z]+::[^\r\n]*$/);
      expect(r.stdout).not.toMatch(/\n::(?!error |warning |notice )/);
    }
  });

  it("json and sarif stay valid JSON with lone surrogates, and stdout is valid UTF-8", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom("\ud800", "\udfff", "347", " refugees", "\u001b", "😀", " crossed into Tajikistan"), maxLength: 12 }), async (s) => {
        for (const format of ["json", "sarif"]) {
          const r = await cli(["--format", format, "--", `600 ${s}`]);
          expect(r.stderr).toBe("");
          const doc = JSON.parse(r.stdout);
          const mismatches = format === "json" ? doc.summary.mismatch : doc.runs[0].results.filter((x: any) => x.level === "error").length;
          expect(r.status).toBe(mismatches > 0 ? 1 : 0);
        }
      }),
      { numRuns: 40 },
    );
    const r = factcheck(["--format", "json", "600 refugees \ud800 crossed into Tajikistan"]); // the built CLI: real bytes on stdout
    const report = json(r);
    // Lone surrogates reach stdout as U+FFFD (UTF-8 has no encoding for them): the bytes are valid UTF-8.
    expect(report.results[0].claim).toContain("\ufffd");
  }, 60_000);
});

describe("any string through the command line (in-process)", () => {
  it("as an argument, a line of stdin and a Markdown file: JSON on stdout, exit 1 exactly when a mismatch is reported", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "binary", maxLength: 100 }), fc.string({ unit: "grapheme", maxLength: 100 })), async (s) => {
        const file = write("fuzz.md", s);
        // (An argument cannot hold NUL: the OS cuts it there.)
        const arg = s.replace(/\0/g, "");
        // (An argument that names a path is a path: "/" would walk the whole disk.)
        const asClaim = arg !== "" && !looksLikeFile(arg);
        const runs = [...(asClaim ? [await cli(["--format", "json", "--", arg])] : []), await cli(["--format", "json"], { input: `${s}\n` }), await cli(["--format", "json", file])];
        for (const r of runs) {
          expect(r.stderr).toBe("");
          expect(r.status).toBe(json(r).summary.mismatch > 0 ? 1 : 0);
        }
      }),
      { numRuns: 100 },
    );
  }, 90_000);
});

describe("every error path prints one line and exits 2", () => {
  const cfgDir = join(dir, "cfg");
  mkdirSync(cfgDir, { recursive: true });
  writeFileSync(join(cfgDir, ".factcheckrc.yaml"), "tolerance: 0.1\nbogus: 1\n");
  it.each([
    ["missing file", ["missing.md"], {}],
    ["bad fact base (syntax)", ["--facts", fx("syntax-error.yaml"), "347"], {}],
    ["bad fact base (schema)", ["--facts", fx("wrong-type.yaml"), "347"], {}],
    ["config with an unknown key", ["347"], { cwd: cfgDir }],
    ["--config missing.yaml", ["--config", "missing.yaml", "347"], {}],
    ["--output-file onto a folder", ["--output-file", dir, "347"], {}],
  ] as [string, string[], { cwd?: string }][])("%s", async (_, args, o) => {
    const r = await cli(args, o);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr, JSON.stringify(r.stderr)).toMatch(/^factcheck: [^\n]+\n$/);
  });

  it.each([
    ["unknown option", ["--bogus", "x"]],
    ["bad --format", ["--format", "xml", "347"]],
    ["bad --tolerance", ["--tolerance", "5", "347"]],
  ])("usage error: %s", async (_, args) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).toMatch(/^factcheck: [^\n]+\n$/);
  });

  it("missing file says so", async () => {
    expect((await cli(["missing.md"])).stderr).toBe("factcheck: missing.md: no such file\n");
  });
});

// ---------------------------------------------------------------------------------------------

function spawnCli(args: string[]) {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
}

function exitOf(child: ReturnType<typeof spawnCli>): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
}

describe("pipes and signals", () => {
  it("a reader that closes early (| head -1) ends it quietly", async () => {
    const child = spawnCli(["-"]);
    const done = exitOf(child);
    child.stdin.on("error", () => undefined);
    child.stdin.end("600 refugees crossed into Tajikistan. 347 refugees crossed into Tajikistan.\n".repeat(20_000));
    child.stdout.once("data", () => child.stdout.destroy());
    const { code, stderr } = await done;
    expect(code).toBe(0); // the reader left before the run ended: nothing more to say
    expect(stderr).toBe("");
  }, 30_000);

  it("Ctrl-C while reading a stdin that never ends exits 130 without a stack trace", async () => {
    const child = spawnCli(["-"]);
    const done = exitOf(child);
    child.stdin.write("347 refugees crossed into Tajikistan\n");
    await new Promise((r) => setTimeout(r, 1000));
    child.kill("SIGINT");
    const { code, stderr } = await done;
    expect(code).toBe(130);
    expect(stderr).not.toMatch(STACK_LINE);
  }, 30_000);

  it("--output-file: complete after success, never half-written when killed", async () => {
    const out = join(dir, "out", "report.json");
    mkdirSync(join(dir, "out"), { recursive: true });
    writeFileSync(out, "OLD");
    const ok = await cli(["--format", "json", "--output-file", out, "347 refugees crossed into Tajikistan"]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).summary.claims).toBe(1);
    const before = readFileSync(out, "utf8");
    for (const delay of [50, 300, 800]) {
      const child = spawnCli(["--format", "json", "--output-file", out, "-"]);
      const done = exitOf(child);
      child.stdin.on("error", () => undefined);
      child.stdin.write("347 refugees crossed into Tajikistan\n".repeat(50_000));
      setTimeout(() => child.kill("SIGKILL"), delay);
      await done;
      const now = readFileSync(out, "utf8");
      expect(now === before || JSON.parse(now).summary.claims === 50_000).toBe(true);
    }
    expect(readdirSync(join(dir, "out")).filter((f) => !f.endsWith(".tmp"))).toEqual(["report.json"]);
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
