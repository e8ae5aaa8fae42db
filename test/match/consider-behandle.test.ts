// Danish "behandle" is to deal with a case or a proposal as well as to treat a patient: "Kabinettet
// behandler forslaget torsdag den 23. oktober" is the cabinet's "will consider" of the source, not
// a treatment that the claim's verb sets apart from it (src/lang/da/lexicon/predicates-common.yaml).
// End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Public health funerals",
  "",
  "On Thursday 23 October the cabinet will consider raising the budget to £160,000 for 2026/27 and paying for a simple memorial plaque, costing about £60 each.",
].join("\n");

describe("'behandle' of a proposal", () => {
  it("is the source's consider", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-10-14");
    expect(verdictOf(checker, "Kabinettet behandler forslaget torsdag den 23. oktober.")).toBe("match");
    expect(verdictOf(checker, "Kabinettet behandler forslaget torsdag den 30. oktober.")).toBe("mismatch");
  });
});
