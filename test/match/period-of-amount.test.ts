// A span of time after "first" ("in its first twelve months", "i årets første ni måneder") says
// the period an amount of its clause is of: it is checked against the period the amount's quote
// gives, as a span of time, in words ("its first year", "første halvår") or from the first day
// of a month to the last day of one. Before, it was compared with the amount's figure ("the claim
// gives a quantity in mo, the stored figure is a number") and left the claim unverified. From
// test/newdocs/vildtulykker-hjelmsted, ambleford-memory-cafe and train-punctuality.
import { describe, expect, it } from "vitest";
import { checkerFor, claimResultOf } from "../support/extracted.js";

const DANISH = [
  "Vildtulykker",
  "",
  "Fra 1. januar til 30. september blev der registreret 412 vildtulykker på kommunens veje.",
  "",
  "I alt blev 1.246 afgange aflyst i første halvår, mod 388 året før.",
  "",
  "Kommunens hundeførere er i år rykket ud 267 gange.",
].join("\n");

const ENGLISH = [
  "Memory café",
  "",
  "The memory café is to open a second weekly session next month, after recording 1,146 visits in its first year.",
].join("\n");

describe("the period of an amount", () => {
  it("is checked against the period the amount's quote gives", async () => {
    const da = await checkerFor(DANISH, "da", "2025-10-14");
    const period = (checker: typeof da, text: string) => claimResultOf(checker, text).checks.find((c) => c.figure.unit === "mo");
    for (const text of ["I årets første ni måneder blev der registreret 412 vildtulykker.", "1.246 afgange blev aflyst i årets første seks måneder."]) {
      expect(period(da, text)?.verdict, text).toBe("match");
      expect(claimResultOf(da, text).verdict, text).toBe("match");
    }
    const wrong = period(da, "I årets første otte måneder blev der registreret 412 vildtulykker.");
    expect(wrong?.verdict).toBe("mismatch");
    expect(wrong?.rule).toBe("period-differs");
    const en = await checkerFor(ENGLISH, "en", "2025-05-02");
    expect(claimResultOf(en, "The café logged 1,146 visits during its first twelve months.").verdict).toBe("match");
    expect(period(en, "The café logged 1,146 visits during its first six months.")?.verdict).toBe("mismatch");
  });

  it("is checked as any figure when the quote gives none", async () => {
    const da = await checkerFor(DANISH, "da", "2025-10-14");
    const text = "Hundeførerne rykkede ud 267 gange i årets første ni måneder.";
    const checks = claimResultOf(da, text).checks.find((c) => c.figure.unit === "mo");
    expect(checks?.rule).not.toBe("time-of-fact");
    expect(checks?.rule).not.toBe("period-differs");
  });
});
