import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectLinear } from "../hardening/helpers.js";
import { blankFrontMatter, loadMarkdown, markdownBlocks, parseMarkdown } from "../../src/input/markdown.js";
import { positionAt } from "../../src/text/positions.js";
import type { Position, TextBlock } from "../../src/types.js";

const DRAFTS = join(import.meta.dirname, "../fixtures/drafts");
const fixture = (name: string): string => readFileSync(join(DRAFTS, name), "utf8");

/** Where the `nth` occurrence of `needle` in the blocks' text stands in the source. */
function where(blocks: TextBlock[], needle: string, nth = 0): Position & { block: TextBlock } {
  let seen = 0;
  for (const block of blocks) {
    for (let i = block.text.indexOf(needle); i !== -1; i = block.text.indexOf(needle, i + 1)) {
      if (seen++ === nth) return { ...positionAt(block.text, block.spans, i), block };
    }
  }
  throw new Error(`"${needle}" is in no block: ${JSON.stringify(blocks.map((b) => b.text))}`);
}
const pos = (blocks: TextBlock[], needle: string, nth = 0): string => {
  const p = where(blocks, needle, nth);
  return `${p.line}:${p.column}`;
};
const allText = (blocks: TextBlock[]): string => blocks.map((b) => b.text).join("\n");

/**
 * Every letter and digit of every block maps to the same character in the source (columns are
 * code points, so the line is indexed as an array of code points).
 */
function expectExactMapping(source: string, blocks: TextBlock[]): void {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((l) => [...l]);
  let checked = 0;
  for (const block of blocks) {
    for (let i = 0; i < block.text.length; i++) {
      const ch = block.text[i];
      if (!/[\p{L}\p{N}]/u.test(ch)) continue;
      const p = positionAt(block.text, block.spans, i);
      const found = lines[p.line - 1]?.[p.column - 1];
      if (found !== ch) {
        throw new Error(`"${ch}" at ${i} of ${JSON.stringify(block.text)} maps to ${p.line}:${p.column} ("${found}")`);
      }
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
}

describe("markdown fixtures", () => {
  it("en-report.md: every figure at its line and column", async () => {
    const { blocks } = await parseMarkdown(fixture("en-report.md"));
    expect(pos(blocks, "1,344")).toBe("5:21"); // heading
    expect(pos(blocks, "347")).toBe("7:9"); // inside **bold**
    expect(pos(blocks, "August")).toBe("7:36"); // inside *emphasis*
    expect(pos(blocks, "2,448")).toBe("8:15"); // second line of the paragraph
    expect(pos(blocks, "512")).toBe("11:19");
    expect(pos(blocks, "2016")).toBe("13:16"); // link text
    expect(pos(blocks, "63 %")).toBe("13:80"); // after the link's URL and title
    expect(pos(blocks, "71")).toBe("15:37"); // after inline HTML
    expect(pos(blocks, "1,200")).toBe("27:12"); // block quote
    expect(pos(blocks, "2017")).toBe("28:19");
    expect(pos(blocks, "45")).toBe("30:19"); // bullet list item
    expect(pos(blocks, "46")).toBe("31:30"); // a tab counts as one column
    expect(pos(blocks, "81")).toBe("33:12"); // ordered list item
    expect(pos(blocks, "5*3")).toBe("34:12"); // an escape: \* → *
    expect(pos(blocks, "82")).toBe("34:23"); // after the escape and &amp;
    expect(pos(blocks, "3,100")).toBe("38:13"); // table cell
    expect(pos(blocks, "4.200")).toBe("39:13");
    expect(pos(blocks, "19")).toBe("41:13"); // after ï and é
    expect(pos(blocks, "20 things")).toBe("42:22"); // an emoji is one column
    expect(pos(blocks, "600")).toBe("45:18");
    expect(pos(blocks, "800")).toBe("49:7");
  });

  it("en-report.md: a paragraph over two lines is one block", async () => {
    const { blocks } = await parseMarkdown(fixture("en-report.md"));
    const p = where(blocks, "347");
    expect(p.block.text).toBe(
      "Hello 347 refugees arrived in August, and the camp held 2,448 people by the end of the month.",
    );
    expect(where(blocks, "2,448").block).toBe(p.block);
    expect(where(blocks, "the camp")).toMatchObject({ line: 8, column: 1 });
    expect(where(blocks, "Ünïcode").block.text).toBe("Naïve café: 19 crêpes sold. Ünïcode 😀 emoji then 20 things.");
  });

  it("en-report.md: skipped constructs give no text", async () => {
    const { blocks } = await parseMarkdown(fixture("en-report.md"));
    const text = allText(blocks);
    // front matter 9991 9992, link URL/title 9993 9994, image alt/URL 9995 9996, autolink 9997,
    // inline code 9998, inline HTML attribute 9999, HTML block 8881, fenced 8882, indented 8883
    for (const n of ["9991", "9992", "9993", "9994", "9995", "9996", "9997", "9998", "9999", "8881", "8882", "8883"]) {
      expect(text).not.toContain(n);
    }
    for (const s of ["title:", "https", "example.org", "chart", "img", "`code", "span", "<", "python", "fenced", "indented", "Block HTML", "factcheck", "**", "`", "|"]) {
      expect(text).not.toContain(s);
    }
    expect(blocks.map((b) => b.text)).toContain("Denmark"); // table cells are blocks of their own
    expect(blocks.map((b) => b.text)).toContain("Country");
  });

  it("da-rapport.md: CRLF line ends and TOML front matter", async () => {
    const source = fixture("da-rapport.md");
    expect(source).toContain("\r\n");
    const { blocks } = await parseMarkdown(source);
    expect(pos(blocks, "2015")).toBe("4:17");
    expect(pos(blocks, "347")).toBe("6:8");
    expect(pos(blocks, "2.448")).toBe("7:17");
    expect(where(blocks, "2.448").block).toBe(where(blocks, "347").block);
    expect(pos(blocks, "1.200")).toBe("9:10");
    expect(pos(blocks, "2017")).toBe("9:33");
    expect(pos(blocks, "45")).toBe("11:8");
    expect(pos(blocks, "12 %")).toBe("12:11");
    expect(pos(blocks, "800")).toBe("18:11");
    const text = allText(blocks);
    for (const s of ["7771", "7772", "7773", "7774", "title", "+++", "kode", "billede", "\r"]) expect(text).not.toContain(s);
  });

  it("da-bom.md: a BOM is stripped and does not move columns", async () => {
    const source = fixture("da-bom.md");
    expect(source.charCodeAt(0)).toBe(0xfeff);
    const { blocks } = await parseMarkdown(source);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text.startsWith("Cirka 20.722")).toBe(true);
    expect(blocks[0].spans[0]).toEqual({ offset: 0, line: 1, column: 1 });
    expect(pos(blocks, "20.722")).toBe("1:7");
    expect(pos(blocks, "6.266")).toBe("2:16");
  });

  it.each(["en-report.md", "da-rapport.md", "da-bom.md"])("%s: every letter and digit maps exactly", async (name) => {
    const source = fixture(name);
    expectExactMapping(source, (await parseMarkdown(source)).blocks);
  });
});

describe("markdown constructs", () => {
  const blocksOf = async (text: string): Promise<TextBlock[]> => (await parseMarkdown(text)).blocks;

  it("emphasis, strong and link text keep their columns", async () => {
    const blocks = await blocksOf("Hello **347** refugees and _12_ [more 5](http://x.org/6 'title 7') 8.");
    expect(blocks.map((b) => b.text)).toEqual(["Hello 347 refugees and 12 more 5 8."]);
    expect(pos(blocks, "347")).toBe("1:9");
    expect(pos(blocks, "12")).toBe("1:29");
    expect(pos(blocks, "5")).toBe("1:39");
    expect(pos(blocks, "8")).toBe("1:68");
  });

  it("soft and hard line breaks join a paragraph into one block", async () => {
    for (const src of ["One 12\ntwo 34", "One 12  \n  two 34", "One 12\\\ntwo 34", "One 12<br>\ntwo 34"]) {
      const blocks = await blocksOf(src);
      expect(blocks).toHaveLength(1);
      expect(blocks[0].text.replace(/ +/g, " ")).toBe("One 12 two 34");
      expect(where(blocks, "34")).toMatchObject({ line: 2, column: src.includes("  two") ? 7 : 5 });
    }
  });

  it("block prefixes: nested quotes and lists", async () => {
    const src = "> 1. > 7 cats\n>    > and 8 dogs\n\n- a\n\n  - b 9\n\t- c 10\n";
    const blocks = await blocksOf(src);
    expect(pos(blocks, "7")).toBe("1:8");
    expect(pos(blocks, "8")).toBe("2:12");
    expect(pos(blocks, "9")).toBe("6:7");
    expect(pos(blocks, "10")).toBe("7:6");
    expectExactMapping(src, blocks);
  });

  it("setext and ATX headings", async () => {
    const blocks = await blocksOf("# 1. One 1 #\n\nTwo 22\n  and 23\n===\n\n## 3 ##   \n");
    expect(blocks.map((b) => b.text)).toEqual(["1. One 1", "Two 22 and 23", "3"]);
    expect(pos(blocks, "1")).toBe("1:3");
    expect(pos(blocks, "1", 1)).toBe("1:10");
    expect(pos(blocks, "23")).toBe("4:7");
    expect(pos(blocks, "3", 1)).toBe("7:4");
    const nested = await blocksOf("1. # 1 up\n> - ## 2 #\n");
    expect(pos(nested, "1")).toBe("1:6");
    expect(pos(nested, "2")).toBe("2:8");
  });

  it("entities and escapes are decoded, and what follows keeps its column", async () => {
    const blocks = await blocksOf("&copy; 2020 &amp; 5\\% of &#x1F600; 6 and \\\\ 7");
    expect(blocks[0].text).toBe("© 2020 & 5% of 😀 6 and \\ 7");
    expect(pos(blocks, "2020")).toBe("1:8");
    expect(pos(blocks, "5%")).toBe("1:19");
    expect(pos(blocks, "6")).toBe("1:36");
    expect(pos(blocks, "7")).toBe("1:45");
  });

  it("tables: cells are blocks, an escaped pipe stays in its cell", async () => {
    const src = "| a | b |\n| - | - |\n| 1 | 1 |\n|  | x \\| 22 |\n| é 3 | `4` 5 |";
    const blocks = await blocksOf(src);
    expect(blocks.map((b) => b.text)).toEqual(["a", "b", "1", "1", "x | 22", "é 3", "5"]);
    expect(pos(blocks, "1")).toBe("3:3");
    expect(pos(blocks, "1", 1)).toBe("3:7");
    expect(pos(blocks, "22")).toBe("4:11");
    expect(pos(blocks, "3")).toBe("5:5");
    expect(pos(blocks, "5")).toBe("5:13");
  });

  it("reference links: the label text is kept, definitions are not prose", async () => {
    const blocks = await blocksOf("See [report 3][r] and [r] 4.\n\n[r]: http://x.org/999 'T 998'\n");
    expect(blocks.map((b) => b.text)).toEqual(["See report 3 and r 4."]);
    expect(pos(blocks, "4")).toBe("1:27");
  });

  it("URLs with parentheses and titles are skipped", async () => {
    const blocks = await blocksOf('[a 1](http://x/(2) "t (3)") then 4 ![b 5](c(6).png) 7 <http://x/8> 9');
    expect(blocks[0].text).toBe("a 1 then 4 7 9");
    expect(pos(blocks, "4")).toBe("1:34");
    expect(pos(blocks, "7")).toBe("1:53");
    expect(pos(blocks, "9")).toBe("1:68");
  });

  it("inline code, inline HTML and HTML blocks are skipped; text between tags is kept", async () => {
    const blocks = await blocksOf('Run `npm 1` 2 <span data-x="3">4</span> 5\n\n<table><tr><td>6</td></tr></table>\n\nok');
    expect(blocks.map((b) => b.text)).toEqual(["Run 2 4 5", "ok"]);
    expect(pos(blocks, "4")).toBe("1:32");
    expect(pos(blocks, "5")).toBe("1:41");
  });

  it("code fences and indented code are skipped", async () => {
    const blocks = await blocksOf("Text 1\n\n```\n2\n```\n\n~~~md\n3\n~~~\n\n    4\n\nText 5");
    expect(allText(blocks)).toBe("Text 1\nText 5");
    expect(pos(blocks, "5")).toBe("13:6");
  });

  it("front matter counts only at the very start of the file", async () => {
    expect(allText(await blocksOf("---\ntitle: 1\n---\nBody 2"))).toBe("Body 2");
    expect(pos(await blocksOf("---\ntitle: 1\n...\nBody 2"), "2")).toBe("4:6");
    expect(pos(await blocksOf("+++\nx = 1\n+++\n\nBody 2"), "2")).toBe("5:6");
    // not at the start: a thematic break and a setext heading, checked as prose
    expect(allText(await blocksOf("\n---\ntitle: 1\n---\nBody 2"))).toContain("title: 1");
    // never closed: not front matter
    expect(allText(await blocksOf("---\ntitle: 1\n\nBody 2"))).toContain("title: 1");
    expect(blankFrontMatter("---\na: 1\n---\nb")).toBe("\n\n\nb");
  });

  it("CRLF, lone CR and BOM keep positions", async () => {
    const blocks = await blocksOf("\uFEFFOne 1\r\ntwo 2\r\rThree **3**\rfour 4");
    expect(blocks.map((b) => b.text)).toEqual(["One 1 two 2", "Three 3 four 4"]);
    expect(pos(blocks, "1")).toBe("1:5");
    expect(pos(blocks, "2")).toBe("2:5");
    expect(pos(blocks, "3")).toBe("4:9");
    expect(pos(blocks, "4")).toBe("5:6");
  });

  it("survives odd input without throwing", async () => {
    for (const src of ["", "\n\n", "*", "[", "![", "`", "<!--", "&", "\\", "| a |\n|-|\n| \\| |", "\0 12", "*a **b* c**", "[a](<b c> 'd')", "[[a]]"]) {
      const { blocks } = await parseMarkdown(src);
      for (const b of blocks) for (let i = 0; i < b.text.length; i++) positionAt(b.text, b.spans, i);
    }
  });

  it("markdownBlocks takes the parser; parseMarkdown loads it", async () => {
    const md = await loadMarkdown();
    expect(markdownBlocks("A *1*", md).blocks[0].text).toBe("A 1");
    expect(await loadMarkdown()).toBe(md);
  });

  it("markdown-it is only imported lazily", () => {
    const staticMarkdownIt = /^import\s+(?!type\b)[^;]*from\s+"markdown-it"/m;
    const here = join(import.meta.dirname, "../../src/input");
    expect(readFileSync(join(here, "markdown.ts"), "utf8")).not.toMatch(staticMarkdownIt);
    expect(readFileSync(join(here, "files.ts"), "utf8")).not.toMatch(staticMarkdownIt);
  });
});

describe("markdown speed", () => {
  it("reads a mixed corpus in linear time (8x the text, at most 12x the time)", async () => {
    const sentences = [
      "The camp held 2,448 people by the end of August, according to the ministry.",
      "More than 347 refugees arrived on the island in a single week.",
      "The ferry carried *512* passengers to the mainland, the [coast guard](https://example.org/cg) said.",
      "In 2015 alone, **20,722** people applied for asylum in Denmark.",
      "Året efter kom 6.266, og tallet faldt igen i 2017.",
    ];
    const corpus = (bytes: number): string => {
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < bytes; i++) {
        let p = i % 10 === 0 ? `## Section ${i}\n\n` : "";
        for (let k = 0; k < 4; k++) p += sentences[(i + k) % sentences.length] + (k % 2 ? "\n" : " ");
        p += i % 7 === 0 ? "\n- item with 45 dogs\n- item with 46 cats\n\n" : "\n";
        parts.push(p);
        size += p.length;
      }
      return parts.join("");
    };
    await loadMarkdown();
    await expectLinear(async (n) => {
      const { blocks } = await parseMarkdown(corpus(n));
      expect(blocks.length).toBeGreaterThan(n / 1000);
    }, 300_000);
  }, 60_000);
});

describe("a large draft, parsed a part at a time", () => {
  // Every construct that could be cut wrongly: fences and HTML blocks with blank lines and
  // paragraph-like lines inside, lists, quotes, tables, headings, directives across parts.
  const piece = (i: number) =>
    [
      `# Section ${i}`,
      "",
      `Denmark lost ${i} soldiers in **Afghanistan**, and 2,448 Americans died.`,
      "",
      "- 347 refugees crossed",
      "",
      "  into Tajikistan, a continuation of the item.",
      "",
      "1. first 44",
      "",
      "2. second 45",
      "",
      "```",
      "code 1",
      "",
      "Not prose 999 refugees",
      "```",
      "",
      "<!-- a comment",
      "",
      "Still a comment 998 refugees",
      "-->",
      "",
      "<script>",
      "",
      "Script 997 refugees",
      "</script>",
      "",
      "> quoted 20,722 wounded",
      "",
      "| a | b |",
      "|---|---|",
      "| 12 | 13 |",
      "",
      i % 3 === 0 ? "<!-- factcheck-disable -->" : i % 3 === 1 ? "<!-- factcheck-enable -->" : "Plain 7 lines",
      "",
      "Setext heading with 8",
      "===",
      "",
      "    indented code 996",
      "",
    ].join("\n");
  const text = Array.from({ length: 60 }, (_, i) => piece(i)).join("\n");

  it("gives exactly the blocks, positions and directives of the whole", async () => {
    const md = await loadMarkdown();
    const whole = markdownBlocks(text, md, Infinity);
    for (const size of [100, 700, 3000]) expect(markdownBlocks(text, md, size)).toEqual(whole);
    expect(whole.blocks.some((b) => b.text.includes("999"))).toBe(false);
    expect(whole.directives.length).toBeGreaterThan(10);
  });

  it("is not cut where a link reference may be used in another part", async () => {
    const md = await loadMarkdown();
    const withRef = `${text}\n[44 Danes]: https://example.com\n`;
    expect(markdownBlocks(withRef, md, 100)).toEqual(markdownBlocks(withRef, md, Infinity));
  });
});
