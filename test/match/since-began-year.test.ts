// A claim of when a state began ("since 1887", "siden 1996") is about the year the source says it
// began, when no fact gives that year as a span since it (src/match/index.ts, yearOfOtherFact).
// On sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a claim of when a state began", () => {
  it("is about the year the source says it began", async () => {
    const roof = await checkerFor(
      ["Lead stolen from church roof", "", "The lead on the north aisle, which measures 11 metres by 3.5 metres, was laid in 1887 and was among the oldest surviving roof coverings in the diocese."].join("\n"),
      "en",
      "2025-02-11",
    );
    expect(verdictOf(roof, "The stolen lead had covered the north aisle roof since 1887.")).toBe("match");
    const flags = await checkerFor(
      ["Flagalléen slides", "", "Alléen blev i fjor lejet ud 112 gange. Det er det højeste antal, siden foreningen begyndte udlejningen i 1996."].join("\n"),
      "da",
      "2025-04-02",
    );
    expect(verdictOf(flags, "Borgerforeningen har lejet flagalléen ud siden 1996.")).toBe("match");
  });
});
