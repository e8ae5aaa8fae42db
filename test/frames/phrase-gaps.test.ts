// A phrase of the lexicon may hold a figure between its words ("cost 44 Danish lives"), but not one
// that opens with an auxiliary: "was 41 minutes against a target" is no "was against" (oppose); nor
// one whose last word, past the figure, opens a time phrase: "took €2.63 million on the day" took no one on,
// "voted nine to three in June" elected no one.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";

describe("a phrase around a figure, with the built-in lexicon", () => {
  it("does not open with an auxiliary", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const text = "The average response was 41 minutes against a target of 18 minutes.";
    const [frame] = readFrames(text, parseFigures(text, "en"), "en", index).frames;
    expect(frame.predicates.map((p) => p.key)).not.toContain("oppose");
    // (without a figure between, it is one)
    const plain = "Most residents were against the 2 new towers.";
    expect(readFrames(plain, parseFigures(plain, "en"), "en", index).frames[0].context.map((p) => p.key)).toContain("oppose");
  });

  it("does not end in a preposition that opens a time phrase", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const keys = (text: string, lang: "en" | "da" = "en") => {
      const [frame] = readFrames(text, parseFigures(text, lang), lang, index).frames;
      return [...frame.predicates, ...frame.context].map((p) => p.key);
    };
    expect(keys("The mart took €2.63 million on the day.")).not.toContain("hire");
    // (a particle that opens no time phrase is still the phrase's: "took 40 seasonal pickers on")
    expect(keys("The farm took 40 seasonal pickers on.")).toContain("hire");
    expect(keys("The farm took on 40 seasonal pickers.")).toContain("hire");
    // (nor one that names a month or weekday: "voted nine to three in June" elected nobody)
    expect(keys("The committee voted nine to three in June to move the match.")).not.toContain("elect");
    expect(keys("The committee voted nine to three in June to move the match.")).toContain("vote");
    expect(keys("The club voted 40 new members in last night.")).toContain("elect");
  });

  it("does not end in a figure's own word past another word", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const keys = (text: string) => {
      const [frame] = readFrames(text, parseFigures(text, "en"), "en", index).frames;
      return [frame.head?.key, ...frame.modifiers.map((m) => m.key), ...frame.topic.map((t) => t.key)];
    };
    expect(keys("The work ran five weeks over schedule.")).not.toContain("working-hours");
    // (right after the phrase's word, the figure's noun is still the phrase's)
    expect(keys("Under the new model it will be open 84 hours a week.")).toContain("opening-hours");
  });
});
