// "A record of 8,200" counts what the record is of, as "a figure of" and "the number of" do (the
// packs' grammar.quantityNouns): "comfortably beating last year's record of 8,200" is last year's
// visitors, not a count of records. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Scarecrow festival",
  "",
  "An estimated 11,500 people visited Little Harnby over the bank holiday weekend for the village's 17th annual scarecrow festival, almost double the number who came in 2019 and comfortably beating last year's record of 8,200.",
].join("\n");

describe("a record of a number", () => {
  it("counts what the record is of", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-26");
    expect(verdictOf(checker, "Around 8,000 people came to the festival last year.")).toBe("match");
    expect(verdictOf(checker, "Around 6,000 people came to the festival last year.")).toBe("mismatch");
  });
});
