// The judge's pick among tied facts (src/judge/policy.ts): a stored bound that neither proves nor
// rules out the claimed number yields to a fact of its source the words tie less well that gives
// the number exactly ("More than 62,000 people …" and, a paragraph on, "The exact count was
// 62,418"). Not when the facts the words tie best give other figures too. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Record crowds at the Harbourside Kite Festival",
  "",
  "More than 41,000 people passed through the gates of the Harbourside Kite Festival over the weekend, organisers said on Monday.",
  "",
  "The exact count was 41,326, up from 36,900 last year.",
].join("\n");

describe("a bound, then the exact figure", () => {
  it("is the exact figure that a claim of it states", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-12");
    expect(verdictOf(checker, "Attendance at this year's Harbourside Kite Festival reached a record 41,326.")).toBe("match");
  });

  it("leaves a number the bound does not decide and no fact gives unverified", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-12");
    expect(verdictOf(checker, "Attendance at this year's Harbourside Kite Festival reached a record 41,500.")).not.toBe("match");
    expect(verdictOf(checker, "Attendance at this year's Harbourside Kite Festival reached 39,000.")).toBe("mismatch");
  });
});
