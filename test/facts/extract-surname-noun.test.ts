// In Danish a common noun is not capitalised inside a sentence: a capitalised noun right after two
// names is the last of a person's names ("Jens Kragh Møller", no mills), not a thing the figure
// counts (the pack's grammar.capitalisedNouns). English writes nouns in names with capitals
// ("Ellesmoor Town Council"), where the rule does not hold.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";

describe("a capitalised noun after a person's names", () => {
  it("is a name in Danish", async () => {
    const draft = await extractFacts('Sankthans\n\nDer bliver båltale og lagkage til de første 150," siger formand Jens Kragh Møller.', { id: "d", lang: "da", date: "2025-06-01", markdown: false });
    const count = draft.facts.find((f) => f.figure.value === 150);
    expect(count?.terms.subject).not.toContain("turbines");
    expect(JSON.stringify(count?.terms.subject)).toContain('"møller"');
  });

  it("is a name of one word before it only when two names come before it", async () => {
    const draft = await extractFacts("Sauna\n\nHvidklint Kommune har givet 250.000 kr. til saunaen.", { id: "d", lang: "da", date: "2025-06-01", markdown: false });
    const money = draft.facts.find((f) => f.figure.value === 250000);
    expect(JSON.stringify(money?.terms)).toContain("municipality");
  });
});
