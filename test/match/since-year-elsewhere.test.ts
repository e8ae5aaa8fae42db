// A span since a year, whose words tie no fact, is the one fact that gives the same span when the
// claim shares a term with it ("has led the collection in the parish since 2012" against "der har
// stået for indsamlingen i sognet siden 2012"); not another year. Sources drafted by extract, unedited.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf } from "../support/extracted.js";

describe("a span since a year the words tie to no fact", () => {
  it("is the fact that gives it", async () => {
    const da = await checkerFor(
      "Sogneindsamling\n\nIndsamlingen gav 48.000 kroner i år. »Det er langt over forventning,« siger indsamlingsleder Birthe Kjærsgaard, 63, der har stået for indsamlingen i sognet siden 2012.\n",
      "da",
      "2025-03-12",
    );
    expect(figureVerdictsOf(da, "Birthe Kjærsgaard has led the collection in the parish since 2012.")).toEqual([["since 2012", "match"]]);
    expect(figureVerdictsOf(da, "Birthe Kjærsgaard has led the collection in the parish since 2015.")).not.toEqual([["since 2015", "match"]]);
  });
});
