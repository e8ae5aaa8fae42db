// An unhedged number far off a bound or range the words tie, that one other fact of the source
// gives exactly, is about that fact — also when the claim counts another thing than that fact, if
// it names the fact's thing besides ("The viewing terrace has seats for 80 spectators" against "a
// viewing terrace seating 80", not the crowd "of between 400 and 500"). On a source drafted by
// extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Pavilion opens",
  "",
  "The new single-storey pavilion covers 312 square metres. It has four changing rooms instead of two, a kitchen, a bar and a viewing terrace seating 80.",
  "",
  "A first-team league match against Aldcott follows at 1pm, and the club expects a crowd of between 400 and 500.",
].join("\n");

describe("a number another fact gives, whose thing the claim names", () => {
  it("is about that fact", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-04-20");
    expect(verdictOf(checker, "The viewing terrace has seats for 80 spectators.")).toBe("match");
    expect(verdictOf(checker, "The viewing terrace has seats for 120 spectators.")).toBe("mismatch");
  });
});
