// A Danish definite noun ends its noun phrase: in "60 procent af ansøgningerne mangelfulde" the
// share is of the applications, and "mangelfulde" (incomplete) says what they were, for an
// adjective comes before its noun. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Færre mangelfulde byggeansøgninger",
  "",
  "Kommunen har ansat tre nye sagsbehandlere, så der nu er 14 fuldtidsstillinger.",
  "",
  "Tidligere var omkring 60 procent af ansøgningerne mangelfulde, når de kom ind; nu er andelen nede på 35 procent.",
].join("\n");

describe("a definite noun", () => {
  it("ends the phrase of what a share is of", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-09");
    expect(verdictOf(checker, "Tidligere var cirka 60 procent af ansøgningerne mangelfulde.")).toBe("match");
    expect(verdictOf(checker, "About 60 per cent of applications used to be incomplete.")).toBe("match");
    expect(verdictOf(checker, "Tidligere var 70 procent af ansøgningerne mangelfulde.")).toBe("mismatch");
  });
});

describe("a word with a definite noun's ending inside one term", () => {
  // "forurenet jord" is contaminated soil, though "forurenet" ends as "ansøgningerne" does.
  it("does not end the phrase", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const sentence = "Firmaet skal fjerne omkring 18.000 ton forurenet jord.";
    const [frame] = readFrames(sentence, parseFigures(sentence, "da"), "da", index).frames;
    expect(frame.head?.key).toBe("contaminated-soil");
  });
});
