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
