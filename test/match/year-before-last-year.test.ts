// "brought 47 properties back into use last year, up from 31 the year before": the relative year
// goes with the amount of its clause, not the value a change set off after the comma started
// from, and "the year before" is the year before that one (in a source of 2024: 47 in 2023, 31 in
// 2022). Sources drafted by extract, unedited; the sentence is not in the lead, whose years would
// otherwise stand in for one the quote does not give.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf } from "../support/extracted.js";

const SOURCE = [
  "Empty homes premium to double",
  "",
  "Owners of homes left empty for a year will pay twice the usual council tax from April.",
  "",
  "The cabinet approved the proposal by eight votes to one.",
  "",
  "The council's single empty homes officer brought 47 properties back into use last year, up from 31 the year before.",
].join("\n");

describe("a relative year and the year before it", () => {
  it("date the amounts of their clauses", async () => {
    const en = await checkerFor(SOURCE, "en", "2024-02-14");
    expect(figureVerdictsOf(en, "The empty homes officer brought 47 properties back into use in 2023.")).toEqual([
      ["47", "match"],
      ["2023", "match"],
    ]);
    expect(figureVerdictsOf(en, "The empty homes officer brought 31 properties back into use in 2022.")).toEqual([
      ["31", "match"],
      ["2022", "match"],
    ]);
  });
});

describe("a relative year before the value a change set off by a comma started from", () => {
  it("is the year of the amount before it", async () => {
    const { relativeYearPhrasesOf } = await import("../../src/frames/relative-years.js");
    const { parseFigures } = await import("../../src/figures/index.js");
    const text = "The officer brought 47 properties back into use last year, up from 31 the year before, and the council offers loans of up to £15,000.";
    const figures = parseFigures(text, "en");
    const of = relativeYearPhrasesOf(text, figures, "en");
    expect([...of].map(([f, p]) => [f.text, p.phrase])).toContainEqual(["47", "last year"]);
  });
});

describe("a relative year between two amounts", () => {
  it("goes with the one of its own part of the sentence, between commas", async () => {
    const { relativeYearPhrasesOf } = await import("../../src/frames/relative-years.js");
    const { parseFigures } = await import("../../src/figures/index.js");
    const text = "Twenty-three gardens opened, five more than last year, and 1,874 visitors bought tickets, up from 1,390 in 2024.";
    const of = relativeYearPhrasesOf(text, parseFigures(text, "en"), "en");
    expect([...of].map(([f, p]) => [f.text, p.phrase])).toEqual([["five", "last year"]]);
  });

  it("so a claim of this year is about the other", async () => {
    const checker = await checkerFor("Open gardens\n\nTwenty-three gardens opened, five more than last year, and 1,874 visitors bought tickets, up from 1,390 in 2024.", "en", "2025-06-16");
    expect(figureVerdictsOf(checker, "Just under 1,900 people bought tickets this year.")).toEqual([["Just under 1,900", "match"]]);
  });
});
