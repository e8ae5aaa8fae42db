// A plain "18 degrees" is a number of degrees, whose noun says what it is about; against a stored
// temperature (degrees Celsius, or "grader" in a sentence about temperature) it is degrees Celsius,
// so that a claim need not name the temperature its source does.
import { describe, expect, it } from "vitest";
import { checkerFor } from "../support/extracted.js";

const BATH = [
  "Havnebadet lukker for sæsonen",
  "",
  "Gennemsnitstemperaturen i vandet i juli var 18,4 grader, og 412 badende blev talt.",
].join("\n");
const VINEYARD = ["Vingården høster", "", "Saften fra vingården havde 24 grader Brix, og 12 plukkere hjalp til."].join("\n");

describe("degrees counted against a stored temperature", () => {
  it("are compared as degrees Celsius", async () => {
    const checker = await checkerFor(BATH, "da", "2026-09-01");
    const check = (claim: string) => checker.checkBlock({ text: claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0].checks[0];
    const near = check("The water averaged roughly 18 degrees in July.");
    expect([near.verdict, near.fact?.value]).toEqual(["match", 18.4]);
    const wrong = check("The water averaged 21 degrees in July.");
    expect([wrong.verdict, wrong.fact?.value]).toEqual(["mismatch", 18.4]);
  });
  it("stay a number of degrees against a number of them", async () => {
    // (degrees of another scale: "24 grader Brix" is no temperature)
    const checker = await checkerFor(VINEYARD, "da", "2026-09-01");
    const brix = checker.checkBlock({ text: "The grape juice measured 24 degrees Brix.", spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0].checks[0];
    expect([brix.verdict, brix.fact?.value]).toEqual(["match", 24]);
  });
});
