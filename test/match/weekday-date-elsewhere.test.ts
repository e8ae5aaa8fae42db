// A day said with its weekday ("mandag den 11. august") is given by the fact of that day, the
// stored date's weekday the same, even where the claim's words share nothing with the fact ("træder
// i kraft" against "møder ind efter sommerferien"): a day and its weekday coincide far less easily
// than a number. Sources drafted by extract, unedited.
import { describe, expect, it } from "vitest";
import { checkerFor, figureVerdictsOf } from "../support/extracted.js";

describe("a day said with its weekday", () => {
  it("is the fact of that day", async () => {
    const da = await checkerFor(
      "Mobilforbud fra august\n\nNår eleverne møder ind efter sommerferien mandag den 11. august, skal mobiltelefonen låses inde. Byrådet vedtog onsdag aften et fælles forbud på kommunens 14 skoler.\n",
      "da",
      "2025-06-12",
    );
    expect(figureVerdictsOf(da, "Forbuddet træder i kraft mandag den 11. august.")).toEqual([
      ["mandag", "match"],
      ["11. august", "match"],
    ]);
    // (not a day of another weekday than the stored day's)
    expect(figureVerdictsOf(da, "Forbuddet træder i kraft tirsdag den 12. august.").some(([, v]) => v === "match")).toBe(false);
  });
});
