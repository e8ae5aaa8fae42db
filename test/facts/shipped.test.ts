// The shipped fact base (facts/) loads, and every fact is anchored in its source text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFactBase, loadFactBase } from "../../src/facts/index.js";
import type { Fact, FactBase } from "../../src/types.js";

const root = join(import.meta.dirname, "..", "..");
const factsDir = join(root, "facts");

let fb: FactBase;
beforeAll(async () => {
  fb = await loadFactBase([factsDir]);
});

// Danish written forms of figures that the quote may give in words rather than digits.
const DA_NUMBER_WORDS: Record<number, string[]> = {
  1: ["en", "et", "én", "ét"], 2: ["to"], 3: ["tre"], 4: ["fire"], 5: ["fem"], 6: ["seks"], 7: ["syv"], 8: ["otte"], 9: ["ni"], 10: ["ti"],
};
const DA_WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
const DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];
const DA_VAGUE: Record<string, string[]> = { "many hundreds": ["mange hundrede"], most: ["de fleste"] };
const DA_QUALIFIERS: Partial<Record<string, string[]>> = {
  more_than: ["flere end", "mere end", "over"],
  before: ["inden", "før"],
};

function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/** Digits with thousands separators removed: "20.722" → "20722". */
function digits(text: string): string {
  return text.replace(/(?<=\d)[.,  ](?=\d{3}(?!\d))/g, "");
}

function figureInQuote(f: Fact): boolean {
  const q = f.quote;
  const v = f.figure;
  if (DA_VAGUE[f.display]) return DA_VAGUE[f.display].some((w) => hasWord(q, w));
  switch (v.kind) {
    case "weekday":
      return hasWord(q, DA_WEEKDAYS[(v.date?.weekday ?? 0) - 1]);
    case "month":
      return hasWord(q, DA_MONTHS[(v.date?.month ?? 0) - 1]);
    case "date": {
      const d = v.date!;
      return hasWord(q, `${d.day}. ${DA_MONTHS[d.month! - 1]}${d.year ? ` ${d.year}` : ""}`);
    }
    default: {
      const n = v.value as number;
      return hasWord(digits(q), String(n)) || (DA_NUMBER_WORDS[n] ?? []).some((w) => hasWord(q, w));
    }
  }
}

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

  it("finds every fact's figure in its quote", () => {
    for (const f of fb.facts) {
      expect(figureInQuote(f), `${f.id}: ${f.display} in «${f.quote}»`).toBe(true);
      const words = DA_VAGUE[f.display] ? undefined : DA_QUALIFIERS[f.figure.qualifier]; // "de fleste" holds its own qualifier
      if (words) expect(words.some((w) => hasWord(f.quote, w)), `${f.id}: qualifier ${f.figure.qualifier}`).toBe(true);
    }
  });

  it("names a subject and an event for every fact, and only known concepts", () => {
    for (const f of fb.facts) {
      expect(f.terms.subject.length, f.id).toBeGreaterThan(0);
      expect(f.terms.event.length, f.id).toBeGreaterThan(0);
      for (const ids of Object.values(f.terms)) for (const id of ids) expect(fb.concepts[id], `${f.id}: ${id}`).toBeDefined();
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

  it("lists the entities each fact involves", () => {
    const terms = (id: string) => fb.facts.find((f) => f.id === id)!.terms;
    const all = (id: string) => Object.values(terms(id)).flat();
    expect(all("americans-killed-afghanistan")).toContain("afghanistan");
    expect(terms("refugees-crossed-into-tajikistan")).toMatchObject({ subject: ["refugees"], event: ["cross-border"] });
    expect(all("refugees-crossed-into-tajikistan")).toEqual(expect.arrayContaining(["tajikistan", "afghanistan", "border-guards", "taliban"]));
    expect(all("bin-laden-killed-2011")).toEqual(expect.arrayContaining(["bin-laden", "killed", "pakistan", "afghanistan", "americans"]));
    expect(terms("september-11-attack-2001")).toMatchObject({ subject: ["attack"], event: ["attack"], place: ["americans"] });
    expect(all("september-11-attack-2001")).toEqual(expect.arrayContaining(["al-qaeda", "bin-laden"]));
  });

  it("has a gazetteer of named entities", () => {
    const places = Object.values(fb.concepts).filter((c) => c.class === "place");
    expect(places.length).toBeGreaterThanOrEqual(80);
    for (const id of ["iran", "germany", "uzbekistan", "tajikistan", "pakistan", "americans", "danes"]) expect(fb.concepts[id]?.class, id).toBe("place");
    for (const id of ["nato", "taliban", "al-qaeda", "isis", "un"]) expect(fb.concepts[id]?.class, id).toBe("organization");
    for (const id of ["biden", "miller", "bin-laden"]) expect(fb.concepts[id]?.class, id).toBe("person");
  });

  it("compiles to plain JSON data with relative origins", async () => {
    const compiled = await compileFactBase([factsDir]);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    expect(compiled.facts.length).toBe(fb.facts.length);
    expect(compiled.facts[0].origin?.file).toBe("facts/afghanistan-2021-07.yaml");
    expect(compiled.documents["dk-2021-07-afghan-refugees"].origin?.file).toBe("facts/afghanistan-2021-07.yaml");
  });
});
