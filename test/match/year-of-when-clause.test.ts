// A figure in a clause that opens, after a comma, with a word of the year just named is of that year
// ("since 2017, when 9,800 hectares burned", "siden 2021, hvor den kostede 7,4 mio. kr."), though
// "since" makes the year itself no date of the clause before (src/frames/anchors.ts,
// yearOfWhenClause; the packs' grammar.whenClause). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const EN = ["Moor fire largest in years", "", "The fire is the largest in the district since 2017, when 9,800 hectares burned."].join("\n");
const DA = ["Skolekørslen bliver dyrere", "", "Skolekørslen koster nu 9,1 mio. kr. årligt, en stigning på 23 procent siden 2021, hvor den kostede 7,4 mio. kr."].join("\n");

describe("a clause of the year just named", () => {
  it("dates its figure", async () => {
    const en = await checkerFor(EN, "en", "2025-07-02");
    expect(verdictOf(en, "In 2017, 9,800 hectares burned in the district.")).toBe("match");
    const da = await checkerFor(DA, "da", "2025-06-20");
    expect(verdictOf(da, "I 2021 kostede skolekørslen kommunen 7,4 mio. kr.")).toBe("match");
    expect(verdictOf(da, "In 2021 school transport cost the municipality DKK 7.4 million.")).toBe("match");
  });

  it("dates no figure of another year's clause", async () => {
    const en = await checkerFor(EN, "en", "2025-07-02");
    expect(verdictOf(en, "In 2019, 9,800 hectares burned in the district.")).toBe("unverified");
  });
});
