// "58 of them" is of what its own sentence's subject names, when no count before it in the
// sentence counts that ("Volunteers have given 2,870 hours to the project since it began, and 58
// of them have been trained …": 58 volunteers), not of the last count of the sentence before
// ("A crew of six worked through two winters": no 58 winters). From
// test/newdocs/fenwick-moss-peat-rewetting.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = readFileSync(new URL("../newdocs/fenwick-moss-peat-rewetting.en.txt", import.meta.url), "utf8");

describe("a count of them", () => {
  it("is of its own sentence's subject", async () => {
    const checker = await checkerFor(doc, "en", "2025-03-13");
    expect(verdictOf(checker, "A total of 58 volunteers have been trained to survey the bog's plants.")).toBe("match");
    expect(verdictOf(checker, "A total of 85 volunteers have been trained to survey the bog's plants.")).toBe("mismatch");
  });
});
