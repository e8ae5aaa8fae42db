// A change in percentage points with no noun of its own is of what the percentage before it is of
// ("72 per cent of town-centre businesses …, up from 58 per cent …, a rise of 14 percentage
// points"). Before, it took the sentence's subject, a survey, and a claim of the rise was left
// unverified. End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Fair boosted takings",
  "",
  "A survey by the Chamber of Trade found that 64 per cent of town-centre businesses reported higher takings over the weekend, up from 51 per cent after last year's fair, a rise of 13 percentage points.",
].join("\n");

describe("percentage points after a percentage", () => {
  it("are of what the percentage is of", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-09-01");
    expect(verdictOf(checker, "The share of town-centre businesses reporting higher takings rose by 13 percentage points.")).toBe("match");
    expect(verdictOf(checker, "The share of town-centre businesses reporting higher takings rose by 11 percentage points.")).toBe("mismatch");
  });
});
