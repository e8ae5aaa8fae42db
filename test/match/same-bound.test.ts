// A bound the claim gives as the source does ("op til 5 mio. kr." against "kræve op til 5 mio. kr.
// i bod") is tied by its figure where the words tie no fact (Matcher.tieByFigure): before, only an
// exact or hedged stored figure was. On sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("the same bound", () => {
  it("is tied by its figure", async () => {
    const checker = await checkerFor(
      ["Toget er forsinket", "", "Regionen kan ifølge kontrakten kræve op til 5 mio. kr. i bod, hvis punktligheden ikke bliver bedre."].join("\n"),
      "da",
      "2025-03-01",
    );
    expect(verdictOf(checker, "Regionen kan opkræve en bod på op til 5 mio. kr.")).toBe("match");
  });

  it("is not another bound of the number", async () => {
    const checker = await checkerFor(
      ["Toget er forsinket", "", "Regionen kan ifølge kontrakten kræve op til 5 mio. kr. i bod, hvis punktligheden ikke bliver bedre."].join("\n"),
      "da",
      "2025-03-01",
    );
    expect(verdictOf(checker, "Regionen kan opkræve en bod på mindst 5 mio. kr.")).not.toBe("match");
  });
});
