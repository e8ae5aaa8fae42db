// "en havørred på 6,84 kilo og 82 centimeter": a measure joined by "and" to a measure of another
// unit right before it, with no noun of its own, measures the same thing. With the built-in
// lexicon. From test/newdocs/havoerredkonkurrence-glimhoved.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import type { Lang } from "../../src/types.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a measure joined to a measure before it", () => {
  it("measures what the one before measures", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const heads = (text: string, lang: Lang) => readFrames(text, parseFigures(text, lang), lang, index).frames.filter((f) => f.figure.kind === "quantity").map((f) => f.head?.text);
    expect(heads("Han fik lørdag en blank havørred på 6,84 kilo og 82 centimeter ved Stenodde.", "da")).toEqual(["havørred", "havørred"]);
    // (not one in the same unit, which may be another thing's: "5 kilo og 7 kilo")
    expect(heads("Han fik en havørred på 5 kilo og 7 kilo laks.", "da")[0]).toBe("havørred");
  });

  it("is what a claim of it is about", async () => {
    const SOURCE = [
      "Havørredkonkurrence",
      "",
      "Oliver Damsgaard fik lørdag morgen en blank havørred på 6,84 kilo og 82 centimeter ved Stenodde.",
      "",
      "Kun fisk over mindstemålet på 40 centimeter kunne indvejes.",
    ].join("\n");
    const checker = await checkerFor(SOURCE, "da", "2025-04-07");
    expect(verdictOf(checker, "Vinderørreden målte 82 cm.")).toBe("match");
    expect(verdictOf(checker, "Vinderørreden målte 86 cm.")).toBe("mismatch");
  });
});
