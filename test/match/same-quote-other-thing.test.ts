// A figure the claim's words tie to several facts is not the same number its quote gives of
// another thing ("at least 14 of the 38 projects" against "Tømrermester Karsten Holm, der har 14
// ansatte, vurderer, at mindst 12 af de 38 projekter …": the 14 counts the carpenter's workers). It
// is about the facts of what it counts that another figure of the claim leaves. End to end on a
// source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf } from "../support/extracted.js";

const SOURCE = [
  "Facadepuljen i Brøndvig",
  "",
  "Byrådet har givet tilsagn om tilskud til 38 facadeprojekter i den gamle bydel.",
  "",
  "Det glæder også de lokale håndværkere. Tømrermester Karsten Holm, der har 14 ansatte, vurderer, at mindst 12 af de 38 projekter ender hos firmaer i kommunen.",
].join("\n");

describe("a figure of the claim the same as another thing's in a quote", () => {
  it("is judged against what it counts", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-04-10");
    expect(figureVerdictsOf(checker, "Karsten Holm estimates that at least 14 of the 38 projects will go to local firms.")).toEqual([
      ["at least 14", "mismatch"],
      ["38", "match"],
    ]);
    expect(figureVerdictsOf(checker, "Karsten Holm estimates that at least 12 of the 38 projects will go to local firms.")).toEqual([
      ["at least 12", "match"],
      ["38", "match"],
    ]);
    expect(figureVerdictsOf(checker, "Karsten Holm has 14 employees.")).toEqual([["14", "match"]]);
  });
});
