// Two figures of one claim are not about one fact: where one is right about a fact and the other
// wrong about it, and the fact's quote gives the other's number as another fact, the other is about
// that one ("med fem stemmer mod to" against "med fem stemmer mod to miljøgodkendelse til", whose
// "to" extract reads as two approvals). Not the ends of a change, which a claim may swap.
// End to end on a source drafted by extract.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf, verdictOf } from "../support/extracted.js";

describe("two figures of a claim and one fact", () => {
  it("are about two facts of its quote", async () => {
    const text = readFileSync(new URL("../newdocs/mosekaer-svinestald-udvidelse.da.txt", import.meta.url), "utf8");
    const checker = await checkerFor(text, "da", "2025-06-13");
    expect(verdictOf(checker, "Udvalget godkendte udvidelsen med fem stemmer mod to.")).toBe("match");
    expect(figureVerdictsOf(checker, "Udvalget godkendte udvidelsen med fem stemmer mod tre.")).toEqual([["fem", "match"], ["tre", "mismatch"]]);
  });
});
