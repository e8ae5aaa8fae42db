// People counted by what they did count the things named for it: "21 byrådsmedlemmer stemte for"
// are 21 of the votes of "med 21 stemmer mod 6" (votes are a kind of voting, as voting for and
// voting against are). So are plain people: "1,350 people have signed" are signatures, a kind of signing.
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

describe("people who signed", () => {
  const PETITION = [
    "Protest mod havbrug",
    "",
    "En lokal borgergruppe har samlet 1.347 underskrifter imod anlægget og sendt 212 høringssvar til styrelsen.",
  ].join("\n");

  it("are signatures", async () => {
    const checker = await checkerFor(PETITION, "da", "2025-11-02");
    expect(verdictOf(checker, "Around 1,350 people have signed the petition against the farm.")).toBe("match");
    expect(verdictOf(checker, "2,100 people have signed the petition against the farm.")).toBe("mismatch");
  });
});
