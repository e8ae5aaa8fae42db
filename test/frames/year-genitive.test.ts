// "dette års", "sidste års", "næste års" say the year as "this year's", "last year's", "next
// year's" do: a claim of "Syv af dette års ansøgere" is of this year, not of "I fjor … fik 27 af
// 44 ansøgere tilsagn" (src/lang/da/pack.yaml, relativeYears). With the built-in lexicon; and end
// to end on a source of test/newdocs drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a year in the genitive", () => {
  it("is said relative to the text's year", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const year = (text: string) => readFrames(text, parseFigures(text, "da"), "da", index).frames[0].relativeYear;
    expect(year("Syv af dette års ansøgere har fået penge.")).toBe(0);
    expect(year("Syv af sidste års ansøgere har fået penge.")).toBe(-1);
    expect(year("Syv af næste års ansøgere får penge.")).toBe(1);
  });

  it("keeps a claim of this year off last year's figure", async () => {
    const source = readFileSync(new URL("../newdocs/facadepulje-broendvig.da.txt", import.meta.url), "utf8");
    const checker = await checkerFor(source, "da", "2024-12-10");
    expect(verdictOf(checker, "Syv af dette års ansøgere har tidligere fået penge fra puljen.")).toBe("unverified");
    expect(verdictOf(checker, "I fjor fik 27 af 44 ansøgere tilsagn.")).toBe("match");
  });
});
