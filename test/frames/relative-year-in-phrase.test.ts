// A noun phrase after a preposition is skipped when a clause's figure looks back for what it is
// about — also past a year said relative to the writing: "in this year's procession" is no more
// what "numbered 43" counts than "in the procession" is.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";

describe("a phrase of a preposition past a relative year", () => {
  it("is not what the figure is about", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const head = (text: string) => readFrames(text, parseFigures(text, "en"), "en", index).frames[0].head?.text;
    expect(head("Floats and walking groups in this year's procession numbered 43.")).toBe("groups");
    expect(head("Floats and walking groups in the procession numbered 43.")).toBe("groups");
  });
});
