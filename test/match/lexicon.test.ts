// Words of the language packs' lexicons, each checked end to end: a source drafted by `extract`
// and a claim in the other language, which meets it only through the lexicon's concepts.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("an office", () => {
  // Without "office" in the English lexicon, the Danish "officer" (an army officer) claims it by
  // a shared stem, and a Danish claim about "kontoret" names another thing than the source.
  const SOURCE = [
    "Lost property",
    "",
    "The office's busiest day was Monday 23 December, when 61 items were handed in.",
  ].join("\n");

  it("is a kontor", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-03");
    expect(verdictOf(checker, "Kontorets travleste dag var den 23. december.")).toBe("match");
    expect(verdictOf(checker, "Kontorets travleste dag var den 16. december.")).toBe("mismatch");
  });
});

describe("driving somewhere", () => {
  // "drive" is a kind of "travel" (the concepts' broader): a claim that says travel is about a
  // fact that says drove.
  const SOURCE = [
    "Ny skaterpark",
    "",
    "Skaterne i Østerlund skulle før køre 38 kilometer til Vejby, og 142 af dem er i dag medlem af klubben.",
  ].join("\n");

  it("is travelling", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-20");
    expect(verdictOf(checker, "Before the park opened, local skaters had to travel 38 kilometres to Vejby.")).toBe("match");
    expect(verdictOf(checker, "Before the park opened, local skaters had to travel 83 kilometres to Vejby.")).toBe("mismatch");
  });
});
