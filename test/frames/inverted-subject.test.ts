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

describe("after a phrase with a figure", () => {
  it("the subject is after the verb too: 'I 2020 var andelen 46 procent'", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    for (const text of ["I 2020 var andelen 46 procent.", "For fem år siden var andelen 46 procent."]) {
      const frames = readFrames(text, parseFigures(text, "da"), "da", index).frames;
      const share = frames.find((f) => f.figure.kind === "percent")!;
      // ("andelen", a word that numbers, is no verb after "var": the share's subject)
      expect(share.topic.map((t) => t.text), text).toContain("andelen");
    }
  });
});

describe("a year set off by commas beside an amount's clause", () => {
  it("dates the amount", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const cases: [string, "en" | "da"][] = [
      ["I det første år, 2021, indbragte pantindsamlingen 58.900 kr.", "da"],
      ["In its first year, 2021, the collection raised DKK 58,900.", "en"],
      ["The collection raised DKK 58,900 in its first year, 2021.", "en"],
    ];
    for (const [text, lang] of cases) {
      const money = readFrames(text, parseFigures(text, lang), lang, index).frames.find((f) => f.figure.kind === "money")!;
      expect(money.others.map((o) => o.text), text).toEqual(["2021"]);
    }
  });
});
