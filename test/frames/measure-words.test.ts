// A length's adjective ("2,4 kilometer lang", "3.2 kilometres long") is never what a figure counts:
// the Danish pack's stop words hold lang, lange, bred, brede, dyb, dybe as the English one holds
// long, wide, deep. And a path is a trail in both packs' lexicons ("sti", "path"). On a source
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Åen får sine slyngninger tilbage: 3,2 kilometer ny å ved Hinnerup",
  "",
  "Over de næste ti uger skal en 2,4 kilometer lang, kanaliseret strækning af åen erstattes af et nyt, slynget forløb på 3,2 kilometer.",
  "",
  "Projektet koster 7,9 mio. kr. Det er kommunens største naturprojekt.",
  "",
  "Den nye sti langs åen, som bliver 2,7 kilometer lang og får to gangbroer, ventes at åbne 1. juni 2026.",
].join("\n");

describe("a length's adjective", () => {
  it("leaves what the length is of to the noun", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-10-22");
    expect(verdictOf(checker, "Det nye slyngede forløb bliver 3,2 km langt.")).toBe("match");
  });

  it("a path is the source's sti", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-10-22");
    expect(verdictOf(checker, "The new riverside path will be 3.2 kilometres long.")).toBe("mismatch");
    expect(verdictOf(checker, "The new riverside path will be 2.7 kilometres long.")).toBe("match");
  });
});

// Items given away are handed out (distribute), not donated: "the exchange handed out 1,240 items"
// against "the 1,240 it gave away in its first season last year".
describe("giving away", () => {
  it("is handing out", async () => {
    const checker = await checkerFor(
      [
        "A school uniform scheme in Thurles has handed out 2,317 items of clothing this summer, almost double the 1,240 it gave away in its first season last year.",
        "",
        "The scheme received a donation of €4,000 from a local credit union.",
      ].join("\n"),
      "en",
      "2025-09-01",
    );
    expect(verdictOf(checker, "In its first season last year, the exchange handed out 1,240 items.")).toBe("match");
  });
});

// A noun of a dimension ("en højde på fem meter", "a height of five metres") numbers what it is
// the dimension of, as "antallet" does (the packs' quantityNouns): the claim is about the screen.
describe("a noun of a dimension", () => {
  it("leaves what is measured to the clause", async () => {
    const da = await checkerFor(["Støjskærm ved motorvejen", "", "Skærmen bliver fire meter høj og skal beskytte 338 boliger mod støjen."].join("\n"), "da", "2025-02-20");
    expect(verdictOf(da, "Skærmen får en højde på fem meter.")).toBe("mismatch");
    expect(verdictOf(da, "Skærmen får en højde på fire meter.")).toBe("match");
    const en = await checkerFor(["Noise barrier for the bypass", "", "The barrier will be four metres high and will protect 338 homes from traffic noise."].join("\n"), "en", "2025-02-20");
    expect(verdictOf(en, "The barrier will have a height of five metres.")).toBe("mismatch");
  });
});
