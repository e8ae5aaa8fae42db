// A claim tied by its figure alone to a fact that has none of its terms in its own roles is about
// the fact of that quote, of the same kind, that has the name the claim gives: "Lindskov Sogn har
// 102 konfirmander" against "Nørremark har 102, …, mens Lindskov med 96 er næststørst" is a
// mismatch against Lindskov's 96, not Nørremark's 102 (src/match: namedMate; from
// test/newdocs/konfirmandtal-lindskov-provsti). And "sogn" is the
// lexicon's parish, so "17 parishes" and "de 17 sogne" count one thing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = readFileSync(new URL("../newdocs/konfirmandtal-lindskov-provsti.da.txt", import.meta.url), "utf8");

describe("a figure given by another name of its quote", () => {
  it("is checked against the figure of the name the claim gives", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-04-10");
    expect(verdictOf(checker, "Lindskov Sogn har 102 konfirmander i år.")).toBe("mismatch");
    expect(verdictOf(checker, "Lindskov Sogn har 96 konfirmander i år.")).toBe("match");
  });
});

describe("parishes", () => {
  it("are one thing in English and Danish", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const head = (text: string, lang: "en" | "da") => readFrames(text, parseFigures(text, lang), lang, index).frames[0]?.head?.key;
    expect(head("Around 40 parishes held contested votes.", "en")).toBe("parishes");
    expect(head("Omkring 40 sogne havde afstemningsvalg.", "da")).toBe("parishes");
  });
});
