// A year said with its season is about the stored year of its kind, when one is equally about it
// (src/judge/policy.ts, decide): "as early as spring 2026" against "spring 2027", not a
// consultation that begins in April 2026 and so agrees with the year. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Ponies on the moor",
  "",
  "Highways officer Jane Corrigan told the committee on 27 January that a consultation on lower speed limits would begin in April and run for 12 weeks. She said the earliest any new limit could come into force was spring 2027.",
].join("\n");

describe("a year with its season", () => {
  it("is about the stored year, not a month of that year", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-02-03");
    expect(verdictOf(checker, "A new speed limit could come into force as early as spring 2026.")).toBe("mismatch");
    expect(verdictOf(checker, "A new speed limit could come into force as early as spring 2027.")).toBe("match");
  });
});
