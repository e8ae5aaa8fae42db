// A sum of money named by the claim's own word for money ("a cost of", "et budget på") is the
// fact's sum when the fact gives that very sum, whatever the fact's sum is of — unless another sum
// of the same quote is of that word (a swap). On two documents of test/newdocs, drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = (name: string) => readFileSync(new URL(`../newdocs/${name}`, import.meta.url), "utf8");

describe("a sum named by a word for money", () => {
  it("is the fact's equal sum ('The £7.6 million expansion' against 'a cost of £7.6 million')", async () => {
    const checker = await checkerFor(doc("hartley-bakery-expansion.en.txt"), "en", "2024-05-21");
    expect(verdictOf(checker, "The expansion carries a cost of £7.6 million.")).toBe("match");
  });

  it("is not a sum of the same quote that another word names", async () => {
    const checker = await checkerFor(doc("debt-advice-surge.en.txt"), "en", "2026-02-10");
    expect(verdictOf(checker, "The Northam Advice Centre helped clients secure £2.9 million in unclaimed benefits and grants last year.")).not.toBe("match");
  });
});
