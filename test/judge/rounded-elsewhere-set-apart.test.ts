// A hedged number the words tie to no one fact is not about a fact of another quote it rounds
// when that quote sets it apart from the claim: another fact of the quote has a word the claim
// says and it lacks, and it has a word of its own the claim does not say ("Some 444 of the
// home-educated children are of secondary-school age" against "702 of those registered are of
// secondary school age and 444 are of primary age"; src/judge/policy.ts, setApartInQuote). End
// to end on a source of test/newdocs drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a hedged number rounding another quote's figure", () => {
  it("is not about a figure its quote sets apart from the claim", async () => {
    const text = readFileSync(new URL("../newdocs/west-arden-home-education-rise.en.txt", import.meta.url), "utf8");
    const checker = await checkerFor(text, "en", "2025-10-24");
    expect(verdictOf(checker, "Some 444 of the home-educated children are of secondary-school age.")).not.toBe("match");
    expect(verdictOf(checker, "Some 444 of the home-educated children are of primary age.")).toBe("match");
    expect(verdictOf(checker, "Some 702 of the home-educated children are of secondary-school age.")).toBe("match");
  });
});
