// A count right after a noun of room ("har plads til 160 elever", "room for 24 animals") counts
// places too: a claim of places is about it, and a claim of room for pupils is about a source's
// count of places (Frame.room, src/frames/index.ts; the phrases: the packs' roomFor, read as its
// word of places, "pladser", "places"). On sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a count after a noun of room", () => {
  it("counts places too", async () => {
    const checker = await checkerFor("Sommerkursus\n\nSommerkurset løber over fem dage i uge 27 og har plads til 160 elever fra 5. til 7. klasse.", "da", "2025-03-01");
    expect(verdictOf(checker, "Der er 160 pladser på sommerkurset.")).toBe("match");
    expect(verdictOf(checker, "Der er 180 pladser på sommerkurset.")).toBe("mismatch");
    expect(verdictOf(checker, "The summer course has 160 places.")).toBe("match");
    expect(verdictOf(checker, "Sommerkurset har plads til 160 elever.")).toBe("match");
  });

  it("is what a claim of room for people is about when the source counts places", async () => {
    const checker = await checkerFor("Svejsehold\n\nEt nyt svejsehold med 16 pladser starter mandag den 18. august.", "da", "2025-04-10");
    expect(verdictOf(checker, "Det nye svejsehold har plads til 16 deltagere.")).toBe("match");
    expect(verdictOf(checker, "The new welding class has room for 20 participants.")).toBe("mismatch");
  });
});
