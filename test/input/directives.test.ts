import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Directive,
  Suppressions,
  htmlDirectives,
  resolveDirectives,
  textLineDirective,
} from "../../src/input/directives.js";
import { readInputFile, textFromString } from "../../src/input/files.js";
import { parseMarkdown } from "../../src/input/markdown.js";
import { positionAt } from "../../src/text/positions.js";
import type { TextBlock } from "../../src/types.js";

const DRAFTS = join(import.meta.dirname, "../fixtures/drafts");

/** Asks about every figure's line, as the pipeline does; returns the figures kept and dropped. */
function check(blocks: TextBlock[], directives: Directive[]): { kept: string[]; dropped: string[]; s: Suppressions } {
  const s = new Suppressions(directives);
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\d[\d,.]*\d|\d/g)) {
      const { line } = positionAt(b.text, b.spans, m.index);
      (s.isSuppressed(line) ? dropped : kept).push(m[0]);
    }
  }
  return { kept, dropped, s };
}
const brief = (ds: Directive[]): string[] =>
  ds.map((d) => `${d.kind}@${d.line}:${d.column} ${d.fromLine}-${d.toLine}`);

describe("Markdown directives", () => {
  it("en-report.md: each form suppresses exactly its lines", async () => {
    const { blocks, directives } = await readInputFile(join(DRAFTS, "en-report.md"));
    expect(brief(directives)).toEqual([
      "disable-next-line@10:1 11-11",
      "disable-line@41:29 41-41",
      "disable@44:1 45-46",
      "enable@47:1 47-46",
      "disable-next-line@51:1 52-52", // only the empty line after the file's last line break follows it
    ]);
    const { kept, dropped, s } = check(blocks, directives);
    expect(dropped).toEqual(["512", "19", "600", "700"]);
    expect(kept).toContain("20"); // the line after a disable-line comment is checked
    expect(kept).toContain("2,448");
    expect(kept).toContain("800"); // after enable
    expect(brief(s.unused())).toEqual(["disable-next-line@51:1 52-52"]);
  });

  it("da-rapport.md (CRLF): disable … enable", async () => {
    const { blocks, directives } = await readInputFile(join(DRAFTS, "da-rapport.md"));
    expect(brief(directives)).toEqual(["disable@14:1 15-15", "enable@16:1 16-15"]);
    const { dropped, s } = check(blocks, directives);
    expect(dropped).toEqual(["600"]);
    expect(s.unused()).toEqual([]);
  });

  it("disable-next-line covers exactly the next line: not past a blank line, a comment or an enable", async () => {
    const src = [
      "<!-- factcheck-disable-next-line -->",
      "",
      "<!-- factcheck-disable-next-line -- a reason -->",
      "> ",
      "Some 12 things",
      "and 13 more.",
      "",
      "<!-- factcheck-disable -->",
      "<!-- factcheck-disable-next-line -->",
      "<!-- factcheck-enable -->",
      "",
      "45 Danes were killed.",
      "<!-- factcheck-disable-next-line -->",
      "46 Danes were killed.",
    ].join("\n");
    const { blocks, directives } = await parseMarkdown(src);
    expect(brief(directives)).toEqual([
      "disable-next-line@1:1 2-2",
      "disable-next-line@3:1 4-4",
      "disable@8:1 9-9",
      "disable-next-line@9:1 10-10",
      "enable@10:1 10-9",
      "disable-next-line@13:1 14-14",
    ]);
    const { kept, dropped, s } = check(blocks, directives);
    expect(dropped).toEqual(["46"]);
    expect(kept).toEqual(["12", "13", "45"]);
    expect(brief(s.unused())).toEqual(["disable-next-line@1:1 2-2", "disable-next-line@3:1 4-4", "disable@8:1 9-9", "disable-next-line@9:1 10-10"]);
  });

  it("disable-line at the end of a list item, a heading, a quote and a table row", async () => {
    const src = [
      "- 1 cat <!-- factcheck-disable-line -->",
      "- 2 cats",
      "# Heading 3 <!-- factcheck-disable-line -->",
      "> 4 <!--factcheck-disable-line-->",
      "",
      "| a | b |",
      "|---|---|",
      "| 5 | 6 <!-- factcheck-disable-line --> |",
      "| 7 | 8 |",
    ].join("\n");
    const { blocks, directives } = await parseMarkdown(src);
    expect(brief(directives)).toEqual([
      "disable-line@1:9 1-1",
      "disable-line@3:13 3-3",
      "disable-line@4:5 4-4",
      "disable-line@8:9 8-8",
    ]);
    const { kept, dropped } = check(blocks, directives);
    expect(dropped).toEqual(["1", "3", "4", "5", "6"]);
    expect(kept).toEqual(["2", "7", "8"]);
  });

  it("disable without enable runs to the end of the file", async () => {
    const { blocks, directives } = await parseMarkdown("A 1\n\n<!-- factcheck-disable -->\n\nB 2\n\nC 3\n");
    expect(brief(directives)).toEqual(["disable@3:1 4-8"]);
    expect(check(blocks, directives).dropped).toEqual(["2", "3"]);
  });

  it("directives are not text, and not directives inside code", async () => {
    const src = "```\n<!-- factcheck-disable -->\n```\n\n    <!-- factcheck-disable -->\n\nText `<!-- factcheck-disable -->` 5";
    const { blocks, directives } = await parseMarkdown(src);
    expect(directives).toEqual([]);
    expect(blocks.map((b) => b.text)).toEqual(["Text 5"]);
  });

  it("misspelt directives are ignored", () => {
    expect(htmlDirectives("<!-- factcheck-disable line -->")).toEqual([]);
    expect(htmlDirectives("<!-- factcheck-disabled -->")).toEqual([]);
    expect(htmlDirectives("<!-- factcheck-disable-next-line -- why -->")).toEqual([{ kind: "disable-next-line", index: 0 }]);
    expect(htmlDirectives("x <!--factcheck-enable-->")).toEqual([{ kind: "enable", index: 2 }]);
  });
});

describe("plain-text directives", () => {
  it("en-notes.txt: comment lines, a trailing comment, disable … enable", async () => {
    const { blocks, directives } = await readInputFile(join(DRAFTS, "en-notes.txt"));
    expect(brief(directives)).toEqual([
      "disable-next-line@1:1 2-2",
      "disable-line@4:30 4-4",
      "disable@5:1 6-8",
      "enable@9:1 9-8",
      "disable-next-line@11:1 12-12", // the empty line after the last line break
    ]);
    const texts = blocks.map((b) => b.text);
    expect(texts.join("\n")).not.toContain("factcheck");
    expect(texts).toContain("The camp held 2,448 people."); // the trailing comment is cut
    expect(texts).toContain("Final 800 words with C# code and http://example.org/1 links.");
    const { kept, dropped, s } = check(blocks, directives);
    expect(dropped).toEqual(["512", "2,448", "600", "700"]);
    expect(kept).toEqual(["347", "800", "1"]);
    expect(brief(s.unused())).toEqual(["disable-next-line@11:1 12-12"]);
  });

  it("da-noter.txt (BOM, CRLF, `//` comments)", async () => {
    const { blocks, directives } = await readInputFile(join(DRAFTS, "da-noter.txt"));
    expect(brief(directives)).toEqual(["disable-next-line@2:1 3-3", "disable-line@4:29 4-4"]);
    expect(blocks.map((b) => b.text).filter(Boolean)).toEqual([
      "Mindst 347 flygtninge kom i august.",
      "Her er 512 passagerer.",
      "Lejren havde 2.448 beboere.",
      "Til sidst 800 ord.",
    ]);
    const { kept, dropped } = check(blocks, directives);
    expect(dropped).toEqual(["512", "2.448"]);
    expect(kept).toEqual(["347", "800"]);
  });

  it("recognises only whole-line comments and trailing disable-line comments", () => {
    expect(textLineDirective("# factcheck-disable")).toEqual({ kind: "disable", index: 0, whole: true });
    expect(textLineDirective("  // factcheck-enable -- done")).toEqual({ kind: "enable", index: 2, whole: true });
    expect(textLineDirective("12 cats # factcheck-disable-line")).toEqual({ kind: "disable-line", index: 8, whole: false });
    expect(textLineDirective("12 cats // factcheck-disable-line")).toEqual({ kind: "disable-line", index: 8, whole: false });
    expect(textLineDirective("12 cats # factcheck-disable")).toBeNull(); // only disable-line may trail
    expect(textLineDirective("12 cats#factcheck-disable-line")).toBeNull();
    expect(textLineDirective("see http://factcheck-disable-line.org")).toBeNull();
    expect(textLineDirective("12 cats")).toBeNull();
  });

  it("a stray enable is reported as unused", async () => {
    const { directives } = await textFromString("# factcheck-enable\n1 cat\n", "-", "text");
    const s = new Suppressions(directives);
    expect(s.isSuppressed(2)).toBe(false);
    expect(brief(s.unused())).toEqual(["enable@1:1 1-0"]);
  });
});

describe("Suppressions", () => {
  it("marks every directive that covers a line, nested ranges included", () => {
    const directives = resolveDirectives(
      [
        { kind: "disable", line: 1, column: 1 },
        { kind: "disable", line: 3, column: 1 },
        { kind: "enable", line: 6, column: 1 },
        { kind: "disable-line", line: 4, column: 9 },
        { kind: "disable", line: 10, column: 1 },
        { kind: "enable", line: 12, column: 1 },
        { kind: "disable-line", line: 20, column: 3 },
      ],
      30,
    );
    expect(brief(directives)).toEqual([
      "disable@1:1 2-5",
      "disable@3:1 4-5",
      "disable-line@4:9 4-4",
      "enable@6:1 6-5",
      "disable@10:1 11-11",
      "enable@12:1 12-11",
      "disable-line@20:3 20-20",
    ]);
    const s = new Suppressions(directives);
    expect(s.isSuppressed(2)).toBe(true);
    expect(brief(s.unused())).toEqual(["disable@3:1 4-5", "disable-line@4:9 4-4", "disable@10:1 11-11", "disable-line@20:3 20-20"]);
    expect(s.isSuppressed(4)).toBe(true);
    expect(s.isSuppressed(6)).toBe(false);
    expect(s.isSuppressed(12)).toBe(false);
    expect(s.isSuppressed(21)).toBe(false);
    expect(brief(s.unused())).toEqual(["disable@10:1 11-11", "disable-line@20:3 20-20"]);
    expect(s.isSuppressed(11)).toBe(true);
    expect(brief(s.unused())).toEqual(["disable-line@20:3 20-20"]);
  });

  it("answers quickly for many ranges", () => {
    const marks = [];
    for (let i = 0; i < 5000; i++) {
      marks.push({ kind: "disable" as const, line: i * 10 + 1, column: 1 });
      marks.push({ kind: "enable" as const, line: i * 10 + 5, column: 1 });
    }
    const s = new Suppressions(resolveDirectives(marks, 50_000));
    let n = 0;
    for (let line = 1; line <= 50_000; line++) if (s.isSuppressed(line)) n++;
    expect(n).toBe(5000 * 3);
    expect(s.unused()).toEqual([]);
  });
});

describe("fixtures", () => {
  it("keep their exact bytes (CRLF, BOM)", () => {
    const bytes = (name: string): Buffer => readFileSync(join(DRAFTS, name));
    const rapport = bytes("da-rapport.md").toString("latin1");
    expect(rapport.split("\n").slice(0, -1).every((l) => l.endsWith("\r"))).toBe(true);
    expect([...bytes("da-bom.md").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes("da-noter.txt").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes("da-noter.txt").toString("latin1")).toContain("\r\n");
    expect(bytes("en-report.md").includes(0x0d)).toBe(false);
  });
});
