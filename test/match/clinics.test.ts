// Doctors' practices in both languages: Danish "lægehus", "sundhedshus", English "GP surgery",
// "health centre" are clinics, as "lægepraksis" and "GP practice" were ("Sammenlægningen af de to
// lægehuse træder i kraft 1. maj" against "Two GP practices … will merge on 1 May").
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Practices to merge",
  "",
  "Two GP practices serving 17,400 patients will merge on 1 May and move into a new health centre.",
].join("\n");

describe("doctors' practices", () => {
  it("are clinics in both languages", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-02-02");
    expect(verdictOf(checker, "Sammenlægningen af de to lægehuse sker 1. maj.")).toBe("match");
    expect(verdictOf(checker, "Sammenlægningen af de tre lægehuse sker 1. maj.")).toBe("mismatch");
  });
});
