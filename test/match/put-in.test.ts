// "Put in" is a verb: hours worked ("Volunteers put in 11,900 hours") or money given ("the town
// council put in £55,000"). Before, "put" was read as the noun a claim's figure counts.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("put in", () => {
  it("is hours worked", async () => {
    const checker = await checkerFor(["Flere frivillige", "", "Ifølge centrets egne beregninger lagde de frivillige samlet knap 11.900 timer i 2025."].join("\n"), "da", "2026-01-10");
    expect(verdictOf(checker, "Volunteers put in almost 11,900 hours in 2025.")).toBe("match");
  });

  it("is money given", async () => {
    const checker = await checkerFor(["Clock restored", "", "The Heritage Fund contributed £92,500, the town council put in £55,000 from its reserves, and a public appeal raised £38,500."].join("\n"), "en", "2026-01-10");
    expect(verdictOf(checker, "Byrådet betalte 55.000 pund af regningen fra sine reserver.")).toBe("match");
  });
});
