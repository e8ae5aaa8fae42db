// A capitalised word no term knows, written right before a name the fact has, is a part of one
// full name, not another person (src/match/index.ts): "Farmer Hans Peter Friis" against a Danish
// source whose "Hans" is read as "his". On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Byggesager tager længere tid",
  "",
  "Landmand Hans Peter Friis fra Bjerreby søgte i februar om at opføre en ny maskinhal og fik svar efter seksogtyve dage.",
  "",
  "Kommunen behandlede i alt 412 byggesager sidste år.",
].join("\n");

describe("a name written before a name the fact has", () => {
  it("is a part of the same full name", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-05-01");
    expect(verdictOf(checker, "Farmer Hans Peter Friis received an answer on his machine shed application after 26 days.")).toBe("match");
    expect(verdictOf(checker, "Farmer Hans Peter Friis received an answer on his machine shed application after 36 days.")).toBe("mismatch");
  });

  it("is another person's when it stands apart", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-05-01");
    expect(verdictOf(checker, "Farmer Jens Olsen received an answer on his machine shed application after 26 days.")).not.toBe("match");
  });
});
