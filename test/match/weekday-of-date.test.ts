// A weekday right before a date is that date's: right when it is the weekday the source gives for
// the stored date (the one its quote sets before it, else the calendar's for a year the quote
// gives), wrong when not. Before, "Monday" in "Construction will start on Monday 4 May" was left
// unverified when no fact of its own was tied, and the claim with it.
import { describe, expect, it } from "vitest";
import { checkerFor, claimResultOf } from "../support/extracted.js";

const SOURCE = [
  "Vejen lukkes i seks uger",
  "",
  "Arbejdet går i gang mandag den 4. maj, og vejen bliver spærret i omkring seks uger.",
].join("\n");

describe("a weekday before a date", () => {
  it("is checked against the stored date's weekday", async () => {
    const checker = await checkerFor(SOURCE, "da", "2026-03-26");
    const claim = (text: string) => claimResultOf(checker, text);
    const right = claim("Construction will start on Monday 4 May.");
    expect(right.verdict).toBe("match");
    expect(right.checks.map((c) => c.rule)).toContain("weekday-of-date");
    const wrong = claim("Construction will start on Tuesday 4 May.");
    expect(wrong.verdict).toBe("mismatch");
    expect(wrong.checks.find((c) => c.figure.text === "Tuesday")?.rule).toBe("weekday-of-date-differs");
    // (a weekday far from the date is not the date's)
    expect(claim("On Tuesday the council said that construction will start on 4 May.").checks.find((c) => c.figure.kind === "weekday")?.rule).not.toBe("weekday-of-date-differs");
  });
});

describe("a weekday before a date, in a sentence that gives another weekday", () => {
  // "indførte onsdag et forbud, som gælder fra torsdag den 19. juni": the claim's weekday before
  // the date is the date's, not the other weekday of its quote (before: "the source says
  // Wednesday").
  const BAN = [
    "Tørke sætter stop for sankthansbål",
    "",
    "Tornbæk Brand & Redning indførte onsdag et totalt afbrændingsforbud, som gælder fra torsdag den 19. juni kl. 12.",
  ].join("\n");

  it("is checked against the date's weekday", async () => {
    const checker = await checkerFor(BAN, "da", "2025-06-19");
    const claim = (text: string) => claimResultOf(checker, text);
    const right = claim("Afbrændingsforbuddet trådte i kraft torsdag den 19. juni.");
    expect(right.verdict).toBe("match");
    expect(right.checks.map((c) => c.rule)).toContain("weekday-of-date");
    expect(claim("Afbrændingsforbuddet trådte i kraft onsdag den 19. juni.").verdict).toBe("mismatch");
    expect(claim("The ban took effect on Thursday 19 June.").verdict).toBe("match");
  });
});

const AIRPORT = ["Airport's record year", "", "The busiest month was July, when 512,000 passengers passed through the terminal, and on the busiest single day, Friday 28 June, 21,300 passengers departed or arrived."].join("\n");

describe("a weekday the source sets before the date", () => {
  it("is the one a claim's weekday is checked against, not the calendar's of a year the extract inferred", async () => {
    // (a source of January 2025 about 2024: its date is stored as 28 June 2025, a Saturday)
    const checker = await checkerFor(AIRPORT, "en", "2025-01-08");
    const claim = (text: string) => claimResultOf(checker, text);
    expect(claim("Den travleste dag var fredag den 28. juni.").verdict).toBe("match");
    expect(claim("Den travleste dag var torsdag den 28. juni.").verdict).toBe("mismatch");
  });
});


describe("a date a headline gives without its year", () => {
  // The headline's "åbner 1. april" is what the words tie; the body gives the same date with its
  // weekday and year ("onsdag den 1. april 2026"): that sentence says the claim's year, and its
  // weekday is the one a weekday before the date is checked against.
  const HEADLINE = [
    "Ny hundeskov åbner 1. april",
    "",
    "Byrådet godkendte mandag planen, og hvis alt går efter planen, åbner skoven for hunde og deres ejere onsdag den 1. april 2026.",
  ].join("\n");

  it("is cited from the sentence that gives its year", async () => {
    const checker = await checkerFor(HEADLINE, "da", "2025-11-20");
    const claim = (text: string) => claimResultOf(checker, text);
    const withYear = claim("The dog forest opens on Wednesday 1 April 2026.");
    expect(withYear.checks.map((c) => c.verdict)).toEqual(["match", "match"]);
    expect(withYear.checks.map((c) => c.source?.quote.includes("1. april 2026"))).toEqual([true, true]);
  });

  it("has the weekday another sentence gives it", async () => {
    const checker = await checkerFor(HEADLINE, "da", "2025-11-20");
    const claim = (text: string) => claimResultOf(checker, text);
    expect(claim("The dog forest opens on Wednesday 1 April.").checks.map((c) => c.verdict)).toEqual(["match", "match"]);
    expect(claim("The dog forest opens on Thursday 1 April.").checks.map((c) => c.verdict)).toEqual(["mismatch", "match"]);
  });
});

describe("a weekday before a date, when its words tie another quote's weekday", () => {
  // "Arbejdet med at lægge stenene ud gik i gang mandag den 6. oktober": the words tie the last
  // load of stone on a Friday; the weekday before the date is still the date's (before: "the
  // source says Friday").
  const REEF = [
    "Nyt stenrev",
    "",
    "Projektet, der gik i gang mandag den 6. oktober, koster 14,6 mio. kr.",
    "",
    "Hvis vejret tillader det, ventes det sidste læs sten at blive lagt ud fredag den 14. november.",
  ].join("\n");

  it("is checked against the date's weekday", async () => {
    const checker = await checkerFor(REEF, "da", "2025-10-20");
    const claim = (text: string) => claimResultOf(checker, text);
    expect(claim("Arbejdet med at lægge stenene ud gik i gang mandag den 6. oktober.").verdict).toBe("match");
    expect(claim("Arbejdet med at lægge stenene ud gik i gang tirsdag den 6. oktober.").verdict).toBe("mismatch");
  });
});

describe("a date after a weekday that is right about a fact", () => {
  // "uncovered on Tuesday 17 September" is of the quote that gives "tirsdag den 17. september",
  // not of a raid's "11. oktober 1944" in another sentence that the claim's words tie better
  // (before: "the month and day is wrong: the source says 11 October 1944").
  const BOMB = [
    "Bombe fundet ved havnen",
    "",
    "En flybombe fra Anden Verdenskrig blev tirsdag den 17. september fundet under et gravearbejde på Havnegade.",
    "",
    "Bomben stammer fra det britiske luftangreb på havnen den 11. oktober 1944.",
  ].join("\n");

  it("is checked against the date its quote gives with that weekday", async () => {
    const checker = await checkerFor(BOMB, "da", "2024-09-19");
    const claim = (text: string) => claimResultOf(checker, text);
    const right = claim("The wartime bomb was uncovered on Tuesday 17 September.");
    expect(right.verdict).toBe("match");
    expect(right.checks.find((c) => c.figure.kind === "date")?.fact?.value).toBe("2024-09-17");
    const wrong = claim("The wartime bomb was uncovered on Tuesday 18 September.");
    expect(wrong.verdict).toBe("mismatch");
    expect(wrong.checks.find((c) => c.figure.kind === "date")?.fact?.value).toBe("2024-09-17");
  });
});
