// "…, mens Mette Lau, 38, fra Glimhoved tog tredjepladsen med 5,12 kilo": a clause a
// conjunction opens, its subject set off by an age, keeps that subject; and "tog" right after a
// name, before its object, is the verb ("took"), not trains. With the built-in lexicon. From
// test/newdocs/havoerredkonkurrence-glimhoved.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const TEXT = "Rune Hjort fra Vejle fik en havørred på 5,91 kilo, mens Mette Lau, 38, fra Glimhoved tog tredjepladsen med 5,12 kilo.";

describe("a subject set off by an age in a clause a conjunction opens", () => {
  it("is the subject of its own clause, not of the one before", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frames = readFrames(TEXT, parseFigures(TEXT, "da"), "da", index).frames;
    const names = (text: string) => frames.find((f) => f.figure.text === text)!.names.map((n) => n.text);
    expect(names("5,91 kilo")).not.toContain("Mette");
    expect(names("5,12 kilo")).toEqual(expect.arrayContaining(["Mette", "Lau"]));
  });

  it("ties a claim of it to its own figure", async () => {
    const SOURCE = [
      "Havørredkonkurrence",
      "",
      "Nummer to blev Rune Hjort, 52, fra Vejle med en havørred på 5,91 kilo, mens Mette Lau, 38, fra Glimhoved tog tredjepladsen med 5,12 kilo.",
    ].join("\n");
    const checker = await checkerFor(SOURCE, "da", "2025-04-07");
    expect(verdictOf(checker, "Mette Lau took third place with a sea trout weighing 5.12kg.")).toBe("match");
    expect(verdictOf(checker, "Mette Lau took third place with a sea trout weighing 5.91kg.")).toBe("mismatch");
  });
});
