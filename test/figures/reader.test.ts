// The figure reader on the forms of issue 8 (item 3) and issue 10 (items 4, 5, 16): years in
// names, money with currency and scale, units with "per", percentage points, shares in words, a
// leading decimal point, zero-width characters inside numbers, and durations. English and Danish,
// read both with the language given and with the language detected per sentence.
import { describe, expect, it } from "vitest";
import { formatFigure, parseFigures, readSentence } from "../../src/figures/index.js";
import type { Figure, FigureKind, Lang, Qualifier } from "../../src/types.js";

interface Want {
  kind: FigureKind;
  qualifier: Qualifier;
  value: number | string | null;
  text: string;
  unit?: string;
  low?: number;
  high?: number;
}

const count = (value: number, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "count", qualifier, value, text });
const year = (value: number, text: string): Want => ({ kind: "year", qualifier: "exact", value, text });
const years = (low: number, high: number, text: string): Want => ({ kind: "year", qualifier: "range", value: null, text, low, high });
const money = (value: number, unit: string, text: string): Want => ({ kind: "money", qualifier: "exact", value, unit, text });
const qty = (value: number, unit: string, text: string): Want => ({ kind: "quantity", qualifier: "exact", value, unit, text });
const rank = (value: number, text: string): Want => ({ kind: "ordinal", qualifier: "exact", value, text });
const pct = (value: number, text: string, qualifier: Qualifier = "exact"): Want => ({ kind: "percent", qualifier, value, unit: "%", text });
const date = (value: string, text: string): Want => ({ kind: "date", qualifier: "exact", value, text });
const clock = (minutes: number, text: string): Want => ({ kind: "clock", qualifier: "exact", value: minutes, text });
const clocks = (low: number, high: number, text: string): Want => ({ kind: "clock", qualifier: "range", value: null, text, low, high });

function pick(f: Figure, w: Want): Want {
  const out: Want = { kind: f.kind, qualifier: f.qualifier, value: f.value, text: f.text };
  if (w.unit !== undefined || f.unit !== undefined) out.unit = f.unit;
  if (w.low !== undefined || f.low !== undefined) out.low = f.low;
  if (w.high !== undefined || f.high !== undefined) out.high = f.high;
  // percentages of thirds are not exact decimals
  if (typeof out.value === "number" && typeof w.value === "number" && Math.abs(out.value - w.value) < 1e-9) out.value = w.value;
  return out;
}

type Row = [string, Lang, Want[]];

function check([input, lang, want]: Row) {
  const given = parseFigures(input, lang);
  for (const f of given) expect(input.slice(f.start, f.end)).toBe(f.text);
  expect(given.map((f, k) => pick(f, want[k] ?? (f as Want)))).toEqual(want);
  // The same sentence read as the pipeline reads it: its language detected.
  const detected = readSentence(input);
  expect(detected.lang).toBe(lang);
  expect(detected.figures.map((f, k) => pick(f, want[k] ?? (f as Want)))).toEqual(want);
}

const YEAR_NAMES: Row[] = [
  ["The 1967 Protocol removed the time limits.", "en", [year(1967, "1967")]],
  // (after an indefinite article, as after "the")
  ["The oldest was a 1936 Fordson Model N, and a 2023 survey asked 1240 users.", "en", [year(1936, "1936"), year(2023, "2023"), count(1240, "1240")]],
  // a year before 1800 only after a strong year word, where nothing follows that it could count
  ["The canal was first opened to boat traffic in 1796.", "en", [year(1796, "1796")]],
  ["Kirken blev bygget i 1650, da byen voksede.", "da", [year(1650, "1650")]],
  // (and before who did it or what it was: "built in 1687 by the wool merchant", "opened in 1750 as a school")
  ["The terrace of 14 cottages was built in 1687 by the wool merchant Thomas Farrant.", "en", [count(14, "14"), year(1687, "1687")]],
  ["The mill opened in 1750 as a school.", "en", [year(1750, "1750")]],
  // (after "af", before "med": "kom ud af 2024 med et overskud")
  ["Banen kom ud af 2024 med et overskud på 1,2 mio. kr.", "da", [year(2024, "2024"), money(1.2e6, "DKK", "1,2 mio. kr.")]],
  ["The flood reached water in 1650 homes.", "en", [count(1650, "1650")]],
  ["The count rose by 1650.", "en", [count(1650, "1650")]],
  // after "and" and a year, a year ("The 2020 and 2021 races"); not after a count
  ["The 2020 and 2021 races were cancelled.", "en", [year(2020, "2020"), year(2021, "2021")]],
  ["They sold 1900 and 2000 tickets.", "en", [count(1900, "1900"), count(2000, "2000")]],
  // and after "from"/"fra" at the end of a sentence with no other number to go from or to
  ["The pond appears on an estate map from 1611.", "en", [year(1611, "1611")]],
  ["Dammen findes på et kort fra 1611.", "da", [year(1611, "1611")]],
  // "from" a year, then a word of years and a name ("fra 1887 i Salbæk"); not a change's start
  ["Det ældste er en landarbejderbolig fra 1887 i Salbæk.", "da", [year(1887, "1887")]],
  ["The oldest is a cottage from 1887 in Salbaek.", "en", [year(1887, "1887")]],
  ["Antallet steg fra 1887 i Salbæk til 2100 i Tornby.", "da", [count(1887, "1887"), count(2100, "2100")]],
  ["The number fell to 1200 from 1650.", "en", [count(1200, "1200"), count(1650, "1650")]],
  // (a hedged one too, before punctuation or a word that names nothing; not before what it counts)
  ["The weir was built around 1790 to drive a corn mill, and the church in about 1850.", "en", [{ ...year(1790, "around 1790"), qualifier: "about" }, { ...year(1850, "about 1850"), qualifier: "about" }]],
  ["Kirken blev bygget omkring 1650, da byen voksede, og omkring 1800 mennesker mødte op.", "da", [{ ...year(1650, "omkring 1650"), qualifier: "about" }, count(1800, "omkring 1800", "about")]],
  ["Around 1850 of the members voted.", "en", [count(1850, "Around 1850", "about")]],
  ["Visitors came from 1650 homes.", "en", [count(1650, "1650")]],
  // "from" a year, then a verb: "regulativet fra 2016 bliver …", "the rules from 2016 are …"
  ["Efter regulativet fra 2016 bliver grøden skåret to gange om året.", "da", [year(2016, "2016"), count(2, "to")]],
  ["The rules from 2016 are still in force.", "en", [year(2016, "2016")]],
  ["Under the 1951 Convention, refugees have rights.", "en", [year(1951, "1951")]],
  // a century after its ordinal is its hundred years, as "1400-tallet" is ("the 15th century": 1400–1499)
  ["The well dates from the 15th century.", "en", [years(1400, 1499, "15th century")]],
  ["A 15th-century well was found.", "en", [years(1400, 1499, "15th-century")]],
  ["Brønden er fra det 15. århundrede.", "da", [years(1400, 1499, "15. århundrede")]],
  ["Brønden er fra 1400-tallet.", "da", [years(1400, 1499, "1400-tallet")]],
  ["He came 15th in the race.", "en", [rank(15, "15th")]],
  ["The 2015 Paris Agreement set a goal of 1.5 degrees.", "en", [year(2015, "2015"), count(1.5, "1.5")]],
  ["Ifølge 1992-aftalen skal landene samarbejde.", "da", [year(1992, "1992")]],
  ["2008-krisen kostede mange job.", "da", [year(2008, "2008")]],
  ["Den hidtidige rekord fra 2019 på 3,93 mio. passagerer blev slået.", "da", [year(2019, "2019"), count(3930000, "3,93 mio.")]],
  // after "for": a year unless a round figure before a word
  ["Revenue for 2024 came to 2.94 billion kroner.", "en", [year(2024, "2024"), { kind: "money", qualifier: "exact", value: 2940000000, unit: "DKK", text: "2.94 billion kroner" }]],
  ["Regnskabet for 2024 viser et overskud.", "da", [year(2024, "2024")]],
  ["There is room for 2000 people.", "en", [count(2000, "2000")]],
  // "up to" after a verb of rising is no bound
  ["The price went up to £25.40 in March.", "en", [{ kind: "money", qualifier: "exact", value: 25.4, unit: "GBP", text: "£25.40" }, { kind: "month", qualifier: "exact", value: "--03", text: "March" }]],
  ["Up to 45 vessels can get support.", "en", [{ kind: "count", qualifier: "at_most", value: 45, text: "Up to 45" }]],
  // "én gang" is once, as "one time" is, unless a rate follows it ("én gang om måneden")
  ["Det koster 185.000 kroner at skære grøden på hele åen én gang.", "da", [{ kind: "money", qualifier: "exact", value: 185000, unit: "DKK", text: "185.000 kroner" }]],
  ["Han går typisk én gang om måneden.", "da", [count(1, "én")]],
  // (a bound before the verbs of its number: the figure starts at the number)
  ["Der måtte højst være 40 personer i tårnet ad gangen.", "da", [{ kind: "count", qualifier: "at_most", value: 40, text: "40" }]],
  ["Huset må højst være 40 kvadratmeter.", "da", [{ kind: "quantity", qualifier: "at_most", value: 40, unit: "m2", text: "40 kvadratmeter" }]],
  ["Holdet skal mindst tælle 30 frivillige.", "da", [{ kind: "count", qualifier: "at_least", value: 30, text: "30" }]],
  // (not past a verb that is none of the pack's boundVerbs)
  ["Der kan højst gives 125.000 kroner.", "da", [{ kind: "money", qualifier: "exact", value: 125000, unit: "DKK", text: "125.000 kroner" }]],
  ["Der er plads for 2000 elever.", "da", [count(2000, "2000")]],
  ["I 1990-tallet voksede byen.", "da", [years(1990, 1999, "1990-tallet")]],
  ["Byen voksede i 1900-tallet.", "da", [years(1900, 1999, "1900-tallet")]],
  // "from" one year "until" another, as "to" ("The shop is open from 9 until 17" is no span)
  ["From 1989 until 2016 the building housed offices.", "en", [years(1989, 2016, "From 1989 until 2016")]],
  ["Fra 1989 indtil 2016 var bygningen kontor.", "da", [years(1989, 2016, "Fra 1989 indtil 2016")]],
  ["The shop is open from 9 until 17.", "en", [count(9, "9"), count(17, "17")]],
  // a year that runs over into the next (financial years, seasons) is a range of the two
  ["The trusts spent £47.5 million in the 2023/24 financial year.", "en", [{ kind: "money", qualifier: "exact", value: 47500000, unit: "GBP", text: "£47.5 million" }, years(2023, 2024, "2023/24")]],
  // (before 1800 only after a season's word: "i vinteren 1708-09", a winter of two years)
  ["Egetræet blev fældet i vinteren 1708-09.", "da", [years(1708, 1709, "vinteren 1708-09")]],
  ["The oak was felled in the winter of 1708-09.", "en", [years(1708, 1709, "the winter of 1708-09")]],
  ["The club scored 81 goals in the 2019-20 season.", "en", [count(81, "81"), years(2019, 2020, "2019-20")]],
  ["Regnskabsåret 2022/23 gav et overskud på 12 mio. kr.", "da", [years(2022, 2023, "2022/23"), { kind: "money", qualifier: "exact", value: 12000000, unit: "DKK", text: "12 mio. kr." }]],
  ["I sæsonen 1999/2000 kom 4.000 gæster.", "da", [years(1999, 2000, "1999/2000"), count(4000, "4.000")]],
  // after a year of accounts or a season
  ["Klubben kom ud af regnskabsåret 2024 med et overskud på 4,3 mio. kr.", "da", [year(2024, "2024"), { kind: "money", qualifier: "exact", value: 4300000, unit: "DKK", text: "4,3 mio. kr." }]],
  // (and after a compound that ends in one: "sommersæsonen 2025"; a short word that only ends so is no compound)
  ["I sommersæsonen 2025 talte kommunens tællere 48.700 besøgende.", "da", [year(2025, "2025"), count(48700, "48.700")]],
  ["Revenue for fiscal 2024 was $3.1 billion.", "en", [year(2024, "2024"), { kind: "money", qualifier: "exact", value: 3100000000, unit: "USD", text: "$3.1 billion" }]],
  // a part of a span of time is no share
  ["Passenger numbers fell in the first half of 2024, and half of them paid.", "en", [year(2024, "2024"), { kind: "percent", qualifier: "exact", value: 50, unit: "%", text: "half of" }]],
  // (a fraction noun alone before an auxiliary is a share too; not after an article, nor a period's part)
  ["A survey found that about half had travelled from outside the county.", "en", [{ kind: "percent", qualifier: "about", value: 50, unit: "%", text: "about half" }]],
  ["Only half would return.", "en", [{ kind: "percent", qualifier: "exact", value: 50, unit: "%", text: "half" }]],
  ["The second half was better, and a half is enough.", "en", []],
  ["In the second half the club scored 12 goals.", "en", [count(12, "12")]],
  // (not two years apart, nor three in a row)
  ["Det skete 2022/24 og 2022/23/24.", "da", []],
  // a count stays a count
  ["Mere end 2000 mennesker demonstrerede.", "da", [count(2000, "Mere end 2000", "more_than")]],
  // ("råde over" is a verb with its particle: the club has 118 cars)
  ["Klubben råder over 118 biler.", "da", [count(118, "118")]],
  // (past a word or two between the verb and its particle)
  ["Kommunen råder i dag over 367 hjertestartere.", "da", [count(367, "367")]],
  // (but not past a figure or a comma)
  ["Klubben råder, siger formanden, over 118 biler.", "da", [count(118, "over 118", "more_than")]],
  // (nor after a verb of extent, or a reflexive verb: what it covers)
  ["The capacity is spread over 80 turbines.", "en", [count(80, "80")]],
  ["Stien strækker sig over 312 trin.", "da", [count(312, "312")]],
  ["More than 80 turbines stand there, over 80 of them new.", "en", [count(80, "More than 80", "more_than"), count(80, "over 80", "more_than")]],
  // (and a phrasal verb of English in the same table: both languages' "over" are kept)
  ["The bookshop turned over £1.14 million last year.", "en", [{ kind: "money", qualifier: "exact", value: 1140000, unit: "GBP", text: "£1.14 million" }]],
  ["Over 300 people came.", "en", [{ kind: "count", qualifier: "more_than", value: 300, text: "Over 300" }]],
  ["The prize went to Brenda and Colin Ashworth, aged 74 and 76, for their scarecrow.", "en", [{ kind: "quantity", qualifier: "exact", value: 74, unit: "age", text: "74" }, { kind: "quantity", qualifier: "exact", value: 76, unit: "age", text: "76" }]],
  // a comparative of a measure is a bound on it ("heavier than 7.5 tonnes"; "older than 65" is left alone, an age group)
  ["Lorries heavier than 7.5 tonnes pay more.", "en", [{ kind: "quantity", qualifier: "more_than", value: 7.5, unit: "t", text: "heavier than 7.5 tonnes" }]],
  ["Boats lighter than 500 kg may use the slipway.", "en", [{ kind: "quantity", qualifier: "less_than", value: 500, unit: "kg", text: "lighter than 500 kg" }]],
  ["Lastbiler tungere end 3,5 ton må ikke køre over broen.", "da", [{ kind: "quantity", qualifier: "more_than", value: 3.5, unit: "t", text: "tungere end 3,5 ton" }]],
  ["Klubben har over 118 biler.", "da", [count(118, "over 118", "more_than")]],
  // ("lige under", "lige over": just under, just over — a hedge, no bound)
  ["Sommerhussager udgør lige under 25 procent af ansøgningerne.", "da", [pct(25, "lige under 25 procent", "nearly")]],
  ["Der kom lige over 300 gæster.", "da", [count(300, "lige over 300", "just_over")]],
  // (a milestone passed is a minimum: "passed one million trips", "har rundet 100.000")
  ["Arkivet har netop passeret 100.000 scannede fotografier.", "da", [count(100000, "passeret 100.000", "more_than")]],
  ["Besøgstallet rundede 40.000 i juli.", "da", [count(40000, "rundede 40.000", "more_than"), { kind: "month", qualifier: "exact", value: "--07", text: "juli" }]],
  ["The scheme passed 250,000 trips last week.", "en", [count(250000, "passed 250,000", "more_than")]],
  ["Sales topped 3,000 for the first time.", "en", [count(3000, "topped 3,000", "more_than")]],
  ["A 2000-strong force was sent.", "en", [count(2000, "2000")]],
];

const MONEY: Row[] = [
  ["Budgettet er på 300 millioner euro.", "da", [money(300e6, "EUR", "300 millioner euro")]],
  ["The company paid DKK 19bn in tax.", "en", [money(19e9, "DKK", "DKK 19bn")]],
  ["Selskabet betalte DKK 19 mia. i skat.", "da", [money(19e9, "DKK", "DKK 19 mia.")]],
  ["Det koster 19 mia. kr. om året.", "da", [money(19e9, "DKK", "19 mia. kr.")]],
  ["The flood caused £45m of damage.", "en", [money(45e6, "GBP", "£45m")]],
  ["The bridge cost $2.3 billion.", "en", [money(2.3e9, "USD", "$2.3 billion")]],
  ["Det kostede 2,5 mio. kr. at bygge.", "da", [money(2.5e6, "DKK", "2,5 mio. kr.")]],
  ["The deal was worth €1.2bn.", "en", [money(1.2e9, "EUR", "€1.2bn")]],
  ["Skaden var på 45 millioner pund.", "da", [money(45e6, "GBP", "45 millioner pund")]],
  ["Billetten koster kr. 500 for voksne.", "da", [money(500, "DKK", "kr. 500")]],
  ["Staten brugte 1,2 milliarder kroner.", "da", [money(1.2e9, "DKK", "1,2 milliarder kroner")]],
  ["It cost $.5 billion.", "en", [money(0.5e9, "USD", "$.5 billion")]],
  // a hundredth of a currency: "80p" written against the number, "pence" and "øre" as words
  ["Cars will pay 80p instead of 60p.", "en", [money(0.8, "GBP", "80p"), money(0.6, "GBP", "60p")]],
  ["A crossing works out at 64 pence.", "en", [money(0.64, "GBP", "64 pence")]],
  ["The dividend was 9.5p a share.", "en", [money(0.095, "GBP", "9.5p")]],
  ["Prisen stiger med 8,5 øre pr. kilo.", "da", [money(0.085, "DKK", "8,5 øre")]],
  ["Billetten til broen koster nu 80 pence for en bil.", "da", [money(0.8, "GBP", "80 pence")]],
  ["They paid 80 p each.", "en", [count(80, "80")]],
];

const UNITS: Row[] = [
  ["Der faldt 150 liter per kvadratmeter.", "da", [qty(150, "l/m2", "150 liter per kvadratmeter")]],
  // volumes: cubic metres in words and symbols
  ["Bassinet kan rumme 6.000 kubikmeter.", "da", [qty(6000, "m3", "6.000 kubikmeter")]],
  ["The tank holds 6,000 cubic metres, and 4,000 m³ spilled.", "en", [qty(6000, "m3", "6,000 cubic metres"), qty(4000, "m3", "4,000 m³")]],
  // imperial lengths and knots: units of their own (a golf hole of 540 yards is no count of 540)
  ["The longest hole measures 540 yards behind a 12-inch kerb.", "en", [qty(540, "yd", "540 yards"), qty(12, "in", "12-inch")]],
  ["The lifeboat has a top speed of 25 knots.", "en", [qty(25, "kn", "25 knots")]],
  // ("m" glued to a number is million, but metres before an adjective of size)
  ["Each turbine is 22m long, on a 6m-high bank, and cost £22m for 5m homes.", "en", [qty(22, "m", "22m"), qty(6, "m", "6m"), money(22e6, "GBP", "£22m"), count(5e6, "5m")]],
  // (a length before a noun is in the singular: "the 1,410-foot pier"; Danish "fod", "40-fods")
  ["The 1,410-foot pier opened in 1871.", "en", [qty(1410, "ft", "1,410-foot"), year(1871, "1871")]],
  ["Pieren er 1.410 fod lang, og containerne er 40-fods.", "da", [qty(1410, "ft", "1.410 fod"), qty(40, "ft", "40-fods")]],
  ["Redningsbåden sejler 25 knob.", "da", [qty(25, "kn", "25 knob")]],
  ["There were 150 millimetres of rain.", "en", [qty(150, "mm", "150 millimetres")]],
  ["The speed limit is 120 km/h.", "en", [qty(120, "km/h", "120 km/h")]],
  ["Vinden blæste 30 meter i sekundet.", "da", [qty(30, "m/s", "30 meter i sekundet")]],
  ["Gusts reached 30 m/s.", "en", [qty(30, "m/s", "30 m/s")]],
  ["The wind reached 120 kilometres per hour.", "en", [qty(120, "km/h", "120 kilometres per hour")]],
  ["The cars drove 80 km an hour.", "en", [qty(80, "km/h", "80 km an hour")]],
  // (a rate in one word: "annually", "årligt")
  ["The plant makes 130 GWh annually.", "en", [qty(130, "GWh/yr", "130 GWh annually")]],
  ["Værket leverer 130 GWh årligt.", "da", [qty(130, "GWh/yr", "130 GWh årligt")]],
  ["Farten var 50 km/t på vejen.", "da", [qty(50, "km/h", "50 km/t")]],
  ["Bilen kørte 90 kilometer i timen.", "da", [qty(90, "km/h", "90 kilometer i timen")]],
  ["Strækningen er 40 km lang.", "da", [qty(40, "km", "40 km")]],
  // "i dag" is today, not per day
  ["Han gik 5 km i dag.", "da", [qty(5, "km", "5 km")]],
];

const POINTS: Row[] = [
  ["Renten steg 0,75 procentpoint.", "da", [qty(0.75, "pp", "0,75 procentpoint")]],
  ["Rates rose 0.75 percentage points.", "en", [qty(0.75, "pp", "0.75 percentage points")]],
  ["Rates rose by half a percentage point.", "en", [qty(0.5, "pp", "half a percentage point")]],
  ["Renten steg et halvt procentpoint.", "da", [qty(0.5, "pp", "et halvt procentpoint")]],
  ["Ledigheden faldt et kvart procentpoint.", "da", [qty(0.25, "pp", "et kvart procentpoint")]],
  ["Half a million people voted.", "en", [count(500000, "Half a million")]],
];

const SHARES: Row[] = [
  // (a bare number after a noun of a percentage is one; not one after "the percentage of")
  ["Hotellerne havde en belægningsprocent på 81 i juli, og genanvendelsesprocenten var 61,4.", "da", [pct(81, "81"), { kind: "month", qualifier: "exact", value: "--07", text: "juli" }, pct(61.4, "61,4")]],
  ["The pass percentage was 77, the percentage of 300 pupils who sat it.", "en", [pct(77, "77"), count(300, "300")]],
  ["Three quarters of voters agreed.", "en", [pct(75, "Three quarters of")]],
  ["Three quarters agreed with the plan.", "en", [pct(75, "Three quarters")]],
  ["Two thirds of the members voted yes.", "en", [pct(200 / 3, "Two thirds of")]],
  ["Two in three people agreed.", "en", [pct(200 / 3, "Two in three")]],
  ["Two out of three people agreed.", "en", [pct(200 / 3, "Two out of three")]],
  ["One in four children is poor.", "en", [pct(25, "One in four")]],
  ["1 in 4 children is poor.", "en", [pct(25, "1 in 4")]],
  ["Every fourth child is poor.", "en", [pct(25, "Every fourth")]],
  ["About three quarters of voters agreed.", "en", [pct(75, "About three quarters of", "about")]],
  // (a numerator word a hyphen joins to its noun; not a numerator as large as the whole, nor an ordinal)
  ["The grant covers four-fifths of the cost.", "en", [pct(80, "four-fifths of")]],
  ["Nearly two-thirds of members agreed.", "en", [pct((100 * 2) / 3, "Nearly two-thirds of", "nearly")]],
  ["A one-third share went to the club.", "en", [pct(100 / 3, "one-third")]],
  ["He scored twenty-one points.", "en", [count(21, "twenty-one")]],
  ["To ud af tre danskere er enige.", "da", [pct(200 / 3, "To ud af tre")]],
  // (a joiner of two words after the noun of a numerator 1; the article as that 1 before "ud af")
  ["Online bidding accounted for one animal in every five sold.", "en", [pct(20, "one animal in every five")]],
  // (and of one word, before a whole written as a word that ends the clause or comes before its copula)
  ["One child in ten is hungry.", "en", [pct(10, "One child in ten")]],
  ["It was true of one word in four, she said.", "en", [pct(25, "one word in four")]],
  ["She saw one pupil in four weeks.", "en", [count(1, "one"), qty(4, "wk", "four weeks")]],
  ["One man in Denmark won.", "en", [count(1, "One")]],
  ["One in every five pupils walks to school.", "en", [pct(20, "One in every five")]],
  ["Et ud af fem dyr blev solgt online.", "da", [pct(20, "Et ud af fem")]],
  ["He scored one goal in five games.", "en", [count(1, "one"), count(5, "five")]],
  ["To af tre danskere er enige.", "da", [pct(200 / 3, "To af tre")]],
  ["Hver fjerde dansker er fattig.", "da", [pct(25, "Hver fjerde")]],
  ["Tre fjerdedele af vælgerne var enige.", "da", [pct(75, "Tre fjerdedele af")]],
  ["Halvdelen stemte nej.", "da", [pct(50, "Halvdelen")]],
  ["Omkring to ud af tre danskere er enige.", "da", [pct(200 / 3, "Omkring to ud af tre", "about")]],
  // a change's size with no "of"
  ["Passenger numbers rose by roughly a fifth.", "en", [pct(20, "roughly a fifth", "about")]],
  ["Byggepriserne er steget med omkring en femtedel.", "da", [pct(20, "omkring en femtedel", "about")]],
  // no share
  ["He finished a third.", "en", []],
  ["A third attack followed in the spring.", "en", []],
  // ranks: a place in a series ("a third attack" is another one, "Mahler's Fifth" a name, "Third," a list's point)
  ["A record 163 tractors took part in the 14th Crossfell Tractor Run.", "en", [count(163, "163"), rank(14, "14th")]],
  ["This year's show was the 162nd; the 1,000th blanket came on 3rd May.", "en", [rank(162, "162nd"), rank(1000, "1,000th"), { kind: "date", qualifier: "exact", value: "--05-03", text: "3rd May" }]],
  ["Carrow Bay came seventh, behind the third-busiest office and the second-largest depot.", "en", [rank(7, "seventh"), rank(3, "third-busiest"), rank(2, "second-largest")]],
  ["Third, the council will vote on Mahler's Fifth for the first time, a second chance.", "en", []],
  ["Løbet blev kørt for 14. gang, den 3. og 4. december.", "da", [rank(14, "14."), { kind: "date", qualifier: "exact", value: "--12-03", text: "3." }, { kind: "date", qualifier: "exact", value: "--12-04", text: "4. december" }]],
  ["Lindegaard er den tredjestørste plantage, og USA det næststørste marked.", "da", [rank(3, "tredjestørste"), rank(2, "næststørste")]],
  // (a rank joined to "mest" of a superlative said with it: "den tredjemest besejlede å")
  ["Åen er den tredjemest besejlede i Jylland, og søen den næstmest besøgte, men ikke den mest sejlede.", "da", [rank(3, "tredjemest"), rank(2, "næstmest")]],
  // "second", "anden" after an owner and before a noun (not "a second chance", "en anden", "den anden")
  ["It was Ewan Carrick's second win and its second merger in the region, not the second attack.", "en", [rank(2, "second"), rank(2, "second")]],
  // (after a verb of placing, before no noun of its own; a name may stand between them)
  ["The club came second in the league.", "en", [rank(2, "second")]],
  ["Judges placed the Town Well second out of 41 dressings.", "en", [rank(2, "second"), count(41, "41")]],
  ["They came a second time, and it is the second half.", "en", []],
  ["Holdet blev anden i turneringen, men det er noget andet.", "da", [rank(2, "anden")]],
  ["Det var Ewan Carricks anden sejr, og kommunens anden klub åbner nu.", "da", [rank(2, "anden"), rank(2, "anden")]],
  ["På den anden side fik han en anden chance.", "da", []],
  // a week of the year: a rank in weeks ("a week 44 hours" is none)
  ["Sæsonen begynder i uge 38, og laderne sættes op i uge 44.", "da", [{ ...rank(38, "uge 38"), unit: "wk" }, { ...rank(44, "uge 44"), unit: "wk" }]],
  ["The chargers go in during week 44; staff work a week 44 hours.", "en", [{ ...rank(44, "week 44"), unit: "wk" }]],
  // ... but "last week" is no week of the year: the number after it is a figure of its own
  ["Udvalget stemte i sidste uge 5 mod 2 for forslaget.", "da", [count(5, "5"), count(2, "2")]],
  ["The committee voted last week 5 to 2 for the plan.", "en", [count(5, "5"), count(2, "2")]],
  // "én af", as "one of": a pronoun, no figure ("mindst én af kommunens ni caféer"); "kun én ansøger" is one
  ["1.086 elever var tilmeldt mindst én af kommunens ni caféer, men der var kun én ansøger.", "da", [count(1086, "1.086"), count(9, "ni"), count(1, "én")]],
  ["Kærby endte på en fjerdeplads og bliver den tredje by med en hundeskov.", "da", [rank(4, "fjerdeplads"), rank(3, "tredje")]],
  // ("anden" is a rank in a compound too: "andenplads", "andenstørste")
  ["Akademiet lå på en andenplads, i landets andenstørste by.", "da", [rank(2, "andenplads"), rank(2, "andenstørste")]],
  // ("the sixth form" names the last two years of an English school, no rank)
  ["Students in the sixth form and sixth-form staff came sixth.", "en", [rank(6, "sixth")]],
  // a place in a ranking: "nummer 14" after a verb of standing or "som" (also after the subject of
  // an inverted clause), "en 14.-plads"; "høfde nummer 9" is a name
  ["Skolen ligger som nummer 14, og i statistikken er kommunen nummer ni; den kom fra en 31.-plads.", "da", [rank(14, "nummer 14"), rank(9, "nummer ni"), rank(31, "31.-plads")]],
  ["Ravet lå ved høfde nummer 9, ved nummer 4.817.", "da", [count(9, "9"), count(4817, "4.817")]],
  ["The club finished number 4, and Hut number 121 sold first.", "en", [rank(4, "number 4"), count(121, "121")]],
  // "second most" before a superlative's word
  ["Skærsø was the second most polluted of the 35 lakes.", "en", [rank(2, "second"), count(35, "35")]],
  ["For første gang fik en anden klub en tredjedel af pengene.", "da", [pct(100 / 3, "en tredjedel af")]],
  // (no share of a half: a span of time, "a year and a half")
  ["It took an hour and a half.", "en", [qty(1.5, "h", "an hour and a half")]],
  ["300 af de 347 flygtninge blev tilbage.", "da", [count(300, "300"), count(347, "347")]],
];

const DECIMALS: Row[] = [
  ["The rate was .75 last year.", "en", [count(0.75, ".75")]],
  ["About .75 of the 347 refugees stayed.", "en", [count(0.75, "About .75", "about"), count(347, "347")]],
  ["It grew by 2.75 last year.", "en", [count(2.75, "2.75")]],
];

const ZERO_WIDTH: Row[] = [
  ["The figure was 9\u200B9\u200B9 people.", "en", [count(999, "9\u200B9\u200B9")]],
  ["Der var 1\u2060234 deltagere.", "da", [count(1234, "1\u2060234")]],
  ["It rose to 2\u200D448 cases.", "en", [count(2448, "2\u200D448")]],
];

// Spans of time are quantities in their unit of time (so "4 months" is never a count of 4, and a
// four-year sentence is not a four-month one); a hyphen may join the unit ("58-årig").
const DURATIONS: Row[] = [
  ["The war lasted four months.", "en", [qty(4, "mo", "four months")]],
  ["Krigen varede fire måneder.", "da", [qty(4, "mo", "fire måneder")]],
  ["He served two years in the army.", "en", [qty(2, "yr", "two years")]],
  // a span in a row: "nine consecutive years"
  ["Owls have bred on her land for nine consecutive years.", "en", [qty(9, "yr", "nine consecutive years")]],
  ["The shop has made a loss for three straight months.", "en", [qty(3, "mo", "three straight months")]],
  ["It took 3 weeks to rebuild.", "en", [qty(3, "wk", "3 weeks")]],
  ["Det tog 3 uger at genopbygge.", "da", [qty(3, "wk", "3 uger")]],
  ["A 74-year-old man died.", "en", [qty(74, "age", "74-year-old")]],
  ["She got a four-year sentence.", "en", [qty(4, "yr", "four-year")]],
  // ("year-round" starts like a span and is none: the figure counts residents)
  ["The town's 1,870 year-round residents voted.", "en", [count(1870, "1,870")]],
  ["En 58-årig kvinde fik tre års fængsel.", "da", [qty(58, "age", "58-årig"), qty(3, "yr", "tre års")]],
  // a span written as one word after a number word (the pack's fusedSpans); before a span's noun
  // an age is how long a thing lasts (ages.spans)
  ["Hun har en femårig datter og tog på en tredages tur.", "da", [qty(5, "age", "femårig"), qty(3, "d", "tredages")]],
  ["Ordningen er et treårigt forsøg, og kommunen har en 5-årig aftale.", "da", [qty(3, "yr", "treårigt"), qty(5, "yr", "5-årig")]],
  ["Søsteren er 56 år gammel, og hun fik to år.", "da", [qty(56, "age", "56 år gammel"), qty(2, "yr", "to år")]],
  ["She is 47 years old and was jailed for three years.", "en", [qty(47, "age", "47 years old"), qty(3, "yr", "three years")]],
  ["Hun fik fire måneders betinget fængsel.", "da", [qty(4, "mo", "fire måneders")]],
  ["The bridge was closed for 14 hours.", "en", [qty(14, "h", "14 hours")]],
  ["The storm killed 3 in 10 days.", "en", [count(3, "3"), qty(10, "d", "10 days")]],
  // (a decade is a span of time of its own, not a count of two: "lowest in two decades")
  ["Burglaries fell to their lowest level in two decades.", "en", [qty(2, "dec", "two decades")]],
  ["Antallet er det laveste i tre årtier.", "da", [qty(3, "dec", "tre årtier")]],
  // a whole number and a fraction, before a unit, span of time or scale word
  ["He farms three and a half hectares.", "en", [qty(3.5, "ha", "three and a half hectares")]],
  // an article, a span of time and an added fraction ("a year and a half"; not "a year" alone)
  ["She trained for a year and a half, an hour and a quarter a day.", "en", [qty(1.5, "yr", "a year and a half"), qty(1.25, "h", "an hour and a quarter")]],
  // several of a unit in one word: "tre kvarter" is 45 minutes, "two fortnights" four weeks (the
  // pack's spanMultiples); not "kvarterer", neighbourhoods
  ["Et besøg må vare maksimalt tre kvarter, godt et kvarter i kø.", "da", [{ kind: "quantity", qualifier: "at_most", value: 45, unit: "min", text: "maksimalt tre kvarter" }, { kind: "quantity", qualifier: "just_over", value: 15, unit: "min", text: "godt et kvarter" }]],
  ["Der er tre kvarterer i byen.", "da", [count(3, "tre")]],
  // the genitive of one hour or minute: "halvanden times cybertræning" is 1.5 hours (not a day's,
  // which says what a price is of: "en halv dags leje")
  ["Hver medarbejder skal tage halvanden times cybertræning om året.", "da", [{ kind: "quantity", qualifier: "exact", value: 1.5, unit: "h", text: "halvanden times" }]],
  ["It took two fortnights.", "en", [qty(4, "wk", "two fortnights")]],
  // every so many of a unit of time, written with an ordinal's dot: a span ("hvert 20. minut")
  ["Bussen kørte hvert 20. minut, og der blev taget prøver hver 14. dag i den 3. uge.", "da", [qty(20, "min", "20. minut"), qty(14, "d", "14. dag"), rank(3, "3.")]],
  ["Mads dyrker tre en halv hektar.", "da", [qty(3.5, "ha", "tre en halv hektar")]],
  ["Det tog 3 og en halv time.", "da", [qty(3.5, "h", "3 og en halv time")]],
  ["Byggeriet varede to et halvt år.", "da", [qty(2.5, "yr", "to et halvt år")]],
  // a fraction of an amount or a span is no share, though it starts like one ("a quarter of", "three quarters of")
  ["Police closed the road for three quarters of an hour.", "en", [qty(0.75, "h", "three quarters of an hour")]],
  ["Police closed the road for three-quarters of an hour.", "en", [qty(0.75, "h", "three-quarters of an hour")]],
  ["The refit cost a quarter of a million pounds, three quarters of a million in all.", "en", [money(250000, "GBP", "a quarter of a million pounds"), count(750000, "three quarters of a million")]],
  ["Three quarters of the 400 members came.", "en", [pct(75, "Three quarters of"), count(400, "400")]],
  // ("halvandet", the neuter of "halvanden", and "et og et halvt")
  ["Åbningen er udskudt med halvandet år.", "da", [qty(1.5, "yr", "halvandet år")]],
  ["Byggeriet varede et og et halvt år.", "da", [qty(1.5, "yr", "et og et halvt år")]],
  ["It cost two and a half million pounds.", "en", [money(2500000, "GBP", "two and a half million pounds")]],
  // (not a number in digits and a fraction without "og": 300, then half an hour)
  ["Der kom 300 en halv time senere.", "da", [count(300, "300"), qty(0.5, "h", "en halv time")]],
  // (joined by "and"/"og", one number whatever follows; not across a comma)
  ["Readings were around two and a half times overnight levels.", "en", [count(2.5, "around two and a half", "about")]],
  ["Prisen er steget to og en halv gang.", "da", [count(2.5, "to og en halv")]],
  ["He arrived at two, and a half hour later she left.", "en", [count(2, "two")]],
];

// A bare whole number that is a person's age: set off after a name, after an age word, or after a
// name and a copula at the end of the clause. The same numbers elsewhere stay counts and spans.
const AGES: Row[] = [
  ["said the union's chair, Jonas Riis, who is 24.", "en", [qty(24, "age", "24")]],
  // (an age at a time of the person's life, at the end of its clause)
  ["He first played at Long Meadow when he was nine.", "en", [qty(9, "age", "nine")]],
  ["She has sung in the choir since she was 12, she said.", "en", [qty(12, "age", "12")]],
  ["Hun begyndte at spille, da hun var ni.", "da", [qty(9, "age", "ni")]],
  ["When he was 40 people came, he said.", "en", [count(40, "40")]],
  // (a clause that opens with a person, ended by its copula and the number: that person's age)
  ["The girl seriously injured on the road was 14.", "en", [qty(14, "age", "14")]],
  ["Pigen, der blev kvæstet, var 16.", "da", [qty(16, "age", "16")]],
  ["The bus was 14.", "en", [count(14, "14")]],
  // (one of a unit or span after a hedge, written with the article; a bound names a group)
  ["Poultry had to be kept indoors for about a month.", "en", [{ ...qty(1, "mo", "about a month"), qualifier: "about" }]],
  ["Anlægget placeres godt en kilometer fra kysten.", "da", [{ ...qty(1, "km", "godt en kilometer"), qualifier: "just_over" }]],
  ["Waits of over a year fell.", "en", []],
  // (after a bound, a span of time with the article, where it says how long: after "for" or a verb of lasting)
  ["The flat had been vacant for more than a year.", "en", [{ ...qty(1, "yr", "more than a year"), qualifier: "more_than" }]],
  ["Fire patienter blev indlagt i mere end et døgn.", "da", [count(4, "Fire"), { ...qty(1, "d", "mere end et døgn"), qualifier: "more_than" }]],
  ["Prices rose more than a year ago.", "en", []],
  ["It took an hour.", "en", []],
  ["The opening has been delayed by about a year and a half.", "en", [{ ...qty(1.5, "yr", "about a year and a half"), qualifier: "about" }]],
  ["Hanne Mølgaard, 54, said the bid took four years.", "en", [qty(54, "age", "54"), qty(4, "yr", "four years")]],
  // (a surname of two joined by a hyphen; a single capitalised word before a hyphen is no name)
  ["Rosalind Achebe-Frost, 44, took 1,306 votes.", "en", [qty(44, "age", "44"), count(1306, "1,306")]],
  ["Anglo-Danish, 44, opened.", "en", [count(44, "44")]],
  ["Director Mette Kragh is forty-seven.", "en", [qty(47, "age", "forty-seven")]],
  ["Hanne Mølgaard, the chief executive of Vestkyst Energi, is 45.", "en", [qty(45, "age", "45")]],
  // (a list of people going on to a relative with an age of their own)
  ["Owners Malcolm Ashby, 71, and his wife Pauline, 68, retired.", "en", [qty(71, "age", "71"), qty(68, "age", "68")]],
  // (two people of two names each, with an age each; a year before "by" is no list of numbers)
  ["Fernwick was founded in 2020 by Priya Sandhu, 34, and Tom Ellery, 41, who met at work.", "en", [year(2020, "2020"), qty(34, "age", "34"), qty(41, "age", "41")]],
  ["Lockstep Games, set up by Priya Mandal, 34, and Tom Hesketh, 29, has taken a lease.", "en", [qty(34, "age", "34"), qty(29, "age", "29")]],
  // (the name before the aside, whatever words end the aside)
  ["Steering group chair Gillian Pryce, a former headteacher, is 64.", "en", [qty(64, "age", "64")]],
  // (a hedged age: the cues come before the hedge)
  ["Dean Okafor, who is nearly 40, has been appointed.", "en", [{ ...qty(40, "age", "nearly 40"), qualifier: "nearly" }]],
  ["Jonas Riis, about 24, said so.", "en", [{ ...qty(24, "age", "about 24"), qualifier: "about" }]],
  ["Thorsø, who turned 50 in August, has led it.", "en", [qty(50, "age", "50"), { kind: "month", qualifier: "exact", value: "--08", text: "August" }]],
  ["Topchef Mikkel Thorsø fyldte 50 år i august.", "da", [qty(50, "age", "50 år"), { kind: "month", qualifier: "exact", value: "--08", text: "august" }]],
  // (a range of years after a strong age word is a range of ages)
  ["Der bor 540 børn i alderen 0-5 år i byen.", "da", [count(540, "540"), { kind: "quantity", qualifier: "range", value: null, low: 0, high: 5, unit: "age", text: "0-5 år" }]],
  ["Turen varer 3-4 år.", "da", [{ kind: "quantity", qualifier: "range", value: null, low: 3, high: 4, unit: "yr", text: "3-4 år" }]],
  ["Direktør Mette Kragh (47) siger nej.", "da", [qty(47, "age", "47")]],
  ["siger museets direktør, Mette Kragh på 47 år.", "da", [qty(47, "age", "47 år")]],
  // (an age word and whose age it is right before the copula, later in the clause; not another noun)
  ["Figures showed the average age of Brantwick councillors is 63, and only four are under 40.", "en", [qty(63, "age", "63"), count(4, "four"), { kind: "count", qualifier: "less_than", value: 40, text: "under 40" }]],
  ["Figures showed the number of Brantwick councillors is 63.", "en", [count(63, "63")]],
  // (and without "år", after a name of two words, where the clause ends)
  ["siger Erna Mikkelsen på 84, som var blandt de mange borgere.", "da", [qty(84, "age", "84")]],
  ["Svend-Erik Kjær, formand for Danmarks Fiskeriforening, er 61 år.", "da", [qty(61, "age", "61 år")]],
  // (and before the month it is reached in; not before what a span is of: "12 år i fængsel")
  ["Knud Erik Vestergaard bliver 82 år i januar.", "da", [qty(82, "age", "82 år"), { kind: "month", qualifier: "exact", value: "--01", text: "januar" }]],
  ["Peter Hansen var 12 år i fængsel.", "da", [qty(12, "yr", "12 år")]],
  ["Tomasz Nowak, der er 49 år, er chef for dyrepasningen.", "da", [qty(49, "age", "49 år")]],
  // (after a person's pronoun that opens its clause and its copula, where the clause ends; not
  // another pronoun's, nor without the copula)
  ["Stationen drives af Poul og Hanne Kragh. Han er 68, hun er 66, og nu vil de gå på pension.", "da", [qty(68, "age", "68"), qty(66, "age", "66")]],
  // ... the speaker's own, in a quote, and with the copula written onto the pronoun ("Joan's 84
  // roses" has no copula)
  ["\"Jeg er 84 og har gravet i haven i 52 år,\" siger hun.", "da", [qty(84, "age", "84"), qty(52, "yr", "52 år")]],
  ["“I’m 84 and I've been digging this garden for 52 years,” she said. He's 70. Joan's 84 roses are out.", "en", [qty(84, "age", "84"), qty(52, "yr", "52 years"), qty(70, "age", "70"), count(84, "84")]],
  ["The couple run the shop. He is 71 and she is 69.", "en", [qty(71, "age", "71"), qty(69, "age", "69")]],
  ["Det er 68, siger han.", "da", [count(68, "68")]],
  ["Han fik 68, og hun fik 66.", "da", [count(68, "68"), count(66, "66")]],
  // (also with "i dag" before the copula, and "og" after the age)
  ["Firmaet blev grundlagt af Henrik Aagaard, der i dag er 71 år og stadig ejer det.", "da", [qty(71, "age", "71 år")]],
  ["Firmaet ejes af Henrik Aagaard, der er 71 år.", "da", [qty(71, "age", "71 år")]],
  // (not a span of a relative clause that goes on: "der er 25 år siden")
  ["Henrik Aagaard, der er 25 år i branchen, siger det.", "da", [qty(25, "yr", "25 år")]],
  ["Broen, som er 50 år, skal rives ned.", "da", [qty(50, "yr", "50 år")]],
  ["siger formanden, Niels Jørgen Bak, 58, der selv driver en bedrift.", "da", [qty(58, "age", "58")]],
  ["said Dr Helen Marsh, 52, who chairs the forum.", "en", [qty(52, "age", "52")]],
  ["siger lufthavnens direktør, Mette Rosendahl, 54.", "da", [qty(54, "age", "54")]],
  ["Farmer Manuel Ortega, who was taken to hospital, is 71.", "en", [qty(71, "age", "71")]],
  ["Anne-Mette Skov, director of Skov & Søn, is 47.", "en", [qty(47, "age", "47")]],
  ["It will be led by Professor Elena Marchetti, 52, a materials chemist.", "en", [qty(52, "age", "52")]],
  ["said Margaret Oduya, 58, the council's head of library services.", "en", [qty(58, "age", "58")]],
  ["siger Lone Kjærgaard, 55 år, som er skoleleder.", "da", [qty(55, "age", "55 år")]],
  ["siger formanden for udvalget, Henrik Lauritsen (K), 47 år.", "da", [qty(47, "age", "47 år")]],
  ["Udvalgsformand Henrik Lauritsen (K) er 47 år.", "da", [qty(47, "age", "47 år")]],
  ["Det sagde Lone Kjærgaard, 55, en erfaren skoleleder.", "da", [qty(55, "age", "55")]],
  // (whatever lower-case word goes on the sentence, "when" too; and "now" after the comma)
  ["oplyste formand Birgitte Kjær, 59, da pengene blev fordelt.", "da", [qty(59, "age", "59")]],
  ["said chair Tom Birch, 61, when the plans were shown.", "en", [qty(61, "age", "61")]],
  ["when founder Margaret Dunmore, now 79, read that babies were sent home.", "en", [qty(79, "age", "79")]],
  ["siger stifteren Inge Holm, nu 81, der startede klubben.", "da", [qty(81, "age", "81")]],
  // (an adverb between the copula and the age; a thing's copula and number stay a count)
  ["Henning Bæk er selv 63 og har tækket tage siden 1979.", "da", [qty(63, "age", "63"), { kind: "year", qualifier: "after", value: 1979, text: "siden 1979" }]],
  ["Mette Kragh is now 47.", "en", [qty(47, "age", "47")]],
  ["The fund is still 40.", "en", [count(40, "40")]],
  // ("when" after the number ends its clause as a full stop does; a thing's stays a count)
  ["Keira Holt was 16 when she joined.", "en", [qty(16, "age", "16")]],
  ["The youngest volunteer, Keira Holt, was 16 when she joined.", "en", [qty(16, "age", "16")]],
  ["Keira Holt var 16 da hun begyndte.", "da", [qty(16, "age", "16")]],
  ["The queue was 16 when the doors opened.", "en", [count(16, "16")]],
  // (and another person after it; not the rest of a list of numbers)
  ["The paid staff are station manager Carol Whitfield, 58, and a part-time fundraising officer.", "en", [qty(58, "age", "58")]],
  ["Medaljerne gik til Saudi Arabien, 12, Sydkorea, 10, og Japan, 9.", "da", [count(12, "12"), count(10, "10"), count(9, "9")]],
  // a clause about an age, ended by its copula and the number
  ["The average age of a Harrowgate taxi driver is 54, and many are close to retirement.", "en", [qty(54, "age", "54")]],
  // (an aside that says who between the age word and its copula: "the oldest, a retired headmistress, is 97")
  ["The average age is 79; the oldest, a retired headmistress, is 97.", "en", [qty(79, "age", "79"), qty(97, "age", "97")]],
  // (a group of people, its copula and a number of years that ends the clause: their age)
  ["De frivillige er i gennemsnit 65 år.", "da", [qty(65, "age", "65 år")]],
  ["De frivillige har ventet i 65 år.", "da", [qty(65, "yr", "65 år")]],
  ["Kontrakten er 20 år.", "da", [qty(20, "yr", "20 år")]],
  ["The village, a popular spot, is 300.", "en", [count(300, "300")]],
  ["Gennemsnitsalderen for byens taxichauffører er 54 år.", "da", [qty(54, "age", "54 år")]],
  // (with the word for years also a fraction, and whatever follows it; "age of" and "alder på" are strong)
  ["The average age of people marrying in the borough was 34.6 years for men.", "en", [qty(34.6, "age", "34.6 years")]],
  ["Women marrying there had an average age of 32.9 years.", "en", [qty(32.9, "age", "32.9 years")]],
  ["Kursisterne har en gennemsnitsalder på 52 år.", "da", [qty(52, "age", "52 år")]],
  ["Gennemsnitsalderen blandt de frivillige er i dag 57 år.", "da", [qty(57, "age", "57 år")]],
  ["Kontrakten er i dag 5 år.", "da", [qty(5, "yr", "5 år")]],
  // (a name set off after what the person is, the copula, the age and "and": still an age; a country's is no age)
  ["The oldest, coxswain Dennis Pascoe, is 61 and has served for 34 years.", "en", [qty(61, "age", "61"), qty(34, "yr", "34 years")]],
  ["Denmark is 44 and Sweden 12.", "en", [count(44, "44"), count(12, "12")]],
  // (the verb before its subject, a place and "now" between: "Ifølge … er gennemsnitsalderen på Ormø nu 51 år")
  ["Ifølge Lise Thygesen er gennemsnitsalderen på Ormø nu 51 år.", "da", [qty(51, "age", "51 år")]],
  // (the ends of a change of an age, with or without the word for years; not of a span of time)
  ["Gennemsnitsalderen for en haveejer er faldet fra 61 år i 2012 til 49 år i dag.", "da", [qty(61, "age", "61 år"), year(2012, "2012"), qty(49, "age", "49 år")]],
  ["The average age of a member has fallen from 61 in 2012 to 49 today.", "en", [qty(61, "age", "61"), year(2012, "2012"), qty(49, "age", "49")]],
  ["The average age rose from 41 to 44 years.", "en", [qty(41, "age", "41"), qty(44, "age", "44 years")]],
  ["Ventetiden steg fra 3 til 5 år.", "da", [qty(3, "yr", "3"), qty(5, "yr", "5 år")]],
  ["The club grew from 61 members in 2012 to 49 teams.", "en", [count(61, "61"), year(2012, "2012"), count(49, "49")]],
  // (a thing's age too: "år gammelt", the neuter)
  ["Skibet er 41 år gammelt.", "da", [qty(41, "age", "41 år gammelt")]],
  ["The plant has run for 2.5 years.", "en", [qty(2.5, "yr", "2.5 years")]],
  // ("bliver" and "blev" are copulas: "the oldest will be 87")
  ["Den ældste af de frivillige bliver 87 år.", "da", [qty(87, "age", "87 år")]],
  // (past a possessive, and past a relative clause set off by commas; a name past where the person is from)
  ["The association's oldest member is 94.", "en", [qty(94, "age", "94")]],
  ["The council's budget is 94.", "en", [count(94, "94")]],
  ["Den ældste klatrer, der har gennemført begynderkurset, var 78 år.", "da", [qty(78, "age", "78 år")]],
  ["Broen, der blev bygget i 1970, var 50 år.", "da", [year(1970, "1970"), qty(50, "yr", "50 år")]],
  ["Sofie Lund Kristensen fra Holstebro er 23 år.", "da", [qty(23, "age", "23 år")]],
  ["Margaret Heald fra den lokale borgerforening er 79 år.", "da", [qty(79, "age", "79 år")]],
  ["Margaret Heald from the local civic society is 79.", "en", [qty(79, "age", "79")]],
  // (not without a name before where it is from: a span of years)
  ["Prisen fra den lokale forening er 79 år.", "da", [qty(79, "yr", "79 år")]],
  ["Would-be recruit Mikkel Dahl from Holstebro is 31.", "en", [qty(31, "age", "31")]],
  ["Mikkel Dahl from Holstebro is 31 km away.", "en", [qty(31, "km", "31 km")]],
  ["Prisen bliver 87 kr.", "da", [money(87, "DKK", "87 kr.")]],
  ["Den yngste er 16 år, den ældste 88.", "da", [qty(16, "age", "16 år"), qty(88, "age", "88")]],
  ["For unge på 18 år er tallet 64 procent.", "da", [qty(18, "age", "18 år"), pct(64, "64 procent")]],
  // a range after a strong age word: a range of ages
  ["The men were aged between 24 and 31.", "en", [{ kind: "quantity", qualifier: "range", value: null, low: 24, high: 31, unit: "age", text: "between 24 and 31" }]],
  ["Members are aged 9 to 21.", "en", [{ kind: "quantity", qualifier: "range", value: null, low: 9, high: 21, unit: "age", text: "9 to 21" }]],
  // (a range of years after a group of people, a modal and its copula: their ages; not a thing's)
  ["Frivillige chauffører skal være mellem 18 og 80 år.", "da", [{ kind: "quantity", qualifier: "range", value: null, low: 18, high: 80, unit: "age", text: "mellem 18 og 80 år" }]],
  ["Projektet skal være mellem 2 og 3 år.", "da", [{ kind: "quantity", qualifier: "range", value: null, low: 2, high: 3, unit: "yr", text: "mellem 2 og 3 år" }]],
  ["The club's members are aged 9-21.", "en", [{ kind: "quantity", qualifier: "range", value: null, low: 9, high: 21, unit: "age", text: "9-21" }]],
  ["It has 40 members, the oldest of whom is 93.", "en", [count(40, "40"), qty(93, "age", "93")]],
  // (the copula's number before "and", in a clause that opens with an age word)
  ["The trust has 26 volunteers, the youngest of whom is 19 and the oldest 81.", "en", [count(26, "26"), qty(19, "age", "19"), qty(81, "age", "81")]],
  ["The youngest regular picker is seven and the oldest is 87.", "en", [qty(7, "age", "seven"), qty(87, "age", "87")]],
  // a bound right after a group of people: their age
  ["Children under twelve made up 38 percent.", "en", [{ ...qty(12, "age", "under twelve"), qualifier: "less_than" }, pct(38, "38 percent")]],
  // (a bound on an age said with the age noun: "under the age of 18")
  ["The club has 146 players under the age of 18.", "en", [count(146, "146"), { ...qty(18, "age", "under the age of 18"), qualifier: "less_than" }]],
  ["The rink is for children over the age of 12.", "en", [{ ...qty(12, "age", "over the age of 12"), qualifier: "more_than" }]],
  ["Børn under 12 år stod for 38 procent.", "da", [{ ...qty(12, "age", "under 12 år"), qualifier: "less_than" }, pct(38, "38 procent")]],
  ["Pensionister over 65 år betaler 18 pund.", "da", [{ ...qty(65, "age", "over 65 år"), qualifier: "more_than" }, money(18, "GBP", "18 pund")]],
  ["Police show 14 collisions involving pedestrians under 16.", "en", [count(14, "14"), { ...qty(16, "age", "under 16"), qualifier: "less_than" }]],
  ["Passagerer under 12 år rejser gratis.", "da", [{ ...qty(12, "age", "under 12 år"), qualifier: "less_than" }]],
  // not ages
  ["It rose to over 65 people.", "en", [count(65, "over 65", "more_than")]],
  // (nor "mindst én af", a pronoun as "at least one of" is)
  ["I alt brugte 1.086 elever mindst én af caféerne.", "da", [count(1086, "1.086")]],
  ["The medals went to the United States, 44, and the United Kingdom, 10.", "en", [count(44, "44"), count(10, "10")]],
  ["Pladserne gik til Jonas Riis, 4, og Mette Hansen, 9.", "da", [count(4, "4"), count(9, "9")]],
  ["United States, 44, United Kingdom, 10, and Denmark, 7.", "en", [count(44, "44"), count(10, "10"), count(7, "7")]],
  ["United States, 44, the United Kingdom, 10, and Denmark, 7.", "en", [count(44, "44"), count(10, "10"), count(7, "7")]],
  ["I Region Syd, 12 år efter reformen, steg det.", "da", [qty(12, "yr", "12 år")]],
  ["The total is 24.", "en", [count(24, "24")]],
  ["The men were between 24 and 31.", "en", [{ kind: "count", qualifier: "range", value: null, low: 24, high: 31, text: "between 24 and 31" }]],
  ["The average number of drivers is 54.", "en", [count(54, "54")]],
  ["After the age limit was raised, the number is 54.", "en", [count(54, "54")]],
  ["The New Party, founded last spring, is 2.", "en", [count(2, "2")]],
  ["Det er det højeste niveau på 41 år.", "da", [qty(41, "yr", "41 år")]],
  ["Museet har eksisteret i 41 år.", "da", [qty(41, "yr", "41 år")]],
  // data rates: a symbol, and words in either language
  ["I dag har jeg 8 Mbit/s, når det går godt.", "da", [qty(8, "Mbit/s", "8 Mbit/s")]],
  ["Now I get 500 megabits a second at my kitchen table.", "en", [qty(500, "Mbit/s", "500 megabits a second")]],
  ["The cheapest package offers 1 Gbps.", "en", [qty(1, "Gbit/s", "1 Gbps")]],
  ["Hastigheden er 300 megabit i sekundet.", "da", [qty(300, "Mbit/s", "300 megabit i sekundet")]],
  // levels of the environment: radon, air, noise (symbols, and words in either language)
  ["Den højeste måling, 1.140 Bq/m³, blev registreret i et parcelhus.", "da", [qty(1140, "Bq/m3", "1.140 Bq/m³")]],
  ["The reference level is 100 becquerels per cubic metre.", "en", [qty(100, "Bq/m3", "100 becquerels per cubic metre")]],
  ["The sensor recorded an average of 43 µg/m³.", "en", [qty(43, "µg/m3", "43 µg/m³")]],
  ["Grænseværdien er 40 mikrogram pr. kubikmeter.", "da", [qty(40, "µg/m3", "40 mikrogram pr. kubikmeter")]],
  ["Amplifiers will be limited to 80 decibels.", "en", [qty(80, "dB", "80 decibels")]],
  // (at most: "højst" before the verbs of its number)
  ["Støjen må højst være 45 dB ved nærmeste bolig.", "da", [{ ...qty(45, "dB", "45 dB"), qualifier: "at_most" }]],
  ["Carbon dioxide stood at 420 ppm.", "en", [qty(420, "ppm", "420 ppm")]],
];

// A unit joined to the number by a hyphen, as an adjective: the quantity in that unit.
const HYPHEN_UNITS: Row[] = [
  ["A 28-kilometre rail link from Vejle is planned.", "en", [qty(28, "km", "28-kilometre")]],
  ["It will go into a 6,000-square-metre assembly plant.", "en", [qty(6000, "m2", "6,000-square-metre")]],
  ["They will build a 100-megawatt plant.", "en", [qty(100, "MW", "100-megawatt")]],
  // (a voltage: "150 kV-luftledning", "a 400-kilovolt cable")
  ["Den 150 kV-luftledning bliver erstattet af jordkabler.", "da", [qty(150, "kV", "150 kV")]],
  ["They will lay a 400-kilovolt cable.", "en", [qty(400, "kV", "400-kilovolt")]],
  ["It has a new 61-centimetre reflecting telescope.", "en", [qty(61, "cm", "61-centimetre")]],
  ["En 5-meter bølge ramte kysten.", "da", [qty(5, "m", "5-meter")]],
  ["It was a 10-percent rise.", "en", [pct(10, "10-percent")]],
  ["Det var en 2-1 sejr over AGF.", "da", []],
  ["Kultur- og fritidsudvalget stemte 6-1 for bevillingen.", "da", [count(6, "6"), count(1, "1")]],
];

// "over" before a span of time is when it happened, not "more than" (unless after "for", "i").
const SPAN_OVER: Row[] = [
  ["It was seen by 164,000 people over 112 days.", "en", [count(164000, "164,000"), qty(112, "d", "112 days")]],
  ["Udstillingen blev set af 164.000 gæster over 112 dage.", "da", [count(164000, "164.000"), qty(112, "d", "112 dage")]],
  ["He has worked there for over 40 years.", "en", [{ kind: "quantity", qualifier: "more_than", value: 40, unit: "yr", text: "over 40 years" }]],
  // (after a verb of lasting or waiting, too)
  ["The meeting lasted over four hours.", "en", [{ kind: "quantity", qualifier: "more_than", value: 4, unit: "h", text: "over four hours" }]],
  ["Byrådsmødet varede over fire timer.", "da", [{ kind: "quantity", qualifier: "more_than", value: 4, unit: "h", text: "over fire timer" }]],
  ["Borgere, der har ventet over to måneder, kan klage.", "da", [{ kind: "quantity", qualifier: "more_than", value: 2, unit: "mo", text: "over to måneder" }]],
  // (or of spending time: "brugte over 1.200 timer"; not "phased in over five years")
  ["Volunteers spent over 1,200 hours on the survey.", "en", [{ kind: "quantity", qualifier: "more_than", value: 1200, unit: "h", text: "over 1,200 hours" }]],
  ["De frivillige brugte over 1.200 timer på kortlægningen.", "da", [{ kind: "quantity", qualifier: "more_than", value: 1200, unit: "h", text: "over 1.200 timer" }]],
  ["The increase will be phased in over five years.", "en", [qty(5, "yr", "five years")]],
  ["Over 300 people came.", "en", [count(300, "Over 300", "more_than")]],
];

// A span's singular word between a number above one and a plural noun names a kind of the noun,
// which the number counts ("6,312 day permits"); after an article it is a span ("a 30 day trial").
const SPAN_MODIFIER: Row[] = [
  ["Anglers bought a record 6,312 day permits last year.", "en", [count(6312, "6,312")]],
  ["They sold 1,200 day tickets.", "en", [count(1200, "1,200")]],
  ["It was a 30 day trial.", "en", [qty(30, "d", "30 day")]],
  ["He served 14 days behind bars.", "en", [qty(14, "d", "14 days")]],
];

// A year-like number after a possessive, before a word, names a year ("Lindholt's 2026 budget").
const POSSESSIVE_YEARS: Row[] = [
  ["Lindholt's 2026 budget gives schools more.", "en", [year(2026, "2026")]],
  ["Its 2026 budget was passed.", "en", [year(2026, "2026")]],
];

const DATES: Row[] = [
  ["Angrebet fandt sted 11. september 2001.", "da", [date("2001-09-11", "11. september 2001")]],
  ["Det skete den 31. august.", "da", [date("--08-31", "31. august")]],
  // a span of days that names its month once, at its end: its first day is a date of that month too
  ["The festival runs from 19 to 21 June 2026.", "en", [date("2026-06-19", "19"), date("2026-06-21", "21 June 2026")]],
  ["The festival runs 19-21 June.", "en", [date("--06-19", "19"), date("--06-21", "21 June")]],
  ["It is held between 19 and 21 June.", "en", [date("--06-19", "19"), date("--06-21", "21 June")]],
  ["Festivalen holdes 19.-21. juni 2026.", "da", [date("2026-06-19", "19."), date("2026-06-21", "21. juni 2026")]],
  ["Festivalen holdes mellem 19. og 21. juni.", "da", [date("--06-19", "19."), date("--06-21", "21. juni")]],
  // ... and so is the first of two days joined by "and" (no count of 14)
  ["The fair runs on 14 and 15 June.", "en", [date("--06-14", "14"), date("--06-15", "15 June")]],
  ["Markedet holdes den 14. og 15. juni.", "da", [date("--06-14", "14."), date("--06-15", "15. juni")]],
  ["He scored 14 and 15 points in June.", "en", [count(14, "14"), count(15, "15"), { kind: "month", qualifier: "exact", value: "--06", text: "June" }]],
  // (not a span whose end is no date, nor one that runs backwards)
  ["Prices rose from 19 to 21 in June.", "en", [count(19, "19"), count(21, "21"), { kind: "month", qualifier: "exact", value: "--06", text: "June" }]],
  ["Aged 19 to 21, they met in June.", "en", [{ kind: "quantity", qualifier: "range", value: null, low: 19, high: 21, unit: "age", text: "19 to 21" } as Want, { kind: "month", qualifier: "exact", value: "--06", text: "June" }]],
  ["It ran 21-19 June.", "en", [{ kind: "month", qualifier: "exact", value: "--06", text: "June" }]],
];

// A change is two figures, not a range: the old value and the new, or the change and the new value.
const CHANGES: Row[] = [
  ["Antallet af ansøgere faldt fra 9.870 til 9.215 i år.", "da", [count(9870, "9.870"), count(9215, "9.215")]],
  ["The number of applicants fell from 9,870 to 9,215.", "en", [count(9870, "9,870"), count(9215, "9,215")]],
  ["Staben voksede med 160 til 1.240 medarbejdere.", "da", [count(160, "160"), count(1240, "1.240")]],
  ["The workforce grew by 260 to 1,340 people.", "en", [count(260, "260"), count(1340, "1,340")]],
  ["Udgiften pr. elev stiger fra 78.300 kr. til 81.150 kr. næste år.", "da", [money(78300, "DKK", "78.300 kr."), money(81150, "DKK", "81.150 kr.")]],
  ["Volumes rose 3.2 per cent to 1.18 million containers.", "en", [pct(3.2, "3.2 per cent"), count(1180000, "1.18 million")]],
  // a year between the two values is no end of a range ("2019 to £5.9 million")
  ["The budget shrank from £6.8 million in 2019 to £5.9 million.", "en", [money(6.8e6, "GBP", "£6.8 million"), year(2019, "2019"), money(5.9e6, "GBP", "£5.9 million")]],
  ["Loans rose from 212,300 in 2022 to 318,900 last year.", "en", [count(212300, "212,300"), year(2022, "2022"), count(318900, "318,900")]],
  ["Antallet steg fra 212.300 i 2022 til 318.900 sidste år.", "da", [count(212300, "212.300"), year(2022, "2022"), count(318900, "318.900")]],
  ["Prices were flat from 2019 to 2023.", "en", [years(2019, 2023, "from 2019 to 2023")]],
  // "from A to B" after a verb of change in its clause: two values, the first in the second's unit
  ["Sailings have risen from nine to fourteen a day.", "en", [count(9, "nine"), count(14, "fourteen")]],
  // ("taking", "bringing" a thing from A to B is a change of it)
  ["The room will be staffed longer, taking cover from 24 to 84 hours a week.", "en", [qty(24, "h", "24"), qty(84, "h", "84 hours")]],
  ["Til gengæld steg antallet af tilskadekomne fra 58 til 64.", "da", [count(58, "58"), count(64, "64")]],
  // (the change's verb before a relative clause set off by commas)
  ["Så steg andelen, der var tilfredse med fortovene, fra 48 til 61 procent.", "da", [pct(48, "48"), pct(61, "61 procent")]],
  ["Satisfaction rose among residents, who were surveyed by the council, from 48 to 61 per cent.", "en", [pct(48, "48"), pct(61, "61 per cent")]],
  ["Andelen steg fra 33 til 41 procent.", "da", [pct(33, "33"), pct(41, "41 procent")]],
  // (a hedged value it started from too)
  ["Andelen er faldet fra omkring 60 til 35 procent.", "da", [pct(60, "omkring 60", "about"), pct(35, "35 procent")]],
  ["The share fell from about 60 to 35 per cent.", "en", [pct(60, "about 60", "about"), pct(35, "35 per cent")]],
  // (a bare value a change set after a figure started from: the figure's unit)
  ["It will be open 84 hours a week, up from 61 under the Ashbys.", "en", [qty(84, "h", "84 hours"), qty(61, "h", "61")]],
  ["Andelen er nu 87 procent, op fra 79.", "da", [pct(87, "87 procent"), pct(79, "79")]],
  ["It costs £40, up from 35.", "en", [money(40, "GBP", "£40"), money(35, "GBP", "35")]],
  // (not a value after a change that goes on to where it ended, nor one in another clause)
  ["It rose 12 per cent. Up from 9 stations came.", "en", [pct(12, "12 per cent"), count(9, "9")]],
  // (and after a comma that follows the years of the change)
  ["Corvane's headcount nearly doubled between 2020 and 2022, from 5,900 to 11,700.", "en", [years(2020, 2022, "between 2020 and 2022"), count(5900, "5,900"), count(11700, "11,700")]],
  ["Prices vary a lot, from 40 to 60 kroner.", "en", [{ kind: "money", qualifier: "range", value: null, low: 40, high: 60, unit: "DKK", text: "from 40 to 60 kroner" }]],
  // (the genitive of the unit word: "80 procents punktlighed")
  ["Målet er 80 procents punktlighed.", "da", [pct(80, "80 procents")]],
  // (doubling, halving: verbs of change too)
  ["The shop is to move, more than doubling its floor space from 140 to 310 square metres.", "en", [qty(140, "m2", "140"), qty(310, "m2", "310 square metres")]],
  ["Butikken fordobler sit areal fra 140 til 310 kvadratmeter.", "da", [qty(140, "m2", "140"), qty(310, "m2", "310 kvadratmeter")]],
  ["Revenue grew from 2 to 3 million kroner.", "en", [money(2e6, "DKK", "2"), money(3e6, "DKK", "3 million kroner")]],
  // (a range otherwise)
  ["Tickets cost from 20 to 30 pounds.", "en", [{ kind: "money", qualifier: "range", value: null, low: 20, high: 30, unit: "GBP", text: "from 20 to 30 pounds" }]],
  // (a currency's sign before each end is a range too; after "from", two values, a change as often)
  ["Organisers expect a shortfall of £8,000 to £12,000.", "en", [{ kind: "money", qualifier: "range", value: null, low: 8000, high: 12000, unit: "GBP", text: "£8,000 to £12,000" }]],
  ["The council will raise the hourly charge at its car parks from £2.40 to £2.90 in April.", "en", [money(2.4, "GBP", "£2.40"), money(2.9, "GBP", "£2.90"), { kind: "month", qualifier: "exact", value: "--04", text: "April" }]],
  // a verb that bounds the figure: "exceeds 30 percent" is more than 30 percent
  ["In Eaton it exceeds 30 percent.", "en", [pct(30, "exceeds 30 percent", "more_than")]],
  ["Andelen overstiger 30 procent.", "da", [pct(30, "overstiger 30 procent", "more_than")]],
];

// Times of day: a figure of their own (minutes after midnight), never a count of hours
const CLOCKS: Row[] = [
  ["The procession moved off at 1.30pm.", "en", [clock(810, "1.30pm")]],
  ["Kettleby Road did not reopen until 6pm.", "en", [clock(1080, "6pm")]],
  // a hedge hedges a time of day (the judge's "clock-hedge-within"); a bound does not bound it
  ["The parade started around 2pm.", "en", [{ ...clock(840, "around 2pm"), qualifier: "about" }]],
  // ("12 noon": one time, which the word names; not a count of 12)
  ["Responses were due by 12 noon, and the bar shuts at 12 midnight.", "en", [clock(720, "12 noon"), clock(0, "12 midnight")]],
  ["Finalen sluttede omkring klokken 17.", "da", [{ ...clock(1020, "omkring klokken 17"), qualifier: "about" }]],
  ["The last bus left at nearly 9pm.", "en", [{ ...clock(1260, "nearly 9pm"), qualifier: "nearly" }]],
  // (a sentence's last dot is its own: "7 a.m")
  ["The restrooms closed at 8 p.m. and reopened at 7 a.m.", "en", [clock(1200, "8 p.m."), clock(420, "7 a.m")]],
  ["It opens at 12pm; the gates shut at 12am.", "en", [clock(720, "12pm"), clock(0, "12am")]],
  ["The walk starts at 10:30 and costs £5.", "en", [clock(630, "10:30"), money(5, "GBP", "£5")]],
  ["The bells ring at noon.", "en", [clock(720, "noon")]],
  ["Open 10am to 4pm, and 9.30am-5pm on Sundays.", "en", [clocks(600, 960, "10am to 4pm"), clocks(570, 1020, "9.30am-5pm")]],
  ["Most crashes happened between 3pm and 6pm.", "en", [clocks(900, 1080, "between 3pm and 6pm")]],
  // (a span past midnight: its two times)
  ["The bar is open from 10pm to 2am.", "en", [clock(1320, "10pm"), clock(120, "2am")]],
  // (not a time: a score, a decimal without am/pm, a name)
  ["It ended 2:1 after 10.5 minutes of extra time.", "en", [qty(10.5, "min", "10.5 minutes")]],
  ["The Midnight Walk drew 1,450 walkers.", "en", [count(1450, "1,450")]],
  // (hours and minutes with a dot before what runs at them: a timetable's time)
  ["The cash was found on the 17.42 service to Carrow Bay.", "en", [clock(1062, "17.42")]],
  ["She caught the 08.15 train from Paddington; it cost 17.42 pounds.", "en", [clock(495, "08.15"), money(17.42, "GBP", "17.42 pounds")]],
  ["Inflation was 17.42 percent, and 2.5 services were cut.", "en", [pct(17.42, "17.42 percent"), count(2.5, "2.5")]],
  // (an ordinal in words is no number of things: "sixty-first" is not sixty, but a place in a series)
  ["It was Kettleby's sixty-first carnival and the thirty-third for forty-four of its stewards.", "en", [rank(61, "sixty-first"), rank(33, "thirty-third"), count(44, "forty-four")]],
  ["Klubben mødes fra kl. 13.30 til 17.", "da", [clocks(810, 1020, "fra kl. 13.30 til 17")]],
  ["I weekenden må der køres kl. 10-16.", "da", [clocks(600, 960, "kl. 10-16")]],
  ["Uheldene skete mellem klokken 15 og 18.", "da", [clocks(900, 1080, "mellem klokken 15 og 18")]],
  ["Toiletterne holder åbent til kl. 22, og 20.722 besøgte dem.", "da", [clock(1320, "kl. 22"), count(20722, "20.722")]],
  ["Ceremonien begynder kl. 11.45 og slutter kl. 13 til kl. 14.", "da", [clock(705, "kl. 11.45"), clocks(780, 840, "kl. 13 til kl. 14")]],
  // a time told in words: its half from a part of the day; without one, no figure (nor a count of the hour)
  ["The last session starts at quarter past nine in the evening.", "en", [clock(1275, "quarter past nine in the evening")]],
  ["She arrived at a quarter past six in the morning.", "en", [clock(375, "a quarter past six in the morning")]],
  ["The bus left at a quarter to ten in the evening.", "en", [clock(1305, "a quarter to ten in the evening")]],
  ["The store reopened at half past seven in the morning, with 40 staff.", "en", [clock(450, "half past seven in the morning"), count(40, "40")]],
  ["The train leaves at twenty minutes to four in the afternoon.", "en", [clock(940, "twenty minutes to four in the afternoon")]],
  ["It ends at quarter to ten at night; doors open at 7 in the morning.", "en", [clock(1305, "quarter to ten at night"), clock(420, "7 in the morning")]],
  ["It opens at 10 o'clock in the morning and closes at two in the afternoon.", "en", [clock(600, "10 o'clock in the morning"), clock(840, "two in the afternoon")]],
  ["If the last bus goes at ten past six, I can't go; we had queues by nine o'clock.", "en", []],
  ["Ten past winners got 5.", "en", [count(10, "Ten"), count(5, "5")]],
  ["Ministeren talte klokken halv fem om morgenen, og mødet er kl. 8 om aftenen.", "da", [clock(270, "klokken halv fem om morgenen"), clock(1200, "kl. 8 om aftenen")]],
  ["Toget kører kvart i ti om aftenen, men bussen kvart over ni.", "da", [clock(1305, "kvart i ti om aftenen")]],
  ["Han løb fem minutter på to kilometer.", "da", [qty(5, "min", "fem minutter"), qty(2, "km", "to kilometer")]],
  // (a time taken that no time of day can be: hours, minutes and seconds; minutes past 23 and seconds)
  ["She won in 2:14:05; the average was 31:45, the record 16:38.", "en", [qty(8045, "s", "2:14:05"), qty(1905, "s", "31:45"), clock(998, "16:38")]],
  // (units of time abbreviated: "23 min 40 sec" is 1,420 seconds, "1 hr 5 mins" 65 minutes)
  ["The fastest duck finished in 23 min 40 sec, the slowest in 1 hr 5 mins.", "en", [qty(1420, "s", "23 min 40 sec"), qty(65, "min", "1 hr 5 mins")]],
  // (past the abbreviation's dot before "og": "23 min. og 40 sek.")
  ["Den hurtigste løber var i mål efter 23 min. og 40 sek. på ruten.", "da", [qty(1420, "s", "23 min. og 40 sek")]],
  // (one of a span with the article, and the next smaller unit: "an hour and 40 minutes")
  ["The procession took an hour and 40 minutes, the repairs a year and 3 months.", "en", [qty(100, "min", "an hour and 40 minutes"), qty(15, "mo", "a year and 3 months")]],
  ["Kortegen tog en time og 40 minutter.", "da", [qty(100, "min", "en time og 40 minutter")]],
  ["Den hurtigste kom i mål efter 40 sek., og min bil kørte 5 km.", "da", [qty(40, "s", "40 sek"), qty(5, "km", "5 km")]],
  // (a span of ranks with dots is grades, no count: "0.-3. klasse", "7.-9. klasse")
  ["Skolevejen må være 2,5 kilometer i 0.-3. klasse og 7 kilometer i 7.-9. klasse.", "da", [qty(2.5, "km", "2,5 kilometer"), qty(7, "km", "7 kilometer")]],
];

// Temperatures written with a symbol: degrees Celsius (a plain "degrees" stays the noun it counts)
const TEMPERATURES: Row[] = [
  ["Temperatures peaked at 31C on carnival afternoon.", "en", [qty(31, "°C", "31C")]],
  ["Temperatures in the district reached 43.6C.", "en", [qty(43.6, "°C", "43.6C")]],
  ["It was 12°C at dawn, 12 °C at noon and 14° by evening.", "en", [qty(12, "°C", "12°C"), qty(12, "°C", "12 °C"), clock(720, "noon"), qty(14, "°C", "14°")]],
  ["Vandet var 18,4 °C i august.", "da", [qty(18.4, "°C", "18,4 °C"), { kind: "month", qualifier: "exact", value: "--08", text: "august" }]],
  ["Classrooms are kept at 19 degrees.", "en", [count(19, "19")]],
  ["Saften havde 24 grader Brix, og tøjet vaskes ved 40 grader.", "da", [count(24, "24"), count(40, "40")]],
  // (degrees named as Celsius, or in a sentence about temperature)
  ["It was only six degrees Celsius, and 40 degrees C in the kiln.", "en", [qty(6, "°C", "six degrees Celsius"), qty(40, "°C", "40 degrees C")]],
  ["Der var 6 grader celsius og 12 celsiusgrader.", "da", [qty(6, "°C", "6 grader celsius"), qty(12, "°C", "12 celsiusgrader")]],
  ["Temperaturen nåede 33,7 grader i Hereford.", "da", [qty(33.7, "°C", "33,7 grader")]],
  ["Gennemsnitstemperaturen i juli var 18,4 grader.", "da", [{ kind: "month", qualifier: "exact", value: "--07", text: "juli" }, qty(18.4, "°C", "18,4 grader")]],
  ["Temperatures in Córdoba reached 44.6 degrees.", "en", [qty(44.6, "°C", "44.6 degrees")]],
  // (or about the water, or warmer and colder: the packs' other cues)
  ["Vandet ved tælleren var over 23 grader.", "da", [{ ...qty(23, "°C", "over 23 grader"), qualifier: "more_than" }]],
  ["It was four degrees warmer than the day before.", "en", [qty(4, "°C", "four degrees")]],
];

describe.each([
  ["temperatures", TEMPERATURES],
  ["times of day", CLOCKS],
  ["changes, not ranges", CHANGES],
  ["a year in a name", YEAR_NAMES],
  ["money with currency and scale", MONEY],
  ["units and rates", UNITS],
  ["percentage points", POINTS],
  ["shares in words", SHARES],
  ["a leading decimal point", DECIMALS],
  ["zero-width characters inside a number", ZERO_WIDTH],
  ["durations", DURATIONS],
  ["ages", AGES],
  ["a unit joined by a hyphen", HYPHEN_UNITS],
  ["'over' before a span of time", SPAN_OVER],
  ["a span's word naming a kind of a noun", SPAN_MODIFIER],
  ["a year after a possessive", POSSESSIVE_YEARS],
  ["Danish dates", DATES],
] as const)("%s", (_name, rows) => {
  it.each(rows)("%s (%s)", (input, lang, want) => check([input, lang, want]));
});

describe("display of the new forms", () => {
  it.each([
    ["120 km/h", "en", "120 km/h"],
    ["150 liter per kvadratmeter", "da", "150 l/m2"],
    ["et halvt procentpoint", "da", "0,5 pp"],
    ["Three quarters of voters", "en", "75%"],
    ["1990-tallet", "da", "1990'erne"],
    ["at 1.30pm", "en", "1.30pm"],
    ["10am to 4pm", "en", "10am–4pm"],
    ["kl. 13.30", "da", "kl. 13.30"],
    ["kl. 10-16", "da", "kl. 10–16"],
  ] as const)("%s", (input, lang, want) => {
    const [f] = parseFigures(input, lang);
    expect(formatFigure(f, lang)).toBe(want);
  });
});

// An after said with a word of when a state began is marked so (FigureValue.since): the judge
// reads "mayor since 2019" as saying 2019, "built after 2019" as a bound.
describe("since", () => {
  it.each([
    ["She has been mayor since 2019.", "en", true],
    ["The hall was built after 2019.", "en", undefined],
    ["Hun har været borgmester siden 2019.", "da", true],
    ["Hallen blev bygget efter 2019.", "da", undefined],
    ["The road has been shut since Saturday 14 December.", "en", true],
  ] as const)("%s", (text, lang, since) => {
    const times = parseFigures(text, lang).filter((f) => f.qualifier === "after");
    expect(times.length).toBeGreaterThan(0);
    expect(times.every((f) => f.since === since)).toBe(true);
  });
});
