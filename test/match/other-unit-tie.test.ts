// A claim whose words tie only facts whose figures cannot be compared with its own (a span of weeks
// for an age, a count for a sum of money) is about the one fact that gives its number in its own
// unit, even when the extracted terms of that fact count something else: "Taget på hallen er 46
// år gammelt" against "Nu skal det 46 år gamle tag skiftes"; a measure of one digit too ("Solaris
// dækker 4,2 hektar", unless another verb says otherwise). Not for a bare count, which
// coincides too easily ("I 14 tilfælde …" is not the source's 14 fire stations). On sources
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const HALL = [
  "Utæt tag koster klubberne dyrt: Vildbjerg Hallen lukker i otte uger",
  "",
  "Der har stået spande på gulvet i Vildbjerg Hallen siden efteråret. Nu skal det 46 år gamle tag skiftes, og det betyder, at hallen lukker helt fra 24. marts til 19. maj – i alt otte uger.",
  "",
  "Beredskabet har 14 brandstationer og 312 deltidsbrandfolk.",
].join("\n");

describe("a claim whose words tie facts of another unit only", () => {
  it("is about the one fact that gives its number in its unit", async () => {
    const checker = await checkerFor(HALL, "da", "2025-02-04");
    expect(verdictOf(checker, "Taget på Vildbjerg Hallen er 46 år gammelt.")).toBe("match");
    expect(verdictOf(checker, "Taget på Vildbjerg Hallen er 64 år gammelt.")).not.toBe("match");
  });

  it("but a bare count is no such sign", async () => {
    const checker = await checkerFor(HALL, "da", "2025-02-04");
    expect(verdictOf(checker, "Hallen lukker i 14 tilfælde om året.")).not.toBe("match");
  });
});

describe("a measure of one digit", () => {
  const VINEYARD = [
    "Rekordhøst på Skovbjerg Vingård",
    "",
    "Vingården dyrker syv druesorter, hvoraf Solaris fylder mest med 4,2 hektar. Sukkerindholdet i Solaris-druerne blev målt til 24 grader Brix.",
  ].join("\n");
  const ROBOTS = [
    "Robot maker raises £3.6m",
    "",
    "Fernwick Robotics has raised £3.6m in a Series A round, chief executive Priya Sandhu said.",
    "",
    "Robots are leased rather than sold, at a monthly fee of £1,150 per unit on contracts that typically run for three years.",
  ].join("\n");

  it("is tied by its figure too when the words tie facts of another unit only", async () => {
    expect(verdictOf(await checkerFor(VINEYARD, "da", "2025-10-04"), "Solaris dækker 4,2 hektar af vingården.")).toBe("match");
    expect(verdictOf(await checkerFor(ROBOTS, "en", "2025-10-04"), "Fernwick's robot leasing contracts usually last three years.")).toBe("match");
  });
});

describe("a count of two digits whose words tie no fact", () => {
  // A count or percentage of two significant digits is tied by its figure though the claim counts
  // another word than the fact, when the claim's words tie no fact at all ("19 local
  // organisations" against "19 local groups"); a single digit is no such sign.
  const CARNIVAL = [
    "Summer carnival raises record sum",
    "",
    "The carnival raised £14,250 this year. The money will be shared among 19 local groups, and 7 stalls sold food.",
  ].join("\n");

  it("is about the fact that gives it", async () => {
    const checker = await checkerFor(CARNIVAL, "en", "2025-08-10");
    expect(verdictOf(checker, "The proceeds will be divided between 19 local organisations.")).toBe("match");
    expect(verdictOf(checker, "The proceeds will be divided between 7 local organisations.")).not.toBe("match");
  });
});
