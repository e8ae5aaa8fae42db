// An age range said of a group ("Volunteers must be aged between 21 and 80") is about that group:
// a claim that names the group and gives its ages in years, with no word for age ("Frivillige
// chauffører skal være mellem 18 og 80 år"), is about the stored range.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("the ages of a group", () => {
  it("are what a claim of the group's years is about", async () => {
    const text = readFileSync(new URL("../newdocs/eastholme-volunteer-drivers.en.txt", import.meta.url), "utf8");
    const checker = await checkerFor(text, "en", "2025-10-10");
    expect(verdictOf(checker, "Frivillige chauffører skal være mellem 18 og 80 år.")).toBe("mismatch");
    expect(verdictOf(checker, "Frivillige chauffører skal være mellem 21 og 80 år.")).toBe("match");
  });
});
