// Adversarial inputs: huge lines, deep nesting, regular-expression worst cases, bad bytes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences, sentencesOf } from "../../src/claims/index.js";
import { htmlDirectives, textLineDirective } from "../../src/input/directives.js";
import { loadMarkdown, markdownBlocks } from "../../src/input/markdown.js";
import { lineBlocks } from "../../src/input/index.js";
import { parseFigures } from "../../src/figures/index.js";
import { neutralise } from "../../src/report/safe.js";
import { escapeProperty } from "../../src/report/github.js";
import { cli, expectLinear, json, shippedChecker, STACK_LINE, tempDir, timed } from "./helpers.js";

const N = 100_000;

/**
 * Inputs that make a backtracking pattern super-linear if it has a weakness: long runs of what the
 * pattern repeats, then a character that makes it fail. Each is built at 50,000 and 100,000
 * characters: linear code takes about twice as long, quadratic four times.
 */
const WORST_CASES: [string, (n: number) => void][] = [
  // claims/sentences.ts: LAST_WORD / INITIAL on a sentence that keeps growing by merges
  ["abbreviations merged (Gen. Gen. …)", (n) => splitSentences("Gen. ".repeat(n / 5))],
  ["initials merged (A. A. …)", (n) => splitSentences("A. ".repeat(n / 3))],
  ["abbreviation before numbers (ca. 1 ca. 1 …)", (n) => splitSentences("ca. 1 ".repeat(n / 6))],
  // STOP_BEFORE_NUMBER /[.!?]+\s+(?=\p{N})/
  ["stops then blanks, no number", (n) => splitSentences(`${".".repeat(n / 2)}${" ".repeat(n / 2)}x`)],
  ["long word then stop (LAST_WORD [\\p{L}.]*)", (n) => splitSentences(`${"a.".repeat(n / 2)} x`)],
  ["one long sentence", (n) => splitSentences(`${"word ".repeat(n / 5)}.`)],
  ["normal sentences", (n) => sentencesOf({ text: "He came here with 347 refugees. ".repeat(n / 32), spans: [{ offset: 0, line: 1, column: 1 }] })],
  // input/directives.ts
  ["trailing directive after blanks", (n) => textLineDirective(`a${" ".repeat(n)}# factcheck-disable-line x`)],
  ["directive line with a blank reason", (n) => textLineDirective(`# factcheck-disable -- ${" ".repeat(n)}x`)],
  ["comment directive never closed", (n) => htmlDirectives(`<!-- factcheck-disable -- ${" ".repeat(n)}x`)],
  ["many comment directives never closed", (n) => htmlDirectives("<!-- factcheck-disable -- x ".repeat(n / 28))],
  // input/markdown.ts DIRECTIVE_ONLY (was exponential in the number of comments on a line)
  ["directive-only line check", (n) => markdownBlocks(`<!-- factcheck-disable-next-line -->\n${"<!-- factcheck-x -->".repeat(n / 20)}x\n`)],
  ["entities", (n) => markdownBlocks(`*${"&amp".repeat(n / 4)}*`)],
  // input/index.ts lineBlocks /\r\n|\r|\n/
  ["CR runs", (n) => lineBlocks("\r".repeat(n))],
  // report: neutralise, github escaping, sarif \s+
  ["controls", (n) => neutralise("\u001b[".repeat(n / 2))],
  ["github escaping", (n) => escapeProperty(":,%\r\n".repeat(n / 5))],
  // figures
  ["digits", (n) => parseFigures("1".repeat(n), "en")],
  ["grouped digits", (n) => parseFigures("1,".repeat(n / 2), "da")],
];

describe("no regular expression or loop is super-linear", () => {
  it.each(WORST_CASES)("%s", async (_, run) => {
    await loadMarkdown();
    run(5_000); // warm up
    const half = Math.min(...[0, 1].map(() => timed(() => run(N / 2))));
    const full = Math.min(...[0, 1].map(() => timed(() => run(N))));
    expect(full, `50k: ${half.toFixed(0)} ms, 100k: ${full.toFixed(0)} ms`).toBeLessThan(Math.max(1000, 3.2 * half));
  }, 30_000);
});

describe("huge and deep inputs through the command line (in-process)", () => {
  const dir = tempDir();

  // Mostly prose, a claim every 50 sentences.
  const sparse = (bytes: number) =>
    `${"The refugees crossed the border into Tajikistan after a long march. ".repeat(49)}347 refugees crossed. `.repeat(Math.ceil(bytes / 3400));

  it("a single long line on stdin: linear in its length (8x the text, at most 12x the time)", async () => {
    const run = async (n: number) => {
      const r = await cli(["--format", "json", "-"], { input: `${sparse(n)}\n` });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(json(r).summary.claims).toBeGreaterThan(0);
    };
    await expectLinear(run, 150_000);
  }, 120_000);

  it("a single long line as a Markdown file (text output): linear too", async () => {
    const file = join(dir, "big.md");
    const run = async (n: number) => {
      writeFileSync(file, `${sparse(n)}\n`);
      const r = await cli([file, "-q"]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    };
    await expectLinear(run, 100_000);
  }, 120_000);

  it("100,000 digits", async () => {
    const r = await cli(["--format", "json", "1".repeat(N)]);
    expect(r.status).toBe(0);
    JSON.parse(r.stdout);
  });

  it.each([
    ["nested emphasis", `${"*_".repeat(10_000)}347 refugees${"_*".repeat(10_000)}\n`],
    ["nested links", `${"[".repeat(10_000)}347${"](x)".repeat(10_000)}\n`],
  ])("Markdown nested 10,000 deep inline: %s is read, exit 0", async (_, text) => {
    const file = join(dir, "deep.md");
    writeFileSync(file, text);
    const r = await cli(["--format", "json", file]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toBeUndefined(); // nothing cut off
  }, 30_000);

  it.each([
    ["block quotes", `${">".repeat(10_000)} 347 refugees crossed into Tajikistan\n\n600 refugees crossed into Tajikistan.\n`, 1],
    ["nested lists", `${Array.from({ length: 3_000 }, (_, i) => `${"  ".repeat(i)}- 347`).join("\n")}\n\n600 refugees crossed into Tajikistan.\n`, 500],
  ])("Markdown blocks nested thousands deep (%s): a warning names the line where checking stopped, exit 2", async (_, text, line) => {
    const file = join(dir, "deep-blocks.md");
    writeFileSync(file, text);
    const r = await cli(["--format", "json", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`factcheck: ${file}:${line}:1: Markdown nested more than 1000 levels deep: nothing from here on is checked\n`);
    expect(JSON.parse(r.stdout).warnings).toEqual([`${file}:${line}:1: Markdown nested more than 1000 levels deep: nothing from here on is checked`]);
  }, 30_000);

  it("a list nested 10 deep, then a paragraph: every claim after it is still checked", async () => {
    const file = join(dir, "ten.md");
    writeFileSync(file, `${Array.from({ length: 10 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n")}\n\n998 refugees crossed into Tajikistan.\n`);
    const r = await cli(["--format", "json", file]);
    expect([r.status, r.stderr]).toEqual([1, ""]);
    expect(json(r).results.map((x: any) => [x.location.line, x.verdict])).toEqual([[12, "mismatch"]]);
  });

  it("NUL bytes in files: reported once, skipped; invalid UTF-8: reported once, read as U+FFFD; neither is an error", async () => {
    const nul = join(dir, "nul.md");
    const bad = join(dir, "bad.txt");
    const good = join(dir, "good.txt");
    writeFileSync(nul, Buffer.from("347 refugees\u0000 crossed\n"));
    writeFileSync(bad, Buffer.from([0x33, 0x34, 0x37, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a]));
    writeFileSync(good, "347 refugees crossed into Tajikistan\n");
    const r = await cli(["--format", "json", nul, bad, good]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const report = json(r);
    expect(report.warnings.filter((w: string) => w.includes("nul.md"))).toHaveLength(1);
    expect(report.warnings.filter((w: string) => w.includes("bad.txt"))).toEqual([`${bad}:1:5: not valid UTF-8: invalid bytes are read as U+FFFD`]);
    expect(report.summary.claims).toBe(2);
    const text = await cli([nul, bad]);
    expect(text.status).toBe(0);
    expect(text.stdout.match(/warning: .*nul\.md/g)).toHaveLength(1);
  });

  it("NUL bytes on stdin and in arguments are checked as text", async () => {
    const r = await cli(["--format", "json"], { input: "347\u0000 refugees crossed into Tajikistan\n" });
    expect(r.status).toBe(0);
    expect(json(r).results.map((x: any) => x.verdict)).toEqual(["match"]);
  });

  it("CRLF and lone CR end lines, in stdin and in files", async () => {
    const input = "347 refugees crossed into Tajikistan\r\nNo figure.\r600 refugees crossed into Tajikistan\r\n";
    const r = await cli(["--format", "json"], { input });
    expect(json(r).results.map((x: any) => [x.location.line, x.verdict])).toEqual([[1, "match"], [3, "mismatch"]]);
    for (const name of ["crlf.md", "crlf.txt"]) {
      const file = join(dir, name);
      writeFileSync(file, input.replace("No figure.", "No figure.\r"));
      const f = json(await cli(["--format", "json", file]));
      expect(f.results.map((x: any) => [x.location.line, x.location.column])).toEqual([[1, 1], [4, 1]]); // CRLF, then CR, then CR: the second claim is on line 4
    }
  });

  it("in-process: every block of a hostile Markdown file is checked without throwing", async () => {
    const checker = await shippedChecker();
    const md = await loadMarkdown();
    const src = `${"> ".repeat(2000)}- ${"*".repeat(5000)}347 ${"\\".repeat(5000)}&#0; \u0000 \r\n| a | b |\n|-|-|\n| ${"|".repeat(3000)} |\n`;
    for (const b of markdownBlocks(src, md).blocks) checker.checkBlock(b, "x.md");
  }, 30_000);
});
