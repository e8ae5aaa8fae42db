// "Søndagens kortege tog en time og 40 minutter": a weekday's genitive is the noun's after it, as
// "Sunday's procession" is; and a word that is a noun or a light verb ("tog": trains, took) is
// the verb right before an amount after a noun or a conjunction. With the built-in lexicon, and
// end to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a weekday's genitive and a light verb before an amount", () => {
  it("is the noun's, and the verb's", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frames = (text: string) => readFrames(text, parseFigures(text, "da"), "da", index).frames;
    const [day, span] = frames("Søndagens kortege tog en time og 40 minutter.");
    expect(day.head?.key).toBe("parades");
    expect(span.head?.key).toBe("parades");
    const [, after] = frames("Kortegen samlede 1.260 motorcykler og tog en time og 40 minutter.").map((f) => f.head?.key);
    expect(after).toBe("parades");
  });

  it("checks a claim of the day's procession", async () => {
    const source = ["Motorcykeltræf", "", "Søndagens kortege gennem byen samlede 1.260 motorcykler og tog en time og 40 minutter."].join("\n");
    const checker = await checkerFor(source, "da", "2025-08-04");
    expect(verdictOf(checker, "Sunday's procession took one hour and 40 minutes.")).toBe("match");
    expect(verdictOf(checker, "Sunday's procession took one hour and 50 minutes.")).toBe("mismatch");
  });
});
