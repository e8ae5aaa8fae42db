// A span of time right before a date is the period an amount before it is of: "carried out 1,146
// food hygiene inspections in the 12 months to the end of September" dates the 1,146 by September,
// not only by the day the data was published ("Data published … on Tuesday 5 November shows …").
// The date had been the span's, and the claim's September then ruled the 1,146 out
// (src/frames/anchors.ts, amountOfDate). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "More food hygiene inspections",
  "",
  "Data published by Bramwell Borough Council on Tuesday 5 November shows its officers carried out 1,146 food hygiene inspections in the 12 months to the end of September, up from 982 the year before.",
].join("\n");

describe("an amount before a span of time and a date", () => {
  it("is of the date", async () => {
    const checker = await checkerFor(SOURCE, "en", "2024-11-07");
    expect(verdictOf(checker, "Roughly 1,150 food hygiene inspections were carried out in the year to the end of September.")).toBe("match");
    expect(verdictOf(checker, "The council carried out 1,146 food hygiene inspections in the 12 months to the end of September.")).toBe("match");
    expect(verdictOf(checker, "The council carried out 1,416 food hygiene inspections in the 12 months to the end of September.")).toBe("mismatch");
  });
});
