// A sentence that opens with a pronoun of one person ("She", "Hun") is about the person the
// sentence before names: extract gives its facts that person's names as actors
// (src/facts/extract.ts), so a claim that names the person is not kept from them.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE =
  "Chimney felled\n\nCivic society secretary Margaret Heald, 79, whose father worked at the kilns for 31 years, said it was a sad day. " +
  "She was among the first of the crowd to arrive, taking up position on Brow Hill at 6.15am.";

describe("a sentence that opens with a pronoun of one person", () => {
  it("gives its facts the names of the person of the sentence before", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "en", date: "2025-08-10", markdown: false });
    const clock = draft.facts.find((f) => f.figure.kind === "clock");
    expect(clock?.terms.actor).toEqual(expect.arrayContaining([{ lang: "en", text: "Margaret", name: true }, { lang: "en", text: "Heald", name: true }]));
  });

  it("so a claim that names the person is checked against them", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-10");
    expect(verdictOf(checker, "Margaret Heald was in position on Brow Hill by a quarter past six in the morning.")).toBe("match");
    expect(verdictOf(checker, "Margaret Heald was in position on Brow Hill by half past six in the morning.")).toBe("mismatch");
  });

  it("not when the person only says it: the figure is not theirs", async () => {
    const draft = await extractFacts(
      "Hjertestartere\n\n\"Vi har prioriteret landsbyerne,\" siger Lone Bech, 47, der er formand for sundhedsudvalget. Hun oplyser, at 73 af de nye hjertestartere er sat op i landsbyer med færre end 500 indbyggere.",
      { id: "d", lang: "da", date: "2025-03-04", markdown: false },
    );
    const count = draft.facts.find((f) => f.figure.value === 73);
    expect(count).toBeDefined();
    expect(JSON.stringify(count!.terms.actor)).not.toContain("Bech");
  });

  it("not for an age, which is of a person its own sentence names", async () => {
    const draft = await extractFacts(
      "Conkers\n\nThe veterans' title went to 83-year-old retired farmer Edith Polglase. She beat her neighbour, 69-year-old Gerald Hobbs, in the final.",
      { id: "d", lang: "en", date: "2025-10-12", markdown: false },
    );
    const age = draft.facts.find((f) => f.figure.value === 69);
    expect(age).toBeDefined();
    expect(JSON.stringify(age!.terms.actor)).not.toContain("Edith");
  });
});
