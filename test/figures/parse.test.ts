import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import type { Figure, FigureKind, Lang, Qualifier } from "../../src/types.js";

/** What a row expects of one figure (fields left out are not compared). */
interface Want {
  kind: FigureKind;
  qualifier: Qualifier;
  value: number | string | null;
  text: string;
  low?: number;
  high?: number;
  unit?: string;
  /** An at_most that says how high the figure reaches ("up to", "op til"), not a bound. */
  reach?: boolean;
}

const count = (value: number, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "count", qualifier, value, text });
const range = (kind: FigureKind, low: number, high: number, text: string, unit?: string): Want =>
  unit ? { kind, qualifier: "range", value: null, low, high, text, unit } : { kind, qualifier: "range", value: null, low, high, text };
const vague = (value: string, low: number, high: number, text: string, qualifier: Qualifier = "vague"): Want => ({
  kind: "vague", qualifier, value, low, high, text,
});
const pct = (value: number, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "percent", qualifier, value, unit: "%", text });
const money = (value: number, unit: string, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "money", qualifier, value, unit, text });
const qty = (value: number, unit: string, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "quantity", qualifier, value, unit, text });
const year = (value: number, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "year", qualifier, value, text });
const date = (value: string, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "date", qualifier, value, text });
const month = (value: string, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "month", qualifier, value, text });
const weekday = (value: string, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "weekday", qualifier, value, text });
const rank = (value: number, text: string): Want => ({ kind: "ordinal", qualifier: "exact", value, text });
const clock = (minutes: number, text: string): Want => ({ kind: "clock", qualifier: "exact", value: minutes, text });

function pick(f: Figure, w: Want): Want {
  const out: Want = { kind: f.kind, qualifier: f.qualifier, value: f.value, text: f.text };
  if (w.low !== undefined || f.low !== undefined) out.low = f.low;
  if (w.high !== undefined || f.high !== undefined) out.high = f.high;
  if (w.unit !== undefined || f.unit !== undefined) out.unit = f.unit;
  if (w.reach !== undefined || f.reach !== undefined) out.reach = f.reach;
  return out;
}

function check(input: string, lang: Lang, want: Want[]) {
  const got = parseFigures(input, lang);
  for (const f of got) expect(input.slice(f.start, f.end)).toBe(f.text);
  expect(got.map((f, k) => pick(f, want[k] ?? f))).toEqual(want);
}

type Row = [string, Want[]];

const EN_NUMBERS: Row[] = [
  ["2,448 Americans were killed.", [count(2448, "2,448")]],
  ["The figure was 20,722.", [count(20722, "20,722")]],
  ["It cost 1,234,567 lives.", [count(1234567, "1,234,567")]],
  ["2448 soldiers served.", [count(2448, "2448")]],
  ["The rate was 9.5 on average.", [count(9.5, "9.5")]],
  ["2.448 Americans died.", [count(2448, "2.448")]],
  ["It rose by 1,234.5 points.", [count(1234.5, "1,234.5")]],
  ["Two babies died.", [count(2, "Two")]],
  ["Forty-four soldiers died.", [count(44, "Forty-four")]],
  ["forty four soldiers died", [count(44, "forty four")]],
  ["a hundred people", [count(100, "a hundred")]],
  ["one hundred and five people", [count(105, "one hundred and five")]],
  ["two thousand four hundred and forty-eight soldiers", [count(2448, "two thousand four hundred and forty-eight")]],
  ["a dozen houses burned", [count(12, "a dozen", "about")]],
  ["half a million refugees", [count(500000, "half a million")]],
  ["1.5 million refugees", [count(1500000, "1.5 million")]],
  ["one million people", [count(1000000, "one million")]],
  ["a thousand troops", [count(1000, "a thousand")]],
  ["9.5 million people", [count(9500000, "9.5 million")]],
  ["20.7 thousand cases", [count(20700, "20.7 thousand")]],
  ["2.4k views", [count(2400, "2.4k")]],
  ["one baby died", [count(1, "one")]],
  ["One soldier was wounded.", [count(1, "One")]],
  ["twelve of them", [count(12, "twelve")]],
  ["zero casualties", [count(0, "zero")]],
  ["seventeen thousand troops", [count(17000, "seventeen thousand")]],
  ["two dozen buses", [count(24, "two dozen", "about")]],
  ["nineteen ninety", [count(19, "nineteen"), count(90, "ninety")]],
];

const EN_QUALIFIERS: Row[] = [
  ["More than 200 people died.", [count(200, "More than 200", "more_than")]],
  ["over 200 wounded", [count(200, "over 200", "more_than")]],
  ["in excess of 5,000 troops", [count(5000, "in excess of 5,000", "more_than")]],
  ["upwards of 300 people", [count(300, "upwards of 300", "more_than")]],
  ["just over 400 died", [count(400, "just over 400", "just_over")]],
  ["at least 44 soldiers", [count(44, "at least 44", "at_least")]],
  ["no fewer than 12 ships", [count(12, "no fewer than 12", "at_least")]],
  ["a minimum of 30 days", [qty(30, "d", "a minimum of 30 days", "at_least")]],
  ["fewer than 100 survived", [count(100, "fewer than 100", "less_than")]],
  ["under 50 remained", [count(50, "under 50", "less_than")]],
  ["just under 2,000 troops", [count(2000, "just under 2,000", "nearly")]],
  ["at most 10 people", [count(10, "at most 10", "at_most")]],
  ["up to 300 civilians", [{ ...count(300, "up to 300", "at_most"), reach: true }]],
  ["as many as 300 civilians", [{ ...count(300, "as many as 300", "at_most"), reach: true }]],
  ["shifts can last as long as six hours", [{ ...qty(6, "h", "as long as six hours", "at_most"), reach: true }]],
  ["a blazer can cost as much as £95", [{ ...money(95, "GBP", "as much as £95", "at_most"), reach: true }]],
  ["members live as far as 14 km away", [{ ...qty(14, "km", "as far as 14 km", "at_most"), reach: true }]],
  ["1,312 handovers took longer than 90 days", [count(1312, "1,312"), qty(90, "d", "longer than 90 days", "more_than")]],
  ["waits shorter than 20 days", [qty(20, "d", "shorter than 20 days", "less_than")]],
  ["no more than 5 cars", [count(5, "no more than 5", "at_most")]],
  ["about 350 people", [count(350, "about 350", "about")]],
  ["around 2000 soldiers were sent", [count(2000, "around 2000", "about")]],
  ["roughly 1,000 homes", [count(1000, "roughly 1,000", "about")]],
  ["approximately 40 villages", [count(40, "approximately 40", "about")]],
  ["approx. 40 villages", [count(40, "approx. 40", "about")]],
  ["some 300 soldiers", [count(300, "some 300", "about")]],
  ["an estimated 20,000 people", [count(20000, "an estimated 20,000", "about")]],
  ["ca. 400 men", [count(400, "ca. 400", "about")]],
  ["nearly 3,000 people", [count(3000, "nearly 3,000", "nearly")]],
  ["almost two thousand", [count(2000, "almost two thousand", "nearly")]],
  ["close to 500 victims", [count(500, "close to 500", "nearly")]],
  ["more than a dozen", [count(12, "more than a dozen", "more_than")]],
  ["200 or more people", [count(200, "200 or more", "at_least")]],
  ["a 200-plus crowd", [count(200, "200-plus", "more_than")]],
  ["200+ victims", [count(200, "200+", "more_than")]],
  ["200 or so people", [count(200, "200 or so", "about")]],
  ["more than 2000 soldiers", [count(2000, "more than 2000", "more_than")]],
];

const EN_RANGES: Row[] = [
  ["between 300 and 400 people", [range("count", 300, 400, "between 300 and 400")]],
  ["300-400 people", [range("count", 300, 400, "300-400")]],
  ["300–400 people", [range("count", 300, 400, "300–400")]],
  ["300 to 400 people", [range("count", 300, 400, "300 to 400")]],
  ["from 300 to 400 people", [range("count", 300, 400, "from 300 to 400")]],
  ["2-3 million people", [range("count", 2000000, 3000000, "2-3 million")]],
  ["10-12% of voters", [range("percent", 10, 12, "10-12%", "%")]],
  ["between 2001 and 2011, the war", [range("year", 2001, 2011, "between 2001 and 2011")]],
  ["in 2001-2011", [range("year", 2001, 2011, "2001-2011")]],
  ["between 1900 and 2000 soldiers", [range("count", 1900, 2000, "between 1900 and 2000")]],
  ["two to three days", [range("quantity", 2, 3, "two to three days", "d")]],
  // (a hyphen that leaves its word to the other end: one range, of ages)
  ["among 18- to 64-year-olds", [range("quantity", 18, 64, "18- to 64-year-olds", "age")]],
  ["among 18-64-year-olds", [range("quantity", 18, 64, "18-64-year-olds", "age")]],
  ["a 58-year-old farmer", [qty(58, "age", "58-year-old")]],
  // one span of time in two units: in the smaller one
  ["She won in 2 hours and 29 minutes.", [qty(149, "min", "2 hours and 29 minutes")]],
  ["The average was 9 minutes 42 seconds.", [qty(582, "s", "9 minutes 42 seconds")]],
  ["It took 2 days, 4 hours.", [qty(52, "h", "2 days, 4 hours")]],
  ["in 3 years and 14 months", [qty(3, "yr", "3 years"), qty(14, "mo", "14 months")]],
  ["He runs the farm with his sister Mette, 44.", [qty(44, "age", "44")]],
  ["The medals went to Norway, 16, and Denmark, 7.", [count(16, "16"), count(7, "7")]],
  ["in the farm's 112-year-old history", [qty(112, "yr", "112-year-old")]],
  // (a week's number is a rank in weeks, no count)
  ["In week 32, 312 patients were admitted", [{ ...rank(32, "week 32"), unit: "wk" }, count(312, "312")]],
  ["seen 14 nautical miles offshore", [qty(14, "nmi", "14 nautical miles")]],
  ["The match ended 2-1.", []],
  // (but after a verb of voting in its clause, a score is two counts of votes, as "by seven votes to two")
  ["Members of the finance committee backed the scheme 7-2.", [count(7, "7"), count(2, "2")]],
  ["Parish councillors voted 10-1 to add the names.", [count(10, "10"), count(1, "1")]],
  // (a pronoun's "one" after these words is a number at the end of "A to one")
  ["approved by eight votes to one after a meeting", [count(8, "eight"), count(1, "one")]],
];

const EN_UNITS: Row[] = [
  ["12% of the vote", [pct(12, "12%")]],
  ["12 % of the vote", [pct(12, "12 %")]],
  ["12 percent of voters", [pct(12, "12 percent")]],
  ["12 per cent of voters", [pct(12, "12 per cent")]],
  ["twelve percent", [pct(12, "twelve percent")]],
  ["about 40% of them", [pct(40, "about 40%", "about")]],
  ["it cost $2.3 billion", [money(2.3e9, "USD", "$2.3 billion")]],
  ["a US$5m grant", [money(5e6, "USD", "US$5m")]],
  ["€5 million in aid", [money(5e6, "EUR", "€5 million")]],
  ["5 million dollars", [money(5e6, "USD", "5 million dollars")]],
  ["DKK 500 per person", [money(500, "DKK", "DKK 500")]],
  ["£20 tickets", [money(20, "GBP", "£20")]],
  ["$2.3bn deal", [money(2.3e9, "USD", "$2.3bn")]],
  ["more than $1 billion", [money(1e9, "USD", "more than $1 billion", "more_than")]],
  ["a 1,344 km border", [qty(1344, "km", "1,344 km")]],
  ["5 kilometres away", [qty(5, "km", "5 kilometres")]],
  ["10 tons of food", [qty(10, "t", "10 tons")]],
  ["a 10km march", [qty(10, "km", "10km")]],
  ["300 square kilometres", [qty(300, "km2", "300 square kilometres")]],
  ["500 miles", [qty(500, "mi", "500 miles")]],
];

const EN_VAGUE: Row[] = [
  ["dozens of people", [vague("dozens", 24, 99, "dozens")]],
  ["scores of people", [vague("scores", 40, 99, "scores")]],
  ["hundreds of people", [vague("hundreds", 200, 999, "hundreds")]],
  ["several hundred people", [vague("hundreds", 200, 999, "several hundred")]],
  ["many hundreds of civilians", [vague("many hundreds", 200, 999, "many hundreds")]],
  ["a few hundred protesters", [vague("a few hundred", 200, 499, "a few hundred")]],
  ["thousands fled", [vague("thousands", 2000, 9999, "thousands")]],
  ["several thousand troops", [vague("thousands", 2000, 9999, "several thousand")]],
  ["many thousands died", [vague("many thousands", 2000, 9999, "many thousands")]],
  ["tens of thousands of people", [vague("tens of thousands", 20000, 99999, "tens of thousands")]],
  ["hundreds of thousands of refugees", [vague("hundreds of thousands", 200000, 999999, "hundreds of thousands")]],
  ["millions of people", [vague("millions", 2e6, 999e6, "millions")]],
  ["up to thousands", [{ ...vague("thousands", 2000, 9999, "up to thousands", "at_most"), reach: true }]],
  ["test scores rose", []],
];

const EN_DATES: Row[] = [
  ["Bin Laden died in 2011.", [year(2011, "2011")]],
  ["since 2001 the war", [year(2001, "since 2001", "after")]],
  ["before 2012", [year(2012, "before 2012", "before")]],
  ["after 2010 elections", [year(2010, "after 2010", "after")]],
  ["by 2012 all had left", [year(2012, "by 2012", "before")]],
  ["the 2001 attacks", [year(2001, "2001")]],
  ["It ended 2011.", [year(2011, "2011")]],
  ["2011 refugees crossed", [count(2011, "2011")]],
  ["they killed 2000 soldiers", [count(2000, "2000")]],
  ["until 2014 they stayed", [year(2014, "2014")]],
  ["in early 2011", [year(2011, "early 2011")]],
  ["in mid-2011", [year(2011, "mid-2011")]],
  ["by the end of 2012", [year(2012, "by the end of 2012", "before")]],
  ["the 1990s", [range("year", 1990, 1999, "1990s")]],
  ["11 September 2001", [date("2001-09-11", "11 September 2001")]],
  ["September 11, 2001", [date("2001-09-11", "September 11, 2001")]],
  ["Sept. 11, 2001", [date("2001-09-11", "Sept. 11, 2001")]],
  ["the 11th of September 2001", [date("2001-09-11", "11th of September 2001")]],
  ["2001-09-11", [date("2001-09-11", "2001-09-11")]],
  ["the 9/11 attacks", [date("--09-11", "9/11")]],
  ["on 7/4 they celebrate", [date("--07-04", "7/4")]],
  ["9/11/2001", [date("2001-09-11", "9/11/2001")]],
  ["on 11 September", [date("--09-11", "11 September")]],
  ["in August", [month("--08", "August")]],
  ["by the end of August", [month("--08", "by the end of August", "before")]],
  ["before the end of August", [month("--08", "before the end of August", "before")]],
  ["August 2021", [month("2021-08", "August 2021")]],
  ["by the end of August 2021", [month("2021-08", "by the end of August 2021", "before")]],
  ["in late August", [month("--08", "late August")]],
  ["in May", [month("--05", "May")]],
  ["May 5, 2010", [date("2010-05-05", "May 5, 2010")]],
  ["It may rain.", []],
  ["They march on.", []],
  ["He may stay until May 2012.", [month("2012-05", "May 2012")]],
  ["on Monday", [weekday("monday", "Monday")]],
  ["Monday's attack", [weekday("monday", "Monday")]],
  ["last Sunday", [weekday("sunday", "Sunday")]],
  ["last week", []],
  ["yesterday", []],
  ["earlier this month", []],
];

const EN_NEGATIVE: Row[] = [
  ["F-16 jets flew", []],
  ["COVID-19 spread", []],
  ["The G7 met", []],
  ["al-Qaeda claimed it", []],
  // (a time of day is a figure of its own kind, never a count of hours)
  ["at 10:30 in the morning", [clock(630, "10:30 in the morning")]],
  ["at 10 am", [clock(600, "10 am")]],
  ["one of the soldiers", []],
  ["no one died", []],
  ["someone died", []],
  ["one day they left", []],
  ["they helped one another", []],
  ["one after another", []],
  ["the second attack", []],
  ["the 11th attack", [rank(11, "11th")]],
  ["a baby died", []],
  ["an attack", []],
  ["the fire spread to the village", []],
  ["see section 5", []],
  // a label written with a capital is one only so, before at most two digits (a school year)
  ["a Year 7 pupil", []],
  ["in year 7 of the plan", [count(7, "7")]],
  ["Year 2021 was a record", [year(2021, "2021")]],
  // (and the second of two labels: "Years 5 and 6")
  ["pupils in Years 5 and 6", []],
  ["she has 5 and 6 apples", [count(5, "5"), count(6, "6")]],
  ["For Category 2 calls", []],
  ["patients in phase 3 and tier 2", []],
  ["call +45 12 34 56 78", []],
  ["on page 12", []],
  // (a numbered pitch, court or hole is named, not counted)
  ["Pitch 2 at the stadium will close", []],
  ["the ball landed on court 3", []],
  ["a birdie at hole 7", []],
  ["1. The first item", []],
  ["", []],
];

const DA_NUMBERS: Row[] = [
  ["20.722 amerikanere døde.", [count(20722, "20.722")]],
  ["2.448 soldater", [count(2448, "2.448")]],
  // (bane 2, hal 3 and hul 7 are named, not counted)
  ["Bane 2 ved stadion lukker", []],
  ["kampen spilles i hal 3", []],
  ["en birdie på hul 7", []],
  ["9,5 i gennemsnit", [count(9.5, "9,5")]],
  ["1.234.567 mennesker", [count(1234567, "1.234.567")]],
  ["20,722 amerikanere", [count(20722, "20,722")]],
  ["To babyer døde ved grænsen.", [count(2, "To")]],
  ["Fire babyer døde.", [count(4, "Fire")]],
  ["Syvogfyrre danskere døde i Afghanistan.", [count(47, "Syvogfyrre")]],
  ["fireogfyrre soldater", [count(44, "fireogfyrre")]],
  ["enogtyve personer", [count(21, "enogtyve")]],
  ["treogtredive dage", [qty(33, "d", "treogtredive dage")]],
  ["nioghalvfems gange", [count(99, "nioghalvfems")]],
  ["hundrede mennesker", [count(100, "hundrede")]],
  ["et hundrede mennesker", [count(100, "et hundrede")]],
  ["tre hundrede og syvogfyrre soldater", [count(347, "tre hundrede og syvogfyrre")]],
  ["to tusind fire hundrede og otteogfyrre", [count(2448, "to tusind fire hundrede og otteogfyrre")]],
  ["tusind mennesker", [count(1000, "tusind")]],
  ["en million mennesker", [count(1e6, "en million")]],
  ["to millioner flygtninge", [count(2e6, "to millioner")]],
  ["én soldat døde", [count(1, "én")]],
  ["en soldat døde", []],
  ["et hus brændte", []],
  ["2,3 mio. indbyggere", [count(2.3e6, "2,3 mio.")]],
  ["tolv soldater", [count(12, "tolv")]],
  ["halvtreds år", [qty(50, "yr", "halvtreds år")]],
  ["et dusin huse", [count(12, "et dusin", "about")]],
  ["en halv million", [count(500000, "en halv million")]],
  ["halvanden million", [count(1.5e6, "halvanden million")]],
  ["1.500 mio. kr.", [money(1.5e9, "DKK", "1.500 mio. kr.")]],
];

const DA_QUALIFIERS: Row[] = [
  ["44 danskere blev dræbt og over 200 såret.", [count(44, "44"), count(200, "over 200", "more_than")]],
  ["flere end 200 døde", [count(200, "flere end 200", "more_than")]],
  ["mere end 300 soldater", [count(300, "mere end 300", "more_than")]],
  ["ventetider længere end 30 dage", [qty(30, "d", "længere end 30 dage", "more_than")]],
  ["opkald i kategori 1", []],
  ["godt 200 sårede", [count(200, "godt 200", "just_over")]],
  ["mindst 44 soldater", [count(44, "mindst 44", "at_least")]],
  ["færre end 100", [count(100, "færre end 100", "less_than")]],
  ["under 50 personer", [count(50, "under 50", "less_than")]],
  ["højst 10 personer", [count(10, "højst 10", "at_most")]],
  ["op til 300 civile", [{ ...count(300, "op til 300", "at_most"), reach: true }]],
  ["op til tolv år", [{ ...qty(12, "yr", "op til tolv år", "at_most"), reach: true }]],
  ["cirka 350 mennesker", [count(350, "cirka 350", "about")]],
  ["ca. 400 mand", [count(400, "ca. 400", "about")]],
  ["omkring 2000 soldater", [count(2000, "omkring 2000", "about")]],
  ["knap 300 døde", [count(300, "knap 300", "nearly")]],
  ["næsten 3.000 mennesker", [count(3000, "næsten 3.000", "nearly")]],
  ["op mod 500 ofre", [count(500, "op mod 500", "nearly")]],
  ["200 eller flere", [count(200, "200 eller flere", "at_least")]],
  ["mellem 300 og 400 mennesker", [range("count", 300, 400, "mellem 300 og 400")]],
  ["fra 300 til 400 mennesker", [range("count", 300, 400, "fra 300 til 400")]],
  ["300-400 mennesker", [range("count", 300, 400, "300-400")]],
  ["blandt de 18- til 64-årige", [range("quantity", 18, 64, "18- til 64-årige", "age")]],
  ["en 81-årig enke", [qty(81, "age", "81-årig")]],
  ["Hun ventede 1 time og 20 minutter.", [qty(80, "min", "1 time og 20 minutter")]],
  ["Han driver gården med sin søster Mette, 44.", [qty(44, "age", "44")]],
  ["i gårdens 112-årige historie", [qty(112, "yr", "112-årige")]],
  // (a week's number is a rank in weeks, no count)
  ["I uge 1 blev 312 patienter indlagt", [{ ...rank(1, "uge 1"), unit: "wk" }, count(312, "312")]],
  ["lyset ses 14 sømil ude", [qty(14, "nmi", "14 sømil")]],
  ["12 procent", [pct(12, "12 procent")]],
  ["12 pct. af vælgerne", [pct(12, "12 pct.")]],
  ["12 % af vælgerne", [pct(12, "12 %")]],
  ["2,3 mia. kr.", [money(2.3e9, "DKK", "2,3 mia. kr.")]],
  ["500 kroner", [money(500, "DKK", "500 kroner")]],
  ["5 millioner kroner", [money(5e6, "DKK", "5 millioner kroner")]],
  ["en billion kroner", [money(1e12, "DKK", "en billion kroner")]],
  ["1.344 km grænse", [qty(1344, "km", "1.344 km")]],
];

const DA_VAGUE_DATES: Row[] = [
  ["dusinvis af mennesker", [vague("dozens", 24, 99, "dusinvis")]],
  ["hundredvis af soldater", [vague("hundreds", 200, 999, "hundredvis")]],
  ["flere hundrede soldater", [vague("hundreds", 200, 999, "flere hundrede")]],
  ["mange hundrede civile", [vague("many hundreds", 200, 999, "mange hundrede")]],
  ["et par hundrede mennesker", [vague("a few hundred", 200, 499, "et par hundrede")]],
  ["tusindvis flygtede", [vague("thousands", 2000, 9999, "tusindvis")]],
  ["flere tusinde soldater", [vague("thousands", 2000, 9999, "flere tusinde")]],
  ["titusindvis af mennesker", [vague("tens of thousands", 20000, 99999, "titusindvis")]],
  ["hundredtusindvis af flygtninge", [vague("hundreds of thousands", 200000, 999999, "hundredtusindvis")]],
  ["millionvis af mennesker", [vague("millions", 2e6, 999e6, "millionvis")]],
  ["i 2011", [year(2011, "2011")]],
  ["siden 2001", [year(2001, "siden 2001", "after")]],
  ["før 2012", [year(2012, "før 2012", "before")]],
  ["inden 2012", [year(2012, "inden 2012", "before")]],
  ["efter 2010", [year(2010, "efter 2010", "after")]],
  ["i 1990'erne", [range("year", 1990, 1999, "1990'erne")]],
  ["11. september 2001", [date("2001-09-11", "11. september 2001")]],
  ["den 11. september 2001", [date("2001-09-11", "11. september 2001")]],
  ["11. sep. 2001", [date("2001-09-11", "11. sep. 2001")]],
  ["angrebet 11/9", [date("--09-11", "11/9")]],
  ["11/9 2001", [date("2001-09-11", "11/9 2001")]],
  ["11/9-2001", [date("2001-09-11", "11/9-2001")]],
  ["9/11-angrebene", [date("--09-11", "9/11")]],
  ["i august", [month("--08", "august")]],
  ["august 2021", [month("2021-08", "august 2021")]],
  ["inden udgangen af august", [month("--08", "inden udgangen af august", "before")]],
  ["ved udgangen af august", [month("--08", "udgangen af august")]],
  ["Miller overdrog kommandoen søndag.", [weekday("sunday", "søndag")]],
  ["i mandags", [weekday("monday", "mandags")]],
  // (a weekday's genitive names that day, as "Sunday's" does: the pack's possessiveWeekdaySuffixes)
  ["Søndagens kortege tog en time og 40 minutter.", [weekday("sunday", "Søndagens"), { kind: "quantity", qualifier: "exact", value: 100, unit: "min", text: "en time og 40 minutter" }]],
  ["i sidste uge", []],
  ["i går", []],
  ["tidligere på måneden", []],
  ["den 3. bataljon", [rank(3, "3.")]],
  ["kl. 10 i morges", [clock(600, "kl. 10")]],
  ["kl. 10.30", [clock(630, "kl. 10.30")]],
  ["F-16-fly", []],
  ["anden verdenskrig", []],
];

const EN_MORE: Row[] = [
  ["1.2 million-1.5 million people", [range("count", 1.2e6, 1.5e6, "1.2 million-1.5 million")]],
  ["between 1.2 and 1.5 million", [range("count", 1.2e6, 1.5e6, "between 1.2 and 1.5 million")]],
  ["$300-$400 each", [range("money", 300, 400, "$300-$400", "USD")]],
  ["$2-3 billion", [range("money", 2e9, 3e9, "$2-3 billion", "USD")]],
  ["5 to 10 per cent", [range("percent", 5, 10, "5 to 10 per cent", "%")]],
  ["4,000-5,000 people", [range("count", 4000, 5000, "4,000-5,000")]],
  ["from 2001 to 2014 and killed 3,500", [range("year", 2001, 2014, "from 2001 to 2014"), count(3500, "3,500")]],
  ["from 1900 to 2000 soldiers", [range("count", 1900, 2000, "from 1900 to 2000")]],
  ["1939–1945", [range("year", 1939, 1945, "1939–1945")]],
  ["200 000 people", [count(200000, "200 000")]],
  ["Tuesday, 11 September 2001", [weekday("tuesday", "Tuesday"), date("2001-09-11", "11 September 2001")]],
  // a bound before a weekday bounds the date it names too
  ["has applied since Saturday 14 December", [weekday("saturday", "since Saturday", "after"), date("--12-14", "14 December", "after")]],
  ["before Friday, 3 May 2024", [weekday("friday", "before Friday", "before"), date("2024-05-03", "3 May 2024", "before")]],
  ["since Saturday. On 14 December it", [weekday("saturday", "since Saturday", "after"), date("--12-14", "14 December")]],
  ["rose to 20,722 by 2012", [count(20722, "20,722"), year(2012, "by 2012", "before")]],
  ["In 2010, 2,000 troops", [year(2010, "2010"), count(2000, "2,000")]],
  ["It was 2,011", [count(2011, "2,011")]],
  ["In Jan. 2011", [month("2011-01", "Jan. 2011")]],
  ["Jan said so", []],
  ["the March 2003 invasion", [month("2003-03", "March 2003")]],
  ["on 11 Sept.", [date("--09-11", "11 Sept.")]],
  ["7 July 2005", [date("2005-07-07", "7 July 2005")]],
  ["in the summer of 2001", [year(2001, "the summer of 2001")]],
  ["a force of 2000 troops", [count(2000, "2000")]],
  ["over two dozen", [count(24, "over two dozen", "more_than")]],
  ["c. 300 men", [count(300, "c. 300", "about")]],
  ["3.5% growth", [pct(3.5, "3.5%")]],
  ["Only one.", [count(1, "one")]],
  ["the only one.", []],
  // (after "the" and a word that sets it apart: "longer than the old one", "since the first one in 1996")
  ["The new route is longer than the old one.", []],
  ["He has helped since the first one in 1996.", [year(1996, "1996")]],
  ["at 10 o'clock", []],
  ["1) first", []],
  ["version 1.2.3", []],
  ["Resolution 1441", []],
  ["24/7 care", []],
  ["1/3 of the budget", []],
  ["the 2nd battalion", [rank(2, "2nd")]],
  ["a 4G network", []],
  ["The war ended in the 2000s.", [range("year", 2000, 2009, "2000s")]],
];

const DA_MORE: Row[] = [
  ["Over 200 blev såret i 2011.", [count(200, "Over 200", "more_than"), year(2011, "2011")]],
  ["I 2011 døde 44 danskere.", [year(2011, "2011"), count(44, "44")]],
  ["Den 3. maj 2010", [date("2010-05-03", "3. maj 2010")]],
  ["1. maj", [date("--05-01", "1. maj")]],
  ["i marts 2003", [month("2003-03", "marts 2003")]],
  ["mellem 2001 og 2014 døde", [range("year", 2001, 2014, "mellem 2001 og 2014")]],
  ["mellem 1900 og 2000 soldater", [range("count", 1900, 2000, "mellem 1900 og 2000")]],
  ["fem tusinde mennesker", [count(5000, "fem tusinde")]],
  ["anslået 500 døde", [count(500, "anslået 500", "about")]],
  ["20 tusind", [count(20000, "20 tusind")]],
  ["op til 2,5 mia. kroner", [{ ...money(2.5e9, "DKK", "op til 2,5 mia. kroner", "at_most"), reach: true }]],
  ["klokken 10", [clock(600, "klokken 10")]],
  ["§ 5", []],
  ["i sommeren 2011", [year(2011, "sommeren 2011")]],
  // (a season's bare form too: "den våde sommer 2021" is no count of 2,021)
  ["I den våde sommer 2021 høstede medlemmerne 22,3 ton honning", [year(2021, "2021"), { kind: "quantity", qualifier: "exact", value: 22.3, unit: "t", text: "22,3 ton" }]],
  ["primo 2012", [year(2012, "primo 2012")]],
  ["medio august", [month("--08", "medio august")]],
  ["mandag den 3. maj", [weekday("monday", "mandag"), date("--05-03", "3. maj")]],
  ["har gældt siden lørdag den 14. december", [weekday("saturday", "siden lørdag", "after"), date("--12-14", "14. december", "after")]],
  ["femten hundrede", [count(1500, "femten hundrede")]],
  ["10 mio. dollar", [money(1e7, "USD", "10 mio. dollar")]],
  ["500 €", [money(500, "EUR", "500 €")]],
  ["11.9.2001", [date("2001-09-11", "11.9.2001")]],
  ["Han døde 44.", [count(44, "44")]],
];

const cases: [string, Lang, Want[]][] = [
  ...EN_NUMBERS.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...EN_QUALIFIERS.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...EN_RANGES.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...EN_UNITS.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...EN_VAGUE.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...EN_DATES.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...EN_NEGATIVE.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...DA_NUMBERS.map(([s, w]) => [s, "da", w] as [string, Lang, Want[]]),
  ...DA_QUALIFIERS.map(([s, w]) => [s, "da", w] as [string, Lang, Want[]]),
  ...DA_VAGUE_DATES.map(([s, w]) => [s, "da", w] as [string, Lang, Want[]]),
  ...EN_MORE.map(([s, w]) => [s, "en", w] as [string, Lang, Want[]]),
  ...DA_MORE.map(([s, w]) => [s, "da", w] as [string, Lang, Want[]]),
];

describe("parseFigures", () => {
  it.each(cases)("%s (%s)", (input, lang, want) => check(input, lang, want));
});

describe("parseFigures: several figures and offsets", () => {
  it("keeps order and offsets", () => {
    const s = "By 2012, 2,448 Americans and about 350 Danes had died; 47 in 2011.";
    const got = parseFigures(s, "en");
    expect(got.map((f) => f.text)).toEqual(["By 2012", "2,448", "about 350", "47", "2011"]);
    for (const f of got) expect(s.slice(f.start, f.end)).toBe(f.text);
  });
  it("counts words only in their language", () => {
    expect(parseFigures("Two soldiers went to the fire.", "en").map((f) => f.value)).toEqual([2]);
    expect(parseFigures("To soldater og fire civile.", "da").map((f) => f.value)).toEqual([2, 4]);
  });
  it("fills date parts", () => {
    expect(parseFigures("11 September 2001", "en")[0].date).toEqual({ year: 2001, month: 9, day: 11 });
    expect(parseFigures("in August", "en")[0].date).toEqual({ month: 8 });
    expect(parseFigures("on Sunday", "en")[0].date).toEqual({ weekday: 7 });
    expect(parseFigures("in 2011", "en")[0].date).toEqual({ year: 2011 });
  });
});

describe("shares of a whole in words", () => {
  it.each([
    ["Most of the refugees were girls.", "en", "more_than", 50],
    ["The majority of the refugees were girls.", "en", "more_than", 50],
    ["Over half of the refugees were girls.", "en", "more_than", 50],
    ["Half of the refugees were girls.", "en", "exact", 50],
    ["A quarter of the refugees were girls.", "en", "exact", 25],
    ["De fleste af flygtningene er piger.", "da", "more_than", 50],
    ["Halvdelen af flygtningene er piger.", "da", "exact", 50],
    ["Mere end halvdelen af flygtningene er piger.", "da", "more_than", 50],
  ] as const)("%s", (text, lang, qualifier, value) => {
    const [f] = parseFigures(text, lang);
    expect(f).toMatchObject({ kind: "percent", unit: "%", qualifier, value });
  });

  it.each([
    ["It was the most powerful attack.", "en"],
    ["Most soldiers left.", "en"],
    ["Det var den mest magtfulde.", "da"],
    // (a span of time: "most of a day" is no share of a group)
    ["It takes two workers most of a day to lay.", "en"],
    ["The pool was closed for most of the year.", "en"],
  ] as const)("no share in %s", (text, lang) => {
    expect(parseFigures(text, lang).filter((f) => f.kind === "percent")).toEqual([]);
  });
});

describe("reference markers are not figures", () => {
  it.each([
    ["44 danskere døde [1] i Afghanistan.", "da", ["44"]],
    ["[^1]: Fodnote: 44 danskere døde.", "da", ["44"]],
    ["Two babies died.[12] Then 347 crossed.", "en", ["Two", "347"]],
  ] as const)("%s", (text, lang, expected) => {
    expect(parseFigures(text, lang).map((f) => f.text)).toEqual(expected);
  });
});
