// "in" / "i" right before a count of part of a whole does not set the count apart from its clause's
// verb: "Naboerne blev enige om et forlig i syv af sagerne" says in how many cases the neighbours
// agreed, so it is not about the seven cases that were rejected (src/lang/*/pack.yaml,
// detachedNotOfPart). Other prepositions still do: "finished with 187 of a possible 200 points".
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Hegnssynet",
  "",
  "Hegnssynet i Lyngborg behandlede sidste år 46 sager.",
  "",
  "Af de 46 sager endte 28 med en kendelse, mens parterne indgik forlig i 11 sager. De sidste syv blev afvist eller trukket tilbage.",
].join("\n");

describe("a count of part of a whole after 'in'", () => {
  it("has the clause's verb", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const en = "The neighbours agreed in seven of the cases.";
    expect(readFrames(en, parseFigures(en, "en"), "en", index).frames[0].predicates.map((p) => p.key)).toContain("agree");
    const da = "I syv af sagerne blev naboerne enige.";
    expect(readFrames(da, parseFigures(da, "da"), "da", index).frames[0].predicates.map((p) => p.key)).toContain("agree");
    const other = "Naboerne blev enige om et forlig i syv af sagerne.";
    expect(readFrames(other, parseFigures(other, "da"), "da", index).frames[0].predicates.map((p) => p.key)).toContain("agree");
  });

  it("is not about a count of what happened otherwise", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-01-20");
    expect(verdictOf(checker, "Naboerne blev enige om et forlig i syv af sagerne.")).not.toBe("match");
    expect(verdictOf(checker, "Syv af sagerne blev afvist eller trukket tilbage.")).toBe("match");
  });
});
