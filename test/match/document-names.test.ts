// Two of a document's own names, of no class the lexicon knows: the claim may name one that the
// fact's source names beside the fact's own (a club and the canal its boathouse stands on), unless
// another fact of the same quote is that name's own (two grape varieties, a figure each). So may an
// organisation the lexicon knows, against a name of the document's own.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Club news",
  "",
  "The Harwick Rowing Club now has 212 members. Its boathouse stands on the Linford Canal.",
  "",
  "At the Ashby Vineyard, Solaris grapes reached 22 degrees Brix, while Regent grapes reached 24.",
].join("\n");

describe("a name of the document's cast against the fact's own name", () => {
  it("ties a claim that names a place the source names beside the fact's", async () => {
    const checker = await checkerFor(SOURCE, "en");
    expect(verdictOf(checker, "The rowing club on the Linford Canal has 212 members.")).toBe("match");
    expect(verdictOf(checker, "The rowing club on the Linford Canal has 250 members.")).toBe("mismatch");
  });

  it("does not tie a name that another fact of the same quote is about", async () => {
    const checker = await checkerFor(SOURCE, "en");
    expect(verdictOf(checker, "Regent grapes reached 22 degrees Brix.")).not.toBe("match");
    expect(verdictOf(checker, "Solaris grapes reached 22 degrees Brix.")).toBe("match");
  });

  it("ties a claim that names an organisation the lexicon knows, which the source names beside the fact's own", async () => {
    const text = [
      "Dental waiting list grows",
      "",
      "Patients in Holmebridge have struggled to find an NHS dentist since 2019.",
      "",
      "The waiting list held by the North Dales Integrated Care Board stood at 8,740 at the end of September.",
    ].join("\n");
    const checker = await checkerFor(text, "en", "2025-10-20");
    expect(verdictOf(checker, "The NHS dental waiting list in Holmebridge reached 8,740 at the end of September.")).toBe("match");
  });
});
