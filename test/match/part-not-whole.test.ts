// "Entreprenøren har sat 52 af de nye kameraer op": a claimed part (52 of the cameras) is no fact
// whose figure is the whole of a part ("have fitted 44 of the 52 cameras"), whatever its number;
// and "sat … af" around a figure is no particle verb when "af" opens the whole ("52 af de nye
// kameraer"). A source of test/newdocs drafted by extract, unedited.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a claimed part", () => {
  it("is read as a part past a particle verb", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const text = "Entreprenøren har sat 52 af de nye kameraer op.";
    const [frame] = readFrames(text, parseFigures(text, "da"), "da", index).frames;
    expect(frame.head?.key).toBe("cameras");
    expect(frame.part).toBe(true);
  });
  it("is not the whole of the source's part", async () => {
    const en = await checkerFor(readFileSync(new URL("../newdocs/castlebridge-cctv-upgrade.en.txt", import.meta.url), "utf8"), "en", "2025-03-20");
    expect(verdictOf(en, "Entreprenøren har indtil nu sat 52 af de nye kameraer op.")).not.toBe("match");
    expect(verdictOf(en, "Entreprenøren har indtil nu sat 44 af de nye kameraer op.")).toBe("match");
  });
});
