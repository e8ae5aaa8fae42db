// The judge's pick among dates the claim's words tie equally (src/judge/policy.ts, oneOfYear): a
// claimed date of a year is about the one stored date of that year, not "this year's or next
// year's". On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Record entry at the sheepdog trials",
  "",
  "More handlers than ever brought their dogs to the Harrowdale Sheepdog Trials on Saturday 13 September.",
  "",
  "Next year's trials are provisionally set for Saturday 12 September 2026.",
].join("\n");

describe("a claimed date of a year, among tied dates", () => {
  it("is about the one stored date of that year", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-09-15");
    expect(verdictOf(checker, "Next year's trials are pencilled in for 19 September 2026.")).toBe("mismatch");
    expect(verdictOf(checker, "Next year's trials are pencilled in for 12 September 2026.")).toBe("match");
  });
});
