// The shipped fact base (facts/) loads, and every fact is anchored in its source text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFactBase, loadFactBase } from "../../src/facts/index.js";
import { formatDiagnostic } from "../../src/facts/load.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { validateFactBase } from "../../src/facts/validate.js";
import type { FactBase } from "../../src/types.js";

const root = join(import.meta.dirname, "..", "..");
const factsDir = join(root, "facts");

let fb: FactBase;
beforeAll(async () => {
  fb = await loadFactBase([factsDir]);
});

describe("shipped fact base", () => {
  it("loads one document with its paragraphs", () => {
    const doc = fb.documents["dk-2021-07-afghan-refugees"];
    expect(doc).toBeDefined();
    expect(doc.language).toBe("da");
    expect(doc.date).toBe("2021-07");
    expect(doc.text).toBe(readFileSync(join(factsDir, "sources", "000_0a83094240985db4.txt"), "utf8"));
    expect(doc.paragraphs).toHaveLength(13);
    expect(doc.paragraphs[0]).toMatch(/^date 2021-07 De fleste/);
    expect(doc.paragraphs[12]).toMatch(/^Alle danske soldater/);
  });

  it("quotes every fact verbatim, within its paragraph", () => {
    for (const f of fb.facts) {
      const doc = fb.documents[f.document];
      expect(doc.text, f.id).toContain(f.quote);
      expect(doc.paragraphs[f.paragraph - 1], f.id).toContain(f.quote);
    }
  });

  it("states in every quote the figure it stores (as the figure reader reads it)", async () => {
    const v = await validateFactBase([factsDir]);
    expect(v.diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("names a subject and an event for every fact, and only known concepts (its own or the lexicon's)", async () => {
    const lexicon = await loadLexicon();
    for (const f of fb.facts) {
      expect(f.terms.subject.length, f.id).toBeGreaterThan(0);
      expect(f.terms.event.length, f.id).toBeGreaterThan(0);
      for (const ids of Object.values(f.terms)) for (const id of ids) expect(fb.concepts[id] ?? lexicon.concept(id), `${f.id}: ${id}`).toBeDefined();
    }
  });

  it("states the figures of the document", () => {
    const byId = new Map(fb.facts.map((f) => [f.id, f]));
    const fig = (id: string) => {
      const f = byId.get(id);
      expect(f, id).toBeDefined();
      return { ...f!.figure, display: f!.display };
    };
    expect(fig("babies-died-crossing-border")).toMatchObject({ kind: "count", value: 2, qualifier: "exact" });
    expect(fig("refugees-crossed-into-tajikistan")).toMatchObject({ kind: "count", value: 347 });
    expect(fig("border-guards-said-on-wednesday")).toMatchObject({ kind: "weekday", value: "wednesday", date: { weekday: 3 } });
    expect(fig("afghan-soldiers-fled-to-tajikistan")).toMatchObject({ kind: "vague", qualifier: "vague", low: 200, high: 999, display: "many hundreds" });
    expect(fig("us-withdrawal-complete-by-end-of-august")).toMatchObject({ kind: "month", value: "2021-08", qualifier: "before", date: { year: 2021, month: 8 } });
    expect(fig("miller-handed-over-command-monday")).toMatchObject({ kind: "weekday", value: "monday", display: "Monday" });
    expect(fig("biden-spoke-friday")).toMatchObject({ kind: "weekday", value: "friday" });
    expect(fig("september-11-attack-2001")).toMatchObject({ kind: "date", value: "2001-09-11", display: "11 September 2001", date: { year: 2001, month: 9, day: 11 } });
    expect(fig("bin-laden-killed-2011")).toMatchObject({ kind: "year", value: 2011, date: { year: 2011 } });
    expect(fig("americans-killed-afghanistan")).toMatchObject({ kind: "count", value: 2448, display: "2,448" });
    expect(fig("americans-wounded-afghanistan")).toMatchObject({ kind: "count", value: 20722, display: "20,722" });
    expect(fig("danes-killed-afghanistan")).toMatchObject({ kind: "count", value: 44 });
    expect(fig("danes-wounded-afghanistan")).toMatchObject({ kind: "count", value: 200, qualifier: "more_than", display: "more than 200" });
  });

  it("lists the entities each fact involves, the place of an event in its own role", () => {
    const terms = (id: string) => fb.facts.find((f) => f.id === id)!.terms;
    const all = (id: string) => Object.values(terms(id)).flat();
    expect(all("americans-killed-afghanistan")).toContain("afghanistan");
    expect(terms("refugees-crossed-into-tajikistan")).toMatchObject({ subject: ["refugees"] });
    expect(terms("refugees-crossed-into-tajikistan").event).toContain("cross");
    expect(all("refugees-crossed-into-tajikistan")).toEqual(expect.arrayContaining(["tajikistan", "afghanistan", "border-guards", "taliban"]));
    // Bin Laden was killed in Pakistan: Afghanistan is only context (a claim "killed in Afghanistan" must not match).
    expect(terms("bin-laden-killed-2011")).toMatchObject({ subject: ["bin-laden"], place: ["pakistan"] });
    expect(terms("bin-laden-killed-2011").context).toContain("afghanistan");
    expect(all("september-11-attack-2001")).toEqual(expect.arrayContaining(["al-qaeda", "bin-laden", "united-states"]));
  });

  it("keeps in its vocabulary only what is particular to its article (the rest is the lexicon's)", async () => {
    const lexicon = await loadLexicon();
    const own = Object.keys(fb.concepts).filter((id) => !id.includes("/"));
    expect(own.filter((id) => lexicon.has(id))).toEqual([]);
    expect(own.length).toBeLessThan(12);
  });

  it("compiles to plain JSON data with relative origins", async () => {
    const compiled = await compileFactBase([factsDir]);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    expect(compiled.facts.length).toBe(fb.facts.length);
    expect(compiled.facts[0].origin?.file).toBe("facts/afghanistan-2021-07.yaml");
    expect(compiled.documents["dk-2021-07-afghan-refugees"].origin?.file).toBe("facts/afghanistan-2021-07.yaml");
  });
});
