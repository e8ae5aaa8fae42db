// The judge's pick among tied facts (src/judge/policy.ts): when the fact the claim's words tie best
// is of another magnitude than the claimed number, a fact the words tie less well that the claim is
// right about is the one it states ("Omkring 5.400 elever" is the 5,420 pupils of one paragraph,
// not the 740 of a trial in another). On a source drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Gratis skolemad i Lindholm",
  "",
  "Fra skolestart den 10. august 2026 får alle 5.420 elever på Lindholm Kommunes 14 folkeskoler et gratis varmt måltid hver skoledag.",
  "",
  "Beslutningen bygger på et forsøg på Vesterskolen, hvor 740 elever i skoleåret 2024/25 fik gratis frokost.",
].join("\n");

describe("a fact tied less well than the best", () => {
  it("is the one a claim of another magnitude than the best is right about", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-11-12");
    expect(verdictOf(checker, "Omkring 5.400 elever får gratis frokost fra næste skoleår.")).toBe("match");
  });

  it("is not taken when the claim is right about none", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-11-12");
    expect(verdictOf(checker, "Omkring 3.000 elever får gratis frokost fra næste skoleår.")).not.toBe("match");
    expect(verdictOf(checker, "Omkring 700 elever fik gratis frokost i forsøget.")).toBe("match");
  });
});

describe("a claimed number far from the best tie that one other fact gives", () => {
  const RESIDENTS = (third: string) =>
    ["Rekordsommer på Rømø", "", "Der er knap 2.300 udlejningssommerhuse på Rømø, og en uge i et sommerhus til seks personer kostede i gennemsnit 9.850 kr.", "", third].join("\n");

  it("is about that fact, which the words missed", async () => {
    const checker = await checkerFor(RESIDENTS("På selve Rømø, der har cirka 530 fastboende, er over halvdelen af arbejdspladserne knyttet til turisme."), "da", "2025-09-01");
    expect(verdictOf(checker, "Rømø has roughly 530 permanent residents.")).toBe("match");
  });

  it("is not, when that fact's sentence gives another figure of its kind (where claims swap them)", async () => {
    const checker = await checkerFor(RESIDENTS("På selve Rømø bor 530 fastboende, mens 1.200 bor i Havneby."), "da", "2025-09-01");
    expect(verdictOf(checker, "Rømø has roughly 530 permanent residents.")).not.toBe("match");
  });
});

describe("a claimed number far from the best tie, given by a fact of another place", () => {
  it("is not about that fact ('in Odense' against 'i Danmark')", async () => {
    const text = ["Delebiler i Odense", "", "Delebilklubben i Odense har nu 64 delebiler og 2.946 medlemmer.", "", "På landsplan var der ved årsskiftet omkring 3.100 delebiler i Danmark."].join("\n");
    const checker = await checkerFor(text, "da", "2025-03-01");
    expect(verdictOf(checker, "Around 3,100 shared cars were operating in Odense at the turn of the year.")).not.toBe("match");
  });
});

describe("a claimed number far from every fact tied best, of several figures", () => {
  // "almost 5 kilometres" of a new cycle path is neither of the municipality's 61 and 80 km of
  // cycle paths, which the words tie equally: it is the 4,7 km of the path itself, which they tie
  // less well ("Stien": a path, of which a cycle path is a kind).
  const PATH = [
    "Ny cykelsti",
    "",
    "Stien er 4,7 kilometer lang og 3 meter bred.",
    "",
    "Hun oplyser, at kommunen har 61 kilometer cykelsti i dag og har sat sig for at nå 80 kilometer inden 2030.",
  ].join("\n");

  it("is about a fact tied less well that it is right about", async () => {
    const checker = await checkerFor(PATH, "da", "2025-06-01");
    expect(verdictOf(checker, "The new cycle path is almost 5 kilometres long.")).toBe("match");
  });

  it("is not, when it is right about none", async () => {
    const checker = await checkerFor(PATH, "da", "2025-06-01");
    expect(verdictOf(checker, "The new cycle path is almost 9 kilometres long.")).not.toBe("match");
  });
});

describe("a hedged number the best tie is outside the hedge of", () => {
  // "Knap 9.000 betalende gæster" is the 8,950 who paid, not the 6,200 visitors of 2019 the words
  // tie better: the one figure of the source the hedge rounds, on its side.
  const MARKET = [
    "Loppemarkedet slog rekord",
    "",
    "Markedet havde åbent fra fredag den 30. september til søndag den 2. oktober, og i alt 8.950 voksne betalte de 20 kr. i entré.",
    "",
    "Loppemarkedet er vokset markant de senere år. I 2019 var omsætningen 318.000 kr., og antallet af besøgende 6.200.",
  ].join("\n");

  it("is about the one fact it rounds", async () => {
    const checker = await checkerFor(MARKET, "da", "2022-10-05");
    expect(verdictOf(checker, "Knap 9.000 betalende gæster lagde vejen forbi loppemarkedet.")).toBe("match");
  });

  it("is not, on the other side of its hedge", async () => {
    const checker = await checkerFor(MARKET, "da", "2022-10-05");
    expect(verdictOf(checker, "Godt 9.200 betalende gæster lagde vejen forbi loppemarkedet.")).not.toBe("match");
  });
});

describe("an unhedged number twice or half what the best tie hedges or bounds, or further", () => {
  // (Policy.decide: the one other fact of its source that gives it exactly decides, unless it is a
  // count of one digit, or of another thing than the claim counts)
  const BRIDGE = [
    "Ny Alssundbro bliver halvandet år forsinket og 640 mio. kr. dyrere",
    "",
    "Ifølge en analyse koster trængslen på den gamle bro trafikanterne omkring 85 mio. kr. om året i tabt tid.",
  ].join("\n");

  it("is about the one other fact that gives it", async () => {
    const checker = await checkerFor(BRIDGE, "da", "2025-06-01");
    expect(verdictOf(checker, "The bridge will cost 640 million kroner more than planned.")).toBe("match");
    expect(verdictOf(checker, "The bridge will cost 460 million kroner more than planned.")).not.toBe("match");
  });

  it("is not, for a count of another thing than the claim counts", async () => {
    // (an unseen document of test/newdocs: 140 is the farmers who sold, not weanlings bought)
    const mart = await checkerFor(readFileSync(new URL("../newdocs/drumcaslin-mart-record.en.txt", import.meta.url), "utf8"), "en", "2025-10-09");
    expect(verdictOf(mart, "The Northern Ireland exporter bought 140 weanlings at the sale.")).not.toBe("match");
  });
});

describe("a hedged number far from the best tie that one other fact rounds", () => {
  // (none gives it exactly: the one stored figure of its source it rounds, on its hedge's side, as
  // above — when the words tie the country's beer, forty times as much)
  it("is about that fact", async () => {
    const checker = await checkerFor(readFileSync(new URL("../newdocs/fjordlys-bryghus-eksport.da.txt", import.meta.url), "utf8"), "da", "2024-02-08");
    expect(verdictOf(checker, "Bryggeriet producerede i alt knap 8 millioner liter øl i 2023.")).toBe("match");
    // (not one it does not round: knap 12 millioner is over every figure of Fjordlys's)
    expect(verdictOf(checker, "Bryggeriet producerede i alt knap 12 millioner liter øl i 2023.")).not.toBe("match");
  });
});
