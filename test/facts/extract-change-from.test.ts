// The value a change started from, said with no verb of its own ("up from 154"), is what the
// verb before it did too: a fact's events are its two nearest verbs, not counting one of saying
// (src/facts/extract.ts, termsOf).
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";

describe("a count a change started from", () => {
  const SOURCE = [
    "Hedgehog rescue busy",
    "",
    "The rescue centre, which runs from a barn on Mill Lane, said its volunteers had caught 264 hedgehogs in the twelve months to the end of June, up from 198 the year before.",
  ].join("\n");

  it("has the verb before the change among its events, past the verb of saying", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "en", date: "2025-07-10", markdown: false });
    const from = draft.facts.find((f) => f.figure.value === 198);
    expect(from?.terms.event).toEqual(expect.arrayContaining(["rise", "catch"]));
  });

  it("keeps two verbs when neither is of saying", async () => {
    const draft = await extractFacts("Mill\n\nThe mill ground 40 tonnes of flour and sold 12 tonnes of it, officials said.", { id: "d", lang: "en", date: "2025-07-10", markdown: false });
    const ground = draft.facts.find((f) => f.figure.value === 40);
    expect(ground?.terms.event).not.toContain("say");
  });
});
