// Under a head that is only a word of the document ("throughput"), a thing the lexicon knows
// before it says what the claim is about: "Sheep throughput … was once 83,000" is about the sheep
// a fact counts, where the source writes "throughput" of cattle only. Not a possessor ("Last
// year's cider"). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Mart sales fall",
  "",
  "Figures from the mart show throughput fell to 41,850 cattle in 2024, down from 56,300 a decade earlier. Sheep numbers have dropped even faster, from 73,000 to around 38,000 over the same period.",
].join("\n");

describe("a thing before a head the lexicon does not know", () => {
  it("makes the facts that count it candidates", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-10-20");
    expect(verdictOf(checker, "Sheep throughput at the mart was once 83,000 a year.")).toBe("mismatch");
  });
});

describe("people named before a head the lexicon does not know", () => {
  // "94 frivillige instruktører": a fact of volunteers counts the claim's instructors, whose word
  // only the document has ("knap 100 frivillige instruktører").
  const CLUB = ["Gymnastik i Rosenmark", "", "Foreningen har 94 frivillige instruktører og hjælpeinstruktører, men skulle bruge mindst 15 mere."].join("\n");

  it("say what it counts", async () => {
    const checker = await checkerFor(CLUB, "da", "2026-03-01");
    expect(verdictOf(checker, "Foreningen har knap 100 frivillige instruktører.")).toBe("match");
    expect(verdictOf(checker, "Foreningen har 64 frivillige instruktører.")).toBe("mismatch");
  });
});
