// Broken fact bases: each fixture breaks one rule and must give `file:line:col: message`.
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFactBase } from "../../src/facts/index.js";
import { stem } from "../../src/text/tokens.js";
import { UserError } from "../../src/types.js";

const dir = join("test", "fixtures", "factbases");
const fx = (name: string) => join(dir, name);

async function failure(paths: string[]): Promise<string> {
  try {
    await loadFactBase(paths);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).format();
  }
  throw new Error(`expected ${paths.join(", ")} to fail`);
}

describe("loadFactBase errors", () => {
  it("loads the valid fixture", async () => {
    const fb = await loadFactBase([fx("valid.yaml")]);
    expect(fb.facts.map((f) => f.id)).toEqual(["soldiers-killed", "soldiers-killed-monday", "people-fled"]);
    expect(fb.facts[0].origin).toEqual({ file: fx("valid.yaml"), line: 22, column: 5 });
    expect(fb.facts[2].display).toBe("more than 1,500");
    // Inline terms become concepts of their own.
    expect(fb.facts[1].terms.context).toEqual(["soldiers-killed-monday/context/1"]);
    expect(fb.concepts["soldiers-killed-monday/context/1"].phrases.map((p) => p.tokens)).toEqual([[stem("monday", "en")], ["mandag"]]);
  });

  const cases: Array<[string, string, string[]?]> = [
    ["syntax-error.yaml", "4:5: YAML: flow sequence in block collection must be sufficiently indented and end with a ]"],
    ["unknown-key.yaml", '15:39: facts[1].figure: unknown key "colour"'],
    ["wrong-type.yaml", '20:16: facts[1].paragraph: expected a number, got a string ("two")'],
    ["unknown-concept.yaml", '17:17: unknown concept "narnian-soldiers" (not in the built-in lexicon nor in the files loaded; the shipped fact base\'s own concepts load with --facts builtin)'],
    ["duplicate-id.yaml", `19:9: duplicate fact id "soldiers-killed" (first defined at ${fx("duplicate-id.yaml")}:13:5)`],
    ["quote-not-in-source.yaml", '17:12: quote not found verbatim in sources/mini.txt (it matches up to "… soldater blev dræbt i Narnia ")'],
    ["missing-source.yaml", `10:9: source text not found: ${join(dir, "sources", "no-such-file.txt")}`],
    ["alias-bomb.yaml", "4:13: too many alias expansions (more than 100): refusing a possible resource exhaustion attack"],
    ["proto-key.yaml", '4:5: key "__proto__" is not allowed'],
    ["paragraph-out-of-range.yaml", "18:16: paragraph 7 is out of range: sources/mini.txt has 3 paragraphs"],
    ["quote-in-other-paragraph.yaml", "18:16: quote is in paragraph 2, not 3"],
    ["empty-subject.yaml", "17:16: facts[1].terms.subject: must name at least one term"],
    ["custom-tag.yaml", "3:9: YAML: unresolved tag: tag:yaml.org,2002:js/function"],
    ["bad-figure.yaml", '15:37: figure: a weekday must be an English day name such as "monday"'],
    ["duplicate-concept.yaml", '5:3: duplicate concept id "killed"', [fx("valid.yaml"), fx("duplicate-concept.yaml")]],
  ];
  for (const [name, expected, paths] of cases) {
    it(name, async () => {
      expect(await failure(paths ?? [fx(name)])).toBe(`${fx(name)}:${expected}`);
    });
  }

  it("reports a missing fact-base path", async () => {
    expect(await failure([fx("nope.yaml")])).toBe(`${fx("nope.yaml")}: fact base not found`);
  });

  it("refuses files over 10 MB", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "factcheck-facts-"));
    try {
      const big = join(tmp, "big.yaml");
      writeFileSync(big, `# ${"x".repeat(10 * 1024 * 1024)}\nconcepts: {}\n`);
      expect(await failure([big])).toBe(`${big}: fact-base file is larger than 10 MB: ${big}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("reads folders recursively, sorted, and reports duplicates across files", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "factcheck-facts-"));
    try {
      mkdirSync(join(tmp, "sub", "sources"), { recursive: true });
      copyFileSync(fx("valid.yaml"), join(tmp, "sub", "a.yml"));
      copyFileSync(join(dir, "sources", "mini.txt"), join(tmp, "sub", "sources", "mini.txt"));
      writeFileSync(join(tmp, "b.yaml"), "concepts:\n  wounded:\n    en: [wounded]\n");
      writeFileSync(join(tmp, "notes.txt"), "not yaml: [");
      const fb = await loadFactBase([tmp]);
      expect(fb.facts).toHaveLength(3);
      expect(Object.keys(fb.concepts)).toContain("wounded");
      // The same concept in a second file is an error, pointing at the second definition.
      writeFileSync(join(tmp, "c.yaml"), "concepts:\n  killed:\n    en: [slain]\n");
      expect(await failure([tmp])).toBe(`${join(tmp, "sub", "a.yml")}:3:3: duplicate concept id "killed"`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("a check run names the first problem in file order, the one `facts validate` lists first", async () => {
    const { loadYamlFacts } = await import("../../src/load-facts.js");
    const { validateFactBase } = await import("../../src/facts/validate.js");
    const tmp = mkdtempSync(join(tmpdir(), "factcheck-facts-"));
    try {
      writeFileSync(join(tmp, "doc.txt"), "12 Danes were killed.\n");
      const file = join(tmp, "bad.yaml");
      writeFileSync(
        file,
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
      let message = "";
      try {
        await loadYamlFacts([file]);
      } catch (e) {
        message = (e as UserError).format();
      }
      expect(message).toBe(`${file}:4:5: facts[1]: unknown key "statment"`); // zod reports the nested key first
      // validate lists every problem of the fact, in file order, though its keys are misspelt.
      const { diagnostics } = await validateFactBase([file]);
      expect(diagnostics.map((d) => `${d.line}:${d.column}: ${d.message.replace(/ \(.*$/, "")}`)).toEqual([
        '4:5: facts[1]: unknown key "statment"',
        '6:39: facts[1].figure: unknown key "extra"',
        '7:24: unknown concept "nope"',
        '7:39: unknown concept "killed"',
        "8:12: quote not found in the source text",
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
