// Things a claim counts that are what the fact's people did — votes of the councillors who voted,
// signatures of the people who signed — are what the fact counts, as people counted by what they
// did count the things named for it (the reverse, see the matcher's assessHead); so are the votes
// of a body that voted ("the committee voted seven to two").
// End to end on sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("votes of the people who voted", () => {
  it("are what a fact of the voters counts", async () => {
    const checker = await checkerFor(
      ["Cemetery extension approved", "", "Councillors voted 27 to 6 in favour of the scheme at Tuesday's full council meeting."].join("\n"),
      "en",
      "2025-03-06",
    );
    expect(verdictOf(checker, "The motion passed by 27 votes to 9.")).toBe("mismatch");
    expect(verdictOf(checker, "Forslaget blev vedtaget med 27 stemmer mod 6.")).toBe("match");
  });

  it("are what a fact of the body that voted counts", async () => {
    const checker = await checkerFor(
      ["More wardens for dumped cars", "", "On Tuesday the council's environment committee voted seven to two to hire two extra enforcement officers at a combined cost of £68,000 a year."].join("\n"),
      "en",
      "2025-06-12",
    );
    expect(verdictOf(checker, "The committee approved the plan by seven votes to two.")).toBe("match");
    expect(verdictOf(checker, "Udvalget vedtog planen med syv stemmer mod to.")).toBe("match");
  });
});
