// A word that can be a noun or a verb, after a noun phrase and right before an amount, is the
// verb: "The skatepark cost 4.2 million kroner to build" (not a noun "skatepark cost", which left
// the claim without what happened, so that not even the figure the source gives could tie it to
// "Parken har kostet 4,2 mio. kr."). After a determiner alone it is still the noun ("the cost").
import { describe, expect, it } from "vitest";
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
