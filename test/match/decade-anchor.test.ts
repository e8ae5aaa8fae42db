// A decade or span of years a figure is of ("140 members at its peak in the 1970s") dates it, as
// a year does: a claim of today is about the figure the source gives of now. On a source drafted
// by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Pigeon club's champion",
  "",
  "Mrs Pilling said the club had 140 members at its peak in the 1970s but now has 37, with an average age of 66.",
].join("\n");

describe("a figure of a decade", () => {
  it("is not what a claim of today is about", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-07-20");
    expect(verdictOf(checker, "Klubben har i dag syvogtredive medlemmer.")).toBe("match");
    expect(verdictOf(checker, "In the 1970s the club had 140 members.")).toBe("match");
  });
});
