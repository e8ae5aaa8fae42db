// Two figures of one kind in one sentence, set apart by the people each is for: a claim that
// names one group is about that group's figure, not the other's ("DKK 169 for children" against
// "149 kr. for børn og 169 kr. for voksne" is a wrong price, not the adults' right one).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a price for children and one for adults", () => {
  const SOURCE = [
    "Klatrehallen åbner",
    "",
    "Den nye klatrehal i Tørring åbner lørdag. En time i hallen koster 95 kr. for børn og 140 kr. for voksne, og der er plads til 60 klatrere ad gangen.",
  ].join("\n");

  it("is the price of the group the claim names", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-09-01");
    expect(verdictOf(checker, "An hour at the climbing hall costs DKK 140 for children.")).toBe("mismatch");
    expect(verdictOf(checker, "An hour at the climbing hall costs DKK 95 for children.")).toBe("match");
    expect(verdictOf(checker, "An hour at the climbing hall costs DKK 140 for adults.")).toBe("match");
    expect(verdictOf(checker, "An hour at the climbing hall costs DKK 95 for adults.")).toBe("mismatch");
    expect(verdictOf(checker, "En time i hallen koster 140 kr. for børn.")).toBe("mismatch");
  });

  it("also when the claim's words tie no fact and its number is the other group's", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-09-01");
    // ("an hour's climbing costs": the words name no fact, the number ties the adults' price)
    expect(verdictOf(checker, "An hour's climbing costs DKK 140 for children.")).toBe("mismatch");
    expect(verdictOf(checker, "An hour's climbing costs DKK 140 for adults.")).toBe("match");
  });

  it("leaves a claim that names neither group right about either", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-09-01");
    expect(verdictOf(checker, "An hour at the climbing hall costs DKK 140.")).toBe("match");
    expect(verdictOf(checker, "An hour at the climbing hall costs DKK 95.")).toBe("match");
  });
});
