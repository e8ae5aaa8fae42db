// A day and month with no year, in a sentence whose one year is the year after the text's: that
// year ("The 2026 fiesta is pencilled in for 14 to 16 August", in a text of August 2025). Before,
// the days were drafted in the text's year. End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Kite festival breaks records",
  "",
  "More than 41,000 people came to the kite festival over the weekend.",
  "",
  "The 2026 festival is pencilled in for 13 to 15 August.",
].join("\n");

describe("a day of a sentence that names next year", () => {
  it("is of that year", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-18");
    expect(verdictOf(checker, "Next year's festival is planned for 13 August 2026.")).toBe("match");
    expect(verdictOf(checker, "Næste års festival er planlagt til den 13.-15. august 2026.")).toBe("match");
  });
});
