// Right after a figure, a word that names a thing is what the figure counts, not the first word of
// a verb phrase (src/frames/occurrences.ts): "94 points out of a possible 110" is no "points out"
// (said). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Carrick wins the open",
  "",
  "The open championship was won by Ewan Carrick, whose dog Moss scored 94 points out of a possible 110.",
  "",
  "Runner-up was Megan Pryce, 27, with 91 points.",
].join("\n");

describe("a word right after a figure", () => {
  it("is what it counts, though it starts a verb phrase", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-09-15");
    expect(verdictOf(checker, "Carrick's dog Moss scored 94 points to take the open title.")).toBe("match");
    expect(verdictOf(checker, "Carrick's dog Moss scored 97 points to take the open title.")).toBe("mismatch");
  });
});
