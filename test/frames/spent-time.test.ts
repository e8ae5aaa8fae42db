// Spending a span of time is no spending of money: in "The club spent 41 years looking for a
// permanent range" the verb after it says what happened (src/frames/index.ts, SPEND), so the
// claim meets the source's search, not its money.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Holmfirth archers take aim at new home after 37-year search for a permanent range",
  "",
  "The club spent £12,000 on new targets and pays £900 a year in rent.",
].join("\n");

describe("a span of time spent", () => {
  it("is what the verb after it did", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-04-02");
    expect(verdictOf(checker, "The club spent 37 years looking for a permanent range.")).toBe("match");
    expect(verdictOf(checker, "The club spent £12,000 on new targets.")).toBe("match");
  });
});
