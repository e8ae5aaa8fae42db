// A year a claim says from one it does not name ("the year before", "året forinden") is of a year
// before the source's, not the year before the source's date (src/match/index.ts, timeScore): the
// source may say it of a year it names ("I 2024 … Året før …", published in 2025). On a source
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Travbanen i sort",
  "",
  "Lunderup Travbane kom ud af 2024 med et overskud på 1,2 mio. kr. Året før havde banen et underskud på 870.000 kr.",
].join("\n");

describe("a claim's 'the year before'", () => {
  it("is of the year before the one the source names", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-27");
    expect(verdictOf(checker, "Året forinden endte med et underskud på 870.000 kroner.")).toBe("match");
    expect(verdictOf(checker, "The year before, the track made a loss of DKK 870,000.")).toBe("match");
    expect(verdictOf(checker, "Året forinden endte med et underskud på 970.000 kroner.")).toBe("mismatch");
  });
});
