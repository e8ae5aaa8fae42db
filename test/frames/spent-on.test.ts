// After an amount of money, "on", "på" opens what it went to, as "in" does ("spent £2m on new
// roofs", "brugt 14 mio. kr. på at gøre Østkajen længere": the quay, past an infinitive's marker
// and verb; a definite noun ends the phrase), not "on average" (the packs' spentOn). Without it,
// the subject ("Havnen", "Kommunen") was what the money was of, and a fact of the subject's other
// money a false alarm. From test/newdocs/krydstogtsaeson-noerhavn and sygefravaer-bramsvig-kommune.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = (name: string) => readFileSync(new URL(`../newdocs/${name}`, import.meta.url), "utf8");

describe("money spent on a thing", () => {
  it("is about that thing", async () => {
    const checker = await checkerFor(doc("krydstogtsaeson-noerhavn.da.txt"), "da", "2025-09-23");
    expect(verdictOf(checker, "Havnen har brugt 14 mio. kr. på at gøre Østkajen længere.")).toBe("match");
    expect(verdictOf(checker, "Havnen har brugt 12 mio. kr. på at gøre Østkajen længere.")).toBe("mismatch");
  });

  it("is not the subject's other money", async () => {
    const checker = await checkerFor(doc("sygefravaer-bramsvig-kommune.da.txt"), "da", "2025-02-12");
    expect(verdictOf(checker, "Kommunen brugte 65 mio. kr. på vikarer i 2024.")).toBe("unverified");
  });
});
