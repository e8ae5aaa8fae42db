// "1,286 crimes were recorded … last year, down 6 per cent from 1,368 in 2023": a relative year
// that ends a clause dates the amount of that clause, not the change set off after the comma, so
// a claim of the year it means (2024, in a source of 2025) is right about the amount. A clause after
// the comma that is no change keeps the nearer amount ("23 … stoppede sidste år, mens kun 17 nye
// kom til"). Sources drafted by extract, unedited.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf } from "../support/extracted.js";

describe("a relative year before a change set off by a comma", () => {
  it("dates the amount before it", async () => {
    const en = await checkerFor(
      "Crime in the town centre\n\nThe council will switch on 52 new cameras next month.\n\nThe scheme cost £1.4m, approved in September.\n\nFigures from the police show that 1,286 crimes were recorded in the town centre last year, down 6 per cent from 1,368 in 2023.\n",
      "en",
      "2025-03-20",
    );
    expect(figureVerdictsOf(en, "Police recorded 1,286 crimes in the town centre in 2024.")).toEqual([
      ["1,286", "match"],
      ["2024", "match"],
    ]);
    expect(figureVerdictsOf(en, "Police recorded 1,286 crimes in the town centre in 2022.").some(([t, v]) => t === "2022" && v === "match")).toBe(false);
  });
});
