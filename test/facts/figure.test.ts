// Figures of facts: conversion, checks and display forms (date parts and display via src/figures).
import { describe, expect, it } from "vitest";
import { displayFigure, dateParts } from "../../src/facts/index.js";
import { toFigureValue } from "../../src/facts/figure.js";

describe("fact figures", () => {
  it("parses date parts", () => {
    expect(dateParts("date", "2001-09-11")).toMatchObject({ year: 2001, month: 9, day: 11 });
    expect(dateParts("date", "--09-11")).toEqual({ month: 9, day: 11 });
    expect(dateParts("month", "2021-08")).toEqual({ year: 2021, month: 8 });
    expect(dateParts("month", "--08")).toEqual({ month: 8 });
    expect(dateParts("weekday", "Monday")).toEqual({ weekday: 1 });
    expect(dateParts("weekday", "søndag")).toEqual({ weekday: 7 });
    expect(dateParts("year", 2011)).toEqual({ year: 2011 });
    expect(() => dateParts("date", "2021-02-30")).toThrow(/real date/);
    expect(() => dateParts("weekday", "someday")).toThrow(/day name/);
    expect(() => dateParts("month", "2021-13")).toThrow(/YYYY-MM/);
  });

  it("converts and displays figures", () => {
    const show = (f: Parameters<typeof toFigureValue>[0]) => displayFigure(toFigureValue(f));
    expect(show({ kind: "count", value: 2448 })).toBe("2,448");
    expect(show({ kind: "count", value: 200, qualifier: "more_than" })).toBe("more than 200");
    expect(show({ kind: "vague", value: "many hundreds", low: 200, high: 999 })).toBe("many hundreds");
    expect(show({ kind: "date", value: "2001-09-11" })).toBe("11 September 2001");
    expect(show({ kind: "month", value: "2021-08" })).toBe("August 2021");
    expect(show({ kind: "month", value: "2021-08", qualifier: "before" })).toBe("by the end of August 2021");
    expect(show({ kind: "weekday", value: "monday" })).toBe("Monday");
    expect(show({ kind: "year", value: 2011 })).toBe("2011");
    expect(show({ kind: "percent", value: 12.5 })).toBe("12.5%");
    expect(show({ kind: "money", value: 2300000000, unit: "USD" })).toBe("$2.3 billion");
    expect(show({ kind: "count", qualifier: "range", low: 300, high: 400 })).toBe("300–400");
    // (a span of years: "fra 1902 til 1967", "the 1950s")
    expect(toFigureValue({ kind: "year", qualifier: "range", low: 1902, high: 1967 })).toEqual({ kind: "year", qualifier: "range", value: null, low: 1902, high: 1967 });
    expect(show({ kind: "year", qualifier: "range", low: 1902, high: 1967 })).toBe("1902–1967");
    // (a week of the year: a rank in weeks)
    expect(show({ kind: "ordinal", value: 38, unit: "wk" })).toBe("week 38");
    expect(() => toFigureValue({ kind: "ordinal", value: 3, unit: "km" })).toThrow(/only unit/);
    expect(() => toFigureValue({ kind: "year", qualifier: "range", low: 1902.5, high: 1967 })).toThrow(/whole years/);
    expect(toFigureValue({ kind: "vague", value: "many hundreds", low: 200, high: 999 })).toEqual({ kind: "vague", qualifier: "vague", value: "many hundreds", low: 200, high: 999 });
  });

  it("reads a time of day written HH:MM as minutes after midnight, and shows it as people write it", () => {
    expect(toFigureValue({ kind: "clock", value: "13:30" })).toMatchObject({ kind: "clock", qualifier: "exact", value: 810 });
    expect(toFigureValue({ kind: "clock", qualifier: "range", low: "10:00", high: "16:00" })).toMatchObject({ value: null, low: 600, high: 960 });
    const show = (f: Parameters<typeof toFigureValue>[0]) => displayFigure(toFigureValue(f));
    expect(show({ kind: "clock", value: "13:30" })).toBe("1.30pm");
    expect(show({ kind: "clock", value: "00:00" })).toBe("12am");
    expect(show({ kind: "clock", qualifier: "range", low: "10:00", high: "16:00" })).toBe("10am–4pm");
    expect(() => toFigureValue({ kind: "clock", value: 810 })).toThrow(/HH:MM/);
    expect(() => toFigureValue({ kind: "clock", value: "25:00" })).toThrow(/HH:MM/);
    expect(() => toFigureValue({ kind: "clock", value: "13:30", qualifier: "more_than" })).toThrow(/does not apply/);
    expect(() => toFigureValue({ kind: "clock", qualifier: "range", low: "16:00", high: "10:00" })).toThrow(/low must not be above high/);
    // (the "HH:MM" form is a clock's only: another kind's bounds are numbers)
    expect(() => toFigureValue({ kind: "count", qualifier: "range", low: "1:00", high: 4 })).toThrow(/are numbers/);
  });

  it("refuses inconsistent figures", () => {
    expect(() => toFigureValue({ kind: "count", value: "many" })).toThrow(/must be a number/);
    expect(() => toFigureValue({ kind: "vague", value: "dozens" })).toThrow(/needs low and high/);
    expect(() => toFigureValue({ kind: "count", value: 5, low: 1 })).toThrow(/only for vague/);
    expect(() => toFigureValue({ kind: "year", value: 2011, qualifier: "more_than" })).toThrow(/does not apply/);
    expect(() => toFigureValue({ kind: "count", value: 5, qualifier: "before" })).toThrow(/only for dates/);
    // (reach says how high an at_most goes: "up to 60")
    expect(() => toFigureValue({ kind: "count", value: 60, reach: true })).toThrow(/only for an "at_most" figure/);
    expect(toFigureValue({ kind: "count", value: 60, qualifier: "at_most", reach: true })).toEqual({ kind: "count", qualifier: "at_most", value: 60, reach: true });
    expect(displayFigure(toFigureValue({ kind: "count", value: 60, qualifier: "at_most", reach: true }))).toBe("up to 60");
    expect(displayFigure(toFigureValue({ kind: "count", value: 60, qualifier: "at_most" }))).toBe("at most 60");
    expect(() => toFigureValue({ kind: "money", value: 5 })).toThrow(/ISO 4217/);
  });
});
