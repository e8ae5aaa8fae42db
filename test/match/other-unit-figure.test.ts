// A number the claim's words tie to no fact is about the fact that gives it (tieByFigure), also when
// the fact gives it in another unit of its measure: "1,4 kvadratkilometer" is the 140 hectares of a
// source, "1.85 tonnes" its 1.850 kilo.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const DA = [
  "Jubilæum på torvet",
  "",
  "Lindegaard Plantage ved Vester Tørslev dækker 140 hektar.",
  "",
  "Den nuværende vogn vejer 1.850 kilo og er 4,2 meter lang.",
].join("\n");

describe("a number in another unit of the stored one's measure", () => {
  it("is tied by its figure", async () => {
    const checker = await checkerFor(DA, "da", "2025-08-30");
    expect(verdictOf(checker, "Lindegaard Plantage dækker 1,4 kvadratkilometer.")).toBe("match");
    expect(verdictOf(checker, "The hot dog stand weighs 1.85 tonnes.")).toBe("match");
    expect(verdictOf(checker, "Pølsevognen er 420 centimeter lang.")).toBe("match");
    // (another number in that unit is no sign of the fact)
    expect(verdictOf(checker, "Lindegaard Plantage dækker 1,7 kvadratkilometer.")).not.toBe("match");
  });
});

describe("a span of time in another unit of time", () => {
  // The words tie only the count of players in the quote; its 60 minutes are the claim's hour.
  const EN = ["Escape room opens", "", "Each room is designed for between two and six players, with a 60-minute time limit."].join("\n");

  it("is the span the quote gives", async () => {
    const checker = await checkerFor(EN, "en", "2026-02-10");
    expect(verdictOf(checker, "Players get one hour to escape from each room.")).toBe("match");
    expect(verdictOf(checker, "Spillerne har én time til at slippe ud af hvert rum.")).toBe("match");
  });
});
