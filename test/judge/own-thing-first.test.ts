// A count of a thing is not about a fact of one quote with it that counts only a broader thing,
// when another fact of that quote counts the thing itself: "donated by 23 supermarkets" is wrong
// against "nine supermarkets and 23 smaller businesses" (shops are businesses; before: a match, a
// critical error, the two facts being equally about the claim).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Community fridge marks its first year",
  "",
  "Food comes from nine supermarkets and 23 smaller businesses, including bakeries, cafés and two market gardens.",
].join("\n");

describe("a thing counted beside a broader one", () => {
  it("is judged against the count of the thing itself", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-01");
    expect(verdictOf(checker, "Food for the fridge is donated by 23 supermarkets.")).toBe("mismatch");
    expect(verdictOf(checker, "Food for the fridge is donated by nine supermarkets.")).toBe("match");
    expect(verdictOf(checker, "Maden kommer fra 23 mindre virksomheder.")).toBe("match");
  });
});
