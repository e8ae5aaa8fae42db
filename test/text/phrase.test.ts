// Term phrases: stemmed, unless they name an entity or are written with a leading "=" (matched as
// written only, where the stem is another common word's: Danish "aktiver", assets, and "aktive",
// active, share the stem "aktiv").
import { describe, expect, it } from "vitest";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { findOccurrences } from "../../src/frames/occurrences.js";
import { makePhrase } from "../../src/text/phrase.js";
import { tokenize } from "../../src/text/tokens.js";

/** The lexicon's term keys a sentence names (with the whole built-in lexicon). */
async function termsIn(lang: "en" | "da"): Promise<(text: string) => Set<string>> {
  const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
  return (text) => new Set(findOccurrences(tokenize(text), index, lang).map((o) => o.key));
}

describe("makePhrase", () => {
  it("stems a phrase, and keeps one written with '=' as written", () => {
    expect(makePhrase("aktiver", "da").tokens).toEqual(["aktiv"]);
    const exact = makePhrase("=aktiver", "da");
    expect(exact).toMatchObject({ text: "aktiver", tokens: ["aktiver"], exact: true });
  });

  it("so that the lexicon's assets are no active thatchers", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const text = "I 2015 var der 19 aktive stråtækkere i området, og selskabets aktiver var 2 mio. kr.";
    const frames = readFrames(text, parseFigures(text, "da"), "da", index).frames;
    const thatchers = frames.find((f) => f.figure.value === 19)!;
    expect([thatchers.head, ...thatchers.modifiers].map((s) => s?.key)).not.toContain("assets");
    const money = frames.find((f) => f.figure.kind === "money")!;
    expect([money.head, ...money.topic].map((s) => s?.key)).toContain("assets");
  });

  it("so that common Danish words are not the lexicon's nouns that share their stem", async () => {
    const keys = await termsIn("da");
    const cases: [string, string][] = [
      ["Ordningen gælder for borgere over 70 år.", "debt"],
      ["Billetterne er blevet dyrere.", "animals"],
      ["Den tidligere rekord blev slået.", "time"],
      ["Butikken sælger varer for 2 mio. kr.", "be"],
      ["Hun underviser på kurser om året.", "share-price"],
      ["Klubbens leder siger det.", "unemployment"],
      ["Han lægger vægt på det.", "doctors"],
      ["Pakken vejer 20 kilo.", "roads"],
      ["Det er virkelig godt.", "seem"],
      ["Det var et personligt valg.", "people"],
      ["Gravemaskinen kørte 120 læs slam væk.", "readers"],
      ["Klubben har eksisteret siden 1998.", "sit"],
      ["Hun lukkede døren bag sig.", "die"],
      // (nor a compound whose last part would be a light verb's stem: "bil|ligste", "tid|ligere")
      ["Den billigste pakke koster 70 euro.", "cars"],
    ];
    for (const [text, key] of cases) expect(keys(text), text).not.toContain(key);
    // (their own forms still are)
    expect(keys("Kommunens gæld er vokset.")).toContain("debt");
    expect(keys("Der var 40 dyr på gården.")).toContain("animals");
    expect(keys("Bilerne holdt stille.")).toContain("cars");
    expect(keys("Avisen har 9.000 læsere.")).toContain("readers");
    expect(keys("Hun sidder i byrådet.")).toContain("sit");
    expect(keys("Tre personer døde i ulykken.")).toContain("die");
  });

  it("and so in English", async () => {
    const keys = await termsIn("en");
    const cases: [string, string][] = [
      ["Visitors accounted for 40 per cent of sales.", "bank-accounts"],
      ["Organisers said 14,500 people came.", "organisations"],
      ["Solar panels were installed on 40 roofs.", "committees"],
      ["Solar panels were installed on 40 roofs.", "facilities"],
      ["Twenty-three weddings have been booked.", "books"],
      ["The council gave her 40 hours of help.", "herring"],
      ["Galway's shared e-scooters made a million trips.", "shares"],
      ["The flood defences cost £4 million.", "armed-forces"],
      ["The town twinning association has 80 members.", "twins"],
      ["The engines were replaced.", "engineers"],
      ["The two sites are 3 miles apart.", "apartments"],
      ["The harbour was busy all summer.", "company"],
    ];
    for (const [text, key] of cases) expect(keys(text), text).not.toContain(key);
    expect(keys("The organisation has 12 accounts.")).toContain("bank-accounts");
    expect(keys("Two businesses closed.")).toContain("company");
    expect(keys("The herring quota rises by 14 per cent.")).toContain("herring");
  });
});
