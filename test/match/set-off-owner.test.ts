// A figure set off after a name by "with" ("med") is that name's alone: in "Riverside Surgery,
// which has 10,900 registered patients, and Mill Lane Medical Practice, with 6,500, will combine"
// the 6,500 are Mill Lane's. Before, the fact of 6,500 named Riverside, and the 10,900 (whose
// fact names both) won the claim "Mill Lane Medical Practice has 6,500 patients": a false alarm.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Two practices to merge",
  "",
  "Riverside Surgery, which has 10,900 registered patients, and Mill Lane Medical Practice, with 6,500, will combine under one name.",
].join("\n");

describe("a figure set off after a name by 'with'", () => {
  it("is that name's", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-02-01");
    expect(verdictOf(checker, "Mill Lane Medical Practice has 6,500 patients on its books.")).toBe("match");
    expect(verdictOf(checker, "Riverside Surgery has 10,900 patients.")).toBe("match");
    expect(verdictOf(checker, "Mill Lane Medical Practice has 7,500 patients.")).toBe("mismatch");
  });
});
