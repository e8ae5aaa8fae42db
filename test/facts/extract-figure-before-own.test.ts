// "I dag er tallet 71, og på ventelisten står yderligere 38 børn": "tallet" points back to what the
// sentence before counts, even where its own sentence counts a thing of its own after it.
// End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("the figure, before the sentence's own count", () => {
  it("counts what the sentence before counts", async () => {
    const source = [
      "Klubben vokser",
      "",
      "Da skakklubben blev stiftet i 2019 i et lokale under biblioteket, havde klubben 19 medlemmer. I dag er tallet 64, og på ventelisten står yderligere 27 børn, fortæller formanden.",
    ].join("\n");
    const checker = await checkerFor(source, "da", "2025-06-01");
    expect(verdictOf(checker, "Skakklubben har i dag 64 medlemmer.")).toBe("match");
    expect(verdictOf(checker, "The chess club now has 64 members.")).toBe("match");
    expect(verdictOf(checker, "Skakklubben har i dag 46 medlemmer.")).toBe("mismatch");
    expect(verdictOf(checker, "Klubben havde 19 medlemmer, da den blev stiftet.")).toBe("match");
  });
});
