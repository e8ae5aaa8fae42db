// The year of a date written without one (src/figures/dates.ts, yearOfUndated): what extract
// stores for "14 December" or "in February", from the document's date and its sentence's tense.
import { describe, expect, it } from "vitest";
import { yearOfUndated } from "../../src/figures/dates.js";

describe("yearOfUndated", () => {
  it.each([
    // [month, day, the text's date, its sentence speaks of the future, tells of the past, the year]
    [4, undefined, "2026-01-21", true, false, 2026], // "will rise … in April", in January
    [4, undefined, "2026-01-21", false, true, 2026],
    [12, 14, "2025-01-09", false, true, 2024], // "the busiest day was 14 December", in January
    [12, undefined, "2024-02-08", false, false, 2023], // "spends … in December", in February
    [11, 15, "2025-01-09", true, false, 2025], // "the 2025 market will run …, opening on 15 November"
    [2, undefined, "2023-11-19", true, true, 2024], // "are scheduled to reopen in February", in November
    [1, 1, "2025-11-04", false, false, 2026], // "Prisen stiger … den 1. januar", in November
    [1, undefined, "2024-10-23", false, true, 2024], // "had lost a third of its value since January"
    [3, undefined, "2025-11-04", false, false, 2025], // eight months back: near enough to be either
    [7, 1, "2021-07", false, false, 2021], // a text dated by its month
    [7, 1, "2021", true, false, 2021], // by its year alone
  ])("%i/%s in a text of %s (future %s, past %s) → %i", (month, day, date, future, past, year) => {
    expect(yearOfUndated(month, day, date, { future, past })).toBe(year);
  });
  it("has none for a text with no date it can read", () => {
    expect(yearOfUndated(5, 1, "spring", { future: false, past: false })).toBeUndefined();
  });
});
