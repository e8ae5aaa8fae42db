// A figure its clause says is the least or the greatest ("Den mindste af lejlighederne", "the
// oldest member") is that end of a stored range (the judge's range-end; the frame's `extreme`, read
// from the packs' rangeEnds). Before, it was unverified (bound-open). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Vandtårnet bliver til boliger",
  "",
  "Lejlighederne bliver mellem 62 og 148 kvadratmeter, og der bliver 14 af dem.",
].join("\n");

describe("the least or the greatest against a stored range", () => {
  it("is that end of the range", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-04-02");
    expect(verdictOf(checker, "Den mindste af lejlighederne bliver på 62 kvadratmeter.")).toBe("match");
    expect(verdictOf(checker, "The smallest apartment will measure 62 square metres.")).toBe("match");
    expect(verdictOf(checker, "Den største lejlighed bliver på 148 kvadratmeter.")).toBe("match");
    expect(verdictOf(checker, "Den mindste af lejlighederne bliver på 72 kvadratmeter.")).toBe("mismatch");
    expect(verdictOf(checker, "The largest apartment will measure 62 square metres.")).toBe("mismatch");
    // (a number inside the range, said as neither, is not stated by it)
    expect(verdictOf(checker, "En af lejlighederne bliver på 62 kvadratmeter.")).toBe("unverified");
  });
});
