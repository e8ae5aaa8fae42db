// A price each one was sold or bought at is what each cost: "sold 1,146 shares at £50 each" is
// about what a share cost. Before, "Each share … cost £50" was judged against the £57,300 the
// sale raised (the fact of the £50 said "sell", the claim "cost").
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Villagers buy their shop",
  "",
  "A community benefit society set up in November sold 1,146 shares at £50 each, raising £57,300.",
].join("\n");

describe("a price each", () => {
  it("is what each cost", async () => {
    const draft = await extractFacts(SOURCE, { id: "shop", lang: "en", date: "2026-04-17", markdown: false });
    expect(draft.facts.find((f) => f.figure.value === 50)?.terms.event).toContain("cost");
    expect(draft.facts.find((f) => f.figure.value === 57300)?.terms.event).not.toContain("cost");
    const checker = await checkerFor(SOURCE, "en", "2026-04-17");
    expect(verdictOf(checker, "Each share in the society cost £50.")).toBe("match");
    expect(verdictOf(checker, "Each share in the society cost £60.")).toBe("mismatch");
  });
});
