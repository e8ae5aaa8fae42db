// A figure after "to" that ends "VERB a noun phrase to N" counts that noun phrase: "…, taking the
// workforce to 71", "bringing total headcount to 21,460", "increased its staff to 71" — not what a
// figure of the clause before counts (the 26 jobs). Not a time ("steg i sidste uge til 812"), what a
// figure before counts ("by nine votes to two"), nor the end of a change's start ("from 23 in the
// first season to 81"). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Brewery to expand",
  "",
  "The expansion will create 26 jobs, taking the workforce to 71. The taproom will seat 120 guests.",
  "",
  "The number of trained volunteers had risen from 23 in the first season to 81 this year.",
].join("\n");

describe("a figure a verb brings a noun phrase to", () => {
  it("counts the noun phrase", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-02");
    expect(verdictOf(checker, "Once expanded, the brewery will employ 71 people.")).toBe("match");
    expect(verdictOf(checker, "Once expanded, the brewery will employ 61 people.")).toBe("mismatch");
    expect(verdictOf(checker, "This year there are 81 trained volunteers.")).toBe("match");
  });
});
