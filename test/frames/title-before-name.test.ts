// At the start of a sentence, a capitalised word the document does not know, before a name it
// does, is a title or a trade, not a name of its own ("Vognmand Declan Moran", "Grocer Henrik
// Lauridsen"): as a name it was one the fact lacks, and the claim was tied to nothing.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Lorry ban",
  "",
  "Local haulier Declan Moran, whose firm runs 14 lorries, warned that a morning ban would cost his business up to €1,500 a week.",
].join("\n");

describe("a title before a name", () => {
  it("is no name of its own", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-05");
    expect(verdictOf(checker, "Vognmand Declan Moran har 41 lastbiler.")).toBe("mismatch");
    expect(verdictOf(checker, "Vognmand Declan Moran har 14 lastbiler.")).toBe("match");
    expect(verdictOf(checker, "Haulier Declan Moran runs 14 lorries.")).toBe("match");
  });
});
