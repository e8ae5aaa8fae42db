// A count of part of a whole with no verb of its own is not about a count a change's verb is of:
// "a coalition that holds 25 of the 47 seats" is no "Cutting eight seats would save about
// £94,000", which says how many seats go, not how many are held (src/match/index.ts, assess).
// A claim of the change still is. End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Fewer councillors for Brayford",
  "",
  "Council leader Priya Ramsden welcomed the draft. Cutting eight seats would save about £94,000 a year, based on the basic allowance of £11,760 paid to each councillor.",
].join("\n");

describe("a count of part of a whole", () => {
  it("is not about the count of a change", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-06-11");
    expect(verdictOf(checker, "Brayford is run by a coalition that holds 25 of the 47 seats.")).toBe("unverified");
    expect(verdictOf(checker, "Cutting eight seats would save about £94,000 a year.")).toBe("match");
    expect(verdictOf(checker, "Cutting nine seats would save about £94,000 a year.")).toBe("mismatch");
  });
});
