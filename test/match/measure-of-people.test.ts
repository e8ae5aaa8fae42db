// A measure (tonnes, kilometres) is no count of the people a fact's sentence names as doing it:
// "3.1 tonnes of rubbish" is about "volunteers removed 2.6 tonnes, and last year 3.1 tonnes",
// whose sentence before names the litter. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Record haul for the Great Shore Sweep",
  "",
  "The Great Shore Sweep cleared 3.7 tonnes of litter from Carrow Bay's beaches this year, with 412 volunteers taking part.",
  "",
  "The amount of litter found has risen steadily. In 2021 volunteers removed 2.6 tonnes, and last year 3.1 tonnes.",
].join("\n");

describe("a measure of what people did", () => {
  it("is tied to their sentence's measure", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-09-20");
    expect(verdictOf(checker, "Last year the sweep removed 3.1 tonnes of rubbish.")).toBe("match");
  });
});
