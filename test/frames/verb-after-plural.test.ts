// After a plural noun that a figure counts, a verb form is the clause's verb, not a participle
// that narrows a noun after it (src/frames/index.ts): "300 donors gave money" counts donors, not
// money; "900 planned operations" still counts operations. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Appeal closes",
  "",
  "The project cost £18,400. A grant covered £11,000, and the remainder came from an online appeal that attracted 296 donors.",
  "",
  "The trust also sold 140 tickets for the picnic.",
].join("\n");

async function headOf(sentence: string): Promise<string | undefined> {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  return readFrames(sentence, parseFigures(sentence, "en"), "en", index).frames[0]?.head?.text;
}

describe("a verb form after a plural noun", () => {
  it("ends the noun phrase the figure counts", async () => {
    expect(await headOf("Around 300 donors gave money through the online appeal.")).toBe("donors");
    expect(await headOf("About 300 residents signed letters of protest.")).toBe("residents");
  });

  it("while a participle right after the figure still narrows its noun", async () => {
    expect(await headOf("Hospitals cancelled 900 planned operations.")).toBe("planned operations");
  });

  it("so a claim about the donors is checked against them", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-19");
    expect(verdictOf(checker, "Around 300 donors gave money through the online appeal.")).toBe("match");
    expect(verdictOf(checker, "Some 450 donors gave money through the online appeal.")).toBe("mismatch");
  });
});
