// A year that runs over into the next ("the 2023/24 school year", "skoleåret 2023/24") is near a
// source of 2025 by the year it ends in, as a year next to the source's own is: a figure the
// source gives without a year ("Kommunen brugte 14,7 mio. kr. på vikarer i skoleåret") may be of
// it. Not when the quote gives a figure of its unit for that year: "186 tonnes over the year,
// compared with 131 tonnes in 2021-22" has no 186 tonnes of 2021-22.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf, verdictOf } from "../support/extracted.js";

const DANISH = [
  "Vikarer koster skolerne dyrt",
  "",
  "Vikarerne koster også. Kommunen brugte 14,7 mio. kr. på vikarer i skoleåret. Beløbet er ikke dækket af skolernes budgetter.",
].join("\n");

const ENGLISH = ["Food bank busier than ever", "", "Its warehouse moved 186 tonnes of food over the year, compared with 131 tonnes in 2021-22."].join("\n");

describe("a year running over into the next", () => {
  it("is near the source's year by the year it ends in", async () => {
    const checker = await checkerFor(DANISH, "da", "2025-03-05");
    // (the year itself the source does not say)
    expect(figureVerdictsOf(checker, "Kommunen brugte 14,7 mio. kr. på vikarer i skoleåret 2023/24.")).toEqual([
      ["14,7 mio. kr.", "match"],
      ["2023/24", "unverified"],
    ]);
    expect(verdictOf(checker, "Kommunen brugte 11,7 mio. kr. på vikarer i skoleåret 2023/24.")).toBe("mismatch");
  });

  it("is not when the quote gives that year's figure", async () => {
    const checker = await checkerFor(ENGLISH, "en", "2023-11-20");
    expect(verdictOf(checker, "The warehouse moved 186 tonnes of food in 2021-22.")).not.toBe("match");
    expect(verdictOf(checker, "The warehouse moved 131 tonnes of food in 2021-22.")).toBe("match");
  });
});
