// A maximum said as how high a figure reaches ("op til 31 meter i sekundet") is drafted with
// `reach: true`, so a claim that gives that number as the figure matches it (rule reach-stated),
// where a bare "at most" stays a bound that neither proves nor rules out an exact number.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = "Stormen\n\nStormen ramte kysten lørdag med vindstød på op til 31 meter i sekundet. Højst 40 både lå i havnen.";

describe("a maximum said as how high a figure reaches", () => {
  it("is drafted with reach", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "da", date: "2025-01-12", markdown: false });
    const gusts = draft.facts.find((f) => f.figure.value === 31);
    expect(gusts?.figure).toMatchObject({ qualifier: "at_most", reach: true });
    const boats = draft.facts.find((f) => f.figure.value === 40);
    expect(boats?.figure.qualifier).toBe("at_most");
    expect(boats?.figure.reach).toBeUndefined();
  });

  it("matches a claim of the number it reaches", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-01-12");
    expect(verdictOf(checker, "Gusts reached 31 m/s when the storm hit the coast.")).toBe("match");
    expect(verdictOf(checker, "Gusts reached around 30 m/s when the storm hit the coast.")).toBe("match");
    expect(verdictOf(checker, "Vindstødene nåede op til 41 meter i sekundet.")).toBe("mismatch");
    // (a number below it: the source does not say what the gusts did not reach)
    expect(verdictOf(checker, "Vindstødene nåede 28 meter i sekundet.")).toBe("unverified");
  });
});
