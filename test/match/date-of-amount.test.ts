// A day of the year in the clause of an amount dates it: when the quote of the amount's fact gives
// one day, another, and a fact of that quote stores it, the claimed day is wrong about that fact.
// Before, "Et tordenvejr lørdag den 26. juni ødelagde to af klavererne" against "two pianos that
// were ruined when a thunderstorm broke … on Saturday 26 July" matched: the day was only checked
// for its year.
import { describe, expect, it } from "vitest";
import { checkerFor, claimResultOf } from "../support/extracted.js";

const SOURCE = [
  "Storm ruins street pianos",
  "",
  "Officers said most of the overspend came from replacing two pianos that were ruined when a thunderstorm broke over the town on Saturday 26 July and flooded the gardens.",
  "",
  "The pianos were set out from Saturday 14 June to Tuesday 30 September, and 41,380 plays were recorded.",
].join("\n");

describe("a day that dates an amount", () => {
  it("is wrong when the amount's quote gives another day", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-10-16");
    const claim = (text: string) => claimResultOf(checker, text);
    for (const text of ["Et tordenvejr lørdag den 26. juni ødelagde to af klavererne.", "A thunderstorm on 26 June ruined two of the pianos."]) {
      const wrong = claim(text);
      const day = wrong.checks.find((c) => c.figure.kind === "date");
      expect(day?.verdict, text).toBe("mismatch");
      expect(day?.rule, text).toBe("date-of-amount-differs");
      expect(day?.fact?.display, text).toContain("26 July");
      expect(wrong.verdict, text).toBe("mismatch");
    }
    // (the right day is no mismatch)
    const right = claim("A thunderstorm on 26 July ruined two of the pianos.");
    expect(right.checks.find((c) => c.figure.kind === "date")?.verdict).not.toBe("mismatch");
    expect(right.verdict).toBe("match");
    // (a quote that gives two days is left to the year check: the claim's day may be within them)
    const within = claim("On 20 July, 41,380 plays had been recorded.");
    expect(within.checks.find((c) => c.figure.kind === "date")?.rule).not.toBe("date-of-amount-differs");
  });
});

// The start of a span ("since 19 September") against the start the quote gives ("Since 19 August
// last year"): before, a claimed day with "since" was left to the year check and matched.
const FEES = ["Term-time fines rise", "", "Since 19 August last year, parents have been charged £80 per child if they pay within 21 days, up from £60 previously."].join("\n");

describe("the start of a span that dates an amount", () => {
  it("is wrong when the amount's quote starts it on another day", async () => {
    const checker = await checkerFor(FEES, "en", "2025-01-16");
    const wrong = claimResultOf(checker, "The £80 penalty has applied since 19 September last year.");
    const day = wrong.checks.find((c) => c.figure.kind === "date");
    expect(day?.verdict).toBe("mismatch");
    expect(day?.rule).toBe("date-of-amount-differs");
    expect(wrong.verdict).toBe("mismatch");
    const right = claimResultOf(checker, "The £80 penalty has applied since 19 August last year.");
    expect(right.checks.find((c) => c.figure.kind === "date")?.verdict).toBe("match");
    expect(right.verdict).toBe("match");
  });
});
