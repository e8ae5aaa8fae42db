// "Capacity" and "kapacitet" number something else, as "number" and "antal" do: "The new solar
// array will have a capacity of 205kW" is about the array ("install a 250kW solar array"). On a
// source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Mart presses ahead",
  "",
  "The work, due to start on 5 January, will replace the 1968 roof and install a 250kW solar array.",
].join("\n");

describe("a capacity", () => {
  it("is of what it is said of", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-10-20");
    expect(verdictOf(checker, "The new solar array will have a capacity of 205kW.")).toBe("mismatch");
    expect(verdictOf(checker, "Det nye solcelleanlæg får en kapacitet på 250 kW.")).toBe("match");
  });
});
