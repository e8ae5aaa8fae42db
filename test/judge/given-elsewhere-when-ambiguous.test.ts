// A claimed number the words tie equally to several facts with other figures is about a fact that
// gives it exactly, of none of their sentences: one the words tie less well ("Hjortebæk
// Musikskole har 1.038 elever" against the 1,038 enrolled, when the headline's 1,000 pupils tie it
// better), or the one fact of the source that gives a number of three significant digits or
// more. A number given in a sentence the words tie stays ambiguous (a mix-up of its figures is
// as likely). On a source drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SCHOOL = [
  "Hjortebæk Musikskole runder 1.000 elever og får nyt musikhus",
  "",
  "Hjortebæk Avis, 5. september 2024",
  "",
  "HJORTEBÆK – For første gang i sin 52-årige historie har Hjortebæk Musikskole over 1.000 elever. Ved skolestarten i august var der tilmeldt 1.038 elever, hvilket er 127 flere end sidste år, hvor tallet var 911.",
  "",
  "Fremgangen kommer især fra de mindste. Antallet af elever under ti år er steget fra 214 til 301.",
].join("\n");

describe("a number the words leave ambiguous", () => {
  it("is about the fact that gives it, of another sentence", async () => {
    const checker = await checkerFor(SCHOOL, "da", "2024-09-05");
    expect(verdictOf(checker, "Hjortebæk Musikskole har 1.038 elever i det nye skoleår.")).toBe("match");
    expect(verdictOf(checker, "Sidste år havde Hjortebæk Musikskole 911 elever.")).toBe("match");
  });

  it("is no match for a number the source does not give", async () => {
    const checker = await checkerFor(SCHOOL, "da", "2024-09-05");
    expect(verdictOf(checker, "Hjortebæk Musikskole har 1.083 elever i det nye skoleår.")).not.toBe("match");
  });
});

const MARKET = [
  "Ashbridge Christmas market draws record 212,000 visitors",
  "",
  "Ashbridge's Christmas market attracted an estimated 212,000 visitors over its five-week run, the highest figure since the event was launched in 2008, organisers said on Wednesday.",
  "",
  "Footfall was up 9 per cent on the 194,500 recorded in 2023, according to counters installed at the four entrances to Market Square and Abbey Gardens. The busiest day was Saturday 14 December, when 17,860 people passed through the gates.",
  "",
  "A survey of 1,020 visitors found that 84 per cent rated the market good or excellent.",
].join("\n");

describe("a number of three significant digits the words leave ambiguous", () => {
  it("is about the one fact that gives it, when the words tie it to none", async () => {
    const checker = await checkerFor(MARKET, "en", "2025-01-09");
    expect(verdictOf(checker, "The market's busiest day saw 17,860 people come through the gates.")).toBe("match");
    expect(verdictOf(checker, "The market's busiest day saw 18,760 people come through the gates.")).not.toBe("match");
  });
});

describe("a number of two significant digits the words leave ambiguous", () => {
  const doc = (name: string) => readFileSync(new URL(`../newdocs/${name}`, import.meta.url), "utf8");

  it("is about the one fact that gives it, when the claim names what that fact is about", async () => {
    const checker = await checkerFor(doc("hjertestarter-netvaerk.da.txt"), "da", "2025-06-05");
    expect(verdictOf(checker, "Ifølge Hjerteværn Vesthavn sidder 88 hjertestartere inde i bygninger, der er lukket om natten.")).toBe("match");
  });

  it("is not, when the claim says it is of another thing (the cod's cut, not the herring's rise)", async () => {
    const checker = await checkerFor(doc("fiskekvote.da.txt"), "da", "2025-12-17");
    expect(verdictOf(checker, "The herring quota rises by 22 per cent.")).not.toBe("match");
  });
});
