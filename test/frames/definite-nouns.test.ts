// A Danish definite noun ends its noun phrase: in "60 procent af ansøgningerne mangelfulde" the
// share is of the applications, and "mangelfulde" (incomplete) says what they were, for an
// adjective comes before its noun. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Færre mangelfulde byggeansøgninger",
  "",
  "Kommunen har ansat tre nye sagsbehandlere, så der nu er 14 fuldtidsstillinger.",
  "",
  "Tidligere var omkring 60 procent af ansøgningerne mangelfulde, når de kom ind; nu er andelen nede på 35 procent.",
].join("\n");

describe("a definite noun", () => {
  it("ends the phrase of what a share is of", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-06-09");
    expect(verdictOf(checker, "Tidligere var cirka 60 procent af ansøgningerne mangelfulde.")).toBe("match");
    expect(verdictOf(checker, "About 60 per cent of applications used to be incomplete.")).toBe("match");
    expect(verdictOf(checker, "Tidligere var 70 procent af ansøgningerne mangelfulde.")).toBe("mismatch");
  });
});
