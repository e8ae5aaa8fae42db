// Of several facts the words tie equally with other figures, a hedged number of three or more
// significant digits is about a fact the words tie less well that it rounds ("Roughly 1,850
// people play the lottery regularly" against the 1,846 regular players, when the words tie the
// 2,400 players of a neighbouring lottery and the 2,500 wanted next year better), as an exact
// number is about one that gives it exactly (Policy.decide). From
// test/newdocs/farnleigh-community-lottery-first-year.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = readFileSync(new URL("../newdocs/farnleigh-community-lottery-first-year.en.txt", import.meta.url), "utf8");

describe("a hedged number the words tie to other figures", () => {
  it("is about the figure it rounds", async () => {
    const checker = await checkerFor(doc, "en", "2024-10-15");
    expect(verdictOf(checker, "Roughly 1,850 people play the lottery regularly.")).toBe("match");
  });

  it("is not when it has fewer significant digits: which is meant stays open", async () => {
    const checker = await checkerFor(doc, "en", "2024-10-15");
    expect(verdictOf(checker, "Roughly 1,800 people play the lottery regularly.")).toBe("unverified");
  });
});
