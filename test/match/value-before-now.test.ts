// A value said of now after one said of a time to come ("16 fraktioner mod 11 i dag") is the value
// the change starts from: a claim of the time to come is about the other one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a value of now against one of a time to come", () => {
  it("ties a claim of the time to come to the value it comes to (Danish)", async () => {
    const checker = await checkerFor("Kommunen udvider genbrugspladsen i Vesterby. På den nye plads skal borgerne sortere affaldet i 16 fraktioner mod 11 i dag.", "da");
    expect(verdictOf(checker, "På den nye plads skal affaldet sorteres i 16 fraktioner.")).toBe("match");
    expect(verdictOf(checker, "På den nye plads skal affaldet sorteres i 11 fraktioner.")).toBe("mismatch");
  });

  // ("fremover", "in future" say a time to come as "skal" and "will" do)
  it("ties a claim of now to the value of now where the time to come is said by an adverb", async () => {
    const text = readFileSync(new URL("../newdocs/mosekaer-svinestald-udvidelse.da.txt", import.meta.url), "utf8");
    const checker = await checkerFor(text, "da", "2025-06-13");
    expect(verdictOf(checker, "Gården producerer i dag 7.900 slagtesvin om året.")).toBe("mismatch");
    expect(verdictOf(checker, "Gården producerer i dag 9.800 slagtesvin om året.")).toBe("match");
  });
});
