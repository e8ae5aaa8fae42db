// Dates of a document drafted by extract: a claimed day that one fact of another quote gives is
// about that fact even when the claim's words tie another date (Matcher.dayGivenElsewhere); a month
// written without a year takes the one year the document gives that month elsewhere, when that is
// the text's year or one beside it and no earlier than its sentence makes it, and a weekday beside a date says which year (extract's figureInput); a claim of "last year" is not about the
// value a change ended at when the value it started from is said of that year (timeScore).
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const POOL = [
  "Published 12 December 2025",
  "",
  "Leisure pool to reopen after roof repairs",
  "",
  "Before it closed in April 2024 the pool recorded 168,400 visits a year.",
  "",
  "Ashbury Leisure Pool will welcome swimmers again on Monday 16 February, 22 months after it was shut when engineers found corrosion in the roof beams.",
].join("\n");

describe("a claimed day given by a fact of another quote", () => {
  it("is that fact's, over the words that tie another date", async () => {
    const checker = await checkerFor(POOL, "en", "2025-12-12");
    expect(verdictOf(checker, "Ashbury's leisure pool reopens to the public on 16 February.")).toBe("match");
  });

  it("is that fact's when the claim names the year too, though its words share nothing with it", async () => {
    const text = "Klubben får længere åbningstid\n\nFra mandag den 5. januar 2026 kan unge i Brøndhøj blive i klubben til klokken 22 på hverdage.";
    const checker = await checkerFor(text, "da", "2025-11-21");
    expect(verdictOf(checker, "The longer opening hours take effect on 5 January 2026.")).toBe("match");
    // (not without the year, which many days of a document coincide with)
    expect(verdictOf(checker, "The longer opening hours take effect on 5 January.")).not.toBe("match");
  });

  it("is no tie for another day", async () => {
    const checker = await checkerFor(POOL, "en", "2025-12-12");
    expect(verdictOf(checker, "Ashbury's leisure pool reopens to the public on 18 February.")).not.toBe("match");
  });
});

describe("a month written without a year", () => {
  const monthsOf = async (text: string, date: string) =>
    (await extractFacts(text, { id: "d", lang: "da", date, markdown: false })).facts.filter((f) => f.figure.kind === "month" || f.figure.kind === "date").map((f) => f.figure.value);

  it("takes the year the document gives that month elsewhere", async () => {
    const text = "Gratis frokost til alle elever fra august\n\nFra skolestart den 10. august 2026 får alle 5.420 elever et gratis varmt måltid.";
    expect(await monthsOf(text, "2025-11-12")).toEqual(["2026-08", "2026-08-10"]);
  });

  it("is the year a weekday beside a date says, over the one the document gives elsewhere", async () => {
    const en = "Oliver won the final on Sunday 12 October.\n\nNext year's championship is set for Sunday 11 October 2026.";
    expect((await extractFacts(en, { id: "d", lang: "en", date: "2025-10-13", markdown: false })).facts.map((f) => f.figure.value)).toContain("2025-10-12");
    const da = "Mandag den 4. maj blev der taget første spadestik.\n\nHallen skal stå klar i maj 2027.";
    expect(await monthsOf(da, "2026-05-10")).toEqual(["2026-05-04", "2027-05"]);
  });

  it("not an earlier year than its sentence makes it: the last such month, though a comparison names the one before", async () => {
    const en = "Officers carried out 1,146 inspections in the 12 months to the end of September.\n\nThe backlog stands at 437, against 290 in September 2023.";
    const months = (await extractFacts(en, { id: "d", lang: "en", date: "2024-11-07", markdown: false })).facts.filter((f) => f.figure.kind === "month").map((f) => f.figure.value);
    expect(months).toEqual(["2024-09", "2023-09"]);
  });

  it("not a year far from the text's date", async () => {
    const text = "Hallen lukkede i marts 2019 på grund af skimmelsvamp.\n\nDen åbner igen i marts efter en renovering.";
    expect(await monthsOf(text, "2025-01-20")).toEqual(["2019-03", "2025-03"]);
  });
});

describe("a claim of last year against the value a change ended at", () => {
  const SHOW = [
    "Published 4 August 2025",
    "",
    "County show draws record crowd",
    "",
    "There were 1,420 animals entered across cattle, sheep, pigs and goats, down from 1,655 in 2024.",
  ].join("\n");

  it("is about the value it started from, when that is said of last year", async () => {
    const checker = await checkerFor(SHOW, "en", "2025-08-04");
    expect(verdictOf(checker, "Last year's show had 1,420 animal entries.")).toBe("mismatch");
    expect(verdictOf(checker, "Last year's show had 1,655 animal entries.")).toBe("match");
    expect(verdictOf(checker, "This year's show had 1,420 animal entries.")).toBe("match");
  });
});

describe("a claimed day the words tie to no fact", () => {
  const BUDGET = [
    "Published 12 December 2025",
    "",
    "New budget agreed",
    "",
    "Det nye budget træder i kraft den 1. januar 2026 og giver skolerne 14 mio. kr. mere.",
  ].join("\n");

  it("is the one fact's that gives it, when the claim shares a term with it", async () => {
    const checker = await checkerFor(BUDGET, "da", "2025-12-12");
    expect(verdictOf(checker, "The new budget applies from 1 January 2026.")).toBe("match");
    // (another day of it is wrong: the words tie the budget's day, of another verb — "applies"
    // against "træder i kraft" — which a day of what the claim is about may be)
    expect(verdictOf(checker, "The new budget applies from 2 January 2026.")).toBe("mismatch");
  });
});

describe("a claimed year two before the source's, against the value a change started from", () => {
  const CRIME = [
    "Burglaries fall to 20-year low",
    "",
    "FAIRVIEW, Ohio, 12 February 2025 – Reported burglaries in Marlow County fell to their lowest level in two decades last year, according to the sheriff.",
    "",
    "Burglaries dropped from 1,214 to 987, a fall of 18.7 per cent.",
  ].join("\n");

  it("may be of that value (a report on last year gives the year before last)", async () => {
    const checker = await checkerFor(CRIME, "en", "2025-02-12");
    expect(verdictOf(checker, "Burglaries in 2023 numbered 1,412.")).toBe("mismatch");
    expect(verdictOf(checker, "Burglaries in 2021 numbered 1,412.")).toBe("unverified");
  });
});

describe("a span of years set off from the two values of its change", () => {
  const JOBS = ["Corvane to cut jobs", "", "Corvane Systems will cut 1,240 jobs, the company said on Tuesday.", "", "Corvane's headcount nearly doubled between 2020 and 2022, from 5,900 to 11,700."].join("\n");

  it("dates the first value by its start and the second by its end", async () => {
    const checker = await checkerFor(JOBS, "en", "2024-03-01");
    expect(verdictOf(checker, "Corvane's headcount reached 11,700 in 2022.")).toBe("match");
    expect(verdictOf(checker, "Corvane's headcount reached 11,700 in 2021.")).toBe("unverified");
  });
});

describe("two dates joined by \"and\"", () => {
  // "between November and the end of January": one span of the amount's clause, both of its
  // dates checked against the amount's fact ("and" cuts no clause between two dates).
  const SOURCE = [
    "Warm spaces stay open",
    "",
    "The 23 venues logged 18,460 visits between Monday 4 November and Friday 31 January. That is up 27 per cent on last winter.",
  ].join("\n");

  it("date the amount together", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-02-10");
    expect(verdictOf(checker, "Nearly 18,500 visits were logged between November and January.")).toBe("match");
    expect(verdictOf(checker, "Nearly 18,500 visits were logged between early November and the end of January.")).toBe("match");
    expect(verdictOf(checker, "Nearly 18,500 visits were logged between November and March.")).not.toBe("match");
  });
});
