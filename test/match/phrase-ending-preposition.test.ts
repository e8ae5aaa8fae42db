// A noun's phrase that ends with a preposition ("grundene til", the reasons for) takes no word
// before that preposition: "Grundene sælges til 175 kr. pr. kvadratmeter" sells the plots, and
// gives no reason (before: the fact was of a reason, and a claim about the plots' sizes matched
// another fact). A verb's particle may still stand apart ("handing a patient over").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = readFileSync(new URL("../newdocs/erhvervsgrunde-sejlby.da.txt", import.meta.url), "utf8");

describe("a phrase that ends with a preposition", () => {
  it("is not read across a word before the preposition", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-01-16");
    expect(verdictOf(checker, "The plots sold ranged in size from 5,000 to 64,000 square metres.")).toBe("mismatch");
    expect(verdictOf(checker, "The plots sold ranged in size from 3,000 to 64,000 square metres.")).toBe("match");
  });
});
