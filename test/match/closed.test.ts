// "closed", "closes", "closing" are closing (the lexicon had "closure", "shut", "close down"):
// "The Plough shut its doors in October 2022" against "Plough lukkede i oktober 2022". ("close"
// itself stays out: it is also "near".)
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Landsbyens sidste pub er solgt",
  "",
  "The Plough lukkede i oktober 2022, og bygningen har stået tom siden. Landsbyens købmand åbnede i marts 2019.",
].join("\n");

describe("closed", () => {
  it("is closing", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-05-01");
    expect(verdictOf(checker, "The Plough closed in October 2021.")).toBe("mismatch");
    expect(verdictOf(checker, "The Plough closed in October 2022.")).toBe("match");
  });
});
