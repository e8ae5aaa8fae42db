// A document's own word that no lexicon term knows is often a borrowed one, written in both
// languages with their own endings: "sensors" and "sensorerne". (The other way, a Danish word's
// own stem already takes English endings: "trailere" and "trailers".)
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a document's own word in the other language", () => {
  it("is the same word with Danish endings", async () => {
    const source = ["Air quality", "", "Five of the 18 sensors, or 28 per cent, were above the EU limit."].join("\n");
    const checker = await checkerFor(source, "en", "2025-11-05");
    expect(verdictOf(checker, "Knap 30 procent af sensorerne lå over EU's grænseværdi.")).toBe("match");
    expect(verdictOf(checker, "Hele 40 procent af sensorerne lå over EU's grænseværdi.")).toBe("mismatch");
  });

});
