// A carriageway, a road surface ("kørebane", "vejbelægning") is the road: "Contractors will
// resurface 420 square metres of carriageway" against "will replace 420 square metres of road surface".
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Bridge to close for 14 weeks",
  "",
  "Under the scheme, contractors will replace 420 square metres of road surface, install a new waterproof membrane beneath the carriageway and repoint 1,900 square metres of stonework.",
].join("\n");

describe("a carriageway", () => {
  it("is the road, in both languages", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-03-01");
    expect(verdictOf(checker, "Contractors will resurface 420 square metres of carriageway.")).toBe("match");
    expect(verdictOf(checker, "Contractors will resurface 520 square metres of carriageway.")).toBe("mismatch");
    expect(verdictOf(checker, "Entreprenøren skal lægge ny belægning på 420 kvadratmeter kørebane.")).toBe("match");
  });
});
