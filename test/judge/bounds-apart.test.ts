// The judge against a stored range or bound (src/judge/policy.ts): a claimed number ten times or
// more beyond the end it lies past is likely another figure (other-magnitude), as against a stored
// point; nearer, it is a mismatch. And a fact the words tie less well is taken over the best only
// when it stores a point the claim is right about, not a bound it stays within. On a source
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Landsbyen får hjertestarter",
  "",
  "I landsbyen Kærby bor der færre end 500 mennesker, men nu får byen sin egen hjertestarter.",
  "",
  "Museet i fyrmesterboligen har mellem 35.000 og 40.000 besøgende om året.",
].join("\n");

describe("a claimed number far beyond a stored bound or range", () => {
  it("is likely another figure: unverified", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-01");
    expect(verdictOf(checker, "I Kærby bor der cirka 62.000 mennesker.")).toBe("unverified");
    expect(verdictOf(checker, "Museet i fyrmesterboligen har 700.000 besøgende om året.")).toBe("unverified");
  });

  it("is a mismatch nearer than ten times", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-01");
    expect(verdictOf(checker, "I Kærby bor der 800 mennesker.")).toBe("mismatch");
    expect(verdictOf(checker, "Museet i fyrmesterboligen har 50.000 besøgende om året.")).toBe("mismatch");
  });

  it("is not excused by a bound of another fact that it stays within", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-01");
    expect(verdictOf(checker, "Museet i fyrmesterboligen har 500 besøgende om året.")).toBe("mismatch");
  });
});

describe("an unhedged claim far from a figure the source hedges", () => {
  const CABLE = ["Havvindmølleparken godkendt", "", "Eksportkablet ind til land bliver omkring 41 km langt og graves ned i havbunden."].join("\n");

  it("is likely another figure from three times or a third on; a mismatch nearer, or when the claim hedges too", async () => {
    const checker = await checkerFor(CABLE, "da", "2025-03-01");
    expect(verdictOf(checker, "Eksportkablet ind til land er 150 km langt.")).toBe("unverified");
    expect(verdictOf(checker, "Eksportkablet ind til land er 50 km langt.")).toBe("mismatch");
    expect(verdictOf(checker, "Eksportkablet ind til land er omkring 150 km langt.")).toBe("mismatch");
  });
});

describe("an unhedged count of one digit far from a figure the source hedges", () => {
  const OFFICE = [
    "Turister strømmer til",
    "",
    "Omkring 150 mennesker deltog i byvandringen lørdag.",
    "",
    "Turistkontoret har fire nye foldere om byens historie, og 40 frivillige hjælper i sommerferien.",
  ].join("\n");

  it("is likely another figure, though another fact of the source gives that number", async () => {
    const checker = await checkerFor(OFFICE, "da", "2025-03-01");
    expect(verdictOf(checker, "Byvandringen havde fire deltagere.")).toBe("unverified");
    // (one of two digits that another fact gives is rather a mix-up of the two)
    expect(verdictOf(checker, "Byvandringen havde 40 deltagere.")).toBe("mismatch");
    // (and one whose verb says what happened as the fact does is its number got wrong)
    expect(verdictOf(checker, "Fire mennesker deltog i byvandringen lørdag.")).toBe("mismatch");
  });
});
