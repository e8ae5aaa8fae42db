// A comparative right after a measure says by how much, not what is measured: "the number 14 bus
// is now three minutes and 40 seconds quicker at peak times" measures the bus, so "Route 14 buses
// are now three minutes 40 seconds faster" is about it (before: the source's fact was of
// "quicker", the claim's of "faster", and the claim was unverified).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = readFileSync(new URL("../newdocs/dunford-bus-gate-fines.en.txt", import.meta.url), "utf8");

describe("a comparative after a measure", () => {
  it("leaves the measure to the thing it is of", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-03-13");
    expect(verdictOf(checker, "Route 14 buses are now three minutes 40 seconds faster at peak times, according to the council.")).toBe("match");
    expect(verdictOf(checker, "Route 14 buses are now four minutes 40 seconds faster at peak times.")).toBe("mismatch");
  });
});
