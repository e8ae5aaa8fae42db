// A time in a phrase of a preposition that opens the sentence, with a short noun phrase of its own
// ("At a meeting on Tuesday 20 May, the town council voted …"), is when the clause after the comma
// happened, as a bare "On Tuesday 20 May, …" is: the council voted then. From
// test/newdocs/stourfield-magistrates-court-closure.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = readFileSync(new URL("../newdocs/stourfield-magistrates-court-closure.en.txt", import.meta.url), "utf8");

describe("a time in an opening phrase with a noun of its own", () => {
  it("dates the clause after the comma", async () => {
    const checker = await checkerFor(doc, "en", "2025-06-06");
    expect(verdictOf(checker, "The town council voted on Tuesday 20 May to ask for a justice hub in the town.")).toBe("match");
    expect(verdictOf(checker, "The town council voted on Tuesday 27 May to ask for a justice hub in the town.")).toBe("mismatch");
  });
});

describe("a time set off in the middle of the sentence", () => {
  // "The centre opened in 1987 and at its busiest, in 2015, welcomed 46,300 people": the year set
  // off by commas dates the clause after it, which opens with its verb (not the opening's 1987,
  // nor the source's date).
  const SOURCE = ["Visitor centre to close", "", "The centre opened in 1987 and at its busiest, in 2015, welcomed 46,300 people through its doors."].join("\n");

  it("dates the clause after it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-03");
    expect(verdictOf(checker, "About 46,000 people visited the centre in 2015.")).toBe("match");
    expect(verdictOf(checker, "Omkring 46.000 besøgende kom forbi centret i 2015.")).toBe("match");
    expect(verdictOf(checker, "About 46,000 people visited the centre in 2016.")).not.toBe("match");
  });
});
