// A year alone against a date whose quote gives no year: that year is the one `extract` inferred
// from the source's date, and says nothing of when something else happened. Before, "Steel ties
// were added to the bridge in 1968" was a mismatch against "will close from 6 July" (of 2026).
import { describe, expect, it } from "vitest";
import { checkerFor } from "../support/extracted.js";

const SOURCE = [
  "Bridge to close for repairs",
  "",
  "The bridge will close to all traffic from 6 July while engineers strengthen it.",
  "",
  "The old bridge was opened on 3 May 1921 by the mayor.",
].join("\n");

describe("a year against a date", () => {
  it("is not checked against a year the source does not give", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-03-26");
    const claim = (text: string) => checker.checkBlock({ text, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0];
    const inferred = claim("The bridge will close to traffic in 2025.");
    expect(inferred.verdict).toBe("unverified");
    expect(inferred.checks[0].rule).toBe("year-not-in-source");
    // (a year the quote gives is checked as before)
    const given = claim("The old bridge was opened in 1931.");
    expect(given.verdict).toBe("mismatch");
    expect(claim("The old bridge was opened in 1921.").verdict).toBe("match");
  });
});
