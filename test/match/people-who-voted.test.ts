// People counted by what they did count the things named for it: "21 byrådsmedlemmer stemte for"
// are 21 of the votes of "med 21 stemmer mod 6" (votes are a kind of voting, as voting for and
// voting against are).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Ny vindmøllepark",
  "",
  "Byrådet har godkendt planen for en vindmøllepark med fem møller ved Vestervig. Beslutningen blev truffet med 21 stemmer mod 6.",
].join("\n");

describe("people who voted", () => {
  it("are votes", async () => {
    const checker = await checkerFor(SOURCE, "da", "2024-03-08");
    expect(verdictOf(checker, "21 byrådsmedlemmer stemte for vindmølleparken.")).toBe("match");
    expect(verdictOf(checker, "25 byrådsmedlemmer stemte for vindmølleparken.")).toBe("mismatch");
    expect(verdictOf(checker, "Six councillors voted against the wind farm.")).toBe("match");
  });
});
