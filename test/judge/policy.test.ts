// Which stored fact a figure is judged against (src/judge/policy.ts), on the shipped fact base.
import { describe, expect, it } from "vitest";
import { shippedChecker } from "../hardening/helpers.js";

const check = async (text: string) => (await shippedChecker()).checkBlock({ text, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0].checks[0];

describe("a claimed amount an order of magnitude from the one fact it would be wrong about", () => {
  it("is likely another figure, which the source does not give: unverified, not a mismatch", async () => {
    expect(await check("5,000 refugees crossed into Tajikistan.")).toMatchObject({ verdict: "unverified", rule: "other-magnitude", fact: null });
    expect((await check("5,000 refugees crossed into Tajikistan.")).reason).toMatch(/^5,000 is 14 times the stored 347 \[.+\]: it is likely another figure/);
  });

  it("is a mismatch within an order of magnitude, by a power of ten (a wrong scale), or when another fact gives it (a mix-up)", async () => {
    expect(await check("3,000 refugees crossed into Tajikistan.")).toMatchObject({ verdict: "mismatch", rule: "differs" });
    expect(await check("3,470 refugees crossed into Tajikistan.")).toMatchObject({ verdict: "mismatch", rule: "differs" });
    expect(await check("20,722 Danes were killed in Afghanistan.")).toMatchObject({ verdict: "mismatch", rule: "differs" });
  });
});

describe("a hedged amount far from the one fact it would be wrong about", () => {
  it("is likely another figure from three times or a third on: unverified", async () => {
    expect(await check("About 1,100 refugees crossed into Tajikistan.")).toMatchObject({ verdict: "unverified", rule: "other-magnitude", fact: null });
    expect((await check("About 1,100 refugees crossed into Tajikistan.")).reason).toMatch(/^About 1,100 is 3\.2 times the stored 347 \[/);
    expect(await check("Nearly 100 refugees crossed into Tajikistan.")).toMatchObject({ verdict: "unverified", rule: "other-magnitude" });
  });

  it("is a mismatch nearer than that: a hedge does not excuse 'about 1,000' for 2,448", async () => {
    expect(await check("About 600 refugees crossed into Tajikistan.")).toMatchObject({ verdict: "mismatch", rule: "hedge-outside" });
    expect(await check("Omkring 1.000 amerikanere er omkommet i Afghanistan.")).toMatchObject({ verdict: "mismatch", rule: "hedge-outside" });
  });
});

describe("the reason of other-magnitude", () => {
  it("says how many times the claim is, or what fraction of the stored figure", async () => {
    expect((await check("20 refugees crossed into Tajikistan.")).reason).toMatch(/^20 is about 1\/17 of the stored 347 \[/);
  });
});

describe("a claim tied equally to several facts with different figures", () => {
  it("is about the one whose figure its number is near, when every other is far (by ratio)", async () => {
    // (tied to the 44 Danes killed and the more than 200 wounded)
    expect(await check("The Danish death toll in Afghanistan reached 45.")).toMatchObject({ verdict: "mismatch", rule: "differs", fact: { id: "danes-killed-afghanistan" } });
    expect(await check("Afghanistan cost Denmark 54 soldiers.")).toMatchObject({ verdict: "mismatch", fact: { id: "danes-killed-afghanistan" } });
  });

  it("is ambiguous when its number is near none of them, or as near two", async () => {
    expect(await check("The Danish death toll in Afghanistan reached 100.")).toMatchObject({ verdict: "unverified", rule: "ambiguous", fact: null });
  });
});
