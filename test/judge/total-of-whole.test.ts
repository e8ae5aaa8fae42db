// A count its clause says is of the whole ("i alt", "in total", "altogether") is not about a part
// of a whole its words tie equally: "Brandvæsenet … har 46 brandfolk i alt" is wrong against
// "46 of his 58 firefighters", not right about the 46 who donated (before: a match, a critical
// error).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Blood drive",
  "",
  "Harlow County's Fire Chief Robert Delgado, whose department has co-hosted the winter drive since 2011, said 46 of his 58 firefighters had donated this year.",
].join("\n");

describe("a count of the whole", () => {
  it("is judged against the whole, not a part of it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-01-20");
    expect(verdictOf(checker, "Brandvæsenet i Harlow County har 46 brandfolk i alt.")).toBe("mismatch");
    expect(verdictOf(checker, "The fire department has 46 firefighters in total.")).toBe("mismatch");
    expect(verdictOf(checker, "The fire department has 58 firefighters in total.")).toBe("match");
  });
});
