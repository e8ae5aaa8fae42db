// The matcher on a small hand-made fact base: subject and event are both required, named
// entities block, each figure binds to its own clause, the longest term wins; and the indexed
// candidate selection gives exactly what the full scan (--verbose) gives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTermIndex, loadFactBase, makePhrase } from "../../src/facts/index.js";
import { detectLanguage, parseFigures } from "../../src/figures/index.js";
import { Matcher, type Tie } from "../../src/match/index.js";
import { tokenize } from "../../src/text/tokens.js";
import type { Concept, EntityClass, Fact, FactBase, FigureValue, Lang, Role } from "../../src/types.js";

function concept(id: string, en: string[], da: string[] = [], cls?: EntityClass): Concept {
  const phrases = [...en.map((t) => makePhrase(t, "en", cls !== undefined)), ...da.map((t) => makePhrase(t, "da", cls !== undefined))];
  return { id, phrases, ...(cls ? { class: cls } : {}) };
}

function fact(id: string, figure: FigureValue, terms: Partial<Record<Role, string[]>>): Fact {
  return {
    id,
    statement: id,
    figure,
    display: String(figure.value),
    terms: { subject: [], event: [], place: [], actor: [], context: [], ...terms },
    quote: id,
    paragraph: 1,
    document: "doc",
  };
}

const count = (value: number, qualifier: FigureValue["qualifier"] = "exact"): FigureValue => ({ kind: "count", qualifier, value });

function smallBase(): FactBase {
  const concepts = [
    concept("refugees", ["refugees", "refugee"], ["flygtninge"]),
    concept("crossed", ["crossed", "crossed into", "border"], ["krydset"]),
    concept("killed", ["killed", "died"], ["dræbt", "døde"]),
    concept("wounded", ["wounded"], ["såret"]),
    concept("danes", ["Danes", "Danish soldiers"], ["danskere"]),
    concept("border-guards", ["border guards"], ["grænsevagter"]),
    concept("said", ["said", "counted"], ["siger"]),
    concept("tajikistan", ["Tajikistan"], ["Tadsjikistan"], "place"),
    concept("iran", ["Iran"], ["Iran"], "place"),
  ];
  return {
    documents: { doc: { id: "doc", title: "Doc", language: "en", date: "2021-07", path: "doc.txt", text: "", paragraphs: [] } },
    concepts: Object.fromEntries(concepts.map((c) => [c.id, c])),
    facts: [
      fact("refugees-crossed", count(347), { subject: ["refugees"], event: ["crossed"], place: ["tajikistan"] }),
      fact("danes-killed", count(44), { subject: ["danes"], event: ["killed"] }),
      fact("danes-wounded", count(200, "more_than"), { subject: ["danes"], event: ["wounded"] }),
      fact("refugees-killed", count(2), { subject: ["refugees"], event: ["killed"], place: ["tajikistan"] }),
      fact("guards-said", { kind: "weekday", qualifier: "exact", value: "wednesday", date: { weekday: 3 } }, { subject: ["border-guards"], event: ["said"], place: ["tajikistan"] }),
    ],
  };
}

const fb = smallBase();
const matcher = new Matcher(fb, buildTermIndex(fb));

function ties(text: string, m = matcher, lang: Lang = "en"): Tie[] {
  return m.matchSentence(text, parseFigures(text, lang));
}
const tied = (t: Tie) => t.best.map((f) => f.id);

describe("subject and event", () => {
  it("ties a figure when the sentence names both", () => {
    expect(ties("347 refugees crossed into Tajikistan").map(tied)).toEqual([["refugees-crossed"]]);
    expect(ties("347 flygtninge er krydset ind i Tadsjikistan", matcher, "da").map(tied)).toEqual([["refugees-crossed"]]);
  });

  it("does not tie with the subject alone or the event alone", () => {
    const [subjectOnly] = ties("347 refugees arrived yesterday");
    expect(subjectOnly.best).toEqual([]);
    expect(subjectOnly.reason).toMatch(/no stored fact covers it: refugees-crossed has the same subject but another event/);
    const [eventOnly] = ties("347 crossed the river");
    expect(eventOnly.best).toEqual([]);
    expect(eventOnly.reason).toBe("no stored fact covers it: no stored figure is about this subject");
  });

  it("does not tie a figure of another kind", () => {
    const [t] = ties("The border guards said that 347 people arrived");
    expect(t.best).toEqual([]);
    expect(t.reason).toBe("no stored count is about this: the related fact guards-said stores a weekday");
    // A weekday is compared with the stored weekday (and judged there).
    const [day] = ties("The border guards said on Tuesday that they were ready");
    expect(tied(day)).toEqual(["guards-said"]);
  });
});

describe("entity blocking", () => {
  it("a named place the fact does not involve blocks the tie", () => {
    const [t] = ties("347 refugees crossed into Iran");
    expect(t.best).toEqual([]);
    expect(t.reason).toBe("no stored fact covers it: the claim names iran, which the related fact refugees-crossed does not involve");
  });

  it("a place the fact involves does not", () => {
    expect(ties("347 refugees crossed into Tajikistan")[0].best.map((f) => f.id)).toEqual(["refugees-crossed"]);
  });
});

describe("clause binding", () => {
  it("binds each of several figures to its own clause", () => {
    const result = ties("44 Danes were killed and more than 200 were wounded");
    expect(result.map(tied)).toEqual([["danes-killed"], ["danes-wounded"]]);
  });

  it("prefers the event in the figure's own clause", () => {
    const result = ties("2 refugees died in Tajikistan, while 347 refugees crossed into Tajikistan");
    expect(result.map(tied)).toEqual([["refugees-killed"], ["refugees-crossed"]]);
  });
});

describe("longest match", () => {
  it("drops a term inside a longer term of another concept", () => {
    const occ = matcher.findOccurrences(tokenize("The border guards counted 347 refugees"));
    const found = occ.map((o) => o.concept);
    expect(found).toContain("border-guards");
    expect(found).not.toContain("crossed"); // "border" is inside "border guards"
    expect(found).toEqual(expect.arrayContaining(["said", "refugees"]));
  });

  it("keeps a term that stands alone", () => {
    const found = matcher.findOccurrences(tokenize("347 refugees reached the border")).map((o) => o.concept);
    expect(found).toContain("crossed");
  });
});

// ---------------------------------------------------------------------------------------------
// The indexed path (default) against the full scan (--verbose), which is the reference.

function sameAsFullScan(m: Matcher, text: string, lang: Lang): void {
  const figures = parseFigures(text, lang);
  const fast = m.matchSentence(text, figures, false);
  const full = m.matchSentence(text, figures, true).map((t) => ({ ...t, considered: [] }));
  expect(fast, text).toEqual(full);
}

describe("indexed candidate selection", () => {
  it("gives the full scan's ties and reasons on the hand-made base", () => {
    for (const text of [
      "347 refugees crossed into Tajikistan",
      "347 refugees crossed into Iran",
      "44 Danes were killed and more than 200 were wounded",
      "347 refugees arrived",
      "347 crossed the river",
      "The border guards said on Wednesday that 347 refugees crossed into Tajikistan",
      "2 refugees died in Iran, while 347 refugees crossed into Tajikistan",
      "Nothing here but 12 apples",
    ]) sameAsFullScan(matcher, text, "en");
  });

  it("gives the full scan's ties and reasons for every accuracy claim on the shipped fact base", async () => {
    const shipped = await loadFactBase([join(import.meta.dirname, "..", "..", "facts")]);
    const m = new Matcher(shipped, buildTermIndex(shipped));
    const lines = readFileSync(join(import.meta.dirname, "..", "accuracy", "claims.jsonl"), "utf8").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const { claim } = JSON.parse(line) as { claim: string };
      sameAsFullScan(m, claim, detectLanguage(claim));
    }
  });

  it("gives the full scan's ties on a large base where one event is shared by thousands of facts", () => {
    const regions = Array.from({ length: 40 }, (_, i) => concept(`region-${i}`, [`Region${i}land`], [`Region${i}land`], "place"));
    const years = Array.from({ length: 25 }, (_, i) => concept(`year-${2000 + i}`, [String(2000 + i)]));
    const base = smallBase();
    for (const c of [...regions, ...years]) base.concepts[c.id] = c;
    for (let r = 0; r < regions.length; r++) {
      for (const subject of ["refugees", "danes"]) {
        for (const event of ["killed", "wounded", "crossed"]) {
          for (let y = 0; y < years.length; y++) {
            base.facts.push(fact(`${r}-${subject}-${event}-${y}`, count(1000 + r * 100 + y), { subject: [subject], event: [event], place: [`region-${r}`], context: [`year-${2000 + y}`] }));
          }
        }
      }
    }
    const m = new Matcher(base, buildTermIndex(base));
    const [t] = ties("In 2007, 1907 refugees were killed in Region9land", m);
    expect(t).toBeDefined();
    const [, count1907] = ties("In 2007, 1907 refugees were killed in Region9land", m);
    expect(count1907.best.map((f) => f.id)).toEqual(["9-refugees-killed-7"]);
    for (const text of [
      "In 2007, 1907 refugees were killed in Region9land",
      "In 2007, 1907 refugees were killed",
      "In 2007, 1907 refugees were killed in Iran",
      "1907 refugees were killed in Region9land and 1908 Danes were wounded in Region10land",
      "1907 refugees and Danes were killed in Region9land or Region10land",
      "In 2011, 347 refugees crossed into Tajikistan",
    ]) sameAsFullScan(m, text, "en");
  });
});
