// A rate of time right after an amount ("£41,000 a year", "61 timer om ugen") says how often, and
// is no topic that ties a claim to a fact: "The council expects the new charges to raise an extra
// £60,000 a year" shares only "a year" with "We spend £41,000 a year keeping these benches safe"
// (before: a false alarm against it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const BENCHES = readFileSync(new URL("../newdocs/tanfield-memorial-benches.en.txt", import.meta.url), "utf8");
const SHOP = readFileSync(new URL("../newdocs/ellerby-community-shop.en.txt", import.meta.url), "utf8");

describe("a rate of time after an amount", () => {
  it("ties no claim by itself", async () => {
    const checker = await checkerFor(BENCHES, "en", "2025-02-07");
    expect(verdictOf(checker, "The council expects the new charges to raise an extra £60,000 a year.")).toBe("unverified");
    expect(verdictOf(checker, "The council spends £41,000 a year keeping the benches safe.")).toBe("match");
  });

  it("leaves the claim to the words that tie it", async () => {
    const checker = await checkerFor(SHOP, "en", "2026-04-17");
    expect(verdictOf(checker, "Da Ashby-parret ejede butikken, havde den åbent 61 timer om ugen.")).toBe("match");
  });
});
