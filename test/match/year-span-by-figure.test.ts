// A span of years from one to another that the claim's words tie to no fact is about the one fact
// that gives both years so, whatever the extract drafted it about: both ends are telling. Before,
// "used openly and continuously from 1998 to 2018" was unverified against "between 1998 and 2018"
// of a fact drafted about the report's pages.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Village green bid succeeds",
  "",
  "In her 84-page report, the inspector, Helen Crane, concluded that the field had been used \"openly and continuously\" between 1998 and 2018, the relevant 20-year period.",
].join("\n");

describe("a span of years", () => {
  it("is about the one fact that gives it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-02");
    expect(verdictOf(checker, "The inspector found the field had been used openly and continuously from 1998 to 2018.")).toBe("match");
    // (another span is not tied so)
    expect(verdictOf(checker, "The inspector found the field had been used openly and continuously from 1999 to 2018.")).not.toBe("match");
  });
});
