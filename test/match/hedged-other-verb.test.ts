// A hedged number whose words tie no fact it is near (Matcher.nearHedged): another verb the lexicon
// knows is no bar to the fact it rounds when the claim names what that fact is about ("The food
// hall hosted about 60 local producers" against "57 food and drink producers in the food hall") —
// but it is for a part of what it counts, whose verb says which part ("Omkring 20 af klagerne kom
// fra sommerhusejere" against "modtog kommunen … 19 [klager] i 2022"). On sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a hedged number and another verb", () => {
  it("rounds the fact whose thing the claim names", async () => {
    const checker = await checkerFor(
      ["Harbour festival grows", "", "This year there were 280 trade stands, 30 more than last year, and 57 food and drink producers in the expanded local food hall."].join("\n"),
      "en",
      "2025-08-01",
    );
    expect(verdictOf(checker, "The festival's food hall hosted about 60 local producers.")).toBe("match");
    expect(verdictOf(checker, "The festival's food hall hosted about 80 local producers.")).not.toBe("match");
  });

  it("does not round a whole for a part its verb picks out", async () => {
    const checker = await checkerFor(
      ["Flere klager over vandscootere", "", "Sidste sommer modtog kommunen 63 klager over støj og farlig sejlads, mod 41 i 2023 og 19 i 2022."].join("\n"),
      "da",
      "2025-05-01",
    );
    expect(verdictOf(checker, "Omkring 20 af klagerne kom fra sommerhusejere.")).not.toBe("match");
  });
});
