// A season said of a year ("i foråret 2026", "spring 2026", "the autumn of 2026") is read with the
// year (the packs' calendar.seasons) and drafted as `season:`, so that another season of the same
// year is a mismatch (rule season-differs), where the year alone would agree; a claim of the year
// alone still agrees with it. A fact base gives a season only to a year.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";
import { toFigureValue } from "../../src/facts/figure.js";
import { parseFigures } from "../../src/figures/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = "Skolebusser\n\nKommunen har 31 skolebusruter, og en gennemgang af de øvrige distrikter ventes at være færdig i foråret 2026.";

describe("a season of a year", () => {
  it("is read with the year, in both languages", () => {
    expect(parseFigures("Den ventes færdig i efteråret 2026.", "da")[0]).toMatchObject({ kind: "year", value: 2026, season: "autumn" });
    expect(parseFigures("It is due to open in spring 2026.", "en")[0]).toMatchObject({ kind: "year", value: 2026, season: "spring" });
    expect(parseFigures("It opened in the autumn of 2024.", "en")[0]).toMatchObject({ kind: "year", value: 2024, season: "autumn" });
    expect(parseFigures("It opened in 2024.", "en")[0].season).toBeUndefined();
  });

  it("is drafted with the year, and another season of it is a mismatch", async () => {
    const draft = await extractFacts(SOURCE, { id: "d", lang: "da", date: "2025-06-20", markdown: false });
    expect(draft.facts.find((f) => f.figure.kind === "year")?.figure).toMatchObject({ value: 2026, season: "spring" });
    const checker = await checkerFor(SOURCE, "da", "2025-06-20");
    expect(verdictOf(checker, "Gennemgangen af de øvrige distrikter ventes færdig i efteråret 2026.")).toBe("mismatch");
    expect(verdictOf(checker, "Gennemgangen af de øvrige distrikter ventes færdig i foråret 2026.")).toBe("match");
    expect(verdictOf(checker, "Gennemgangen af de øvrige distrikter ventes færdig i 2026.")).toBe("match");
  });

  it("is a year's only, in a fact base", () => {
    expect(toFigureValue({ kind: "year", value: 2026, season: "spring" })).toMatchObject({ season: "spring" });
    expect(() => toFigureValue({ kind: "month", value: "2026-04", season: "spring" })).toThrow(/only for a year/);
  });
});
