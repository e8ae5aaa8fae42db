// A day and month with a year said right after it from the text's date ("on 19 August last year",
// "3. november i fjor") is of that year. Before, the day was drafted in the year extract guesses
// for a yearless day: in a text of December 2025, a past 19 August or 3 November is 2025's.
// End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const ENGLISH = ["Term-time fines rise", "", "The new fines took effect on 19 August last year, after a vote by the cabinet."].join("\n");
const DANISH = ["Ny skole", "", "Skolen åbnede 3. november i fjor med 40 elever."].join("\n");

describe("a day with a year said after it", () => {
  it("is of that year", async () => {
    const english = await checkerFor(ENGLISH, "en", "2025-12-10");
    expect(verdictOf(english, "The new fines took effect on 19 August 2024.")).toBe("match");
    expect(verdictOf(english, "The new fines took effect on 19 August 2025.")).toBe("mismatch");
    const danish = await checkerFor(DANISH, "da", "2025-12-10");
    expect(verdictOf(danish, "Skolen åbnede den 3. november 2024.")).toBe("match");
    expect(verdictOf(danish, "The school opened on 3 November 2025.")).toBe("mismatch");
  });
});
