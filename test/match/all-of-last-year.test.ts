// "i hele fjor" (all of last year) is last year, as "i fjor" is (the Danish pack's
// relativeYears): a claim of this year is not about the figure it dates, and a figure the words
// tie less well that gives the claimed number is not taken for it. From
// test/newdocs/vildtulykker-hjelmsted.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Vildtulykker",
  "",
  "Fra 1. januar til 30. september blev der registreret 412 vildtulykker på kommunens veje. Det er 57 flere end i samme periode sidste år, hvor tallet lå på 355.",
  "",
  "De tegnede sig for 298 ulykker, mens 41 involverede kronvildt.",
  "",
  "På den 9,5 kilometer lange strækning gennem Tørslev Skov er der i år sket 46 ulykker, mod 31 i hele fjor.",
].join("\n");

describe("i hele fjor", () => {
  it("dates its figure last year", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-10-14");
    expect(verdictOf(checker, "Der er i år sket 41 ulykker på strækningen gennem Tørslev Skov.")).toBe("mismatch");
    expect(verdictOf(checker, "Der er i år sket 46 ulykker på strækningen gennem Tørslev Skov.")).toBe("match");
    expect(verdictOf(checker, "I samme periode sidste år lå antallet af vildtulykker på 355.")).toBe("match");
  });
});
