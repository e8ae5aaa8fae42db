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
});
