// The term index: the lexicon's and the fact base's concepts as terms, phrases by first token,
// inline terms shared by their phrases, facts by term (per role) and by number, the hierarchy.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTermIndex, loadFactBase, makePhrase, type TermIndex } from "../../src/facts/index.js";
import { loadLexicon, type Lexicon } from "../../src/facts/lexicon.js";
import { inlineKey } from "../../src/facts/term-index.js";
import { stem } from "../../src/text/tokens.js";
import type { Concept, Fact, FactBase } from "../../src/types.js";

let fb: FactBase;
let ix: TermIndex;
let lexicon: Lexicon;
beforeAll(async () => {
  fb = await loadFactBase([join(import.meta.dirname, "..", "..", "facts")]);
  lexicon = await loadLexicon();
  ix = buildTermIndex(fb, { lexicon });
});

const factIndex = (id: string) => fb.facts.findIndex((f) => f.id === id);
const termsFor = (word: string, lang: "en" | "da") => ix.phrases(stem(word.toLowerCase(), lang)).map((e) => e.key);

describe("terms", () => {
  it("are the lexicon's concepts and the fact base's own", () => {
    expect(ix.term("afghanistan")?.concept.class).toBe("place");
    expect(ix.term("kill")?.concept.type).toBe("predicate");
    expect(ix.term("border-guards")).toBeDefined(); // facts/vocabulary.yaml
    expect(termsFor("killed", "en")).toContain("kill");
    expect(termsFor("dræbt", "da")).toContain("kill");
    expect(termsFor("injured", "en")).toContain("injure");
    expect(termsFor("såret", "da")).toContain("injure");
  });

  it("phrases written in capitals are case-sensitive, with a capital only match capitalised words", () => {
    expect(makePhrase("NATO", "en").caseSensitive).toBe(true);
    expect(makePhrase("Nato", "da").caseSensitive).toBe(false);
    expect(makePhrase("Venstre", "da", true).capitals).toEqual([true]);
    expect(makePhrase("præsident Biden", "da", true).capitals).toEqual([false, true]);
    expect(makePhrase("refugees", "en").capitals).toBeUndefined();
  });

  it("a fact-base concept with a lexicon id adds its phrases to the lexicon's", () => {
    const own: Concept = { id: "refugees", phrases: [makePhrase("boat people", "en")] };
    const base: FactBase = { documents: {}, facts: [], concepts: { refugees: own } };
    const index = buildTermIndex(base, { lexicon });
    expect(index.term("refugees")!.concept.broader).toEqual(lexicon.concept("refugees")!.broader);
    expect(index.phrases("boat").map((e) => e.key)).toContain("refugees");
    expect(index.phrases("refuge").map((e) => e.key)).toContain("refugees");
  });

  it("a fact-base concept may name its own opposites, on top of the lexicon's", () => {
    const own: Concept = { id: "approve", type: "predicate", opposite: ["veto"], phrases: [makePhrase("waved through", "en")] };
    const base: FactBase = { documents: {}, facts: [], concepts: { approve: own } };
    const index = buildTermIndex(base, { lexicon });
    expect(index.term("approve")!.concept.opposite).toEqual(["reject", "veto"]);
  });

  it("inline terms with the same phrases are one term", () => {
    const inline = (id: string, word: string): Concept => ({ id, phrases: [makePhrase(word, "da")] });
    const fact = (id: string, term: string): Fact => ({
      id, statement: id, figure: { kind: "count", qualifier: "exact", value: 1 }, display: "1",
      terms: { subject: [term], event: ["be"], place: [], actor: [], context: [] }, quote: "x", paragraph: 1, document: "d",
    });
    const base: FactBase = {
      documents: {},
      facts: [fact("a", "a/subject/1"), fact("b", "b/subject/1"), fact("c", "c/subject/1")],
      concepts: { "a/subject/1": inline("a/subject/1", "lejemål"), "b/subject/1": inline("b/subject/1", "lejemål"), "c/subject/1": inline("c/subject/1", "ansatte") },
    };
    const index = buildTermIndex(base, { lexicon });
    const key = index.keyOf("a/subject/1");
    expect(index.keyOf("b/subject/1")).toBe(key);
    expect(index.keyOf("c/subject/1")).not.toBe(key);
    expect(key).toBe(inlineKey(base.concepts["a/subject/1"]));
    expect(index.df(key)).toBe(2);
    expect([...(index.byRole.subject.get(key) ?? [])]).toEqual([0, 1]);
  });
});

describe("posting lists and numbers", () => {
  it("list the facts of a term per role, ascending", () => {
    const usKilled = factIndex("americans-killed-afghanistan");
    expect([...(ix.byRole.event.get("kill") ?? [])]).toContain(usKilled);
    expect([...(ix.byRole.place.get("afghanistan") ?? [])]).toContain(usKilled);
    for (const list of ix.byConcept.values()) expect([...list]).toEqual([...list].sort((a, b) => a - b));
    expect(ix.byConcept.has("iran")).toBe(false);
  });

  it("find the facts that state a number (the year of a date too)", () => {
    expect(ix.factsByNumber.get(2448)).toEqual([factIndex("americans-killed-afghanistan")]);
    expect(ix.factsByNumber.get(20722)).toEqual([factIndex("americans-wounded-afghanistan")]);
    expect(ix.factsByNumber.get(2011)).toEqual([factIndex("bin-laden-killed-2011")]);
    expect(ix.factsByNumber.get(2001)).toEqual([factIndex("september-11-attack-2001")]);
    expect(ix.factsByNumber.get(12345)).toBeUndefined();
  });
});

describe("the hierarchy and what a term is", () => {
  it("ancestors are transitive: a city is in its country and continent", () => {
    const up = ix.ancestors("copenhagen");
    expect(up.has("denmark")).toBe(true);
    expect(up.has("europe")).toBe(true);
    expect(ix.ancestors("babies").has("people")).toBe(true);
    expect(ix.ancestors("kill").has("die")).toBe(true);
    // (a household, a family, a couple is no person: "41 households" is not "41 people")
    for (const group of ["households", "families", "couples"]) expect(ix.ancestors(group).has("people")).toBe(false);
    // (a foster family is a family: "a prospective foster family" is about families)
    expect(ix.ancestors("foster-families").has("families")).toBe(true);
    // (those who do what a verb says: "10,000 visited" is about visitors)
    expect(ix.ancestors("visitors").has("visit")).toBe(true);
  });

  it("a document's own compound is a kind of its last part, when that part is a term", () => {
    const inline = (id: string, word: string, lang: "en" | "da" = "da", capitalised = false): Concept => ({ id, phrases: [makePhrase(word, lang, capitalised)] });
    const concepts: Record<string, Concept> = {
      "d/subject/1": inline("d/subject/1", "holdet"),
      "d/subject/2": inline("d/subject/2", "keramikholdene"),
      "d/subject/3": inline("d/subject/3", "opholdet"), // (a first part of two letters: a prefix, not a word)
      "d/subject/4": inline("d/subject/4", "Nordholdet", "da", true), // (a name)
      "d/subject/5": inline("d/subject/5", "books", "en"),
      "d/subject/6": inline("d/subject/6", "audiobooks", "en"), // (a closed compound: a kind of books)
      "d/subject/7": inline("d/subject/7", "cardholders", "en"), // (not of "hold", a light verb)
    };
    const index = buildTermIndex({ documents: {}, facts: [], concepts }, { lexicon });
    const key = (n: number) => index.keyOf(`d/subject/${n}`);
    expect(index.ancestors(key(2)).has(key(1))).toBe(true);
    expect(index.ancestors(key(1)).has(key(2))).toBe(false);
    expect(index.ancestors(key(3)).has(key(1))).toBe(false);
    expect(index.ancestors(key(4)).has(key(1))).toBe(false);
    // English: a thing only, not a verb's noun (the pack's compounds.heads)
    expect(index.ancestors(key(6)).has(key(5))).toBe(true);
    expect([...index.ancestors(key(7))].filter((k) => k !== key(7))).toEqual([]);
    expect(index.kindOf("have")).toBe("light");
  });

  it("kinds: entities by class, lexicon types, a document's own capitalised word is a name", () => {
    expect(ix.kindOf("denmark")).toBe("place");
    expect(ix.kindOf("taliban")).toBe("organization");
    expect(ix.kindOf("be")).toBe("light");
    expect(ix.kindOf("say")).toBe("report");
    expect(ix.isReport("announce")).toBe(true);
    expect(ix.isReport("kill")).toBe(false);
    const base: FactBase = { documents: {}, facts: [], concepts: { "x/actor/1": { id: "x/actor/1", phrases: [makePhrase("Fjordbo", "da")] } } };
    const index = buildTermIndex(base, { lexicon });
    expect(index.kindOf(index.keyOf("x/actor/1"))).toBe("name");
  });
});
