// A price after "for" is its clause's verb's ("The trust bought the old building for £1"; "for" puts
// other figures out of the verb's reach: "homes for 300 families"), and a form never finite after a
// determiner and a word no term knows is a noun ("the old building", not the verb "build").
// src/frames/index.ts: detachedUpTo, afterDeterminer.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";

const termText = (t: unknown): string => (typeof t === "string" ? t : JSON.stringify(t));

async function eventsOf(text: string, lang: "en" | "da"): Promise<Map<string, { event: string[]; subject: string[] }>> {
  const draft = await extractFacts(["Title", "", text].join("\n"), { id: "d", lang, date: "2025-06-01", markdown: false });
  return new Map(draft.facts.map((f) => [f.display, { event: f.terms.event.map(termText), subject: f.terms.subject.map(termText) }]));
}

describe("a price after 'for'", () => {
  it("is what the clause's verb paid or got", async () => {
    const en = await eventsOf("The trust bought the old building for £1 in 2017.", "en");
    expect(en.get("£1")?.event).toContain("buy");
    expect(en.get("2017")?.event).toContain("buy");
    const da = await eventsOf("Foreningen solgte den gamle skole for 2,1 mio. kr. i 2019.", "da");
    expect(da.get("DKK 2.1 million")?.event).toContain("sell");
  });

  it("the old building is a thing, not building", async () => {
    const en = await eventsOf("The trust bought the old building for £1 in 2017.", "en");
    expect(en.get("2017")?.event).not.toContain("build");
    expect(en.get("2017")?.subject).toContain("buildings");
  });
});
