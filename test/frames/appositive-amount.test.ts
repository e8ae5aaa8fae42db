// An amount set off by commas after a noun phrase with no verb of its own, before a clause that
// opens with its verb, is what that clause tells of: "Det gamle granulat, knap 110 tons, sendes til
// genanvendelse" sends the granulate. A number set off after a name is the person's ("Quayle, 29,
// said …"), not the verb's.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";

describe("an amount set off after a noun phrase with no verb", () => {
  it("takes the verb of the clause after it", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const predicates = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].predicates.map((p) => p.key);
    expect(predicates("Det gamle granulat, knap 110 tons, sendes til genanvendelse i Tyskland.", "da")).toContain("send");
    expect(predicates("The old rubber, almost 110 tonnes, was sold to a firm in Germany.", "en")).toContain("sell");
    expect(predicates("Quayle, 29, said he would not challenge the result.", "en")).not.toContain("say");
  });

  it("takes the clause after it with its own noun too", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const entities = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames[0].entities.map((p) => p.key);
    expect(entities("The largest group, 312 people, were originally from India, followed by Nigeria with 207.", "en")).toContain("india");
    expect(entities("Den største gruppe, 312 personer, kom fra Indien.", "da")).toContain("india");
  });
});
