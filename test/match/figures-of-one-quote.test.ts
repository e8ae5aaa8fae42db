// A figure wrong about the fact its words tie best is about the one fact of its kind, in the quote
// another figure of the claim is rightly tied to by its words, that it is right about: the claim's
// figures are of one sentence. Before, "knap 25 tvangsauktioner pr. 10.000 indbyggere i fjor" was
// a mismatch against last year's 64 auctions of another paragraph.
import { describe, expect, it } from "vitest";
import { checkerFor, claimResultOf } from "../support/extracted.js";

const SOURCE = [
  "Flere familier mister huset på tvangsauktion",
  "",
  "I årets første halvår blev der holdt 81 tvangsauktioner over faste ejendomme i kommunen mod 64 i samme periode sidste år.",
  "",
  "I hele 2024 blev der holdt 143 tvangsauktioner i kommunen.",
  "",
  "Set i forhold til befolkningen er Egsmark hårdere ramt end de fleste. Med 24,6 tvangsauktioner pr. 10.000 indbyggere i fjor ligger kommunen på en tredjeplads i regionen.",
].join("\n");

describe("the figures of one claim", () => {
  it("are about one quote when another figure's words tie it", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-08-20");
    const claim = (text: string) => claimResultOf(checker, text);
    const right = claim("Kommunen havde i fjor knap 25 tvangsauktioner pr. 10.000 indbyggere.");
    const rate = right.checks.find((c) => c.figure.text === "knap 25");
    expect(rate?.verdict).toBe("match");
    expect(rate?.fact?.value).toBe(24.6);
    expect(right.verdict).toBe("match");
    // (a figure that is wrong there too stays wrong)
    const wrong = claim("Kommunen havde i fjor 31 tvangsauktioner pr. 10.000 indbyggere.");
    expect(wrong.checks.find((c) => c.figure.text === "31")?.verdict).toBe("mismatch");
  });
});
