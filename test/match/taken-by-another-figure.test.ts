// Two figures of one claim are about two facts: a figure that could be about several facts is
// not about one another figure of the claim states rightly ("vedtaget med 23 stemmer mod 6"
// against "23 stemmer mod 4" is about the 4, and wrong; the 6 another fact gives had left it
// between the two).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor } from "../support/extracted.js";

const SOURCE = [
  "Flere ladestandere",
  "",
  "Byrådet godkendte onsdag en aftale med ladeoperatøren om nye standere på 18 lokationer. Aftalen blev vedtaget med 23 stemmer mod 4.",
  "",
  "Tolv af de nye lokationer ligger i selve Fjordby, mens seks ligger i landsbyerne.",
].join("\n");

function checks(checker: Awaited<ReturnType<typeof checkerFor>>, claim: string) {
  return checker.checkBlock({ text: claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0].checks.map((c) => [c.figure.text, c.verdict, c.fact?.value]);
}

describe("a figure another figure of the claim has taken the fact of", () => {
  it("is about the other fact", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-09-25");
    expect(checks(checker, "Aftalen blev vedtaget med 23 stemmer mod 6.")).toEqual([
      ["23", "match", 23],
      ["6", "mismatch", 4],
    ]);
    expect(checks(checker, "Aftalen blev vedtaget med 23 stemmer mod 4.")).toEqual([
      ["23", "match", 23],
      ["4", "match", 4],
    ]);
  });
});

describe("figures that could each be about the same facts of one quote", () => {
  // ("passed by eight votes to one" against "approved by seven votes to two": both wrong, each
  // about its own fact in the order both give them, not left between the two). The article of
  // test/newdocs/marrowby-station-lifts, whose other paragraphs tie "eight" and "one" as well.
  const ARTICLE = readFileSync(new URL("../newdocs/marrowby-station-lifts.en.txt", import.meta.url), "utf8");

  it("are about them in their order", async () => {
    const checker = await checkerFor(ARTICLE, "en", "2025-03-13");
    expect(checks(checker, "The forecourt spending was passed by eight votes to one in October.")).toEqual([
      ["eight", "mismatch", 7],
      ["one", "mismatch", 2],
      ["October", "match", 2],
    ]);
  });
});

describe("figures of one quote's facts, where the words tie a fact of another kind too", () => {
  // The claim's "allowance" ties the allowance's sum of money for the second figure as well; a
  // sum is no count of votes, so the two figures are still the two facts of the vote, in order
  // (they had been left between the two, unverified).
  const ARTICLE = [
    "Councillors raise their allowance",
    "",
    "Councillors in Wetherby Vale have voted to raise their basic allowance to £9,800 a year.",
    "",
    "The rise was approved by 23 votes to 17 at a full council meeting on Tuesday evening.",
    "",
    "An amendment to freeze the allowance for a year was defeated by 24 votes to 18.",
  ].join("\n");

  it("are about the vote's facts in their order", async () => {
    const checker = await checkerFor(ARTICLE, "en", "2025-02-20");
    expect(checks(checker, "The allowance rise was carried by 24 votes to 18.")).toEqual([
      ["24", "mismatch", 23],
      ["18", "mismatch", 17],
    ]);
  });
});
