// "…, although the number of horses brought to the town dipped slightly, to an estimated 1,450
// from 1,520": a verbless piece set off with the value a change went to belongs to the clause
// before it, which a conjunction opens, not to the sentence's first clause (attendance). With the
// built-in lexicon. From test/newdocs/cobbleford-horse-fair.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { parseFigures } from "../../src/figures/index.js";
import { readFrames } from "../../src/frames/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const TEXT = "Attendance was up 13 per cent on last year's 33,500, although the number of horses brought to the town dipped slightly, to an estimated 1,450 from 1,520.";

describe("a piece set off with the value a change went to", () => {
  it("is of the clause before it", async () => {
    const index = buildTermIndex({ documents: {}, facts: [], concepts: {} }, { lexicon: await loadLexicon() });
    const frames = readFrames(TEXT, parseFigures(TEXT, "en"), "en", index).frames;
    const head = (text: string) => frames.find((f) => f.figure.text.endsWith(text))!.head?.text;
    expect(head("1,450")).toBe("horses");
    expect(head("1,520")).toBe("horses");
    // (the sentence's first clause keeps its own)
    expect(head("33,500")).not.toBe("horses");
  });

  it("ties a claim of it", async () => {
    const checker = await checkerFor(["Horse fair", "", "The Equine Welfare Trust checked 312 horses and ponies.", "", TEXT].join("\n"), "en", "2025-09-16");
    expect(verdictOf(checker, "Around 1,500 horses were brought to the town for this year's fair.")).toBe("match");
  });
});
