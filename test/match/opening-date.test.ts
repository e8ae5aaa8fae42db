// A sentence's amounts are of the year of the date that opens it or ends a phrase set off at its
// start, as of a year written alone ("The first event, on 14 March 2015, attracted 87 people":
// src/frames/anchors.ts, openingYear), when it names no other year. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Parkrun turns ten",
  "",
  "The first event, on 14 March 2015, attracted 87 people. On Saturday 412 runners and walkers took part.",
].join("\n");

describe("a date set off at a sentence's start", () => {
  it("dates the sentence's amounts", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-16");
    expect(verdictOf(checker, "Det første løb den 14. marts 2015 havde 87 deltagere.")).toBe("match");
    expect(verdictOf(checker, "The first run in 2015 attracted 87 people.")).toBe("match");
    expect(verdictOf(checker, "The first run in 2015 attracted 78 people.")).toBe("mismatch");
  });

  it("not another year's", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-16");
    expect(verdictOf(checker, "The first run in 2016 attracted 87 people.")).toBe("unverified");
  });
});
