// A span of years in a source ("fra 1902 til 1967", "the 1950s", "1861-1924") is drafted as one
// fact (src/facts/extract.ts), a span from one year to another with when it began and ended as
// events; a claimed year is right at either end and wrong outside it (src/judge, "year-span"). A
// season of two years running ("2024/25") says when other figures are and is not drafted.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Forurenet gasværksgrund skal graves op",
  "",
  "Efter mere end 30 år som indhegnet ødegrund skal den gamle gasværksgrund ved havnen i Hobjerg endelig renses op. Oprensningen koster 23,4 mio. kr.",
  "",
  "Hobjerg Gasværk producerede bygas af kul fra 1902 til 1967, og årtiers produktion har efterladt tjærestoffer i jorden. Bygningerne blev revet ned i 1989.",
  "",
  "Arkæologerne fandt også resterne af et købmandshus fra 1600-tallet. I sæsonen 2024/25 kom 1.200 gæster på besøg.",
].join("\n");

describe("a span of years in a source", () => {
  it("is drafted as one fact with its ends, and a season of two years is not", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "da", date: "2025-04-01", markdown: false });
    const spans = draft.facts.filter((f) => f.figure.kind === "year" && f.figure.qualifier === "range");
    expect(spans.map((f) => [f.figure.low, f.figure.high])).toEqual([
      [1902, 1967],
      [1600, 1699],
    ]);
    expect(spans[0].terms.event).toEqual(expect.arrayContaining(["start", "end", "close"]));
    expect(draft.skipped.map((s) => s.text)).toContain("2024/25");
  });

  it("so a claimed year is checked against its ends", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-04-01");
    expect(verdictOf(checker, "Gasværket i Hobjerg lukkede i 1967.")).toBe("match");
    expect(verdictOf(checker, "Gasværket i Hobjerg lukkede i 1971.")).toBe("mismatch");
    expect(verdictOf(checker, "Hobjerg Gasværk producerede bygas fra 1902 til 1967.")).toBe("match");
    expect(verdictOf(checker, "Arkæologerne fandt resterne af et købmandshus fra 1700-tallet.")).toBe("mismatch");
  });

  it("and says nothing of a day or month: a claimed date is the date's", async () => {
    const checker = await checkerFor(
      "Pavilion rebuilt\n\nFire crews were called to the Long Meadow ground at 1.40am on 28 April 2024 and found the 1950s clubhouse fully alight.\n\nThe new pavilion cost £410,000.",
      "en",
      "2025-06-01",
    );
    expect(verdictOf(checker, "The blaze that destroyed the old clubhouse broke out on 28 April 2024.")).toBe("match");
    expect(verdictOf(checker, "The blaze that destroyed the old clubhouse broke out on 24 April 2024.")).not.toBe("match");
  });
});
