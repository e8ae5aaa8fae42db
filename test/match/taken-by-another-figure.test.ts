// Two figures of one claim are about two facts: a figure that could be about several facts is
// not about one another figure of the claim states rightly ("vedtaget med 23 stemmer mod 6"
// against "23 stemmer mod 4" is about the 4, and wrong; the 6 another fact gives had left it
// between the two).
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
