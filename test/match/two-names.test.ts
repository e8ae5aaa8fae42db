// A claim that names the fact's own person besides another of the document's ("Trewin finished
// nine points clear of runner-up Declan Hesketh" against "…, four ahead of the runner-up, Declan
// Hesketh of Arnford") is not blocked by that other name: it is about the fact it names. End to
// end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Town criers",
  "",
  "Margaret Trewin of Polwenna won the Dunleigh championship on Saturday.",
  "",
  "Mrs Trewin scored 187 points out of a possible 200, four ahead of the runner-up, Declan Hesketh of Arnford in Lancashire.",
  "",
  "The judge said the top six criers were separated by just nine points.",
].join("\n");

describe("a claim naming two people of the document", () => {
  it("is checked against the fact that names one of them", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-08-18");
    expect(verdictOf(checker, "Trewin finished four points clear of runner-up Declan Hesketh.")).toBe("match");
    expect(verdictOf(checker, "Trewin finished nine points clear of runner-up Declan Hesketh.")).toBe("mismatch");
  });
});
