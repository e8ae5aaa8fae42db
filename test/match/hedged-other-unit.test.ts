// A hedged round number whose words tie only facts of another unit is about the one figure of its
// kind it rounds, even when that fact's extracted terms count another word ("Around 800 call-outs
// turned out to be false alarms" against "812 blinde alarmer", when the words tie a percentage of
// call-outs). An unhedged round number is no such sign. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Brandvæsenet rykkede ud 2.314 gange sidste år – blinde alarmer slår rekord",
  "",
  "SKIVE, 6. februar 2025 – Beredskab Limfjord rykkede i 2024 ud til 2.314 hændelser.",
  "",
  "Stigningen skyldes først og fremmest automatiske brandalarmer. Brandfolkene rykkede ud til 812 blinde alarmer, hvor der ikke var nogen brand, mod 655 i 2023. De blinde alarmer udgjorde dermed 35,1 procent af alle udrykninger.",
  "",
  "Målet er, at første køretøj er fremme inden for 10 minutter i 90 procent af udrykningerne i byzone.",
].join("\n");

describe("a hedged number whose words tie only another unit", () => {
  it("is about the figure it rounds", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-02-06");
    expect(verdictOf(checker, "Around 800 call-outs turned out to be false alarms.")).toBe("match");
  });
});

describe("a hedged number that a fact gives exactly", () => {
  // When no word of the claim ties a fact of its kind, a hedged number, or a bound its number
  // meets, is about the fact that gives that number in its unit ("omkring 1,8 millioner kroner"
  // against "Omdøbningen koster kommunen anslået 1,8 mio. kr.").
  const STREETS = [
    "Lindmose skifter vejnavne",
    "",
    "Omdøbningen koster kommunen anslået 1,8 mio. kr. Heraf går omkring 650.000 kr. til nye vejskilte. Kommunen skal i alt udskifte 212 skilte.",
    "",
    "De 64 husstande, der bor inden for 300 meter af grunden, har fået brev om arbejdet.",
  ].join("\n");

  it("is about that fact", async () => {
    const checker = await checkerFor(STREETS, "da", "2025-04-01");
    expect(verdictOf(checker, "Navneskiftet ventes at koste omkring 1,8 millioner kroner.")).toBe("match");
    expect(verdictOf(checker, "Brevene gik til de husstande, der bor højst 300 meter fra grunden.")).toBe("match");
  });
});

describe("a hedged number a little farther off", () => {
  // Within a hedge's span (10%), not only the 5% of a rounding, when the words tie only facts of
  // another unit and the fact shares a term with the claim: "omkring 400 kvadratmeter" against
  // "Den typiske have er på 380 kvadratmeter". Else left alone ("About 25 traders" is no 27 votes).
  const SOURCE = [
    "Kolonihaverne i Vesterå",
    "",
    "Der er 2.314 kolonihaver i kommunen. Den typiske have er på 380 kvadratmeter, og huset må højst være 40 kvadratmeter.",
  ].join("\n");

  it("is about the figure it rounds when the fact shares a term", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-04-01");
    expect(verdictOf(checker, "En typisk kolonihave i Vesterå er på omkring 400 kvadratmeter.")).toBe("match");
  });

  it("also when its words tie no fact at all", async () => {
    const survey = ["Warm spaces", "", "A survey of 412 visitors found that 61 per cent were over 65 and 38 per cent said they had cut back on heating at home."].join("\n");
    expect(verdictOf(await checkerFor(survey, "en", "2025-02-10"), "Knap 40 procent sagde, at de havde skruet ned for varmen derhjemme.")).toBe("match");
  });
});
