// A condition ("if …", "hvis …") is a clause of its own: its verb is not what happened to the
// figure of the clause it conditions ("the Pells will share £24,375 if a museum buys the coins"
// is a sharing, not a buying).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Roman hoard declared treasure",
  "",
  "The Treasure Valuation Committee has valued the hoard at £48,750. Under the rules, the reward is split equally between the finders and the landowner, so the Pells will share £24,375 if a museum buys the coins.",
  "",
  "Brackenford Museum, which attracts about 12,000 visitors a year, has until 31 January 2026 to raise the money.",
].join("\n");

describe("a condition", () => {
  it("is a clause of its own", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-06-02");
    expect(verdictOf(checker, "If a museum buys the coins, the finders will share £42,375.")).toBe("mismatch");
    expect(verdictOf(checker, "If a museum buys the coins, the finders will share £24,375.")).toBe("match");
  });
});
