// A figure of a claim that no fact stores is the source's when the quote of a fact another of its
// figures is tied to says it too, read again as a claim's figures are ("Halvdelen af
// prisbeløbet, 250.000 euro" against "Half of the prize money, 250,000 euros", whose share of a
// sum set off by commas is no fact of its own).
// Not when that other figure is tied by its number alone and its quote gives another of its kind,
// which the claim may have swapped for it.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const PRIZE = ["Prize for marine research", "", "The prize is worth 500,000 euros. Half of the prize money, 250,000 euros, must be spent on research, the foundation said."].join("\n");
const FEES = ["Dance school fees", "", "Et halvt års medlemskab koster 1.350 kr. for børn og 1.650 kr. for voksne."].join("\n");

describe("a figure the tied quote says", () => {
  it("is the source's", async () => {
    const checker = await checkerFor(PRIZE, "en", "2026-04-10");
    expect(verdictOf(checker, "Halvdelen af prisbeløbet, 250.000 euro, skal bruges på forskning.")).toBe("match");
    // (another share is not what the quote says)
    expect(verdictOf(checker, "En tredjedel af prisbeløbet, 250.000 euro, skal bruges på forskning.")).not.toBe("match");
  });

  it("is not taken from a quote the claim may have swapped a figure of", async () => {
    const checker = await checkerFor(FEES, "da", "2026-04-10");
    expect(verdictOf(checker, "Et halvt års kontingent for børn koster 1.650 kr.")).not.toBe("match");
  });
});

const MEETING = ["Besøgsvenner søges", "", "Frivilligcentret holder informationsmøde for nye besøgsvenner tirsdag den 27. januar kl. 19 i Kulturhuset på Torvegade 14."].join("\n");

describe("a weekday the tied quote says", () => {
  it("is the source's too", async () => {
    const checker = await checkerFor(MEETING, "da", "2026-01-10");
    expect(verdictOf(checker, "The information meeting is on Tuesday 27 January at 7pm.")).toBe("match");
  });
});

