// An age's person, when the sentence names what the person is before the name, set off by a comma
// ("Sparekassens afgående formand, Jens Ole Brink, er 61 år"): the name, not the possessor before
// it (src/frames/index.ts, nameBefore). From test/newdocs/sparekasse-fusion-raevlund.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Sparekasser fusionerer",
  "",
  "Sparekassen Rævlund fik i 2025 et overskud før skat på 38,4 mio. kr., mens Andelskassen Nord tjente 21,7 mio. kr.",
  "",
  "Sparekassens formand, Jens Ole Brink, 66, går af ved fusionen efter 19 år i bestyrelsen.",
].join("\n");

describe("a name set off after what the person is", () => {
  it("is the age's person", async () => {
    const checker = await checkerFor(SOURCE, "da", "2026-01-20");
    expect(verdictOf(checker, "Sparekassens afgående formand, Jens Ole Brink, er 61 år.")).toBe("mismatch");
    expect(verdictOf(checker, "Sparekassens afgående formand, Jens Ole Brink, er 66 år.")).toBe("match");
  });
});
