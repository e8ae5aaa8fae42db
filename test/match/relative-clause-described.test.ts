// A verb of a relative clause right after what a count counts says what they are, and agrees with
// a fact of that verb: "repair the three footbridges that are currently closed" is about "11
// footbridges, three of which are currently closed", not the 11 (src/frames' `described`, read
// by the matcher's event check). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, claimResultOf } from "../support/extracted.js";

const SOURCE = [
  "Stiles to go",
  "",
  "Cllr Peter Raines said the money would be better spent on the parish's 11 footbridges, three of which are currently closed.",
].join("\n");

describe("a count with a relative clause after what it counts", () => {
  it("is tied by the relative clause's verb", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-14");
    const claim = (text: string) => claimResultOf(checker, text);
    const three = claim("The council will repair the three footbridges that are currently closed.");
    expect(three.verdict).toBe("match");
    expect(three.checks[0].fact?.value).toBe(3);
    expect(claim("The council will repair the four footbridges that are currently closed.").verdict).toBe("mismatch");
  });
});
