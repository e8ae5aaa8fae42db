// The judge's pick of a fact a hedged number rounds (src/judge/policy.ts, nearOne): not a count of
// how many more for a claim of how many in all ("Around 600 of the participants" is no rounding of
// "612 flere end sidste år"). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Rekord for ferieaktiviteter",
  "",
  "I alt 3.418 børn og unge deltog i mindst én af kommunens ferieaktiviteter i sommerferien.",
  "",
  "Det er 612 flere end sidste år og det højeste antal, siden ordningen blev indført i 2019.",
  "",
  "Kajak på Søndervang Sø samlede 318 deltagere.",
].join("\n");

describe("a hedged count of how many in all", () => {
  it("does not round a stored count of how many more", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-08-20");
    expect(verdictOf(checker, "Around 600 of the participants came from neighbouring municipalities.")).not.toBe("match");
  });

  it("still rounds a count of how many in all", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-08-20");
    expect(verdictOf(checker, "Around 3,400 children took part.")).toBe("match");
  });
});
