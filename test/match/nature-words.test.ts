// Words of nature projects the lexicon lacked, so that a claim in the other language ties its
// fact: nest boxes (redekasser), chicks (unger, =-marked: "unge" are young people), ponds (damme,
// =-marked: an English "dam" is another thing).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Owl group counts a record year",
  "",
  "Volunteers recorded 47 occupied nest boxes this summer, up from 29 last year.",
  "",
  "Ringers fitted leg rings to 163 chicks this year.",
  "",
  "Around half of the ponds shown on old maps of the county have since disappeared.",
].join("\n");

describe("nature words in both languages", () => {
  it("tie a Danish claim to an English fact", async () => {
    const checker = await checkerFor(SOURCE, "en", "2026-08-01");
    expect(verdictOf(checker, "De frivillige registrerede 47 beboede redekasser i sommer.")).toBe("match");
    expect(verdictOf(checker, "De frivillige registrerede 57 beboede redekasser i sommer.")).toBe("mismatch");
    expect(verdictOf(checker, "Ringmærkerne mærkede 163 unger i år.")).toBe("match");
    expect(verdictOf(checker, "Ringmærkerne mærkede 136 unger i år.")).toBe("mismatch");
    expect(verdictOf(checker, "En tredjedel af amtets damme fra gamle kort er forsvundet.")).toBe("mismatch");
  });
});
