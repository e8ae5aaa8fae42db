// A count of part of what it counts, no whole given ("Twenty-one of the shed's members"), whose
// words tie the whole (the shed's 118 members): the one fact that gives the part's number decides
// (src/match/index.ts, partGivenElsewhere; the frame's `part`).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Men's shed opens its doors to all",
  "",
  "The Tilbury Men's Shed now has 118 members. Of those, 97 are men and 21 are women, after the group voted last spring to open membership to everyone.",
  "",
  "Kommunen har 140 usælgelige boliger på listen. 61 af dem ligger i de fire landsbyer, hvor de første nedrivninger skal ske.",
].join("\n");

describe("a claimed part of a whole", () => {
  it("is checked against the fact that gives it, not the whole", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-01");
    expect(verdictOf(checker, "Twenty-one of the shed's members are women.")).toBe("match");
    expect(verdictOf(checker, "Sixty-one of the unsellable homes lie in the villages where demolition starts first.")).toBe("match");
  });

  it("a part no fact gives is still checked against the whole", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-01");
    expect(verdictOf(checker, "Twenty-five of the shed's members are women.")).toBe("mismatch");
  });
});

describe("a claimed part against a stored part", () => {
  // The words tie "Seventeen of them", itself a part: the claim's eleven is that figure got wrong,
  // not the eleven households of the sentence before.
  const SOURCE = [
    "Sinkhole",
    "",
    "Eleven households, 23 people in all, were evacuated from flats above the shops on either side. Seventeen of them are still living in rooms at the Carnsworth Lodge hotel paid for by the council.",
  ].join("\n");

  it("is checked against that part", async () => {
    const checker = await checkerFor(SOURCE, "en", "2024-11-20");
    expect(verdictOf(checker, "Eleven of the evacuated residents are still staying at the Carnsworth Lodge hotel.")).toBe("mismatch");
    expect(verdictOf(checker, "Seventeen of the evacuated residents are still staying at the Carnsworth Lodge hotel.")).toBe("match");
  });
});

describe("a stored whole a part is taken from", () => {
  // "fjerne 18 af gadens 52 parkeringspladser": the verb is done to the 18, so a claim that says
  // so of 52 is the part got wrong (the verb of the whole's quote is not the whole's own).
  const DANISH = "Storegade bliver 40-zone\n\nUdvalget vil gøre Storegade til en 40 km/t-zone og fjerne 18 af gadens 52 parkeringspladser for at give plads til cykelbaner.\n";

  it("does not take the verb done to its part", async () => {
    const checker = await checkerFor(DANISH, "da", "2025-06-12");
    expect(verdictOf(checker, "Forslaget vil fjerne 52 parkeringspladser fra Storegade.")).toBe("mismatch");
    expect(verdictOf(checker, "Forslaget vil fjerne 18 parkeringspladser fra Storegade.")).toBe("match");
    expect(verdictOf(checker, "Storegade har 52 parkeringspladser.")).toBe("match");
  });
});

describe("a count whose verb is another figure's of its quote", () => {
  // "Seventeen dead mute swans were collected …, and 11 of them tested positive": the claim's
  // "tested positive" is the 11's, so seventeen that tested positive is the 11 got wrong, not the
  // 17 collected with a verb of its own. (A whole document of test/newdocs: the tie of the 17 to
  // the claim's place needs its other names.)
  const ENGLISH = readFileSync(new URL("../newdocs/thornfold-farm-bird-flu.en.txt", import.meta.url), "utf8");

  it("is that figure's", async () => {
    const checker = await checkerFor(ENGLISH, "en", "2025-02-06");
    expect(verdictOf(checker, "Seventeen swans from Marshby Mere tested positive for the virus.")).toBe("mismatch");
    expect(verdictOf(checker, "Eleven swans from Marshby Mere tested positive for the virus.")).toBe("match");
    expect(verdictOf(checker, "Seventeen dead swans were collected from Marshby Mere.")).toBe("match");
  });
});

describe("a claimed count that is no part, against a whole and its part", () => {
  // "employs 19 staff, nine of them full-time": a claim of how many staff it employs, no part
  // named, is about the 19, so 29 is wrong, not "19 or 9".
  const ENGLISH = "Climbing centre grows\n\nThe centre currently employs 19 staff, nine of them full-time. Four more instructors will be recruited before the spring.\n";

  it("is about the whole", async () => {
    const checker = await checkerFor(ENGLISH, "en", "2024-11-12");
    expect(verdictOf(checker, "Klatrecentret beskæftiger i dag 29 ansatte.")).toBe("mismatch");
    expect(verdictOf(checker, "Klatrecentret beskæftiger i dag 19 ansatte.")).toBe("match");
  });
});
