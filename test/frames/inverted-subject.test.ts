// "I regionen er andelen af borgere, der …, steget fra 2,3 procent": after a phrase of place or
// time that opens the sentence, the verb comes before its subject, which a later clause of the
// sentence shares (not the place's). Not after an expletive: "Ved banegården er der plads til …".
// With the built-in lexicon.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";

describe("a subject after its verb", () => {
  it("is the subject a later clause shares", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const text = "I regionen er andelen af borgere, der er tilknyttet en regionsklinik, steget fra 2,3 procent i 2020 til 4,9 procent i fjor.";
    const frame = readFrames(text, parseFigures(text, "da"), "da", index).frames[0];
    expect(frame.topic.map((t) => t.key)).toContain("residents");
  });
});
