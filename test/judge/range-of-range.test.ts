// The judge's pick among facts equally about a claim (src/judge/policy.ts): a claimed range is
// about the stored range, when one is ("until they are between 12 and 18 months old" against
// "between 12 and 16 months old", not the 10 months of one puppy; before, it could be either and
// was left unverified). On documents of test/newdocs drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = (name: string) => readFileSync(new URL(`../newdocs/${name}`, import.meta.url), "utf8");

describe("a claimed range", () => {
  it("is about the stored range", async () => {
    const puppies = await checkerFor(doc("wetherbrook-guide-dog-puppy-raisers.en.txt"), "en", "2025-03-12");
    expect(verdictOf(puppies, "Puppies stay with their raisers until they are between 12 and 18 months old.")).toBe("mismatch");
    expect(verdictOf(puppies, "Puppies stay with their raisers until they are between 12 and 16 months old.")).toBe("match");
    const korall = await checkerFor(doc("korall_layoffs.en.txt"), "en", "2025-02-05");
    expect(verdictOf(korall, "Korall havde lovet investorerne en årlig vækst på mellem 15 og 25 procent.")).toBe("mismatch");
  });
});
