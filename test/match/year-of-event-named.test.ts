// A claimed year is not tied by its number to another quote's year over a fact the claim's words
// tie by what happened as well as by more than its noun: "Aase Thygesen flyttede permanent ind i
// sommerhuset i 2019" against "Aase Thygesen flyttede i 2021 …" and "I 2019 lå kommunen på en
// syvendeplads" is wrong, not right (src/match/index.ts, givenElsewhere). A claim whose words tie
// only by a name still may be (test/match/since-year-elsewhere.test.ts and "Vejle Pigekor blev
// grundlagt i 1975" in test/newdocs).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Flere bor fast i sommerhuse",
  "",
  "74-årige Aase Thygesen flyttede i 2021 fra en lejlighed i Aarhus til sit sommerhus på 62 kvadratmeter i Nørre Klit.",
  "",
  "Klitmark har den fjerdehøjeste andel af helårsbeboede sommerhuse blandt landets kystkommuner. I 2019 lå kommunen på en syvendeplads.",
].join("\n");

describe("a claimed year whose words tie a fact by its event", () => {
  it("is judged against that fact, not another quote's same year", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-02-12");
    expect(verdictOf(checker, "Aase Thygesen flyttede permanent ind i sommerhuset i 2019.")).toBe("mismatch");
    expect(verdictOf(checker, "Aase Thygesen flyttede permanent ind i sommerhuset i 2021.")).toBe("match");
  });
});
