// `factcheck facts validate`: one fixture per rule (test/fixtures/factbases/validate/), each
// breaking exactly one, with its `file:line:col: severity: message` lines asserted exactly.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, loadFactBase } from "../../src/facts/index.js";
import { nearestDifference, quoteDifference } from "../../src/facts/load.js";
import { runValidate, sameFigure, validateFactBase } from "../../src/facts/validate.js";
import { parseFigures } from "../../src/figures/index.js";
import { UserError } from "../../src/types.js";

const dir = join("test", "fixtures", "factbases", "validate");
const fx = (name: string) => join(dir, name);

async function lines(paths: string[]): Promise<string[]> {
  return (await validateFactBase(paths)).diagnostics.map(formatDiagnostic);
}

describe("facts validate", () => {
  it("finds no problem in the shipped fact base", async () => {
    const r = await validateFactBase([join("facts")]);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(r.facts).toBe(14);
    expect(r.files).toBe(2);
    const out: string[] = [];
    expect(await runValidate(["facts"], { strict: true }, (s) => out.push(s))).toBe(0);
    expect(out.join("")).toBe("✔ 14 facts (1 not yet reviewed) in 2 files, no problems\n");
  });

  it("finds no problem in the baseline fixture and in the second source", async () => {
    expect(await lines([fx("valid.yaml")])).toEqual([]);
    expect(await lines([join("test", "fixtures", "factbases", "second-source")])).toEqual([]);
    expect(await lines(["facts", join("test", "fixtures", "factbases", "second-source")])).toEqual([]);
  });

  const cases: Array<[string, string[]]> = [
    [
      "schema.yaml",
      [
        `${fx("schema.yaml")}:39:39: error: facts[3].figure: unknown key "colour"`,
        `${fx("schema.yaml")}:51:16: error: facts[4].paragraph: expected a number, got a string ("three")`,
        `${fx("schema.yaml")}:52:5: error: facts[5]: missing key "statement"`,
      ],
    ],
    [
      "duplicate-id",
      [`${fx("duplicate-id/b.yaml")}:10:9: error: duplicate fact id "soldiers-killed" (first defined at ${fx("duplicate-id/a.yaml")}:25:5)`],
    ],
    ["missing-source.yaml", [`${fx("missing-source.yaml")}:22:9: error: source text not found: ${fx("sources/no-such-file.txt")}`]],
    ["quote-differs.yaml", [`${fx("quote-differs.yaml")}:56:12: error: quote differs from the source at "2.448" (source has "2448")`]],
    ["figure-not-in-quote.yaml", [`${fx("figure-not-in-quote.yaml")}:39:13: error: figure 35 is not read from the quote: the figure reader reads "30" as 30`]],
    [
      "conflicting-figures.yaml",
      [
        `${fx("conflicting-figures.yaml")}:55:12: warning: same subject (soldiers) and event (killed) as "soldiers-killed" at ${fx("conflicting-figures.yaml")}:25:5, with a different figure: 2,448 vs 12`,
      ],
    ],
    [
      "indistinguishable.yaml",
      [
        `${fx("indistinguishable.yaml")}:55:12: warning: the matcher cannot tell this fact from "soldiers-killed" at ${fx("indistinguishable.yaml")}:25:5: both have subject soldiers, event killed, place narnia, actor none`,
      ],
    ],
  ];
  for (const [name, expected] of cases) {
    it(name, async () => {
      expect(await lines([fx(name)])).toEqual(expected);
    });
  }

  it("exits 2 on errors, 0 on warnings, 2 on warnings with --strict", async () => {
    const out: string[] = [];
    const w = (s: string) => out.push(s);
    expect(await runValidate([fx("schema.yaml")], {}, w)).toBe(2);
    expect(out.at(-1)).toBe("✖ 5 facts in 1 file: 3 errors, 0 warnings\n");
    expect(await runValidate([fx("indistinguishable.yaml")], {}, w)).toBe(0);
    expect(out.at(-1)).toBe("✔ 6 facts in 1 file: 0 errors, 1 warning\n");
    expect(await runValidate([fx("indistinguishable.yaml")], { strict: true }, w)).toBe(2);
    expect(out.at(-1)).toBe("✖ 6 facts in 1 file: 0 errors, 1 warning (--strict)\n");
  });

  it("reports every problem of a file at once, of every kind", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "factcheck-validate-"));
    try {
      mkdirSync(join(tmp, "sources"));
      copyFileSync(fx("sources/narnia.txt"), join(tmp, "sources", "narnia.txt"));
      const broken = readFileSync(fx("valid.yaml"), "utf8")
        .replace("figure: { kind: count, value: 30 }", "figure: { kind: count, value: 30, colour: red }") // schema
        .replace("quote: Mere end 1.500 mennesker er flygtet fra Narnia.", "quote: Mere end 1500 mennesker er flygtet fra Narnia.") // quote
        .replace("figure: { kind: count, value: 12 }", "figure: { kind: count, value: 13 }") // figure
        .replace("event: [killed]\n    quote: To", "event: [dead]\n    quote: To"); // unknown concept
      const file = join(tmp, "broken.yaml");
      writeFileSync(file, broken);
      expect(await lines([file])).toEqual([
        `${file}:27:13: error: figure 13 is not read from the quote: the figure reader reads "12" as 12, "mandag" as Monday (weekday)`,
        `${file}:39:39: error: facts[3].figure: unknown key "colour"`,
        `${file}:50:12: error: quote differs from the source at "1500" (source has "1.500")`,
        `${file}:57:15: error: unknown concept "dead" (not in the built-in lexicon nor in the files loaded; the shipped fact base's own concepts load with --facts builtin)`,
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("keeps loadFactBase's first-error behaviour", async () => {
    await expect(loadFactBase([fx("schema.yaml")])).rejects.toThrow(UserError);
    try {
      await loadFactBase([fx("schema.yaml")]);
    } catch (e) {
      expect((e as UserError).format()).toBe(`${fx("schema.yaml")}:39:39: facts[3].figure: unknown key "colour"`);
    }
    // The figure check belongs to validate only: the loader accepts the fact.
    expect((await loadFactBase([fx("figure-not-in-quote.yaml")])).facts).toHaveLength(5);
  });

  it("refuses a path that does not exist", async () => {
    await expect(validateFactBase([fx("nope.yaml")])).rejects.toThrow("fact base not found");
  });
});

describe("nearest differing spot of a quote", () => {
  const text = "Mere end 1.500 mennesker er flygtet. Hæren oplyser, at 2448 soldater er blevet dræbt siden krigens start.";
  it.each([
    ["Hæren oplyser, at 2.448 soldater er blevet dræbt", "2.448", "2448"],
    ["Hæren oplyser, at 2448 soldater blev dræbt siden krigens start.", "blev", "er blevet"],
    ["Hæren oplyste, at 2448 soldater er blevet dræbt", "oplyste", "oplyser"],
    ["Hæren oplyser, at 2448 soldater er blevet dræbt siden krigen startede.", "krigen startede", "krigens start"],
  ])("%s", (quote, q, s) => {
    expect(nearestDifference(text, quote)).toMatchObject({ quote: q, source: s });
  });
  it("says so when nothing is similar", () => {
    expect(quoteDifference(text, "Something else entirely, nothing like it at all.")).toBe("quote not found in the source text (nothing similar either)");
  });
});

describe("figures read from quotes", () => {
  const proves = (quote: string, lang: "en" | "da", stored: Parameters<typeof sameFigure>[1]) =>
    parseFigures(quote, lang).some((f) => sameFigure(f, stored));
  it("reads the stored figure", () => {
    expect(proves("Derudover er 20.722 amerikanere blevet såret.", "da", { kind: "count", qualifier: "exact", value: 20722 })).toBe(true);
    expect(proves("To babyer døde.", "da", { kind: "count", qualifier: "exact", value: 2 })).toBe(true);
    expect(proves("overdrog mandag kommandoen", "da", { kind: "weekday", qualifier: "exact", value: "monday", date: { weekday: 1 } })).toBe(true);
    expect(proves("Mange hundrede soldater", "da", { kind: "vague", qualifier: "vague", value: "many hundreds", low: 200, high: 999 })).toBe(true);
    expect(proves("såret flere end 200.", "da", { kind: "count", qualifier: "more_than", value: 200 })).toBe(true);
    expect(proves("inden udgangen af august", "da", { kind: "month", qualifier: "before", value: "2021-08", date: { year: 2021, month: 8 } })).toBe(true);
    expect(proves("It will cost $2.3 billion.", "en", { kind: "money", qualifier: "exact", value: 2.3e9, unit: "USD" })).toBe(true);
  });
  it("does not read another figure", () => {
    expect(proves("såret flere end 200.", "da", { kind: "count", qualifier: "exact", value: 200 })).toBe(false);
    expect(proves("Derudover er 20.722 amerikanere blevet såret.", "da", { kind: "count", qualifier: "exact", value: 20.722 })).toBe(false);
    expect(proves("It will cost $2.3 billion.", "en", { kind: "money", qualifier: "exact", value: 2.3e9, unit: "EUR" })).toBe(false);
    expect(proves("inden udgangen af august 2020", "da", { kind: "month", qualifier: "before", value: "2021-08", date: { year: 2021, month: 8 } })).toBe(false);
  });
});
