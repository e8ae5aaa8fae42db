// Things a claim counts that are what the fact's people did — votes of the councillors who voted,
// signatures of the people who signed — are what the fact counts, as people counted by what they
// did count the things named for it (the reverse, see the matcher's assessHead).
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
});
