// The year of a date written without one (src/figures/dates.ts, yearOfUndated): what extract
// stores for "14 December" or "in February", from the document's date.
import { describe, expect, it } from "vitest";
import { yearOfUndated } from "../../src/figures/dates.js";

describe("yearOfUndated", () => {
  it.each([
    // [month, day, the text's date, its sentence speaks of the future, the year]
    [4, undefined, "2026-01-21", true, 2026], // "will rise … in April", in January
    [4, undefined, "2026-01-21", false, 2026],
    [12, 14, "2025-01-09", false, 2024], // "the busiest day was 14 December", in January
    [12, undefined, "2024-02-08", false, 2023], // "spent … in December", in February
    [11, 15, "2025-01-09", true, 2025], // "the 2025 market will run …, opening on 15 November"
    [2, undefined, "2023-11-19", true, 2024], // "scheduled to reopen in February", in November: "will"
    [1, undefined, "2024-10-23", false, 2024], // "lost a third of its value since January"
    [1, 1, "2025-11-04", false, 2025], // no cue of the future: the year of the text
    [3, undefined, "2025-11-04", true, 2025], // eight months back: near enough to be either
    [7, 1, "2021-07", false, 2021], // a text dated by its month
    [7, 1, "2021", true, 2021], // by its year alone
  ])("%i/%s in a text of %s (future %s) → %i", (month, day, date, future, year) => {
    expect(yearOfUndated(month, day, date, future)).toBe(year);
  });
  it("has none for a text with no date it can read", () => {
    expect(yearOfUndated(5, 1, "spring", false)).toBeUndefined();
  });
});
