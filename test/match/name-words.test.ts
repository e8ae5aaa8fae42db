// The capitalised words of a name a claim's head ends ("East Carrick District Council") are that
// name's, not words that narrow the head to another kind of thing: the claim is about a council.
// Before, "East Carrick District Council will spend £185,000 …" was refused as "about East"
// against the council cabinet's £185,000.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Coast path to be diverted",
  "",
  "The council's cabinet voted six to two on Tuesday to spend £185,000 on the diversion, which will take walkers along a new 1.4km path across farmland behind the cliff.",
].join("\n");

describe("the words of a name before a claim's head", () => {
  it("do not make it another thing than the fact's", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-02-20");
    expect(verdictOf(checker, "East Carrick District Council will spend £185,000 moving the path away from the cliff.")).toBe("match");
    expect(verdictOf(checker, "East Carrick District Council will spend £158,000 moving the path away from the cliff.")).toBe("mismatch");
  });
});

describe("a name of the document's own in the fact, against the claim's person of its quote", () => {
  // "Landmand Birthe Mølgaard, 63, har haft fem master stående på sine marker ved Højgård": the
  // count's fact names Højgård, and the quote's age fact is Mølgaard's. An age is no figure of
  // the count's kind, so it does not make the person the age's alone (before: "the claim names
  // Mølgaard, the fact Højgård").
  const SOURCE = [
    "Masterne forsvinder",
    "",
    "Projektet omfatter 86 master mellem Vibæk og Sønderlund.",
    "",
    "Landmand Birthe Mølgaard, 63, har haft fem master stående på sine marker ved Højgård.",
  ].join("\n");

  it("is a weaker tie, not a rival", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-08");
    expect(verdictOf(checker, "Farmer Birthe Mølgaard has had five pylons standing on her fields.")).toBe("match");
    expect(verdictOf(checker, "Farmer Birthe Mølgaard has had seven pylons standing on her fields.")).toBe("mismatch");
  });
});
