// `factcheck extract`: a draft fact base from a source document, valid and usable at once.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftYaml, extractFacts, proseChunks } from "../../src/facts/extract.js";
import { loadFactBase } from "../../src/facts/index.js";
import { validateFactBase } from "../../src/facts/validate.js";
import { formatDiagnostic } from "../../src/facts/load.js";
import type { Fact } from "../../src/types.js";

const SHIPPED_SOURCE = join("facts", "sources", "000_0a83094240985db4.txt");
const ENGLISH_SOURCE = join("test", "fixtures", "sources", "northport-flood-barrier.md");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "factcheck-extract-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes the draft next to a copy of its source and loads it like any fact base. */
async function draftOf(source: string, meta: { id: string; lang: "en" | "da"; date: string; title: string }, name: string) {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, source.split(/[\\/]/).pop()!);
  copyFileSync(source, copy);
  const raw = readFileSync(source, "utf8");
  const draft = extractFacts(raw, { id: meta.id, lang: meta.lang, date: meta.date, markdown: source.endsWith(".md") });
  const file = join(dir, "draft.yaml");
  writeFileSync(file, draftYaml(draft, { ...meta, textPath: copy.split(/[\\/]/).pop()!, source: copy }));
  return { draft, file };
}

const key = (f: Fact) => `${f.paragraph} ${f.figure.kind} ${f.figure.qualifier} ${JSON.stringify(f.figure.value)}${f.figure.low !== undefined ? ` ${f.figure.low}-${f.figure.high}` : ""}`;

describe("extract on the shipped (Danish) source", () => {
  it("finds every figure of the hand-made fact base, and the draft validates", async () => {
    const { file } = await draftOf(SHIPPED_SOURCE, { id: "dk-draft", lang: "da", date: "2021-07", title: "Draft" }, "shipped");
    const hand = await loadFactBase(["facts"]);
    const draft = await loadFactBase([file]);
    const drafted = new Set(draft.facts.map(key));
    expect(hand.facts.map(key).filter((k) => !drafted.has(k))).toEqual([]);
    expect(draft.facts.length).toBe(hand.facts.length);
    expect(draft.facts.every((f) => f.review === true && f.statement.trim() !== "" && !/^TODO/i.test(f.statement))).toBe(true);
    const v = await validateFactBase([file]);
    expect(v.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
  });

  it("seeds subject and event terms from the words around each figure", async () => {
    const raw = readFileSync(SHIPPED_SOURCE, "utf8");
    const { facts } = extractFacts(raw, { id: "dk-draft", lang: "da", date: "2021-07", markdown: false });
    const terms = (quote: string, value: unknown) => {
      const f = facts.find((x) => x.quote.includes(quote) && x.figure.value === value)!;
      return [f.subject, f.event];
    };
    expect(terms("2448 amerikanere", 2448)).toEqual(["amerikanere", "dræbt"]);
    expect(terms("20.722 amerikanere", 20722)).toEqual(["amerikanere", "såret"]);
    expect(terms("To babyer", 2)).toEqual(["babyer", "døde"]);
    expect(terms("Mange hundrede", "many hundreds")).toEqual(["regeringssoldater", "flygtet"]);
    for (const f of facts) expect(f.subject && f.event, f.id).toBeTruthy();
  });
});

describe("extract on an English source (Markdown)", () => {
  it("reads counts, a bound, money, a percentage and a date, and the draft validates", async () => {
    const { draft, file } = await draftOf(
      ENGLISH_SOURCE,
      { id: "northport-2024-03-flood-barrier", lang: "en", date: "2024-03-15", title: "Northport approves $2.3 billion flood barrier" },
      "english",
    );
    const figures = draft.facts.map((f) => `${f.paragraph} ${f.figure.kind} ${f.figure.qualifier ?? "exact"} ${f.figure.value}${f.figure.unit ? ` ${f.figure.unit}` : ""}`);
    expect(figures).toEqual(
      expect.arrayContaining([
        "2 money exact 2300000000 USD",
        "3 date exact 2024-03-14",
        "3 money exact 2300000000 USD",
        "4 count more_than 1200",
        "5 count exact 48000",
        "6 percent exact 40",
        "8 percent exact 15",
        "7 year exact 2026",
      ]),
    );
    const v = await validateFactBase([file]);
    expect(v.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
    // English statements are the quote itself when the sentence holds one figure.
    expect(draft.facts.find((f) => f.figure.kind === "percent" && f.figure.value === 40)?.statement).toBe("The national government will pay 40% of the cost.");
  });

  it("matches the committed draft (test/fixtures/sources/northport-flood-barrier.draft.yaml)", () => {
    const raw = readFileSync(ENGLISH_SOURCE, "utf8");
    const draft = extractFacts(raw, { id: "northport-2024-03-flood-barrier", lang: "en", date: "2024-03-15", markdown: true });
    const yaml = draftYaml(draft, {
      id: "northport-2024-03-flood-barrier",
      title: "Northport approves $2.3 billion flood barrier",
      date: "2024-03-15",
      textPath: "northport-flood-barrier.md",
      source: "northport-flood-barrier.md",
    });
    expect(yaml).toBe(readFileSync(join("test", "fixtures", "sources", "northport-flood-barrier.draft.yaml"), "utf8"));
  });
});

describe("Markdown prose", () => {
  it("skips front matter and code, strips heading and list marks, keeps the loader's paragraph numbers", () => {
    const md = [
      "---",
      "title: x",
      "",
      "n: 5",
      "---",
      "",
      "# Heading with 12 words",
      "",
      "Body text with 30 people",
      "on two lines.",
      "",
      "```",
      "code 99",
      "",
      "more 98",
      "```",
      "",
      "- item 7 here",
      "- item 8 there",
    ].join("\n");
    const chunks = proseChunks(md, true).map((c) => [c.paragraph, c.text]);
    expect(chunks).toEqual([
      [3, "Heading with 12 words"],
      [4, "Body text with 30 people\non two lines."],
      [7, "item 7 here"],
      [7, "item 8 there"],
    ]);
    for (const [, text] of chunks) expect(md).toContain(text as string);
  });
});
