// A weekday of a claim with one amount is the day of that amount: against the weekdays the quote of
// the amount's fact gives, the one after the amount's figure (src/pipeline.ts), whatever other
// weekday of the source its own words tie ("On the Saturday of the restoration" is no Sunday on
// which the horse's eye was rebuilt). On a source drafted by extract.
// Two weekdays or more, as many as the quote gives, are its weekdays one each, in order.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Volunteers restore the white horse",
  "",
  "More than 300 volunteers spent the weekend on the slopes above Oxleigh, restoring the village's white horse for the first time in seven years.",
  "",
  "Trust records show that 212 people signed in on Saturday and 131 on Sunday, a total of 343 sign-ins.",
  "",
  "Its eye, a circle of chalk about 2 metres across, was rebuilt on Sunday morning by a team of twelve volunteers.",
].join("\n");

describe("a weekday of a claim's one amount", () => {
  it("is checked against the weekday the amount's quote gives with it", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-19");
    expect(verdictOf(checker, "On the Saturday of the restoration, 212 people signed in to help.")).toBe("match");
    expect(verdictOf(checker, "On the Sunday of the restoration, 131 people signed in to help.")).toBe("match");
    expect(verdictOf(checker, "On the Friday of the restoration, 212 people signed in to help.")).toBe("mismatch");
  });
});

describe("weekdays of a claim's one amount, as many as its quote gives", () => {
  // "fra mandag til torsdag modtaget 27 henvendelser": the claim's two weekdays are the quote's
  // two, in order, so "between Monday and Thursday" is right and "between Tuesday and Thursday"
  // wrong about the Monday.
  const DANISH = "Døde fisk i fjorden\n\nKommunen har fra mandag til torsdag modtaget 27 henvendelser fra borgere, der har set døde fisk langs bredden.\n";

  it("are checked one each, in order", async () => {
    const checker = await checkerFor(DANISH, "da", "2025-08-29");
    expect(verdictOf(checker, "The municipality received 27 reports from residents about dead fish between Monday and Thursday.")).toBe("match");
    expect(verdictOf(checker, "The municipality received 27 reports from residents about dead fish between Tuesday and Thursday.")).toBe("mismatch");
  });
});
