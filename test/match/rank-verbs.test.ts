// A rank's verb says only how it was placed ("came seventh", "finished fourth", "ranked ninth"):
// another verb of the claim does not rule out the fact of that rank. End to end on a source
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a rank told with another verb", () => {
  it("is checked against the stored rank", async () => {
    const source = ["Beaches", "", "Carrow Bay was ranked seventh in the county's beach cleanliness survey."].join("\n");
    const checker = await checkerFor(source, "en", "2025-08-01");
    expect(verdictOf(checker, "Carrow Bay came seventh in the county beach cleanliness survey.")).toBe("match");
    expect(verdictOf(checker, "Carrow Bay came fifth in the county beach cleanliness survey.")).toBe("mismatch");
  });
});
