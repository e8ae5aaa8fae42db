// A bound in years against an age group is an age group: "140 af klubbens medlemmer er under 16
// år" against "140 børn og unge under 18 år" (src/judge/policy.ts, judged). Before, the two were
// not compared (unit-mismatch) and the claim passed as unverified. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = ["Mountainbike", "", "Klubben har i samme periode fået 212 nye medlemmer og har nu 530, heraf 140 børn og unge under 18 år."].join("\n");

describe("a bound in years against an age group", () => {
  it("is compared as an age", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-02");
    expect(verdictOf(checker, "140 af klubbens medlemmer er under 16 år.")).toBe("mismatch");
    expect(verdictOf(checker, "140 af klubbens medlemmer er under 18 år.")).toBe("match");
  });
});
