// A noun after an infinitive and its verbs is the infinitive's object, not what the verb after
// it is about: "Ordningen med at indfange og neutralisere vildkatte startede i juni 2022" is the
// scheme's start, not the cats'; and "og" between the infinitive's verbs opens no clause
// (src/frames/index.ts: joinsInfinitives, infinitiveBefore).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Cats",
  "",
  "A volunteer scheme to trap, neuter and return stray cats in Holmby has dealt with 412 animals since it began in March 2021.",
  "",
  "Volunteers counted about 60 cats during a survey on the night of Tuesday 12 August.",
].join("\n");

describe("an infinitive's object", () => {
  it("is not what the verb after it is about", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-20");
    expect(verdictOf(checker, "Ordningen med at indfange og neutralisere vildkatte startede i marts 2021.")).toBe("match");
    expect(verdictOf(checker, "Ordningen med at indfange og neutralisere vildkatte startede i maj 2021.")).toBe("mismatch");
    expect(verdictOf(checker, "The scheme to trap and neuter stray cats began in March 2021.")).toBe("match");
  });
});
