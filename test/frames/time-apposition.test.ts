// A phrase set off by a comma right after a time names the time again ("on Wednesday 10
// September, the first week of the school term"): it is not what the time is about, which is the
// clause's own subject.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract.js";

const SOURCE = [
  "Air quality",
  "",
  "The highest hourly reading, 187 micrograms, was logged at 8.15am on Wednesday 10 September, the first week of the school term.",
].join("\n");

describe("a phrase set off after a time", () => {
  it("is not what the time is about", async () => {
    const draft = await extractFacts(SOURCE, { id: "air", lang: "en", date: "2025-11-05", markdown: false });
    const times = draft.facts.filter((f) => f.figure.kind === "date" || f.figure.kind === "weekday" || f.figure.kind === "clock");
    expect(times.map((f) => f.figure.kind).sort()).toEqual(["clock", "date", "weekday"]);
    for (const f of times) {
      expect(f.terms.subject).not.toContain("weeks");
      expect(f.terms.subject).toContain("hours");
    }
  });
});
