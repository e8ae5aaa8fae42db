// A sum of money or a measure whose own sentence names nothing it is of does not take what a count
// of the sentence before counts: "i én sag … en bøde på 25.000 kr." then "Restaureringen … ventes at
// koste 186.500 kr." is no sum of cases, nor "Den er 4,5 meter høj" a height of them. A share still
// takes it ("Antallet steg med 7,5 procent").
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";

async function subjects(text: string, lang: "da" | "en"): Promise<Map<number, string[]>> {
  const draft = await extractFacts(text, { id: "t", lang, date: "2025-03-01", markdown: false });
  return new Map(draft.facts.map((f) => [f.figure.value as number, f.terms.subject.map((t) => (typeof t === "string" ? t : `?${t.text}`))]));
}

describe("what the sentence before counts, by the figure's kind", () => {
  it("is not taken by a sum of money or a measure", async () => {
    const got = await subjects(
      ["Skader på gravhøje", "", "Tre sager er politianmeldt, og i én sag har en lodsejer fået en bøde på 25.000 kr. Restaureringen af de hårdest ramte høje ventes at koste 186.500 kr. Den største høj er 4,5 meter høj."].join("\n"),
      "da",
    );
    const cases = got.get(3) ?? [];
    expect(cases.length).toBeGreaterThan(0);
    for (const v of [186500, 4.5]) for (const s of cases) expect(got.get(v)).not.toContain(s);
  });

  it("is still taken by a share", async () => {
    const got = await subjects(["Flere lånere", "", "Museet havde sidste år 48.700 besøgende. Antallet steg med 7,5 procent."].join("\n"), "da");
    expect(got.get(48700)?.length).toBeGreaterThan(0);
    expect(got.get(7.5)).toEqual(got.get(48700));
  });
});
