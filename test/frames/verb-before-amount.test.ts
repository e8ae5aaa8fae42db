// A word that can be a noun or a verb, after a noun phrase and right before an amount, is the
// verb: "The skatepark cost 4.2 million kroner to build" (not a noun "skatepark cost", which left
// the claim without what happened, so that not even the figure the source gives could tie it to
// "Parken har kostet 4,2 mio. kr."). After a determiner alone it is still the noun ("the cost").
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Ny skaterpark",
  "",
  "Parken har kostet 4,2 mio. kr. Kommunen har betalt 2,5 mio. kr., mens resten er kommet fra fonde og sponsorer.",
].join("\n");

describe("a noun-or-verb before an amount", () => {
  it("is the verb", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-20");
    expect(verdictOf(checker, "The skatepark cost 4.2 million kroner to build.")).toBe("match");
    // (its words name no fact: only the figure the source gives ties it)
    expect(verdictOf(checker, "The skatepark cost 4.8 million kroner to build.")).toBe("unverified");
  });
});

describe("a plural in -ings before a noun-or-verb and an amount", () => {
  // "discount screenings costs £5": "screenings" is a noun (the pack's nounEndings), so "costs" after
  // it is the verb, and the seat is what costs £5 — not "screenings costs", a noun of costs.
  const CINEMA = [
    "Cinema chain",
    "",
    "\"What really pleased us was that our Tuesday discount screenings, at £5 a seat, were 71 per cent full,\" she said.",
    "",
    "Running costs at the Palladium rose to £39,000 a month.",
  ].join("\n");

  it("leaves the verb to the word after it", async () => {
    const checker = await checkerFor(CINEMA, "en", "2025-03-03");
    expect(verdictOf(checker, "A seat at the discount screenings costs £5.")).toBe("match");
    expect(verdictOf(checker, "A seat at the discount screenings costs £6.")).toBe("mismatch");
  });
});

describe("a noun-or-verb after a noun phrase and before a determiner", () => {
  // "the centre costs the council £112,000": "costs" takes an object, so it is the verb (what
  // happened is a cost), not a noun "centre costs"; before a relative word it stays the noun ("a
  // 22% increase that unions have criticised").
  const read = async (text: string) => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    return readFrames(text, parseFigures(text, "en"), "en", index).frames[0];
  };

  it("is the verb", async () => {
    expect((await read("The centre costs the council £112,000 a year.")).predicates.map((p) => p.key)).toContain("cost");
    expect((await read("Running the centre costs the council £112,000 a year.")).predicates.map((p) => p.key)).toContain("cost");
  });

  it("but not before a relative word", async () => {
    expect((await read("Permits rise to £22, a 22% increase that unions have criticised.")).predicates.map((p) => p.key)).not.toContain("criticise");
    expect((await read("The trust estimates that around 2,650 patients will qualify.")).predicates.map((p) => p.key)).toContain("qualify");
  });
});

describe("a noun-or-verb after an auxiliary and an adverb", () => {
  // "will now cost traders £1,480": the auxiliary before the adverb makes it the verb, so the claim
  // says a cost rather than being about costs (a noun that tied it to another fact's £38,500).
  it("is the verb", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const text = "A seafront trading consent will now cost traders £1,480 a year.";
    const frame = readFrames(text, parseFigures(text, "en"), "en", index).frames[0];
    expect(frame.predicates.map((p) => p.key)).toContain("cost");
    expect(frame.head?.key).not.toBe("costs");
  });
});
