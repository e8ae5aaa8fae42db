// The term index: stemmed phrases by first token, facts by concept (with roles) and by number.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTermIndex, loadFactBase, makePhrase, type TermIndex } from "../../src/facts/index.js";
import { stem, tokenize } from "../../src/text/tokens.js";
import type { FactBase } from "../../src/types.js";

let fb: FactBase;
let ix: TermIndex;
beforeAll(async () => {
  fb = await loadFactBase([join(import.meta.dirname, "..", "..", "facts")]);
  ix = buildTermIndex(fb);
});

const factIndex = (id: string) => fb.facts.findIndex((f) => f.id === id);
const conceptsFor = (word: string, lang: "en" | "da") =>
  (ix.byFirstToken.get(stem(word.toLowerCase(), lang)) ?? []).map((e) => e.concept);

describe("term phrases", () => {
  it("are tokenised and stemmed in their own language", () => {
    const killed = fb.concepts.killed;
    const en = killed.phrases.find((p) => p.text === "killed")!;
    expect(en).toMatchObject({ lang: "en", tokens: [stem("killed", "en")], caseSensitive: false });
    expect(en.tokens).toEqual(["kill"]);
    const da = killed.phrases.find((p) => p.text === "omkommet")!;
    expect(da).toMatchObject({ lang: "da", tokens: [stem("omkommet", "da")] });
    // Inflections that stem alike are kept once ("dræbt", "dræbte").
    expect(killed.phrases.filter((p) => p.lang === "da" && p.tokens.join() === stem("dræbte", "da"))).toHaveLength(1);
    const multi = killed.phrases.find((p) => p.text === "lost their lives")!;
    expect(multi.tokens).toEqual(tokenize("lost their lives").map((t) => stem(t.lower, "en")));
  });

  it("written in capitals are case-sensitive", () => {
    const us = fb.concepts.americans.phrases;
    expect(us.find((p) => p.text === "US")).toMatchObject({ caseSensitive: true, tokens: ["us"] });
    expect(us.find((p) => p.text === "U.S.")).toMatchObject({ caseSensitive: true, tokens: ["u", "s"] });
    expect(us.find((p) => p.text === "Americans")).toMatchObject({ caseSensitive: false });
    expect(makePhrase("NATO", "en").caseSensitive).toBe(true);
    expect(makePhrase("Nato", "da").caseSensitive).toBe(false);
  });
});

describe("buildTermIndex", () => {
  it('indexes "killed" and "dræbt" under the killed concept', () => {
    expect(conceptsFor("killed", "en")).toContain("killed");
    expect(conceptsFor("kill", "en")).toContain("killed");
    expect(conceptsFor("dræbt", "da")).toContain("killed");
    expect(conceptsFor("dræbte", "da")).toContain("killed");
    expect(conceptsFor("wounded", "en")).toContain("wounded");
    expect(conceptsFor("såret", "da")).toContain("wounded");
    expect(conceptsFor("Tadsjikistan", "da")).toContain("tajikistan");
    expect(conceptsFor("Iran", "en")).toContain("iran");
  });

  it("keys multi-word phrases by their first token", () => {
    const entries = ix.byFirstToken.get(stem("border", "en")) ?? [];
    expect(entries.some((e) => e.concept === "border-guards" && e.phrase.text === "border guards")).toBe(true);
    for (const [first, list] of ix.byFirstToken) for (const e of list) expect(e.phrase.tokens[0]).toBe(first);
  });

  it("indexes every phrase exactly once", () => {
    const total = Object.values(fb.concepts).reduce((n, c) => n + c.phrases.length, 0);
    const indexed = [...ix.byFirstToken.values()].reduce((n, l) => n + l.length, 0);
    expect(indexed).toBe(total);
  });

  it("maps concepts to facts with their roles", () => {
    const usKilled = factIndex("americans-killed-afghanistan");
    const binLaden = factIndex("bin-laden-killed-2011");
    const attack = factIndex("september-11-attack-2001");
    expect(ix.factsByConcept.get("americans")).toEqual(
      expect.arrayContaining([{ fact: usKilled, role: "subject" }, { fact: binLaden, role: "actor" }, { fact: attack, role: "place" }]),
    );
    expect(ix.factsByConcept.get("killed")).toContainEqual({ fact: usKilled, role: "event" });
    expect(ix.factsByConcept.get("afghanistan")).toContainEqual({ fact: usKilled, role: "place" });
    // A concept may serve two roles in one fact.
    expect(ix.factsByConcept.get("attack")).toEqual(expect.arrayContaining([{ fact: attack, role: "subject" }, { fact: attack, role: "event" }]));
    expect(ix.factsByConcept.has("iran")).toBe(false);
  });

  it("maps numbers to facts", () => {
    expect(ix.factsByNumber.get(2448)).toEqual([factIndex("americans-killed-afghanistan")]);
    expect(ix.factsByNumber.get(20722)).toEqual([factIndex("americans-wounded-afghanistan")]);
    expect(ix.factsByNumber.get(347)).toEqual([factIndex("refugees-crossed-into-tajikistan")]);
    expect(ix.factsByNumber.get(2011)).toEqual([factIndex("bin-laden-killed-2011")]);
    expect(ix.factsByNumber.get(2001)).toEqual([factIndex("september-11-attack-2001")]);
    expect(ix.factsByNumber.get(2021)).toEqual([factIndex("us-withdrawal-complete-by-end-of-august")]);
  });
});
