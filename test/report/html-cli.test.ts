// --format html from the command line: the page for drafts (on one thread and on workers), claims
// given as arguments or on stdin, -o, exit codes as with every other format. The first test runs
// the built CLI (the bundle's html chunk); the rest run the same command line in this process.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, factcheck, json } from "../e2e/run.js";

const DEV = "test/fixtures/html/dev-draft.md";

/** Marked figures per verdict (their first runs), from a page. */
function markCounts(html: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of html.matchAll(/<mark class="fig v-(\w+)" id="f-\d+"/g)) out[m[1]] = (out[m[1]] ?? 0) + 1;
  return out;
}

function checkCounts(report: { results: { checks: { verdict: string }[] }[] }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of report.results) for (const c of r.checks) out[c.verdict] = (out[c.verdict] ?? 0) + 1;
  return out;
}

describe("factcheck --format html", () => {
  it("writes one page for a draft, every figure marked, with the exit code of the other formats", () => {
    const html = factcheck([DEV, "--format", "html"]);
    const j = factcheck([DEV, "--format", "json"]);
    expect(html.status).toBe(1); // the dev draft has a mismatch
    expect(html.status).toBe(j.status);
    expect(html.stderr).toBe("");
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n/);
    expect(html.stdout).toContain(`<h2>${DEV}</h2>`);
    expect(markCounts(html.stdout)).toEqual(checkCounts(json(j)));
    // Code and HTML comments are shown as skipped, not checked.
    expect(html.stdout).toContain('<pre class="skip code">999 refugees crossed into Tajikistan</pre>');
    expect(html.stdout).toContain('<pre class="skip html">&lt;!-- factcheck-disable-next-line --&gt;</pre>');
  });

  it("-o writes the file and nothing to stdout; a draft that only matches exits 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-html-"));
    const draft = join(dir, "ok.md");
    writeFileSync(draft, "# Fine\n\nDenmark lost 44 soldiers in Afghanistan.\n");
    const out = join(dir, "report.html");
    const r = await cli([draft, "--format", "html", "-o", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    const page = readFileSync(out, "utf8");
    expect(markCounts(page)).toEqual({ match: 1 });
    expect(page).toContain("None: every figure matches its source.");
  });

  it("keeps every file's text when files are checked on worker threads", async () => {
    const files = ["test/fixtures/drafts/en-report.md", "test/fixtures/drafts/da-rapport.md", "test/fixtures/drafts/en-notes.txt", DEV];
    const one = await cli([...files, "--format", "html", "--jobs", "1"]);
    const two = await cli([...files, "--format", "html", "--jobs", "2"]);
    const j = await cli([...files, "--format", "json"]);
    for (const f of files) expect(two.stdout).toContain(`<h2>${f}</h2>`);
    expect(markCounts(two.stdout)).toEqual(checkCounts(json(j)));
    // The same page but for the time it was made.
    const undated = (s: string) => s.replace(/<time datetime="[^"]+">[^<]+<\/time>/, "");
    expect(undated(two.stdout)).toBe(undated(one.stdout));
  });

  it("lists claims given as arguments and on standard input", async () => {
    const args = await cli(["--format", "html", "Three babies died during the crossing.", "Norway lost 10 soldiers."]);
    expect(args.status).toBe(1);
    expect(args.stdout).toContain("<h2>Claims</h2>");
    expect(markCounts(args.stdout)).toEqual({ mismatch: 1, unverified: 1 });
    const stdin = await cli(["--format", "html"], { input: "Three babies died during the crossing.\nNo figure here.\n" });
    expect(stdin.status).toBe(1);
    expect(markCounts(stdin.stdout)).toEqual({ mismatch: 1 });
    const none = await cli(["--format", "html", "No figure here."]);
    expect(none.status).toBe(0);
    expect(none.stdout).toContain("No figure in the claims given.");
  });

  it("names the fact bases given, the shipped one by name rather than by its folder", async () => {
    const r = await cli(["--format", "html", "--facts", "builtin", "--facts", "test/fixtures/factbases/conflict", "Denmark lost 44 soldiers in Afghanistan."]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Fact bases: the shipped fact base, <code><bdi>test/fixtures/factbases/conflict</bdi></code>.");
  });

  it("--help lists html, and a config file may ask for it", async () => {
    expect((await cli(["--help"])).stdout.replace(/\s+/g, " ")).toContain('"text", "json", "unix", "github", "sarif", "html"');
    const dir = mkdtempSync(join(tmpdir(), "factcheck-html-"));
    writeFileSync(join(dir, ".factcheckrc.yaml"), "format: html\n");
    const r = await cli(["Denmark lost 44 soldiers in Afghanistan."], { cwd: dir });
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
  });
});
