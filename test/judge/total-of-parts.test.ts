// A count its claim says is the total is not about a count its source gives as a part of that
// total — new ones added to it ("installed 85 new bins …, bringing the total there to 230") or a
// part after "of which", "heraf" — when the total is equally about it.
// End to end on sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a claimed total", () => {
  it("is not about the new ones added to it", async () => {
    const source = ["New bins on the seafront", "", "The council has installed 85 new litter bins along the seafront this year, bringing the total there to 230, at a cost of £1,250 each."].join("\n");
    const checker = await checkerFor(source, "en", "2025-06-01");
    expect(verdictOf(checker, "There are now 85 litter bins in total along the seafront.")).toBe("mismatch");
    expect(verdictOf(checker, "There are now 230 litter bins in total along the seafront.")).toBe("match");
    expect(verdictOf(checker, "The council installed 85 new litter bins this year.")).toBe("match");
  });

  it("is not about a part after 'heraf'", async () => {
    const source = ["Flere lærere", "", "Skolen har i år 46 lærere, heraf 24 nyuddannede lærere, og 610 elever."].join("\n");
    const checker = await checkerFor(source, "da", "2025-06-01");
    expect(verdictOf(checker, "Skolen har 24 lærere i alt.")).toBe("mismatch");
    expect(verdictOf(checker, "Skolen har 46 lærere i alt.")).toBe("match");
  });
});
