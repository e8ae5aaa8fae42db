// A claim of when a state began ("since 2001") against a stored time that is no bound says that
// time (src/judge/index.ts, began-differs), and when the fact its words tie says another, the one
// fact of its source that gives the claimed year is what it is about (src/judge/policy.ts). On
// sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const RECORDS = [
  "Abandoned cars at a record high",
  "",
  "Reports of abandoned vehicles in Corrington reached 1,146 in the 2024-25 financial year, the highest figure since the borough council began keeping records in 2011.",
].join("\n");

const DEER = [
  "Flere krondyr i plantagen",
  "",
  "Der blev i marts talt 1.012 krondyr i Rødby Plantage.",
  "",
  "Det er det højeste antal, siden tællingerne begyndte i 1998, og en stigning fra 968 dyr i 2024.",
].join("\n");

describe("a claim of when a state began", () => {
  it("is wrong about a later stored year", async () => {
    const checker = await checkerFor(RECORDS, "en", "2025-06-12");
    expect(verdictOf(checker, "The borough has kept records of abandoned vehicles since 2001.")).toBe("mismatch");
    expect(verdictOf(checker, "The borough has kept records of abandoned vehicles since 2011.")).toBe("match");
  });

  it("is about the one fact that gives its year, when the tied fact gives another", async () => {
    const checker = await checkerFor(DEER, "da", "2025-04-02");
    expect(verdictOf(checker, "Krondyrene i plantagen er blevet talt siden 1998.")).toBe("match");
    expect(verdictOf(checker, "Krondyrene i plantagen er blevet talt siden 2001.")).toBe("mismatch");
  });
});
