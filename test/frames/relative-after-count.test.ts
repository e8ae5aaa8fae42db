// "took medicines to 214 patients who cannot leave their homes": the verbs of a relative clause
// right after what a figure counts say more of it, not what happened to the figure. With the
// built-in lexicon, and end to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a relative clause after what a figure counts", () => {
  it("gives the figure no verb", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frame = (text: string) => readFrames(text, parseFigures(text, "en"), "en", index).frames[0];
    expect(frame("Each week the branch took medicines to 214 patients who cannot leave their homes.").predicates.map((p) => p.key)).toEqual([]);
    expect(frame("The branch delivered medicines to 214 patients who cannot leave their homes.").predicates.map((p) => p.key)).toEqual(["deliver"]);
  });

  it("leaves the claim to the fact of what it counts", async () => {
    const source = [
      "Pharmacy",
      "",
      "It also delivered medicines to 214 housebound patients every week. Around a third of the surgery's patients are over 65.",
    ].join("\n");
    const checker = await checkerFor(source, "en", "2025-03-03");
    expect(verdictOf(checker, "Each week the branch took medicines to 214 patients who cannot leave their homes.")).toBe("match");
    expect(verdictOf(checker, "Each week the branch took medicines to 241 patients who cannot leave their homes.")).toBe("mismatch");
  });
});
