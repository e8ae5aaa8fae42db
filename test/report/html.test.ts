// The html format as a pure function: figures marked at their exact places in the rendered draft
// (CRLF, tabs, non-ASCII, emphasis, links, tables, escapes, entities), markers that never change
// the rendering, everything escaped, a CSP that allows exactly the inline assets, and a cost that
// grows linearly with the draft.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFileInput } from "../../src/check-files.js";
import { argumentSources } from "../../src/input/index.js";
import { noticeText } from "../../src/engine.js";
import { kindOf, textFromBytes } from "../../src/input/files.js";
import { summarise } from "../../src/pipeline.js";
import { formatHtml } from "../../src/report/html.js";
import { renderMarkdown, type OpenTag } from "../../src/report/html/render.js";
import type { Report } from "../../src/types.js";
import { shippedChecker } from "../hardening/helpers.js";
import { claim, report } from "./reports.js";

const OPTIONS = { toolVersion: "9.9.9", generatedAt: new Date("2026-01-02T03:04:05Z") };

/** A draft checked by the real pipeline, read and kept as the engine reads a file for html. */
async function checked(name: string, text: string): Promise<Report> {
  const checker = await shippedChecker();
  const input = await textFromBytes(new TextEncoder().encode(text), name, kindOf(name), { keepText: true });
  const outcome = checkFileInput(checker, input, { inlineConfig: true, reportUnused: false });
  const r = summarise(outcome.results, 1, [], outcome.notices.map(noticeText));
  if (outcome.suppressed.length) r.suppressed = outcome.suppressed;
  r.inputs = [outcome.input!];
  return r;
}

function decode(s: string): string {
  return s.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e as string]!);
}

interface MarkText {
  verdict: string;
  text: string;
  parts: number;
}

/** The text of each marked figure (its runs joined), by check number. */
function marks(html: string): Map<number, MarkText> {
  const out = new Map<number, MarkText>();
  for (const m of html.matchAll(/<mark class="fig v-(\w+)"[^>]*? data-f="(\d+)"[^>]*>([\s\S]*?)<\/mark>/g)) {
    const id = Number(m[2]);
    const prev = out.get(id);
    out.set(id, { verdict: m[1], text: (prev?.text ?? "") + decode(m[3]), parts: (prev?.parts ?? 0) + 1 });
  }
  return out;
}

const ws = (s: string) => s.replace(/\s+/g, " ");

/** Every check of the report is marked once, over exactly its figure's text. */
function expectExactMarks(r: Report, html: string): void {
  const found = marks(html);
  let id = 0;
  for (const result of r.results) {
    for (const c of result.checks) {
      id++;
      const m = found.get(id);
      expect(m, `figure ${c.figure.text} at ${c.figure.location.line}:${c.figure.location.column}`).toBeDefined();
      expect(ws(m!.text)).toBe(ws(c.figure.text));
      expect(m!.verdict).toBe(c.verdict);
      expect(html).toContain(`id="f-${id}"`);
    }
  }
  expect(found.size).toBe(id);
}

function main(html: string): string {
  return html.slice(html.indexOf("<main>"), html.indexOf("</main>"));
}

describe("html: figures marked where they stand", () => {
  it("marks figures inside emphasis, links, reference links, table cells, headings, escapes and entities", async () => {
    const text = [
      "---",
      "title: 347 refugees",
      "---",
      "# In 2021, **2,448** Americans died",
      "",
      "More than **200** Danes were *wounded*, and [44 Danes][] were killed; see [347 refugees](https://example.com/x).",
      "",
      "| who | killed |",
      "|---|--:|",
      "| Danes | 44 |",
      "| Americans\t| 2\\,448 |",
      "",
      "Said 20&nbsp;722 Americans were wounded and 20,700 too. It cost \\$5 million.",
      "",
      "[44 Danes]: https://example.com",
    ].join("\n");
    const r = await checked("d.md", text);
    expect(r.results.length).toBeGreaterThanOrEqual(6);
    const html = formatHtml(r, OPTIONS);
    expectExactMarks(r, html);
    // The figure that spans emphasis is one mark in two runs, the first one focusable.
    const spanning = [...marks(html).values()].find((m) => ws(m.text) === "More than 200");
    expect(spanning?.parts).toBe(2);
    // The reference link is still a link (the markers did not break its label).
    expect(main(html)).toMatch(/<span class="link" title="https:\/\/example.com">[^]*?44[^]*?Danes<\/span>/);
    // Front matter shown, not rendered, not marked.
    expect(main(html)).toContain('<pre class="skip front-matter">---\ntitle: 347 refugees\n---</pre>');
  });

  it("a figure just before inline HTML ends where it ends (its location too)", async () => {
    const r = await checked("b.md", "<b>12</b> html 347 refugees crossed");
    const twelve = r.results.flatMap((x) => x.checks).find((c) => c.figure.text === "12")!;
    expect(twelve.figure.location).toMatchObject({ line: 1, column: 4, endLine: 1, endColumn: 6 });
    expectExactMarks(r, formatHtml(r, OPTIONS));
  });

  it("is exact with CRLF, a BOM, tabs and characters outside the BMP", async () => {
    const text = "\uFEFF# Rapport\r\n\r\nBørn 🎉🎉 sagde\tat 2.448 amerikanere er dræbt, og 🎉 20.722 er såret.\r\nMere end 200 danskere\r\nblev såret.\r\n";
    const r = await checked("crlf.md", text);
    expect(r.results.length).toBeGreaterThanOrEqual(2);
    expectExactMarks(r, formatHtml(r, OPTIONS));
  });

  it("plain-text drafts: lines as written, directive comments shown as skipped", async () => {
    const text = "Tab\there: 347 refugees 🎉 crossed.\r\n# factcheck-disable-next-line\r\n999 refugees crossed into Tajikistan.\r\n2,448 Americans died.  # factcheck-disable-line\r\n";
    const r = await checked("d.txt", text);
    const html = formatHtml(r, OPTIONS);
    expectExactMarks(r, html);
    expect(main(html)).toContain('<span class="skip"># factcheck-disable-next-line</span>');
    expect(main(html)).toContain('<span class="skip"># factcheck-disable-line</span>');
  });

  it("claims given as arguments are listed with their figures marked", async () => {
    const checker = await shippedChecker();
    const args = ["Three babies died during the crossing.", "Norway lost 10 soldiers and 🎉 2,448 Americans died."];
    const results = argumentSources(args).flatMap((s) => s.blocks.flatMap((b) => checker.checkBlock(b, s.name)));
    const r = summarise(results, 0);
    r.inputs = args.map((text) => ({ name: "-", kind: "claims" as const, text }));
    const html = formatHtml(r, OPTIONS);
    expectExactMarks(r, html);
    expect(main(html)).toContain("<h2>Claims</h2>");
  });

  it("never changes the rendering: the page without its marks is the draft rendered without marks", async () => {
    const pieces = fc.constantFrom(
      "347 refugees crossed",
      "**2,448** Americans died",
      "more than *200* Danes were wounded",
      "[44 Danes](http://x.test/a_b) were killed",
      "[44 Danes][] were killed",
      "[2,448 Americans]",
      "20&nbsp;722 were wounded",
      "2\\,448 died",
      "it cost \\$5 million",
      "Børn 🎉 3 babies died",
      "`999 in code`",
      "<b>12</b> html",
      "_nearly 3,000_ died",
      "x**$5**y",
      "\t44 soldiers",
      "1. 44 Danes",
      "- 347 refugees",
      "> 2,448 Americans",
      "Almost 3,000 &amp; 2,448",
    );
    const seps = fc.constantFrom(" ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\n\n| a | b |\n|---|---|\n| ", " | ", "\n\n# ", "\n\n> ");
    const doc = fc
      .tuple(fc.array(fc.tuple(pieces, seps), { minLength: 1, maxLength: 8 }), fc.boolean())
      .map(([parts, refs]) => parts.map(([p, s]) => p + s).join("") + (refs ? "\n\n[44 Danes]: http://y.test\n[2,448 Americans]: http://z.test\n" : ""));
    const tag: OpenTag = (m, first) => ({ open: first ? `<mark data-m="${m}">` : `<mark>`, close: "</mark>" });
    await fc.assert(
      fc.asyncProperty(doc, async (text) => {
        const r = await checked("p.md", text);
        const html = formatHtml(r, OPTIONS);
        expectExactMarks(r, html);
        // The same rendering with and without markers.
        const spans = r.results.flatMap((res) => res.checks).map((c, i) => ({ span: { line: c.figure.location.line, column: c.figure.location.column, endLine: c.figure.location.endLine!, endColumn: c.figure.location.endColumn! }, mark: i }));
        const marked = renderMarkdown(text, spans, tag);
        const plain = renderMarkdown(text, [], tag);
        expect(marked.placed.size).toBe(spans.length);
        expect(marked.html.replace(/<\/?mark[^>]*>/g, "")).toBe(plain.html);
      }),
      { numRuns: 150 },
    );
  });
});

describe("html: page", () => {
  const sample = () => {
    const r = report([
      claim("a.md", 1, 1, "Nearly 3,000 Americans were killed.", [
        { text: "Nearly 3,000", verdict: "mismatch", reason: "Nearly 3,000 is 23% off the stored 2,448; 3,000 is the stored figure for another fact: Three thousand things. [other-fact]", line: 1, column: 1, fact: { id: "americans-killed", display: "2,448", value: 2448 }, source: { quote: "2448 amerikanere er blevet dræbt.", language: "da" } },
      ]),
      claim("a.md", 3, 1, "About 124,000 people were evacuated.", [
        { text: "About 124,000", verdict: "match", reason: "within 10%", line: 3, column: 1, fact: { id: "evacuated", display: "124,000", value: 124000 } },
      ]),
      claim("a.md", 5, 1, "It took 17 days.", [{ text: "17", verdict: "unverified", reason: "no stored fact covers it", line: 5, column: 9 }]),
      claim("a.md", 7, 1, "Some 120,000 left.", [{ text: "120,000", verdict: "close", reason: "a rounded figure", line: 7, column: 6, fact: { id: "evacuated", display: "124,000", value: 124000 } }]),
    ]);
    r.inputs = [{ name: "a.md", kind: "markdown", text: "Nearly 3,000 Americans were killed.\n\nAbout 124,000 people were evacuated.\n\nIt took 17 days.\n\nSome 120,000 left.\n\nA suppressed 999 here.\n" }];
    return r;
  };

  it("has the counts, the problems in order (mismatch, close, unverified) and every figure's details", () => {
    const html = formatHtml(sample(), { ...OPTIONS, factBases: ["newsroom-facts/"] });
    expect(html).toMatch(/<li class="v-mismatch" data-verdict="mismatch">.*<b>1<\/b> mismatch<\/li>/);
    expect(html).toMatch(/<li class="v-match" data-verdict="match">.*<b>1<\/b> match<\/li>/);
    expect(html).toContain('<time datetime="2026-01-02T03:04:05.000Z">2026-01-02 03:04 UTC</time>');
    expect(html).toContain("newsroom-facts/");
    const problems = [...html.matchAll(/<li><a href="#f-(\d+)" data-f="\d+" class="v-(\w+)">/g)].map((m) => [Number(m[1]), m[2]]);
    expect(problems).toEqual([[1, "mismatch"], [4, "close"], [3, "unverified"]]);
    // Details: the quote in its language, the document, the fact id, the other-fact hint apart.
    const d1 = html.slice(html.indexOf('id="d-1"'), html.indexOf("</li>", html.indexOf('id="d-1"')));
    expect(d1).toContain('<dd class="hint">3,000 is the stored figure for another fact: Three thousand things. [other-fact]</dd>');
    expect(d1).toContain("<dt>Why</dt><dd>Nearly 3,000 is 23% off the stored 2,448</dd>");
    expect(d1).toContain("<dt>Where</dt><dd>1:1</dd>"); // one file: no need to repeat its name
    const s1 = html.slice(html.indexOf('id="s-1"'));
    expect(s1).toMatch(/^id="s-1"><dl><dt>Source says<\/dt><dd><b><bdi>2,448<\/bdi><\/b>/);
    expect(s1).toContain('<dd class="quote" lang="da">“<bdi>2448 amerikanere er blevet dræbt.</bdi>”</dd>');
    expect(s1).toContain("<dt>Fact</dt><dd><code>americans-killed</code></dd>");
    expect(s1).toContain("<bdi>Evacuation from Kabul</bdi>, <bdi>2022-03-01</bdi>, paragraph 4");
    // The two checks citing the same fact share one source block.
    expect(html.match(/<li class="src" id="s-\d+">/g)).toHaveLength(2);
  });

  it("sets apart the judge's own hint that a claimed number is another fact's figure", async () => {
    // The judge says so only in the reason's text (src/judge/policy.ts): this ties the page to its wording.
    const r = await checked("hint.md", "2,448 Danes were killed in Afghanistan.\n");
    const c = r.results[0].checks[0];
    expect(c.verdict).toBe("mismatch");
    expect(c.reason).toContain("2,448 is the stored figure for another fact: ");
    const html = formatHtml(r, OPTIONS);
    const d1 = html.slice(html.indexOf('id="d-1"'), html.indexOf("</li>", html.indexOf('id="d-1"')));
    expect(d1).toMatch(/<dt>Another fact<\/dt><dd class="hint">2,448 is the stored figure for another fact: [^<]*\[americans-killed-afghanistan\]<\/dd>/);
    expect(d1).not.toMatch(/<dt>Why<\/dt><dd>[^<]*another fact/);
  });

  it("shows suppressed claims, rules and unreviewed facts when the report has them", () => {
    const r = sample();
    r.suppressed = [{ claim: "A suppressed 999 here.", location: { file: "a.md", line: 9, column: 1, endLine: 9, endColumn: 23 } }];
    const c = r.results[0].checks[0] as (typeof r.results)[0]["checks"][0] & { rule?: string; unreviewed?: boolean };
    c.rule = "hedge-too-far";
    c.unreviewed = true;
    const html = formatHtml(r, OPTIONS);
    expect(main(html)).toMatch(/<span class="sup v-suppressed" id="x-1"[^>]*>A suppressed 999 here.<\/span>/);
    expect(html).toMatch(/<b>1<\/b> suppressed<\/li>/);
    expect(html).toContain("<dt>Rule</dt><dd><code>hedge-too-far</code></dd>");
    expect(html).toContain("fact not reviewed by a person");
    // Suppressed claims no input text was given for are listed.
    r.inputs = [];
    expect(formatHtml(r, OPTIONS)).toContain("<h3>Suppressed claims</h3>");
  });

  it("a figure that cannot be placed is still listed, without a link", () => {
    const r = sample();
    r.results[2].checks[0].figure.location = { file: "a.md", line: 99, column: 1, endLine: 99, endColumn: 3 };
    const html = formatHtml(r, OPTIONS);
    expect(html).not.toContain('id="f-3"');
    expect(html).toMatch(/<a class="v-unverified" data-missing="1">.*not found in the text/);
  });

  it("without the inputs' text, the claims are listed", () => {
    const r = sample();
    delete r.inputs;
    const html = formatHtml(r, OPTIONS);
    expect(marks(html).size).toBe(4);
    expect(main(html)).toContain("<h2>Claims and drafts</h2>");
  });

  it("says when there is nothing to check", () => {
    const html = formatHtml({ results: [], summary: { claims: 0, match: 0, close: 0, mismatch: 0, unverified: 0, files: 1 }, withoutFigures: ["-"], warnings: ["b.md: skipped: binary file"] }, OPTIONS);
    expect(html).toContain("No figure found: nothing to check.");
    expect(html).toContain("b.md: skipped: binary file");
  });
});

describe("html: safe", () => {
  const HOSTILE = [
    "<script>window.__pwned = 1</script>",
    "",
    'Almost 3,000 <img src=x onerror="window.__pwned=1"> Americans </style><script>window.__pwned=2</script> died.',
    "",
    "[347 refugees](javascript:window.__pwned=3) and <a href=\"javascript:window.__pwned=4\">44 Danes</a>.",
    "",
    "![2,448 <svg onload=window.__pwned=5>](javascript:x) <iframe src=\"http://example.com\"></iframe>",
    "",
    "```html",
    "<script>window.__pwned=6</script>",
    "```",
    "",
    "| <b onmouseover=x>44</b> | 2,448 </td></tr></table><script>x</script> |",
    "|---|---|",
    "| `<script>` | &lt;script&gt; 347 |",
  ].join("\n");

  const TAGS = new Set(["html", "head", "meta", "title", "style", "script", "body", "header", "nav", "main", "section", "details", "summary", "div", "h1", "h2", "h3", "h4", "h5", "h6", "a", "p", "ul", "ol", "li", "dl", "dt", "dd", "span", "bdi", "mark", "b", "strong", "em", "code", "pre", "br", "hr", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "time"]);
  const ATTRIBUTES = /^(class|id|title|lang|tabindex|role|hidden|datetime|start|charset|name|content|http-equiv|data-[a-z]+|aria-[a-z]+)$/;

  /** Only our own elements and attributes: no draft or fact-base text became markup. */
  function expectInert(html: string): void {
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
    expect(html.match(/<style\b/gi)).toHaveLength(1);
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    const body = html.replace(/<style>[^]*?<\/style>|<script>[^]*?<\/script>/g, "");
    for (const m of body.matchAll(/<(?!!DOCTYPE)([^>]*)>/g)) {
      const tag = /^\/?([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*\/?$/.exec(m[1]);
      expect(tag, m[0]).not.toBeNull();
      expect(TAGS.has(tag![1]), m[0]).toBe(true);
      for (const a of tag![2].matchAll(/\s+([a-z-]+)(?:=("[^"]*"))?/g)) {
        // Our own links only jump within the page.
        if (a[1] === "href" && tag![1] === "a") expect(a[2]).toMatch(/^"#f-\d+"$/);
        else expect(a[1], m[0]).toMatch(ATTRIBUTES);
      }
    }
  }

  it("a hostile draft changes nothing but the text shown", async () => {
    const r = await checked("hostile.md", HOSTILE);
    const html = formatHtml(r, OPTIONS);
    expectInert(html);
    expect(main(html)).toContain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
    expect(main(html)).toContain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    expectExactMarks(r, html);
  });

  it("control and bidi characters in a draft are shown as escapes, as in the other formats", async () => {
    const r = await checked("ctl.md", "Nearly 3,000 \u202eAmericans\u202c were \u001b[2Jkilled.\n\n```\n\u0007 in code\n```\n");
    const html = formatHtml(r, OPTIONS);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(main(html)).toContain("\\u202eAmericans\\u202c were \\x1b[2Jkilled.");
    expect(main(html)).toContain("\\x07 in code");
    expectExactMarks(r, html);
  });

  it("hostile fact-base text, file names and reasons are escaped too", () => {
    const evil = '"><script>window.__pwned=1</script><img src=x onerror=alert(1)></style>';
    const r = report([
      claim(`a${evil}.md`, 1, 1, `Nearly 3,000 ${evil}`, [
        { text: "Nearly 3,000", verdict: "mismatch", reason: `because ${evil}`, line: 1, column: 1, fact: { id: `id${evil}`, display: `2,448${evil}`, value: 2448 }, source: { quote: evil, title: evil, date: evil } },
      ]),
    ], [evil]);
    r.inputs = [{ name: `a${evil}.md`, kind: "text", text: `Nearly 3,000 ${evil}` }];
    const html = formatHtml(r, { ...OPTIONS, factBases: [evil], toolVersion: evil });
    expectInert(html);
    expect(marks(html).get(1)?.text).toBe("Nearly 3,000");
  });

  it("has a Content-Security-Policy that allows exactly its inline style and script", () => {
    const html = formatHtml({ results: [], summary: { claims: 0, match: 0, close: 0, mismatch: 0, unverified: 0, files: 0 }, withoutFigures: [], warnings: [] }, OPTIONS);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
    const style = /<style>([^]*?)<\/style>/.exec(html)![1];
    const script = /<script>([^]*?)<\/script>/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).not.toMatch(/unsafe|https?:|\*|data:/);
    // The policy comes before anything it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
  });
});

describe("html: cost", () => {
  it("grows linearly: a draft 8× larger (one long paragraph and many) takes at most 12× the time", async () => {
    const para = "The Pentagon says 2,448 Americans have died in Afghanistan and more than 20,000 have been wounded; **347** refugees crossed. ";
    const draft = (n: number) => `${para.repeat(n)}\n\n${`Denmark lost 44 soldiers, [Norway](http://x) lost 10.\n\n`.repeat(n)}`;
    // 200 and 1,600 paragraphs: below that, the fixed cost of a page (the CSS, the script, the
    // header) and a cold JIT make the small draft's time say little.
    const small = await checked("s.md", draft(200));
    const large = await checked("l.md", draft(1600));
    // CPU time of the process (every thread, so the collector's helpers too), not wall time: on a
    // busy machine another process takes cores from the larger run's collections, not its work.
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const best = (f: () => unknown) => {
      let t = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = cpu();
        f();
        t = Math.min(t, cpu() - t0);
      }
      return t;
    };
    // The small draft: the mean of 8 runs in a row, so that it pays the garbage collection one run
    // of the 8× larger draft pays (a single small run can fall between two collections).
    const eightRuns = (f: () => unknown) => {
      let t = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = cpu();
        for (let i = 0; i < 8; i++) f();
        t = Math.min(t, (cpu() - t0) / 8);
      }
      return t;
    };
    const format = (r: Report) => () => formatHtml(r, OPTIONS);
    // The baseline, measured in the same run: markdown-it rendering the same drafts alone. On a
    // busy machine the larger heap can make both more than 8× slower; the limit follows it.
    const md = (r: Report) => () => renderMarkdown(r.inputs![0].text, [], () => ({ open: "", close: "" }));
    best(format(small)); // warm up
    best(md(small));
    // Up to three measurements: a collection or another process can slow one run down, but
    // quadratic code is 64× slower every time.
    const measured: string[] = [];
    let linear = false;
    for (let attempt = 0; attempt < 3 && !linear; attempt++) {
      const ratio = best(format(large)) / eightRuns(format(small));
      const baseline = best(md(large)) / eightRuns(md(small));
      const limit = 12 * Math.max(1, baseline / 8);
      measured.push(`${ratio.toFixed(1)} (limit ${limit.toFixed(1)})`);
      linear = ratio < limit;
    }
    expect(linear, `t(8n)/t(n): ${measured.join(", ")}`).toBe(true);
    const size = formatHtml(large, OPTIONS).length / formatHtml(small, OPTIONS).length;
    expect(size).toBeLessThan(9);
  });
});
