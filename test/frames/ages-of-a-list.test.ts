// Two people set off with an age each ("Priya Mandal, 34, and Tom Hesketh, 29,") are two ages,
// also after a year ("founded in 2020 by …"), which is no list of numbers (src/figures/scan.ts);
// and a claim that names a person after an organisation and a role ("Lockstep Games co-founder
// Priya Mandal is 43") is about that person's age, not the organisation's (src/frames).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Escape rooms open",
  "",
  "Lockstep Games, set up in 2021 by cousins Priya Mandal, 34, and Tom Hesketh, 29, has taken a 15-year lease on the building.",
].join("\n");

describe("ages of two people in a list", () => {
  it("are each person's", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-02");
    expect(verdictOf(checker, "Lockstep Games co-founder Priya Mandal is 43.")).toBe("mismatch");
    expect(verdictOf(checker, "Lockstep Games co-founder Priya Mandal is 34.")).toBe("match");
    expect(verdictOf(checker, "Tom Hesketh er 29 år.")).toBe("match");
    expect(verdictOf(checker, "Tom Hesketh er 34 år.")).toBe("mismatch");
  });
});

describe("two names and two ages joined by 'and'", () => {
  // "Brenda and Colin Ashworth, aged 74 and 76": the second number is an age too (src/figures/scan.ts),
  // and each age is its name's in turn (src/frames, firstOfTwoAges).
  const PAIRS = ["Scarecrows", "", "The top prize of £250 went to retired teachers Brenda and Colin Ashworth, aged 74 and 76, for their moon landing."].join("\n");

  it("go together in turn", async () => {
    const checker = await checkerFor(PAIRS, "en", "2025-08-26");
    expect(verdictOf(checker, "Colin Ashworth is 76 years old.")).toBe("match");
    expect(verdictOf(checker, "Colin Ashworth is 74 years old.")).toBe("mismatch");
    expect(verdictOf(checker, "Brenda Ashworth er 74 år.")).toBe("match");
    expect(verdictOf(checker, "Brenda Ashworth is 72.")).toBe("mismatch");
  });
});
