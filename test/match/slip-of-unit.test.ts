// An amount of money or a measure no fact gives, whose words tie no fact, is about the one fact in
// its unit that shares a term with the claim and that it may be a slip of: a hedged number near
// the stored one, or the stored digits in another order ("The new longhouse cost DKK 4.7 million"
// against "Langhuset kostede 7,4 mio. kr."). Not an unhedged number merely near, which is as often
// a figure the source does not give. On sources drafted by extract, in both languages.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const DA = [
  "Vikingecentret åbner nyt langhus",
  "",
  "Vikingecentret ved Stavnsholt har bygget et nyt langhus af egetræ. Byggeriet kostede 7,4 mio. kr., oplyser centerleder Mette Hvid.",
  "",
  "Centret havde sidste år 41.200 gæster, og 23 procent af dem kom fra Tyskland. Foreningen har 21 frivillige.",
].join("\n");

const BRIGADE = [
  "Brandværnet har travlt",
  "",
  "I 2024 rykkede brandværnet ud 58 gange mod 47 gange året før, en stigning på 23 procent.",
  "",
  "The Repair Café at Wellgate Community Hall fixed 1,284 household items in 2023, up from 906 the year before.",
].join("\n");

describe("an amount no fact gives, whose words tie no fact", () => {
  it("is about the one amount in its unit whose digits it has in another order", async () => {
    const checker = await checkerFor(DA, "da", "2025-05-01");
    expect(verdictOf(checker, "The Viking centre's new longhouse cost DKK 4.7 million to build.")).toBe("mismatch");
    const [result] = checker.checkBlock({ text: "The new longhouse cost DKK 4.7 million to build.", spans: [{ offset: 0, line: 1, column: 1 }] }, "-");
    expect(result.checks[0].reason).toMatch(/tied by its digits: .*has the digits of in another order/);
  });

  it("is about the one amount in its unit that a hedged number may round", async () => {
    const checker = await checkerFor(DA, "da", "2025-05-01");
    expect(verdictOf(checker, "The new longhouse cost about DKK 7 million to build.")).toBe("match");
    // (or gets wrong: 7.4 million is no "nearly 9 million")
    expect(verdictOf(checker, "The new longhouse cost nearly DKK 9 million to build.")).toBe("mismatch");
  });

  it("is about the one percentage, or count of three digits or more, with its digits in another order", async () => {
    const checker = await checkerFor(BRIGADE, "da", "2025-11-05");
    expect(verdictOf(checker, "The brigade's callouts rose by 32 per cent from 2023 to 2024.")).toBe("mismatch");
    expect(verdictOf(checker, "The Repair Café fixed 1,842 items in 2023.")).toBe("mismatch");
  });

  it("is left unverified when it is merely near and unhedged, or far", async () => {
    const checker = await checkerFor(DA, "da", "2025-05-01");
    expect(verdictOf(checker, "The new longhouse cost DKK 6.5 million to build.")).toBe("unverified");
    expect(verdictOf(checker, "The new longhouse cost about DKK 20 million to build.")).toBe("unverified");
  });
});
