// "I fire af dem …" after a sentence that counts measurements: a count of a whole named before
// (the packs' anaphoricWholes after the partitive) counts what the last count of the sentence
// before counts, known to the lexicon or not. End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a count of them", () => {
  it("counts the whole named in the sentence before", async () => {
    const source = [
      "Lugtgener",
      "",
      "Kommunens miljøafdeling har siden januar foretaget 17 lugtmålinger i området. I fire af dem lå lugten ved nærmeste bolig over grænseværdien.",
    ].join("\n");
    const checker = await checkerFor(source, "da", "2025-06-01");
    expect(verdictOf(checker, "Fire af lugtmålingerne lå over grænseværdien.")).toBe("match");
    expect(verdictOf(checker, "Seks af lugtmålingerne lå over grænseværdien.")).toBe("mismatch");
  });

  it("counts it after a sentence that opens with the partitive and the pronoun", async () => {
    const source = [
      "Referees",
      "",
      "Between 1 September and 31 January, 2,318 fixtures were scheduled. Of those, 431 were refereed by a parent or coach, while 37 were postponed because nobody could be found to officiate.",
    ].join("\n");
    const checker = await checkerFor(source, "en", "2025-02-20");
    expect(verdictOf(checker, "A total of 37 fixtures have been postponed.")).toBe("match");
    expect(verdictOf(checker, "A total of 73 fixtures have been postponed.")).toBe("mismatch");
    expect(verdictOf(checker, "431 kampe blev dømt af en forælder eller træner.")).toBe("match");
  });

  it("leaves a count that names what it counts after its verb", async () => {
    const source = [
      "Men's shed",
      "",
      "Figures showed that 118 members had signed up by the end of February. Of those, 97 are men and 21 are women.",
    ].join("\n");
    const checker = await checkerFor(source, "en", "2025-03-10");
    expect(verdictOf(checker, "97 of the members are men.")).toBe("match");
    expect(verdictOf(checker, "The shed has 97 members in total.")).toBe("mismatch");
  });
});
