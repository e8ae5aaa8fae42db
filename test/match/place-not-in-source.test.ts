// A place the claim says something happened in, which its source never names in any spelling, is
// somewhere the source says nothing of: no fact is about it ("Councillors in neighbouring Ashby
// Vale …" against a source of Brantwick alone, whose facts of allowances name no place). A name
// with a word of the source's own, the others translated ("at the Ulvsund Viking Centre" for
// "Ulvsund Vikingecenter"), is the source's.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const ENGLISH = [
  "Councillors vote themselves a rise",
  "",
  "Councillors in Brantwick have voted to raise their basic allowance to £9,800 a year.",
  "",
  "The leader's extra allowance will climb to £21,900.",
].join("\n");

// (a whole document of test/newdocs)
const DANISH = readFileSync(new URL("../newdocs/vikingecenter.da.txt", import.meta.url), "utf8");

describe("a place the source never names", () => {
  it("is not the source's", async () => {
    const checker = await checkerFor(ENGLISH, "en", "2025-03-06");
    expect(verdictOf(checker, "Councillors in neighbouring Ashby Vale receive a basic allowance of £10,300.")).toBe("unverified");
    expect(verdictOf(checker, "Councillors in Ashby Vale receive a basic allowance of £9,800.")).toBe("unverified");
    expect(verdictOf(checker, "Councillors in Brantwick receive a basic allowance of £10,300.")).toBe("mismatch");
  });

  it("is the source's with a word translated", async () => {
    const checker = await checkerFor(DANISH, "da", "2024-10-09");
    expect(verdictOf(checker, "The number of school classes visiting the Ulvsund Viking Centre rose by 43.6 percent.")).toBe("match");
    expect(verdictOf(checker, "Ticket revenue at the Ulvsund Viking Centre rose to DKK 5.9 million.")).toBe("match");
  });
});
