// A year alone against a date whose quote gives no year: that year is the one `extract` inferred
// from the source's date, and says nothing of when something else happened. Before, "Steel ties
// were added to the bridge in 1968" was a mismatch against "will close from 6 July" (of 2026).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, claimResultOf } from "../support/extracted.js";

const SOURCE = [
  "Bridge to close for repairs",
  "",
  "The bridge will close to all traffic from 6 July while engineers strengthen it.",
  "",
  "The old bridge was opened on 3 May 1921 by the mayor.",
].join("\n");

describe("a year against a date", () => {
  it("is not checked against a year the source does not give", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-03-26");
    const claim = (text: string) => claimResultOf(checker, text);
    const inferred = claim("The bridge will close to traffic in 2025.");
    expect(inferred.verdict).toBe("unverified");
    expect(inferred.checks[0].rule).toBe("year-not-in-source");
    // (a year the quote gives is checked as before)
    const given = claim("The old bridge was opened in 1931.");
    expect(given.verdict).toBe("mismatch");
    expect(claim("The old bridge was opened in 1921.").verdict).toBe("match");
  });
});

// The facts tied besides a date or month of an inferred year are judged instead: a year its quote
// names beside such months ("Efter det gældende regulativ fra 2016 bliver grøden skåret to gange
// om året, i juni og i september") was a mismatch against June of the source's year.
const MONTHS = readFileSync(new URL("../newdocs/groedeskaering-hylleaa.da.txt", import.meta.url), "utf8");

describe("a year against months of an inferred year", () => {
  it("is judged against the year the quote gives", async () => {
    const checker = await checkerFor(MONTHS, "da", "2025-03-07");
    const claim = (text: string) => claimResultOf(checker, text);
    expect(claim("Det regulativ, der gælder for åen i dag, blev vedtaget i 2016.").verdict).toBe("match");
    expect(claim("Det regulativ, der gælder for åen i dag, blev vedtaget i 2006.").verdict).toBe("mismatch");
  });
});
