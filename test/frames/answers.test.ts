// Answers are never what a share counts ("svarede 72 procent ja, 19 procent nej": of the parents
// asked, not of a thing called "nej"): the packs' stop words hold ja, nej and yes. On a source
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Gratis skolemad i Lindholm",
  "",
  "I en rundspørge blandt 1.260 forældre, som kommunen gennemførte i september, svarede 72 procent ja til gratis skolemad, 19 procent nej, mens 9 procent var i tvivl.",
  "",
  "Køkkenet smed i starten meget mad ud. Nu er madspildet nede på 12 procent, siger køkkenchefen.",
].join("\n");

describe("a share of answers", () => {
  it("is a share of those asked", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-11-12");
    expect(verdictOf(checker, "Nineteen per cent of parents in the survey opposed free school meals.")).toBe("match");
    expect(verdictOf(checker, "Knap tre fjerdedele af forældrene i rundspørgen bakkede op om gratis skolemad.")).toBe("match");
  });
});
