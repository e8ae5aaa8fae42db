// A measure's noun right before it is what it measures, though a preposition opens both ("was for
// columns 12 metres tall"): a phrase inside a detaching preposition is otherwise skipped when
// looking for what a figure is about (src/frames/index.ts, phraseNear). Not a time ("er i dag 7,5
// meter"), nor a word no term knows ("i regionen minus 2,4 grader"). From
// test/newdocs/marlbeck-tennis-floodlights.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Floodlights approved",
  "",
  "The club had originally asked for 10-metre columns, but cut the height after 46 written objections from residents.",
  "",
  "A lighting assessment submitted with the application found that light levels at the nearest garden would be 1.8 lux.",
].join("\n");

describe("a measure inside a prepositional phrase", () => {
  it("measures the noun right before it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-10");
    expect(verdictOf(checker, "The club's first application was for columns 12 metres tall.")).toBe("mismatch");
    expect(verdictOf(checker, "The club's first application was for columns 10 metres tall.")).toBe("match");
  });
});
