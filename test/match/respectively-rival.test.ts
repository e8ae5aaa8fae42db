// "The pools at Thornbury and Eccleshill, which opened in 1968 and 1974 respectively": each year
// is of its own name, the other name kept in the fact's context. A claim naming Thornbury is not
// about the fact of Eccleshill, though the lexicon reads "Thornbury" both as a name and as an
// unknown lower-case word (src/match/index.ts, the named-entity checks). From
// test/newdocs/swimming-pools.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Pool closures",
  "",
  "The pools at Thornbury and Eccleshill, which opened in 1968 and 1974 respectively, are expected to shut their doors on 31 December 2025.",
].join("\n");

describe("a name paired with its figure by 'respectively'", () => {
  it("is not about the figure of the other name", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-02-10");
    expect(verdictOf(checker, "Thornbury pool first opened in 1974.")).toBe("mismatch");
    expect(verdictOf(checker, "Thornbury pool first opened in 1968.")).toBe("match");
    expect(verdictOf(checker, "Eccleshill pool first opened in 1974.")).toBe("match");
  });
});
