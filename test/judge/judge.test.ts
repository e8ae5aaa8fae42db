import { describe, expect, it } from "vitest";
import { judgeFigure, roundingStep } from "../../src/judge/index.js";
import { DEFAULT_JUDGE_OPTIONS, type FigureValue, type Qualifier, type Verdict } from "../../src/types.js";

const count = (value: number, qualifier: Qualifier = "exact"): FigureValue => ({ kind: "count", qualifier, value });
const range = (low: number, high: number, qualifier: Qualifier = "range"): FigureValue => ({ kind: qualifier === "vague" ? "vague" : "count", qualifier, value: null, low, high });
const year = (y: number, qualifier: Qualifier = "exact"): FigureValue => ({ kind: "year", qualifier, value: y, date: { year: y } });
const date = (value: string, parts: FigureValue["date"]): FigureValue => ({ kind: "date", qualifier: "exact", value, date: parts });
const month = (m: number, y?: number, qualifier: Qualifier = "exact"): FigureValue => ({ kind: "month", qualifier, value: `${y ?? "-"}-${String(m).padStart(2, "0")}`, date: { month: m, ...(y ? { year: y } : {}) } });
const rank = (n: number): FigureValue => ({ kind: "ordinal", qualifier: "exact", value: n });
const clock = (minutes: number, qualifier: Qualifier = "exact"): FigureValue => ({ kind: "clock", qualifier, value: minutes });
const years = (low: number, high: number): FigureValue => ({ kind: "year", qualifier: "range", value: null, low, high });
const clocks = (low: number, high: number): FigureValue => ({ kind: "clock", qualifier: "range", value: null, low, high });
const weekday = (n: number): FigureValue => ({ kind: "weekday", qualifier: "exact", value: String(n), date: { weekday: n } });
const percent = (v: number): FigureValue => ({ kind: "percent", qualifier: "exact", value: v, unit: "%" });
const money = (v: number, unit: string): FigureValue => ({ kind: "money", qualifier: "exact", value: v, unit });
const quantity = (v: number, unit: string, qualifier: Qualifier = "exact"): FigureValue => ({ kind: "quantity", qualifier, value: v, unit });

// claimed, stored, expected verdict, expected rule
const TABLE: [string, FigureValue, FigureValue, Verdict, string][] = [
  // equal and different
  ["347 vs 347", count(347), count(347), "match", "equal"],
  ["600 vs 347", count(600), count(347), "mismatch", "differs"],
  ["5 vs 2", count(5), count(2), "mismatch", "differs"],
  ["345 vs 347 (not round)", count(345), count(347), "mismatch", "differs"],
  ["2447 vs 2448", count(2447), count(2448), "mismatch", "differs"],
  // rounded figures stated as exact
  ["340 vs 347", count(340), count(347), "close", "rounded"],
  ["350 vs 347", count(350), count(347), "close", "rounded"],
  ["2,400 vs 2,448", count(2400), count(2448), "close", "rounded"],
  ["2,500 vs 2,448", count(2500), count(2448), "close", "rounded"],
  ["21,000 vs 20,722", count(21000), count(20722), "close", "rounded"],
  ["20,000 vs 20,722 (3.5%)", count(20000), count(20722), "close", "rounded"],
  ["300 vs 347 (13.5%)", count(300), count(347), "mismatch", "differs"],
  ["40 vs 44 (9%)", count(40), count(44), "mismatch", "differs"],
  // a stored figure with decimals rounded to the claim's last digit, within --tolerance
  ["24 hectares vs 23.6", quantity(24, "ha"), quantity(23.6, "ha"), "close", "rounded"],
  ["5 per cent vs 4.6 per cent", percent(5), percent(4.6), "close", "rounded"],
  ["8.3 vs 8.27", percent(8.3), percent(8.27), "close", "rounded"],
  ["23 vs 23.6 (no rounding of it)", quantity(23, "ha"), quantity(23.6, "ha"), "mismatch", "differs"],
  ["2 vs 2.4 (17%, past the tolerance)", quantity(2, "ha"), quantity(2.4, "ha"), "mismatch", "differs"],
  ["3,000 vs 2,448", count(3000), count(2448), "mismatch", "differs"],
  // a number with as many significant digits as the stored one is no rounding of it: a slip of digits
  ["421 million vs 412 million", money(421e6, "DKK"), money(412e6, "DKK"), "mismatch", "differs"],
  ["1,780 vs 1,870", count(1780), count(1870), "mismatch", "differs"],
  ["350 vs 340", count(350), count(340), "mismatch", "differs"],
  ["2,000 vs 2,050", count(2000), count(2050), "close", "rounded"],
  // an age group: another bound of the same sense is another group
  ["aged over 30 vs over 25", quantity(30, "age", "more_than"), quantity(25, "age", "more_than"), "mismatch", "age-group"],
  ["aged at least 25 vs over 25", quantity(25, "age", "at_least"), quantity(25, "age", "more_than"), "match", "age-group"],
  ["aged under 12 vs under 12", quantity(12, "age", "less_than"), quantity(12, "age", "less_than"), "match", "age-group"],
  // hedges
  ["about 350 vs 347", count(350, "about"), count(347), "match", "hedge-within"],
  ["about 3,000 vs 2,448", count(3000, "about"), count(2448), "mismatch", "hedge-outside"],
  ["around 20,000 vs 20,722", count(20000, "about"), count(20722), "match", "hedge-within"],
  ["about 40 vs 44 (9.1%)", count(40, "about"), count(44), "match", "hedge-within"],
  ["about 39 vs 44 (11.4%)", count(39, "about"), count(44), "mismatch", "hedge-outside"],
  // beyond the hedge but the stored figure rounded to the claim's last digit, within twice the
  // tolerance: close; for about/nearly only nearer the claim than the half step between
  ["about 10 vs 9 (rounded, 11% off)", count(10, "about"), count(9), "close", "hedge-rounded-beyond"],
  ["about 300 vs 347 (nearer 350)", count(300, "about"), count(347), "mismatch", "hedge-outside"],
  ["about 20 vs 17 (nearer 15)", count(20, "about"), count(17), "mismatch", "hedge-outside"],
  ["just over 20 vs 23 (rounded, 13% off)", count(20, "just_over"), count(23), "close", "hedge-rounded-beyond"],
  ["about 2 vs 1.4 (too far)", count(2, "about"), count(1.4), "mismatch", "hedge-outside"],
  // (a hedge rounds: within one step of the claim's last digit, 5 when that digit is 5)
  ["some 165 vs 156 (no rounding of it)", count(165, "about"), count(156), "mismatch", "hedge-not-rounding"],
  ["about 18 vs 19.6 (no rounding of it)", count(18, "about"), count(19.6), "mismatch", "hedge-not-rounding"],
  ["nearly 46 vs 43 (no rounding of it)", count(46, "nearly"), count(43), "mismatch", "hedge-not-rounding"],
  ["some 165 vs 161", count(165, "about"), count(161), "match", "hedge-within"],
  ["about 1,900 vs 1,870", count(1900, "about"), count(1870), "match", "hedge-within"],
  ["roughly 15,000 vs 14,500", count(15000, "about"), count(14500), "match", "hedge-within"],
  ["an estimated 4,312 vs 4,300 (more precise than the stored figure)", count(4312, "about"), count(4300), "match", "hedge-within"],
  ["nearly 21,000 vs 20,722", count(21000, "nearly"), count(20722), "match", "nearly-within"],
  ["nearly 2,500 vs 2,448", count(2500, "nearly"), count(2448), "match", "nearly-within"],
  ["nearly 2,400 vs 2,448 (stored above)", count(2400, "nearly"), count(2448), "mismatch", "nearly-above"],
  ["nearly 3,000 vs 2,448 (too far)", count(3000, "nearly"), count(2448), "mismatch", "hedge-outside"],
  ["nearly 347 vs 347", count(347, "nearly"), count(347), "match", "nearly-within"],
  // (how far short, as a share of the claimed figure: "nearly 3,000" reaches down to 2,700)
  ["nearly 3,000 vs 2,700", count(3000, "nearly"), count(2700), "match", "nearly-within"],
  ["nearly 3,000 vs 2,690 (too far)", count(3000, "nearly"), count(2690), "mismatch", "hedge-outside"],
  // "just over", "godt": at or a little above (not any figure above it, as "more than" allows)
  ["just over 600 vs 612.4", count(600, "just_over"), count(612.4), "match", "just-over-within"],
  ["just over 600 vs 600", count(600, "just_over"), count(600), "match", "just-over-within"],
  ["just over 600 vs 590 (stored below)", count(600, "just_over"), count(590), "mismatch", "just-over-below"],
  ["just over 600 vs 3,470 (too far)", count(600, "just_over"), count(3470), "mismatch", "hedge-outside"],
  // bounds and ranges against a stored point
  ["more than 200 vs 347", count(200, "more_than"), count(347), "match", "set-holds"],
  ["more than 50 vs 44", count(50, "more_than"), count(44), "mismatch", "set-fails"],
  ["more than 44 vs 44", count(44, "more_than"), count(44), "mismatch", "set-fails"],
  ["at least 44 vs 44", count(44, "at_least"), count(44), "match", "set-holds"],
  ["at least 2,000 vs 2,448", count(2000, "at_least"), count(2448), "match", "set-holds"],
  ["under 400 vs 347", count(400, "less_than"), count(347), "match", "set-holds"],
  ["fewer than 300 vs 347", count(300, "less_than"), count(347), "mismatch", "set-fails"],
  ["fewer than 347 vs 347", count(347, "less_than"), count(347), "mismatch", "set-fails"],
  ["at most 347 vs 347", count(347, "at_most"), count(347), "match", "set-holds"],
  ["up to 300 vs 347", count(300, "at_most"), count(347), "mismatch", "set-fails"],
  ["between 300 and 400 vs 347", range(300, 400), count(347), "match", "set-holds"],
  ["between 400 and 500 vs 347", range(400, 500), count(347), "mismatch", "set-fails"],
  ["hundreds vs 347", range(200, 999, "vague"), count(347), "match", "set-holds"],
  ["dozens vs 347", range(24, 99, "vague"), count(347), "mismatch", "set-fails"],
  ["thousands vs 2,448", range(2000, 9999, "vague"), count(2448), "match", "set-holds"],
  ["thousands vs 347", range(2000, 9999, "vague"), count(347), "mismatch", "set-fails"],
  // stored bounds and vague quantities
  ["over 200 vs more than 200", count(200, "more_than"), count(200, "more_than"), "match", "bound-covered"],
  ["more than 150 vs more than 200", count(150, "more_than"), count(200, "more_than"), "match", "bound-covered"],
  ["at least 200 vs more than 200", count(200, "at_least"), count(200, "more_than"), "match", "bound-covered"],
  // a bound that goes further than the source's of the same sense restates it with another number
  ["more than 300 vs more than 200", count(300, "more_than"), count(200, "more_than"), "mismatch", "bound-raised"],
  ["at least 15,000 vs at least 5,000", count(15000, "at_least"), count(5000, "at_least"), "mismatch", "bound-raised"],
  ["fewer than 40 vs fewer than 60", count(40, "less_than"), count(60, "less_than"), "mismatch", "bound-raised"],
  ["more than 210 vs more than 200 (within --tolerance)", count(210, "more_than"), count(200, "more_than"), "unverified", "bound-open"],
  ["250 vs more than 200", count(250), count(200, "more_than"), "unverified", "bound-open"],
  ["200 vs more than 200", count(200), count(200, "more_than"), "close", "bound-at-edge"],
  ["150 vs more than 200", count(150), count(200, "more_than"), "mismatch", "bound-broken"],
  // a minimum below half the source's figure holds, but understates it
  ["more than 60 vs about 950", count(60, "more_than"), count(950, "about"), "mismatch", "bound-understates"],
  ["more than 400,000 vs 861,400", count(400000, "more_than"), count(861400), "mismatch", "bound-understates"],
  ["at least 5 years vs more than 20 years", quantity(5, "yr", "at_least"), quantity(20, "yr", "more_than"), "mismatch", "bound-understates"],
  ["more than 100 vs more than 200", count(100, "more_than"), count(200, "more_than"), "match", "bound-covered"],
  ["more than 100 vs more than 201", count(100, "more_than"), count(201, "more_than"), "mismatch", "bound-understates"],
  // a stored "at least" is a threshold: a lower minimum restates it with another number (not within --tolerance)
  ["at least 100 m vs at least 150 m", quantity(100, "m", "at_least"), quantity(150, "m", "at_least"), "mismatch", "bound-lowered"],
  ["mindst 400 vs at least 500", count(400, "at_least"), count(500, "at_least"), "mismatch", "bound-lowered"],
  // so is a stored "more than" of a span of time ("waited more than three months"), not of a count
  ["over 2 months vs more than 3 months", quantity(2, "mo", "more_than"), quantity(3, "mo", "more_than"), "mismatch", "bound-lowered"],
  ["more than 3 hours vs more than 4 hours", quantity(3, "h", "more_than"), quantity(4, "h", "more_than"), "mismatch", "bound-lowered"],
  ["more than 150 m vs more than 200 m", quantity(150, "m", "more_than"), quantity(200, "m", "more_than"), "match", "bound-covered"],
  ["more than 460 vs at least 500", count(460, "more_than"), count(500, "at_least"), "match", "bound-covered"],
  ["at least 500 vs at least 500", count(500, "at_least"), count(500, "at_least"), "match", "bound-covered"],
  ["more than 20 per cent vs 80 per cent", { ...percent(20), qualifier: "more_than" }, percent(80), "match", "set-holds"],
  ["over 18 (an age group) vs 65", quantity(18, "age", "more_than"), quantity(65, "age"), "match", "set-holds"],
  // a maximum above the source's figure holds, but says it goes higher than the source does
  ["up to 12 years vs 7 years", { ...quantity(12, "yr", "at_most"), reach: true }, quantity(7, "yr"), "mismatch", "bound-overstates"],
  ["up to 35 per cent vs 25 per cent", { ...percent(35), qualifier: "at_most", reach: true }, percent(25), "mismatch", "bound-overstates"],
  ["up to 1.5 billion vs 1.46 billion (within the close tolerance)", { ...count(1.5e9, "at_most"), reach: true }, count(1.46e9), "match", "set-holds"],
  ["at most 12 years vs 7 years (a bound, not how high it reaches)", quantity(12, "yr", "at_most"), quantity(7, "yr"), "match", "set-holds"],
  ["at most 45 vs 45", count(45, "at_most"), count(45), "match", "set-holds"],
  ["fewer than 50 vs 40 (a threshold)", count(50, "less_than"), count(40), "match", "set-holds"],
  ["under 12 (an age group) vs 9", quantity(12, "age", "at_most"), quantity(9, "age"), "match", "set-holds"],
  ["fewer than 100 vs more than 200", count(100, "less_than"), count(200, "more_than"), "mismatch", "bound-broken"],
  ["fewer than 200 vs more than 200", count(200, "less_than"), count(200, "more_than"), "mismatch", "bound-broken"],
  ["about 100 vs more than 200", count(100, "about"), count(200, "more_than"), "mismatch", "bound-broken"],
  ["about 250 vs more than 200", count(250, "about"), count(200, "more_than"), "unverified", "bound-open"],
  // a hedged number at a stored bound's number: the source's number, said less exactly
  ["around 9,000 vs more than 9,000", count(9000, "about"), count(9000, "more_than"), "close", "bound-hedged-edge"],
  ["about 20 vs at least 20", count(20, "about"), count(20, "at_least"), "close", "bound-hedged-edge"],
  ["about 140,000 vs more than 142,000", count(140000, "about"), count(142000, "more_than"), "close", "bound-hedged-edge"],
  ["nearly 9,000 vs more than 9,000 (the other side)", count(9000, "nearly"), count(9000, "more_than"), "mismatch", "bound-broken"],
  ["about 60 vs fewer than 60", count(60, "about"), count(60, "less_than"), "close", "bound-hedged-edge"],
  ["up to 60,000 vs at most 60,000", count(60000, "at_most"), count(60000, "at_most"), "match", "bound-covered"],
  // the number a stored "up to" reaches, said as the figure: the source's number
  ["60 vs up to 60", count(60), { ...count(60, "at_most"), reach: true }, "match", "reach-stated"],
  ["around 60 vs up to 60", count(60, "about"), { ...count(60, "at_most"), reach: true }, "match", "reach-stated"],
  ["nearly 60 vs up to 60", count(60, "nearly"), { ...count(60, "at_most"), reach: true }, "match", "reach-stated"],
  ["31 m/s vs up to 31 m/s", quantity(31, "m/s"), { ...quantity(31, "m/s", "at_most"), reach: true }, "match", "reach-stated"],
  ["55 vs up to 60 (not the number it reaches)", count(55), { ...count(60, "at_most"), reach: true }, "unverified", "bound-open"],
  ["around 50 vs up to 60 (beyond the hedge)", count(50, "about"), { ...count(60, "at_most"), reach: true }, "unverified", "bound-open"],
  ["60 vs at most 60 (a bound, not how high it reaches)", count(60), count(60, "at_most"), "unverified", "bound-open"],
  ["up to 40 per cent vs up to 50 per cent (another top)", { ...percent(40), qualifier: "at_most", reach: true }, { ...percent(50), qualifier: "at_most", reach: true }, "mismatch", "reach-renumbered"],
  ["at most 40 vs up to 50 (another top)", count(40, "at_most"), { ...count(50, "at_most"), reach: true }, "mismatch", "reach-renumbered"],
  ["up to 59 vs up to 60 (within the close tolerance)", { ...count(59, "at_most"), reach: true }, { ...count(60, "at_most"), reach: true }, "unverified", "bound-open"],
  ["12 vs up to 12 (an age group)", quantity(12, "age"), { ...quantity(12, "age", "at_most"), reach: true }, "unverified", "bound-open"],
  ["up to 62,000 vs at most 60,000 (near it, but no rounding of it)", count(62000, "at_most"), count(60000, "at_most"), "mismatch", "bound-weaker"],
  ["up to 42 m3 vs up to 40 m3 (near it, but no rounding of it)", quantity(42, "m3", "at_most"), quantity(40, "m3", "at_most"), "mismatch", "bound-weaker"],
  ["up to 60,000 vs at most 58,500 (the source's maximum rounded)", count(60000, "at_most"), count(58500, "at_most"), "match", "bound-covered"],
  ["up to 160,000 vs at most 60,000 (holds, but is not the source's maximum)", count(160000, "at_most"), count(60000, "at_most"), "mismatch", "bound-weaker"],
  ["fewer than 5 vs fewer than 3", count(5, "less_than"), count(3, "less_than"), "mismatch", "bound-weaker"],
  ["up to 7,000 vs 6,000-7,000", count(7000, "at_most"), range(6000, 7000), "match", "bound-covered"],
  ["up to 43 vs 18-34", count(43, "at_most"), range(18, 34), "mismatch", "bound-weaker"],
  ["fewer than 1000 vs fewer than 800 (the stored maximum is the one said)", count(1000, "less_than"), count(800, "less_than"), "mismatch", "bound-weaker"],
  ["between 300 and 400 vs 300-400", range(300, 400), range(300, 400), "match", "bound-covered"],
  ["between 300 and 500 vs 300-400 (covers it, but the source's ends are others)", range(300, 500), range(300, 400), "mismatch", "range-ends"],
  ["the smallest, 62 vs 62-148", { ...count(62), extreme: "low" }, range(62, 148), "match", "range-end"],
  ["the largest, 148 vs 62-148", { ...count(148), extreme: "high" }, range(62, 148), "match", "range-end"],
  ["the smallest, 72 vs 62-148 (another low end)", { ...count(72), extreme: "low" }, range(62, 148), "mismatch", "range-end"],
  ["the largest, 62 vs 62-148 (the other end)", { ...count(62), extreme: "high" }, range(62, 148), "mismatch", "range-end"],
  ["the largest, 150 vs 62-148 (within the close tolerance)", { ...count(150), extreme: "high" }, range(62, 148), "close", "range-end"],
  ["62 vs 62-148 (not said as an end)", count(62), range(62, 148), "unverified", "bound-open"],
  ["between 300 and 410 vs 300-400 (within the close tolerance)", range(300, 410), range(300, 400), "match", "bound-covered"],
  ["hundreds vs many hundreds", range(200, 999, "vague"), range(200, 999, "vague"), "match", "bound-covered"],
  ["dozens vs many hundreds", range(24, 99, "vague"), range(200, 999, "vague"), "mismatch", "bound-broken"],
  ["thousands vs many hundreds", range(2000, 9999, "vague"), range(200, 999, "vague"), "mismatch", "bound-broken"],
  ["500 vs many hundreds", count(500), range(200, 999, "vague"), "unverified", "bound-open"],
  ["50 vs many hundreds", count(50), range(200, 999, "vague"), "mismatch", "bound-broken"],
  ["more than 100 vs many hundreds", count(100, "more_than"), range(200, 999, "vague"), "match", "bound-covered"],
  ["fewer than 1000 vs many hundreds", count(1000, "less_than"), range(200, 999, "vague"), "match", "bound-covered"],
  // units
  ["12% vs 12%", percent(12), percent(12), "match", "equal"],
  ["12 vs 12%", count(12), percent(12), "unverified", "unit-mismatch"],
  ["$5 vs 5 kr.", money(5, "USD"), money(5, "DKK"), "unverified", "unit-mismatch"],
  ["1.2 GW vs 1,200 MW (one measure, another unit)", quantity(1.2, "GW"), quantity(1200, "MW"), "match", "equal"],
  ["1.5 GW vs 1,200 MW", quantity(1.5, "GW"), quantity(1200, "MW"), "mismatch", "differs"],
  ["0.5 Gbit/s vs 500 Mbit/s (one measure, another unit)", quantity(0.5, "Gbit/s"), quantity(500, "Mbit/s"), "match", "equal"],
  ["about 5 TWh vs 5,100 GWh", quantity(5, "TWh", "about"), quantity(5100, "GWh"), "match", "hedge-within"],
  // (a rate said on one side only: the word between the amount and "a year" hid it)
  ["130 GWh vs 130 GWh a year", quantity(130, "GWh"), quantity(130, "GWh/yr"), "match", "equal"],
  ["142 million litres a day vs 142 million litres", quantity(142e6, "l/d"), quantity(142e6, "l"), "match", "equal"],
  ["150 GWh vs 130 GWh a year", quantity(150, "GWh"), quantity(130, "GWh/yr"), "mismatch", "differs"],
  ["120 km/h vs 120 km (a speed is no distance)", quantity(120, "km/h"), quantity(120, "km"), "unverified", "unit-mismatch"],
  // a span of time in another unit: compared when it comes within 10% of the stored span
  ["nearly 2 years vs 22 months", quantity(2, "yr", "nearly"), quantity(22, "mo"), "match", "nearly-within"],
  ["6 months vs half a year", quantity(6, "mo"), quantity(0.5, "yr"), "match", "equal"],
  ["about 1.5 months vs 6 weeks", quantity(1.5, "mo", "about"), quantity(6, "wk"), "match", "hedge-within"],
  ["nearly 3 decades vs 29 years", quantity(3, "dec", "nearly"), quantity(29, "yr"), "match", "nearly-within"],
  ["4 decades vs 29 years (too far apart to compare)", quantity(4, "dec"), quantity(29, "yr"), "unverified", "unit-mismatch"],
  ["3 years vs 22 months (too far apart to compare)", quantity(3, "yr"), quantity(22, "mo"), "unverified", "unit-mismatch"],
  ["11 months vs 3 years", quantity(11, "mo"), quantity(3, "yr"), "unverified", "unit-mismatch"],
  // a quantity in a unit of another system: compared, like a span of time, only within 10%
  ["roughly 20 km/h vs about 12 mph", quantity(20, "km/h", "about"), quantity(12, "mi/h", "about"), "match", "stored-hedge-within"],
  ["about 3 km vs nearly 2 miles", quantity(3, "km", "about"), quantity(2, "mi", "nearly"), "match", "stored-hedge-within"],
  ["540 yards vs 494 m", quantity(540, "yd"), quantity(494, "m"), "match", "equal"],
  ["10 km vs 6.2 miles (the claim's precision)", quantity(10, "km"), quantity(6.2, "mi"), "match", "equal"],
  ["500 yards vs 460 m (rounded)", quantity(500, "yd"), quantity(460, "m"), "close", "rounded"],
  ["100 m vs 100 yards (91.4 m: within 10%, rounded)", quantity(100, "m"), quantity(100, "yd"), "close", "rounded"],
  ["96 m vs 100 yards (91.4 m)", quantity(96, "m"), quantity(100, "yd"), "mismatch", "differs"],
  ["200 m vs 100 yards (too far apart to compare)", quantity(200, "m"), quantity(100, "yd"), "unverified", "unit-mismatch"],
  ["12 miles vs 12 km", quantity(12, "mi"), quantity(12, "km"), "unverified", "unit-mismatch"],
  ["25 knots vs 25 mph", quantity(25, "kn"), quantity(25, "mi/h"), "unverified", "unit-mismatch"],
  ["5 km vs 5 kg (other measures)", quantity(5, "km"), quantity(5, "kg"), "unverified", "unit-mismatch"],
  ["$2.3bn vs $2.3bn", money(2.3e9, "USD"), money(2.3e9, "USD"), "match", "equal"],
  ["2011 (count) vs year 2011", count(2011), year(2011), "unverified", "kind-mismatch"],
  // dates at the precision stated
  ["2011 vs 2011", year(2011), year(2011), "match", "date"],
  ["2012 vs 2011", year(2012), year(2011), "mismatch", "date"],
  // a season of the year: another season of the same year is wrong; the year alone agrees
  ["autumn 2026 vs spring 2026", { ...year(2026), season: "autumn" }, { ...year(2026), season: "spring" }, "mismatch", "season-differs"],
  ["spring 2026 vs spring 2026", { ...year(2026), season: "spring" }, { ...year(2026), season: "spring" }, "match", "date"],
  ["2026 vs spring 2026", year(2026), { ...year(2026), season: "spring" }, "match", "date"],
  ["autumn 2026 vs 2026", { ...year(2026), season: "autumn" }, year(2026), "match", "date"],
  ["autumn 2027 vs spring 2026", { ...year(2027), season: "autumn" }, { ...year(2026), season: "spring" }, "mismatch", "date"],
  ["2009 vs 2011", year(2009), year(2011), "mismatch", "date"],
  // a stored span of years ("fra 1902 til 1967", "the 1950s"): right at either end, wrong outside,
  // not checked strictly inside; a claimed span needs both its ends
  ["1967 vs 1902–1967", year(1967), years(1902, 1967), "match", "year-span"],
  ["1902 vs 1902–1967", year(1902), years(1902, 1967), "match", "year-span"],
  ["1968 vs 1902–1967", year(1968), years(1902, 1967), "mismatch", "year-span"],
  ["1912 vs 1902–1967", year(1912), years(1902, 1967), "unverified", "year-span"],
  ["1902–1967 vs 1902–1967", years(1902, 1967), years(1902, 1967), "match", "year-span"],
  ["1700s vs 1600s", years(1700, 1799), years(1600, 1699), "mismatch", "year-span"],
  ["before 2000 vs 1950s", year(2000, "before"), years(1950, 1959), "match", "year-span"],
  ["after 1955 vs 1950s", year(1955, "after"), years(1950, 1959), "unverified", "year-span"],
  ["after 1960 vs 1950s", year(1960, "after"), years(1950, 1959), "mismatch", "year-span"],
  ["a span holds a stored year: 1990s vs 1994", years(1990, 1999), year(1994), "match", "date"],
  ["before 2012 vs 2011", year(2012, "before"), year(2011), "match", "date"],
  ["after 2012 vs 2011", year(2012, "after"), year(2011), "mismatch", "date"],
  // a claim of when a state began ("since 2001") says that time against a stored time no bound;
  // "after 2001" is a bound a later year keeps
  ["since 2001 vs 2011", { ...year(2001, "after"), since: true }, year(2011), "mismatch", "began-differs"],
  ["since 2011 vs 2011", { ...year(2011, "after"), since: true }, year(2011), "match", "date"],
  ["since 2001 vs since 2011", { ...year(2001, "after"), since: true }, { ...year(2011, "after"), since: true }, "mismatch", "date"],
  ["after 2001 vs 2011", year(2001, "after"), year(2011), "match", "date"],
  ["2001 vs 11 September 2001", year(2001), date("2001-09-11", { year: 2001, month: 9, day: 11 }), "match", "date"],
  ["2000 vs 11 September 2001", year(2000), date("2001-09-11", { year: 2001, month: 9, day: 11 }), "mismatch", "date"],
  ["9/11 vs 11 September 2001", date("--09-11", { month: 9, day: 11 }), date("2001-09-11", { year: 2001, month: 9, day: 11 }), "match", "date"],
  ["12 September 2001 vs 11 September 2001", date("2001-09-12", { year: 2001, month: 9, day: 12 }), date("2001-09-11", { year: 2001, month: 9, day: 11 }), "mismatch", "date"],
  ["11 October 2001 vs 11 September 2001", date("2001-10-11", { year: 2001, month: 10, day: 11 }), date("2001-09-11", { year: 2001, month: 9, day: 11 }), "mismatch", "date"],
  ["August vs by August 2021", month(8), month(8, 2021, "before"), "match", "date"],
  ["by the end of August vs by August 2021", month(8, undefined, "before"), month(8, 2021, "before"), "match", "date"],
  ["by the end of July vs by August 2021", month(7, undefined, "before"), month(8, 2021, "before"), "mismatch", "date"],
  ["August 2022 vs by August 2021", month(8, 2022), month(8, 2021, "before"), "mismatch", "date"],
  ["Monday vs Monday", weekday(1), weekday(1), "match", "date"],
  ["Sunday vs Monday", weekday(7), weekday(1), "mismatch", "date"],
  ["Thursday vs Friday", weekday(4), weekday(5), "mismatch", "date"],
  ["2021 vs Monday (nothing shared)", year(2021), weekday(1), "unverified", "date"],
  ["2 May 2011 vs 2011 (day not stored)", date("2011-05-02", { year: 2011, month: 5, day: 2 }), year(2011), "unverified", "date"],
  ["around 2010 vs 2011", year(2010, "about"), year(2011), "match", "date"],
  // times of day (minutes after midnight)
  ["1.30pm vs 1.30pm", clock(810), clock(810), "match", "clock-equal"],
  ["11am vs 10am", clock(660), clock(600), "mismatch", "clock-differs"],
  ["around 2pm vs 1.45pm", clock(840, "about"), clock(825), "match", "clock-hedge-within"],
  ["around 2pm vs 1pm", clock(840, "about"), clock(780), "mismatch", "clock-differs"],
  ["around 7.45pm vs about 7.30pm", clock(1185, "about"), clock(1170, "about"), "match", "clock-hedge-within"],
  ["around 7.45pm vs about 7.15pm (a time with its minutes: a quarter of an hour)", clock(1185, "about"), clock(1155, "about"), "mismatch", "clock-differs"],
  ["until 9pm vs 10am–9pm", clock(1260), clocks(600, 1260), "match", "clock-span-end"],
  ["from 10am vs 10am–9pm", clock(600), clocks(600, 1260), "match", "clock-span-end"],
  ["at noon vs 10am–9pm (inside, no end)", clock(720), clocks(600, 1260), "mismatch", "clock-differs"],
  ["10am–6pm vs 10am–6pm", clocks(600, 1080), clocks(600, 1080), "match", "clock-equal"],
  ["10am–6pm vs 10am–4pm", clocks(600, 1080), clocks(600, 960), "mismatch", "clock-differs"],
  ["1.30pm–5pm vs 4pm (the source gives one end)", clocks(810, 1020), clock(1020), "unverified", "clock-span-partial"],
  ["1.30pm–5pm vs 4pm", clocks(810, 1020), clock(960), "mismatch", "clock-differs"],
  ["6pm vs a count of 18", clock(1080), count(18), "unverified", "kind-mismatch"],
  // ranks: the same place, or another; never a number of things or a time of day
  ["14th vs 14.", rank(14), rank(14), "match", "ordinal-equal"],
  ["fourth vs third", rank(4), rank(3), "mismatch", "ordinal-differs"],
  ["the 14th vs a count of 14", rank(14), count(14), "unverified", "kind-mismatch"],
  ["a count of 3 vs third", count(3), rank(3), "unverified", "kind-mismatch"],
  ["the 3rd vs 3am", rank(3), clock(180), "unverified", "kind-mismatch"],
  ["6pm vs 2011", clock(1080), year(2011), "unverified", "kind-mismatch"],
];

describe("judgeFigure: the verdict table", () => {
  it.each(TABLE)("%s", (_name, claimed, stored, verdict, rule) => {
    const j = judgeFigure(claimed, stored, DEFAULT_JUDGE_OPTIONS, { claimed: "C", stored: "S" });
    expect({ verdict: j.verdict, rule: j.rule }).toEqual({ verdict, rule });
    expect(j.reason.length).toBeGreaterThan(0);
  });

  it("uses the tolerance options", () => {
    const strict = { tolerance: 0.01, closeTolerance: 0.01 };
    expect(judgeFigure(count(350, "about"), count(347), strict, { claimed: "C", stored: "S" }).verdict).toBe("match");
    expect(judgeFigure(count(340, "about"), count(347), strict, { claimed: "C", stored: "S" }).verdict).toBe("mismatch");
    expect(judgeFigure(count(340), count(347), strict, { claimed: "C", stored: "S" }).verdict).toBe("mismatch");
    const loose = { tolerance: 0.3, closeTolerance: 0.2 };
    expect(judgeFigure(count(3000, "about"), count(2448), loose, { claimed: "C", stored: "S" }).verdict).toBe("match");
    expect(judgeFigure(count(300), count(347), loose, { claimed: "C", stored: "S" }).verdict).toBe("close");
  });

  it("is monotone: moving a point claim further from the stored figure never improves its verdict", () => {
    const rank = { match: 0, unverified: 1, close: 2, mismatch: 3 } as const;
    const verdictOf = (claimed: number, q: Qualifier, stored: number) =>
      rank[judgeFigure(count(claimed, q), count(stored), DEFAULT_JUDGE_OPTIONS, { claimed: "C", stored: "S" }).verdict];
    for (const q of ["exact", "about", "nearly"] as Qualifier[]) {
      for (const stored of [44, 347, 2448, 20722]) {
        // (a hedged figure is a rounding, so hedged claims move in steps of the stored figure's
        // second digit, written as roundly as each other: "about 2,400", "about 2,300", …; a
        // rounder one further off may be a rounding where a nearer, less round one is not)
        const unit = 10 ** (Math.floor(Math.log10(stored)) - 1);
        for (const direction of [1, -1]) {
          let previous = -1;
          for (let step = 0; step <= 60; step++) {
            const claimed =
              q === "exact" ? Math.max(1, stored + direction * Math.round((stored * step) / 100)) : Math.max(unit, Math.round(stored / unit) * unit + direction * step * unit);
            if (q !== "exact" && roundingStep(claimed) !== unit) continue;
            // Exact claims may be "close" only when round, so compare them as match / not match.
            const v = q === "exact" ? Number(verdictOf(claimed, q, stored) !== 0) * 3 : verdictOf(claimed, q, stored);
            expect(v, `${q} ${claimed} vs ${stored}`).toBeGreaterThanOrEqual(previous);
            previous = v;
          }
        }
      }
    }
  });
});

describe("judgeFigure: spans of years", () => {
  const span = (low: number, high: number): FigureValue => ({ kind: "year", qualifier: "range", value: null, low, high });
  it.each([
    [span(2001, 2014), year(2011), "match"],
    [span(1990, 1999), year(2011), "mismatch"],
    [span(2000, 2009), date("2001-09-11", { year: 2001, month: 9, day: 11 }), "match"],
  ] as const)("%j vs %j", (claimed, stored, verdict) => {
    expect(judgeFigure(claimed, stored, DEFAULT_JUDGE_OPTIONS, { claimed: "C", stored: "S" }).verdict).toBe(verdict);
  });
});

describe("judgeFigure: a stored approximate figure", () => {
  it.each([
    [count(800), count(800, "about"), "match", "stored-hedge-within"],
    [count(800, "about"), count(800, "about"), "match", "stored-hedge-within"],
    // (an unhedged round figure is a rounding stated as exact, within --tolerance as nearer: before,
    // 820 was close and 850 a match)
    [count(820), count(800, "about"), "close", "stored-hedge-rounded"],
    [count(850), count(800, "about"), "close", "stored-hedge-rounded"],
    [count(40), count(38, "about"), "close", "stored-hedge-rounded"],
    [count(845), count(800, "about"), "match", "stored-hedge-within"],
    // (the source's own hedge of a side on another number no coarser than its own: "knap 120 tons"
    // for "knap 110 tons"; a coarser one rounds it, and "about" has no side)
    [quantity(120, "t", "nearly"), quantity(110, "t", "nearly"), "mismatch", "stored-hedge-renumbered"],
    [count(95, "just_over"), count(90, "just_over"), "mismatch", "stored-hedge-renumbered"],
    [count(2000, "nearly"), count(1950, "nearly"), "match", "stored-hedge-within"],
    [count(120, "about"), count(110, "about"), "match", "stored-hedge-within"],
    [count(110, "nearly"), count(110, "nearly"), "match", "stored-hedge-within"],
    [count(1000), count(800, "about"), "mismatch", "stored-hedge-outside"],
    [count(500, "more_than"), count(800, "about"), "match", "stored-hedge-set"],
    [count(900, "more_than"), count(800, "about"), "mismatch", "stored-hedge-set"],
    // (a bound on the side the hedge says, at its number: "more than one in six" for "just over
    // one in six", "under 800" for "nearly 800"; not the other side)
    [count(800, "more_than"), count(800, "just_over"), "match", "stored-hedge-set"],
    [count(800, "less_than"), count(800, "nearly"), "match", "stored-hedge-set"],
    [count(800, "less_than"), count(800, "just_over"), "mismatch", "stored-hedge-set"],
    [count(800, "more_than"), count(800, "nearly"), "mismatch", "stored-hedge-set"],
  ] as const)("%j vs %j", (claimed, stored, verdict, rule) => {
    const j = judgeFigure(claimed, stored, DEFAULT_JUDGE_OPTIONS, { claimed: "C", stored: "S" });
    expect({ verdict: j.verdict, rule: j.rule }).toEqual({ verdict, rule });
  });
});
