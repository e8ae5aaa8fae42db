// A number given elsewhere is not the claim's when that fact's quote gives another figure of its
// kind for the thing the claim names: "Nordkystfonden støtter projektet med 525.000 kr." against
// "kommer 600.000 kr. fra Nordkystfonden, mens klubben selv lægger 525.000 kr." is the fund's
// 600,000 mixed up, not the club's own 525,000. A source of test/newdocs drafted by extract, unedited.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a number its quote gives for another thing than the claim names", () => {
  it("is no match", async () => {
    const da = await checkerFor(readFileSync(new URL("../newdocs/padelbaner-strandhoej.da.txt", import.meta.url), "utf8"), "da", "2024-09-23");
    expect(verdictOf(da, "Nordkystfonden støtter projektet med 525.000 kr.")).not.toBe("match");
  });
});
