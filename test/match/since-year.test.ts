// A claim's "since 2020" is a span that starts then: a figure of a time that ended by then
// ("between 1975 and 2020") is not what it says, even when the claim's other words tie that
// figure's sentence best. Before, "Since 2020 the cliffs … 3.2 metres a year" was checked against
// the 0.6 metres a year of 1975 to 2020 and called wrong.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf } from "../support/extracted.js";

const SOURCE = [
  "Cliff path to be moved",
  "",
  "Figures from the coastal monitoring programme show that the cliffs at Hobb's Point retreated by an average of 0.6 metres a year between 1975 and 2020. Since 2020 the average has been 3.2 metres a year, more than five times the earlier rate.",
].join("\n");

describe("a claim's span since a year", () => {
  it("is not a figure of a time that ended by then", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-02-20");
    const rate = (claim: string) => figureVerdictsOf(checker, claim).find(([text]) => text.includes("metres"));
    expect(rate("Since 2020 the cliffs at Hobb's Point have been pulling back by an average of 3.2 metres a year.")?.[1]).toBe("match");
    expect(rate("Since 2020 the cliffs at Hobb's Point have been pulling back by an average of 0.6 metres a year.")?.[1]).toBe("mismatch");
    // (the earlier period's figure is still the one of its years)
    expect(rate("Between 1975 and 2020 the cliffs at Hobb's Point retreated by an average of 0.6 metres a year.")?.[1]).toBe("match");
  });
});
