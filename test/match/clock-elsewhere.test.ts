// A time of day the claim's words tie to no fact is about the one fact whose time it is — the
// stored time or an end of a stored span of hours — when the words say nothing against that fact
// and share a term with it: "The health centre will stay open until 6.30pm" against "It will be
// open from 8am to 6.30pm on weekdays". One no fact gives is about the one time of day that shares
// a term with the claim, if only one does. On sources drafted by extract, in both languages.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const EN = [
  "Surgeries merge into one health centre",
  "",
  "The two surgeries in Oakhurst will merge into a single health centre on Church Lane next spring.",
  "",
  "It will be open from 8am to 6.30pm on weekdays and from 9am to 1pm on Saturdays.",
  "",
  "Dr Amelia Ross said 14 doctors would work at the new centre.",
].join("\n");

const DA = [
  "Ulve dræbte får ved Hesselmark",
  "",
  "Fåreavler Jens Lauridsen mistede i sidste uge 11 får.",
  "",
  "\"Jeg fandt dem klokken halv syv om morgenen. Det var et frygteligt syn,\" siger han.",
  "",
  "Omkring 300 borgere mødte op til borgermødet i Hesselmark.",
].join("\n");

describe("a time of day the words tie to no fact", () => {
  it("is about the one fact that gives it, or a span of hours that ends or starts with it", async () => {
    const checker = await checkerFor(EN, "en", "2025-02-10");
    expect(verdictOf(checker, "On weekdays the health centre will stay open until 6.30pm.")).toBe("match");
    expect(verdictOf(checker, "Dr Ross's centre opens at 9am on Saturdays.")).toBe("match");
    // (a time no fact gives, where two times of day share its words, is anybody's guess)
    expect(verdictOf(checker, "On weekdays the health centre will stay open until 7.30pm.")).toBe("unverified");
  });

  it("needs a word of the claim the fact shares", async () => {
    const checker = await checkerFor(DA, "da", "2025-02-10");
    expect(verdictOf(checker, "Lauridsen fandt de døde får kl. 6.30 om morgenen.")).toBe("match");
    expect(verdictOf(checker, "Jens Lauridsen found the dead sheep at 6.30am.")).toBe("match");
    expect(verdictOf(checker, "Bussen kører kl. 6.30.")).toBe("unverified");
  });

  it("that no fact gives is checked against the one time of day that shares a word with the claim", async () => {
    const checker = await checkerFor(DA, "da", "2025-02-10");
    expect(verdictOf(checker, "Lauridsen fandt de døde får kl. 7.30 om morgenen.")).toBe("mismatch");
    const [result] = checker.checkBlock({ text: "Jens Lauridsen found the dead sheep at 5am.", spans: [{ offset: 0, line: 1, column: 1 }] }, "-");
    expect(result.verdict).toBe("mismatch");
    expect(result.checks[0].reason).toMatch(/tied by its kind: .* the one time of day that shares a word with it/);
    // (not when the claim shares no word with it)
    expect(verdictOf(checker, "Bussen kører kl. 7.30.")).toBe("unverified");
  });
});
