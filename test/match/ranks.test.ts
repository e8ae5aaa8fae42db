// A rank ("the 14th run", "for 14. gang", "den tredje hundeskov", "third-busiest") is a figure of
// its own kind, checked against the source's rank in either language and never against a number
// of things; beside an amount in a claim it names which one the amount is of and is not checked.
// On sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const EN = [
  "Record turnout for tractor run",
  "",
  "A record 163 vintage tractors took part in the 14th Crossfell Tractor Run on Sunday.",
  "",
  "Crossfell now has the third-busiest tourist office in the county.",
  "",
  "Revenue in the third quarter was £812,000.",
].join("\n");

const DA = ["Ny hundeskov i Rødmose", "", "Rødmose bliver den tredje hundeskov i kommunen, og den koster 240.000 kr."].join("\n");

describe("ranks", () => {
  it("are checked against the source's ranks, in both languages", async () => {
    const checker = await checkerFor(EN, "en", "2027-05-11");
    expect(verdictOf(checker, "Crossfell-traktorløbet blev i år kørt for 14. gang.")).toBe("match");
    expect(verdictOf(checker, "Crossfell has the county's third busiest tourist office.")).toBe("match");
    expect(verdictOf(checker, "Crossfell has the county's second-busiest tourist office.")).toBe("mismatch");
    // (a rank is no number of things: 14 tractors is not the 14th run)
    expect(verdictOf(checker, "14 tractors took part in the run.")).not.toBe("match");
  });

  it("beside an amount name which one it is of, and are checked against the amount's sentence", async () => {
    const checker = await checkerFor(EN, "en", "2027-05-11");
    expect(verdictOf(checker, "Third-quarter revenue came to £812,000.")).toBe("match");
    expect(verdictOf(checker, "Fourth-quarter revenue came to £812,000.")).toBe("mismatch");
    // (a rank the amount's sentence does not give is no figure of the claim's own)
    expect(verdictOf(checker, "In its fifth year, the run drew 163 vintage tractors.")).toBe("match");
  });

  it("and age groups beside an amount are no figures of their own where the source gives none", async () => {
    const source = ["Golf club grows", "", "Membership reached 1,140 this year, and 214 of the members are aged under 30."].join("\n");
    const checker = await checkerFor(source, "en", "2026-04-01");
    expect(verdictOf(checker, "There are now 214 members aged under 30.")).toBe("match");
    expect(verdictOf(checker, "There are now 214 members aged under 25.")).toBe("mismatch");
    const silent = ["Golf club grows", "", "Membership reached 1,140 this year, and 214 members joined."].join("\n");
    expect(verdictOf(await checkerFor(silent, "en", "2026-04-01"), "There are now 214 new members aged under 30.")).toBe("match");
  });

  it("in Danish", async () => {
    const checker = await checkerFor(DA, "da", "2026-03-01");
    expect(verdictOf(checker, "Rødmose will be the municipality's third dog forest.")).toBe("match");
    expect(verdictOf(checker, "Rødmose bliver den fjerde hundeskov i kommunen.")).toBe("mismatch");
  });
});

describe("a week of the year", () => {
  // "uge 38" is a rank in weeks: a claim's week is checked against the source's, never a place.
  const SOURCE = ["Aftenskolen", "", "Den nye sæson begynder i uge 38, og klubben blev nummer tre i landsfinalen. Tilmeldingen åbner 1. august."].join("\n");

  it("is compared with a week only", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-01");
    expect(verdictOf(checker, "Den nye aftenskolesæson begynder i uge 38.")).toBe("match");
    expect(verdictOf(checker, "Den nye aftenskolesæson begynder i uge 41.")).toBe("mismatch");
    expect(verdictOf(checker, "The new season starts in week 38.")).toBe("match");
  });
});

describe("a place in a ranking", () => {
  // "som nummer fire", "kom fra en 31.-plads": a rank, as "fourth" is (not a number of things).
  const SOURCE = [
    "Asbest fjernes",
    "",
    "Skolen står som nummer fire på kommunens prioriteringsliste, og arbejdet koster 640.000 kr.",
    "",
    "Universitetet er rykket op fra en 45.-plads til en 38.-plads på den nationale liste over forskningsudgifter.",
    "",
    "Skærsø var i 2020 den fjerde mest algeplagede af de 35 søer, som Miljøstyrelsen overvåger i området.",
  ].join("\n");

  it("is compared with the source's rank", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-01");
    expect(verdictOf(checker, "The school is fourth on the council's priority list.")).toBe("match");
    expect(verdictOf(checker, "The school is sixth on the council's priority list.")).toBe("mismatch");
  });

  it("a rank climbed from is not the present one", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-01");
    expect(verdictOf(checker, "Universitetet ligger nu nummer 38 på den nationale liste over forskningsudgifter.")).toBe("match");
    expect(verdictOf(checker, "Universitetet ligger nu nummer 45 på den nationale liste over forskningsudgifter.")).toBe("mismatch");
  });

  it("beside an amount, is checked against the one rank of the amount's quote though no word ties it", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-01");
    expect(verdictOf(checker, "In 2020 Skærsø was the fourth most algae-plagued of the 35 lakes monitored in the area.")).toBe("match");
    expect(verdictOf(checker, "In 2020 Skærsø was the second most algae-plagued of the 35 lakes monitored in the area.")).toBe("mismatch");
  });
});
