// A time of day said a little after or before ("lidt over klokken 13", "nearly 9pm") is drafted by
// extract as a time said about (src/facts/extract.ts): the fact base stores no one-sided hedge of a
// clock, and the figure had been left out ("not drafted").
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a time of day said a little after or before", () => {
  it("is drafted as a time said about", async () => {
    const draft = await extractFacts("Festen\n\nDen sidste kattekonge blev kåret lidt over klokken 13.", { id: "d", lang: "da", date: "2026-02-16", markdown: false });
    const clock = draft.facts.find((f) => f.figure.kind === "clock");
    expect(clock?.figure.qualifier).toBe("about");
    expect(draft.skipped).toEqual([]);
  });

  it("is checked as one", async () => {
    const checker = await checkerFor("Festen\n\nDen sidste kattekonge blev kåret lidt over klokken 13.", "da", "2026-02-16");
    expect(verdictOf(checker, "Den sidste kattekonge blev kåret klokken 13.")).toBe("match");
    expect(verdictOf(checker, "Den sidste kattekonge blev kåret klokken 15.")).toBe("mismatch");
  });
});
