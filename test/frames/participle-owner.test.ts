// A figure in a clause set off by a comma that opens with a participle is of the noun before the
// comma, a prepositional phrase's too ("at a full council meeting on Thursday 27 November,
// starting at 6.30pm"), or of the noun an "of" phrase follows ("a separate study of the east bank,
// costing £350,000"); not of a light verb's complement, which says what the subject is ("The hats
// are smaller projects, taking about 90 minutes each": src/frames/index.ts, participleOwner).
// On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Crossing patrols: council to decide",
  "",
  "Councillors will vote on the plan at a full council meeting on Thursday 27 November, starting at 6.30pm in the Guildhall.",
  "",
  "The agency said a separate study of the east bank, costing £350,000, would report by the summer, and that flood doors would be offered free to the 210 households at an estimated cost of £1.1 million.",
].join("\n");

describe("a clause that opens with a participle", () => {
  it("is of the noun before the comma", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-10");
    expect(verdictOf(checker, "The full council meeting is scheduled to begin at half past six in the evening.")).toBe("match");
    expect(verdictOf(checker, "The full council meeting is scheduled to begin at 7pm.")).toBe("mismatch");
  });

  it("is of the noun an 'of' phrase follows", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-10");
    expect(verdictOf(checker, "The separate study of the east bank will cost £530,000.")).toBe("mismatch");
    expect(verdictOf(checker, "The separate study of the east bank will cost £350,000.")).toBe("match");
  });
});
