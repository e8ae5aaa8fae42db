// A time in a relative clause whose relative word is its subject ("Livredderne, der er på vagt …")
// is the phrase's right before it, else the subject's, not of a phrase after it ("i skolernes
// sommerferie"; "the weir, which was built around 1790"), and is not what the sentence's other
// figures are about (Frame.ofAntecedent, src/facts/extract.ts); and two names joined by
// "og"/"and" are one phrase, not two clauses ("ved Kragsø og Lystrup fra klokken 11 til 18";
// "Kragsø had 300 and Lystrup 200" stays two): src/frames/index.ts, relativeSubject, joinsNames.
// On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Badevand ved Kragsø",
  "",
  "Livredderne fra TrygFonden, der er på vagt ved Kragsø og Lystrup fra klokken 11 til 18 i skolernes sommerferie, talte lørdag over 4.200 badegæster ved Kragsø alene.",
].join("\n");

describe("a relative clause's time", () => {
  it("is its subject's, past two names joined by 'og'", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-07-22");
    expect(verdictOf(checker, "Livredderne er på vagt fra kl. 11 til kl. 18.")).toBe("match");
    expect(verdictOf(checker, "Livredderne er på vagt fra kl. 10 til kl. 18.")).toBe("mismatch");
    expect(verdictOf(checker, "The lifeguards are on duty from 11am to 6pm.")).toBe("match");
  });

  it("leaves two clauses where an amount follows the second name", async () => {
    const checker = await checkerFor("Badegæster\n\nPå lørdag talte livredderne 4.200 badegæster ved Kragsø og Lystrup 1.300.", "da", "2025-07-22");
    expect(verdictOf(checker, "Livredderne talte 1.300 badegæster ved Lystrup.")).toBe("match");
    expect(verdictOf(checker, "Livredderne talte 4.200 badegæster ved Lystrup.")).toBe("mismatch");
  });

  it("is of the noun phrase right before the relative word, not the sentence's subject", async () => {
    const source = "Weir scheme\n\nThe plans involve two turbines installed beside the weir, which was built around 1790 to drive a corn mill.";
    const checker = await checkerFor(source, "en", "2024-10-18");
    expect(verdictOf(checker, "The weir was built around 1790.")).toBe("match");
    expect(verdictOf(checker, "The weir was built around 1890.")).toBe("mismatch");
  });

  it("does not give the sentence's other figures what they are about", async () => {
    const source = [
      "Klimaregnskab",
      "",
      "Udledningen af drivhusgasser i kommunen faldt sidste år til 584.300 ton. Det er 31 procent mindre end i basisåret 2010, viser kommunens nye klimaregnskab, som blev fremlagt mandag den 20. maj.",
    ].join("\n");
    const checker = await checkerFor(source, "da", "2024-05-22");
    expect(verdictOf(checker, "Udledningen er 31 procent lavere end i 2010.")).toBe("match");
  });
});
