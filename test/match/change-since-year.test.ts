// A change in percent a claim says "since" a year is right against a stored change whose quote, or
// its paragraph before it, names that year as where it is measured from (src/pipeline.ts,
// checkAnchor): "… 412 burials last year, down from 468 in 2019. Cremations across the district
// rose by 14 percent over the same period". On a source drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const DATE = "2024-03-14";
const SOURCE = readFileSync(new URL("../newdocs/cemetery-extension.en.txt", import.meta.url), "utf8");

describe("a change in percent since a year", () => {
  it("is right against a stored change measured from that year", async () => {
    const checker = await checkerFor(SOURCE, "en", DATE);
    expect(verdictOf(checker, "Cremations in the district have gone up by 14 percent since 2019.")).toBe("match");
  });

  it("is not said of a year the source does not name", async () => {
    const checker = await checkerFor(SOURCE, "en", DATE);
    expect(verdictOf(checker, "Cremations in the district have gone up by 14 percent since 2015.")).not.toBe("match");
  });
});
