// The note a reason ends with when another fact gives the claimed number ("…; 44 is the stored
// figure for another fact: …") names only a fact of the figure's kind and unit: "12 percentage
// points" is no "children under 12". On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor } from "../support/extracted.js";

const SOURCE = [
  "Fair boosted takings",
  "",
  "A survey found that 64 per cent of town-centre businesses reported higher takings, a rise of 13 percentage points.",
  "",
  "Of the visitors, 47,250 bought tickets; the remainder were children under 12, who get in free.",
].join("\n");

const reasonOf = (checker: Awaited<ReturnType<typeof checkerFor>>, claim: string) =>
  checker.checkBlock({ text: claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0].checks[0].reason;

describe("the note of another fact giving the number", () => {
  it("is not of a figure in another unit", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-09-01");
    const reason = reasonOf(checker, "The share of businesses with higher takings rose by 12 percentage points.");
    expect(reason).toContain("the source says 13 pp");
    expect(reason).not.toContain("another fact");
  });
});
