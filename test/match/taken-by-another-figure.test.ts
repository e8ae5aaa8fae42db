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
