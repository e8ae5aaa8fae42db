// A time of day between a possessive, a day or a determiner and a noun is that noun's ("Saturday's
// 7pm fireworks display"), and a later time of day in the sentence is not ("the decision to cancel
// … was taken at 5.45pm" is the decision's). Before, the two were read the other way round. End to
// end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Fireworks night called off",
  "",
  "Organisers said the decision to cancel Saturday's 7pm fireworks display was taken at 5.45pm, after wind speeds reached 40mph.",
].join("\n");

describe("a time of day before a noun", () => {
  it("is when that noun happens", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-10");
    expect(verdictOf(checker, "Saturday's fireworks display, due to start at 7pm, was called off.")).toBe("match");
    expect(verdictOf(checker, "Saturday's fireworks display was due to start at 8pm.")).toBe("mismatch");
  });

  it("leaves the later time of day to the clause's subject", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-10");
    expect(verdictOf(checker, "Organisers took the decision to cancel the display at 5.45pm.")).toBe("match");
    expect(verdictOf(checker, "Organisers took the decision to cancel the display at 4.45pm.")).toBe("mismatch");
  });
});
