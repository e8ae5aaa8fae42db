// A source's "that year", "det år" is of the year it named last before (src/frames/anchors.ts,
// factAnchors): in its sentence or paragraph, else in the paragraph before; never its own date's
// year, which "this year" says. A claim's "that year" names no year and is of any. On a source
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const DA = [
  "Friskolen vokser",
  "",
  "Da skolen startede i 2012, havde den 112 elever. I 2019 var tallet faldet til 88.",
  "",
  '"Vi havde et underskud på 430.000 kr. det år," siger skolelederen.',
].join("\n");

const EN = [
  "Sailing club afloat again",
  "",
  "The club was founded in 1987 and nearly closed in 2016.",
  "",
  "It lost £38,000 that year, the treasurer said.",
].join("\n");

describe("a source's 'that year'", () => {
  it("is of the year the paragraph before names last", async () => {
    const checker = await checkerFor(DA, "da", "2025-06-01");
    expect(verdictOf(checker, "I 2019 havde skolen et underskud på 430.000 kr.")).toBe("match");
    expect(verdictOf(checker, "In 2019 the school had a deficit of DKK 430,000.")).toBe("match");
    expect(verdictOf(checker, "I 2023 havde skolen et underskud på 430.000 kr.")).toBe("unverified");
    const en = await checkerFor(EN, "en", "2025-06-01");
    expect(verdictOf(en, "The club lost £38,000 in 2016.")).toBe("match");
    expect(verdictOf(en, "The club lost £38,000 in 2024.")).toBe("unverified");
  });

  it("in a claim names no year: any the source gives", async () => {
    const checker = await checkerFor(DA, "da", "2025-06-01");
    expect(verdictOf(checker, "Skolen havde et underskud på 430.000 kr. det år.")).toBe("match");
    expect(verdictOf(checker, "Skolen havde et underskud på 530.000 kr. samme år.")).toBe("mismatch");
  });
});
