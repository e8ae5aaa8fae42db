// An age is its person's: a fact that names the person as who it is about rather than what it
// counts ("The youngest volunteer, 16-year-old Ellie Marsh, joined …") is about a claim of that
// person's age. Not where the quote gives another age, whose person may be the one named.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const CAFE = ["Repair café", "", "The youngest volunteer, 16-year-old Ellie Marsh, joined last spring after her grandmother's sewing machine was brought back to life at the café."].join("\n");
const SHOP = ["Postbutikken lukker", "", "\"En pakkeautomat kan ikke hjælpe en 85-årig med at sende en anbefalet forsendelse,\" siger købmand Henrik Lauridsen, 58, som har stået bag disken i 22 år."].join("\n");

describe("the age of a named person", () => {
  it("is the age the fact gives for that person", async () => {
    const checker = await checkerFor(CAFE, "en", "2026-03-01");
    expect(verdictOf(checker, "Ellie Marsh, the café's youngest volunteer, is sixteen.")).toBe("match");
    expect(verdictOf(checker, "Ellie Marsh, the café's youngest volunteer, is eighteen.")).toBe("mismatch");
  });

  it("is not another age of the quote", async () => {
    const checker = await checkerFor(SHOP, "da", "2026-03-01");
    expect(verdictOf(checker, "Købmand Henrik Lauridsen er 58 år.")).toBe("match");
    expect(verdictOf(checker, "Købmand Henrik Lauridsen er 85 år.")).not.toBe("match");
  });
});
