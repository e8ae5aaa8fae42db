// Term phrases: stemmed, unless they name an entity or are written with a leading "=" (matched as
// written only, where the stem is another common word's: Danish "aktiver", assets, and "aktive",
// active, share the stem "aktiv").
import { describe, expect, it } from "vitest";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { makePhrase } from "../../src/text/phrase.js";

describe("makePhrase", () => {
  it("stems a phrase, and keeps one written with '=' as written", () => {
    expect(makePhrase("aktiver", "da").tokens).toEqual(["aktiv"]);
    const exact = makePhrase("=aktiver", "da");
    expect(exact).toMatchObject({ text: "aktiver", tokens: ["aktiver"], exact: true });
  });

  it("so that the lexicon's assets are no active thatchers", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const text = "I 2015 var der 19 aktive stråtækkere i området, og selskabets aktiver var 2 mio. kr.";
    const frames = readFrames(text, parseFigures(text, "da"), "da", index).frames;
    const thatchers = frames.find((f) => f.figure.value === 19)!;
    expect([thatchers.head, ...thatchers.modifiers].map((s) => s?.key)).not.toContain("assets");
    const money = frames.find((f) => f.figure.kind === "money")!;
    expect([money.head, ...money.topic].map((s) => s?.key)).toContain("assets");
  });
});
