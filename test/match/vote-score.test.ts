// A vote written as a score ("backed the scheme 7-2", "stemte 6-1") is checked as "by seven votes
// to two" is: each count against the vote it gives, in order. A verb that endorses a proposal is
// one that approves it. Sources drafted by extract, unedited.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf, verdictOf } from "../support/extracted.js";

describe("a vote written as a score", () => {
  it("matches the votes of the source, and not the other way round", async () => {
    const en = await checkerFor("Cabinet backs empty homes premium\n\nThe cabinet approved the proposal by eight votes to one after a meeting that ran until 10.45pm.\n", "en");
    expect(figureVerdictsOf(en, "The cabinet endorsed the proposal 8-1.")).toEqual([["8", "match"], ["1", "match"]]);
    expect(verdictOf(en, "The cabinet approved the proposal 7-2.")).toBe("mismatch");
    const da = await checkerFor("Padelbaner får penge\n\nBevillingen blev vedtaget med seks stemmer mod én i kultur- og fritidsudvalget.\n", "da");
    expect(figureVerdictsOf(da, "Kultur- og fritidsudvalget stemte 6-1 for bevillingen.")).toEqual([["6", "match"], ["1", "match"]]);
  });
});
