// "consecutive" and "in a row" ("i træk", "på hinanden følgende") are one concept of the lexicon:
// a claim that says one of a fact that says the other names what the fact counts. On a source
// drafted by extract, where other counts of nights tie the words as well.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Night shelter closes for the season",
  "",
  "The shelter turned people away on 19 nights this season.",
  "",
  "It opened on 1 December and closed on 28 February after 90 consecutive nights.",
  "",
  "Next winter the charity wants to open for 120 nights.",
].join("\n");

describe("nights in a row", () => {
  it("are consecutive nights", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-10");
    expect(verdictOf(checker, "The shelter was open for ninety nights in a row.")).toBe("match");
    expect(verdictOf(checker, "Herberget havde åbent 90 nætter i træk.")).toBe("match");
  });
});
