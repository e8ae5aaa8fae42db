// A claimed year that the claim's words tie to no fact: the one fact that gives it, when the claim
// shares a term with it (other than a word of saying or expecting), it is no year a change of its
// quote starts or ends in, and the claim says no change the year only dates
// (Matcher.yearOfOtherFact). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Krematoriet udvides",
  "",
  "Krematoriet i Næstved blev indviet i 1937 og er et af de ældste i landet.",
  "",
  "Børnebøger udgør nu 38 procent af salget, op fra 27 procent i 2019.",
  "",
  "De første resultater ventes at blive offentliggjort i 2026.",
].join("\n");

describe("a year the words tie to no fact", () => {
  it("is the fact's that gives it", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-01");
    expect(verdictOf(checker, "Næstved Crematorium was inaugurated in 1937.")).toBe("match");
  });

  it("is not a year an amount of its quote is of", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-01");
    expect(verdictOf(checker, "Butikschef Sunita Rao blev ansat i 2019.")).not.toBe("match");
  });

  it("is of an amount of its quote that no change is of ('planted in 2011 on 2.4 hectares')", async () => {
    const checker = await checkerFor(["Orchard turns ten", "", "The orchard was planted in 2011 on 2.4 hectares of former allotment land."].join("\n"), "en", "2021-09-01");
    expect(verdictOf(checker, "Frugtplantagen blev plantet i 2011.")).toBe("match");
  });

  it("is not tied to a claim of a change the year only dates", async () => {
    const checker = await checkerFor(["Trafikken", "", "Rapporten anslår, at ulykkerne i 2024 kostede samfundet omkring 412 mio. kr."].join("\n"), "da", "2025-03-01");
    expect(verdictOf(checker, "The number of accidents involving e-scooters doubled in 2024.")).not.toBe("match");
    expect(verdictOf(checker, "The accidents cost society about DKK 412 million in 2024.")).toBe("match");
  });

  it("is not tied by a word of expecting alone", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-03-01");
    expect(verdictOf(checker, "Pilotlinjen ventes at være i drift fra 2026.")).not.toBe("match");
  });
});

describe("a month and year the words tie to no fact", () => {
  const CASE = [
    "Tidligere økonomichef idømt fængsel",
    "",
    "En tidligere økonomichef er idømt to års fængsel for at have bedraget kommunen for 4,1 mio. kr.",
    "",
    "Sagen blev opdaget i maj 2022, da en ny revisor fandt uregelmæssigheder i regnskabet.",
  ].join("\n");

  it("is the one fact's that gives it, on the same terms as a year", async () => {
    const checker = await checkerFor(CASE, "da", "2025-03-01");
    expect(verdictOf(checker, "Svindlen blev opdaget i maj 2022.")).toBe("match");
    expect(verdictOf(checker, "Svindlen blev opdaget i juni 2022.")).toBe("unverified");
  });
});
