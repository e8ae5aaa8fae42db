// Property-based tests (fast-check): the pipeline never throws, the figure reader reads back what
// a formatter writes, verdicts are monotone in the distance, Markdown positions are exact.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, parseFigures } from "../../src/figures/index.js";
import { judgeFigure, roundingStep } from "../../src/judge/index.js";
import { lineBlocks } from "../../src/input/index.js";
import { plainTextBlocks } from "../../src/input/files.js";
import { loadMarkdown, markdownBlocks } from "../../src/input/markdown.js";
import { positionAt } from "../../src/text/positions.js";
import { formatReport, FORMATS } from "../../src/report/index.js";
import { summarise } from "../../src/pipeline.js";
import { Chalk } from "chalk";
import { VERDICT_RANK, type FigureValue, type Lang, type Qualifier } from "../../src/types.js";
import { numberWords, shippedChecker } from "./helpers.js";

const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }), // any code point, NUL and controls included
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom("\ud800", "\udfff", "\u0000", "\r", "\n", "\u001b", "\u202e", "1", "2,448", " ", ".", "mere end", "ca.", "Gen.", "😀", "-", "/", "%", "$"), maxLength: 80 }),
  fc.array(fc.constantFrom("347", "2.448", "flygtninge", "refugees", "Tajikistan", "killed", "more than", "about", "Danes", "amerikanere", "\ud83d", ".", "\u0000", "2021", "August", "9/11", "–", "between", "and"), { maxLength: 30 }).map((a) => a.join(" ")),
);

describe("any string as a claim", () => {
  it("never throws through the pipeline, and every output format is well formed", async () => {
    const checker = await shippedChecker();
    const style = new Chalk({ level: 0 });
    await fc.assert(
      fc.asyncProperty(anyString, async (s) => {
        const results = [];
        for (const block of lineBlocks(s)) results.push(...checker.checkBlock(block, "-"));
        for (const block of plainTextBlocks(s).blocks) checker.checkBlock(block, "draft.txt");
        for (const block of markdownBlocks(s, await loadMarkdown()).blocks) results.push(...checker.checkBlock(block, "draft.md"));
        const report = summarise(results, 0, [], []);
        for (const format of FORMATS) {
          const out = await formatReport(report, format, { style, failOn: "unverified", toolVersion: "0.1.0", cwd: "/repo", verbose: true });
          if (format === "json" || format === "sarif") JSON.parse(out);
          else expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------

const QUALIFIER_WORDS: Record<Lang, [string, Qualifier][]> = {
  en: [["", "exact"], ["more than", "more_than"], ["about", "about"], ["at least", "at_least"], ["fewer than", "less_than"], ["nearly", "nearly"]],
  da: [["", "exact"], ["flere end", "more_than"], ["cirka", "about"], ["mindst", "at_least"], ["færre end", "less_than"], ["næsten", "nearly"]],
};
const NOUN: Record<Lang, [string, string]> = { en: ["The report says", "people were counted."], da: ["Rapporten siger", "personer blev talt."] };

function sentence(lang: Lang, qualifier: string, figure: string): string {
  const [before, after] = NOUN[lang];
  return `${before} ${qualifier ? `${qualifier} ` : ""}${figure} ${after}`;
}

function readBack(text: string, lang: Lang): { value: unknown; qualifier: string }[] {
  return parseFigures(text, lang).map((f) => ({ value: f.value, qualifier: f.qualifier }));
}

const langArb = fc.constantFrom<Lang>("en", "da");
const qualArb = (lang: Lang) => fc.constantFrom(...QUALIFIER_WORDS[lang]);
// Years (1800–2100 written without separators) are read as years: keep plain integers out of that band.
const notYear = (n: number) => n < 1800 || n > 2100;

describe("the figure reader reads back what a formatter writes", () => {
  it("integers with and without separators", () => {
    fc.assert(
      fc.property(langArb.chain((l) => fc.tuple(fc.constant(l), qualArb(l), fc.integer({ min: 0, max: 1e9 }), fc.boolean())), ([lang, [q, qualifier], n, grouped]) => {
        fc.pre(grouped || notYear(n));
        const written = grouped ? formatNumber(n, lang) : String(n);
        const text = sentence(lang, q, written);
        expect(readBack(text, lang), text).toEqual([{ value: n, qualifier }]);
      }),
      { numRuns: 1500 },
    );
  });

  it("decimals (one or two decimal places: three are read as a thousands group in both languages)", () => {
    fc.assert(
      fc.property(
        langArb.chain((l) => fc.tuple(fc.constant(l), qualArb(l), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 99 }))),
        ([lang, [q, qualifier], int, cents]) => {
          const value = Number(`${int}.${String(cents).padStart(2, "0")}`);
          const written = formatNumber(value, lang);
          const text = sentence(lang, q, written);
          expect(readBack(text, lang), text).toEqual([{ value, qualifier }]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("numbers in words up to a million", () => {
    fc.assert(
      fc.property(langArb.chain((l) => fc.tuple(fc.constant(l), qualArb(l), fc.integer({ min: 2, max: 1_000_000 }))), ([lang, [q, qualifier], n]) => {
        const text = sentence(lang, q, numberWords(n, lang));
        expect(readBack(text, lang), text).toEqual([{ value: n, qualifier }]);
      }),
      { numRuns: 1500 },
    );
  });

  it("known examples of the word helper", () => {
    expect(numberWords(2448, "en")).toBe("two thousand four hundred and forty-eight");
    expect(numberWords(2448, "da")).toBe("to tusind fire hundrede og otteogfyrre");
    expect(readBack(sentence("da", "", "et hundrede og én"), "da")).toEqual([{ value: 101, qualifier: "exact" }]);
  });
});

// ---------------------------------------------------------------------------------------------

const OPTIONS = { tolerance: 0.1, closeTolerance: 0.05 };
const texts = { claimed: "c", stored: "s" };
const count = (value: number, qualifier: Qualifier = "exact"): FigureValue => ({ kind: "count", qualifier, value });

describe("verdicts are monotone in the distance", () => {
  it("moving a claimed figure further from the stored one never improves its verdict", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom<Qualifier>("exact", "about", "nearly"),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom(-1, 1),
        fc.record({ tolerance: fc.double({ min: 0, max: 0.5, noNaN: true }), closeTolerance: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
        (stored, qualifier, near, extra, side, options) => {
          const c1 = stored + side * near;
          const c2 = stored + side * (near + extra);
          // (a hedge rounds: of two hedged claims only those written as roundly as each other
          // compare so, "about 2,400" and "about 2,300"; a rounder one further off may be a
          // rounding where a nearer, less round one is not: hedge-not-rounding)
          fc.pre(qualifier === "exact" || (c1 > 0 && c2 > 0 && roundingStep(c1) === roundingStep(c2)));
          const v1 = judgeFigure(count(c1, qualifier), count(stored), options, texts).verdict;
          const v2 = judgeFigure(count(c2, qualifier), count(stored), options, texts).verdict;
          if (qualifier === "exact") {
            if (v1 !== "match") expect(v2).not.toBe("match");
          } else {
            expect(VERDICT_RANK[v2]).toBeGreaterThanOrEqual(VERDICT_RANK[v1]);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("with decimals too", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.constantFrom<Qualifier>("about", "nearly"),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.constantFrom(-1, 1),
        (stored, qualifier, near, extra, side) => {
          const c1 = stored + side * near;
          const c2 = stored + side * (near + extra);
          const v1 = judgeFigure(count(c1, qualifier), count(stored), OPTIONS, texts).verdict;
          const v2 = judgeFigure(count(c2, qualifier), count(stored), OPTIONS, texts).verdict;
          expect(VERDICT_RANK[v2]).toBeGreaterThanOrEqual(VERDICT_RANK[v1]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

const word = fc.constantFrom("347", "2,448", "refugees", "flygtninge", "æøå", "😀", "Tajikistan", "more", "than", "a\tb", "x", "9/11", "&", "!", "(", ")");
const inline = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: word },
      { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
      { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
      { weight: 1, arbitrary: word.map((w) => `_${w}_`) },
      { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
      { weight: 1, arbitrary: word.map((w) => `[${w}](https://example.com/${w.length} "t")`) },
      { weight: 1, arbitrary: word.map((w) => `![${w}](a.png)`) },
      { weight: 1, arbitrary: fc.constant("<https://auto.link/x>") },
      { weight: 1, arbitrary: fc.constantFrom("\\*", "\\_", "&amp;", "&copy;", "&#35;", "<br>", "<!-- note -->", "<!-- factcheck-disable-line -->") },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((ws) => ws.join(" "));

const block = fc.oneof(
  inline,
  inline.map((t) => `${"#".repeat(1 + (t.length % 6))} ${t}`),
  inline.map((t) => `${t}\n===`),
  fc.tuple(inline, inline).map(([a, b]) => `${a}\n${b}`),
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((t, i) => `${"  ".repeat(i)}- ${t}`).join("\n")),
  fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => items.map((t, i) => `${i + 1}. ${t}`).join("\n")),
  fc.tuple(fc.integer({ min: 1, max: 4 }), inline).map(([n, t]) => `${"> ".repeat(n)}${t}`),
  fc.tuple(inline, inline).map(([a, b]) => `> ${a}\n> ${b}`),
  inline.map((t) => `\`\`\`\n${t}\n\`\`\``),
  inline.map((t) => `    ${t}`),
  inline.map((t) => `<!-- ${t} -->`),
  fc.tuple(inline, inline).map(([a, b]) => `| ${a.replace(/\|/g, "")} | ${b.replace(/\|/g, "")} |\n| --- | --- |\n| ${b.replace(/\|/g, "")} | x |`),
);

const document = fc
  .tuple(fc.boolean(), fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
  .map(([front, blocks, eol, bom]) => {
    const body = (front ? "---\ntitle: 347 refugees\n---\n" : "") + blocks.join("\n\n") + "\n";
    return (bom ? "\ufeff" : "") + body.replace(/\n/g, eol);
  });

/** The code point at 1-based line:column of the source (lines end at CRLF, CR or LF). */
function sourceChar(src: string, line: number, column: number): string | undefined {
  const text = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
  const lines = text.split(/\r\n|\r|\n/);
  return Array.from(lines[line - 1] ?? "")[column - 1];
}

describe("Markdown positions", () => {
  it("every character of every block maps to the same character in the source", async () => {
    const md = await loadMarkdown();
    fc.assert(
      fc.property(document, (src) => {
        for (const b of markdownBlocks(src, md).blocks) {
          for (let i = 0; i < b.text.length; i++) {
            const c = b.text.charCodeAt(i);
            if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a pair
            const ch = String.fromCodePoint(b.text.codePointAt(i)!);
            if (ch === " ") continue; // a separator standing for a line break or a left-out piece
            const { line, column } = positionAt(b.text, b.spans, i);
            const at = sourceChar(src, line, column);
            if (at === ch) continue;
            // A backslash escape or an entity stands where its `\` or `&` does.
            if (at === "\\" || at === "&") continue;
            expect.fail(`${JSON.stringify(ch)} at ${i} of ${JSON.stringify(b.text)} maps to ${line}:${column} = ${JSON.stringify(at)} in ${JSON.stringify(src)}`);
          }
        }
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});
