// "Plant species" counts species, as "14 species of aquatic plant" does: the lexicon had it as a
// word for plants, so a claim of "14 aquatic plant species" counted something else than the fact.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Pond survey finds new life",
  "",
  "The ecologist recorded 14 species of aquatic plant in the new margins, up from just three before the restoration.",
].join("\n");

describe("plant species", () => {
  it("are species", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-04-20");
    expect(verdictOf(checker, "The ecologist recorded 14 aquatic plant species in the new margins.")).toBe("match");
    expect(verdictOf(checker, "The ecologist recorded 16 aquatic plant species in the new margins.")).toBe("mismatch");
  });
});
