// A span of time the quote of another figure's fact gives in another unit is that source's too:
// "efter seks måneder" against "efter et halvt år", in the sentence whose 86.5 per cent the claim's
// words tie. Before, only a fact with the claim's very number was looked for in that quote.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Ny undersøgelse af ordningen",
  "",
  "En spørgeskemaundersøgelse blandt 96 deltagere viste, at 86,5 procent følte sig mindre ensomme efter et halvt år med en fast besøgsven.",
].join("\n");

describe("a span of the same quote in another unit", () => {
  it("is the source's figure too", async () => {
    const checker = await checkerFor(SOURCE, "da", "2026-01-10");
    expect(verdictOf(checker, "86,5 procent følte sig mindre ensomme efter seks måneder med en besøgsven.")).toBe("match");
    expect(verdictOf(checker, "86,5 procent følte sig mindre ensomme efter et halvt år med en besøgsven.")).toBe("match");
    // (another span is not the quote's)
    expect(verdictOf(checker, "86,5 procent følte sig mindre ensomme efter ni måneder med en besøgsven.")).not.toBe("match");
  });
});
