// The judge's pick among tied facts (src/judge/policy.ts): when the fact the claim's words tie best
// is of another magnitude than the claimed number, a fact the words tie less well that the claim is
// right about is the one it states ("Omkring 5.400 elever" is the 5,420 pupils of one paragraph,
// not the 740 of a trial in another). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Gratis skolemad i Lindholm",
  "",
  "Fra skolestart den 10. august 2026 får alle 5.420 elever på Lindholm Kommunes 14 folkeskoler et gratis varmt måltid hver skoledag.",
  "",
  "Beslutningen bygger på et forsøg på Vesterskolen, hvor 740 elever i skoleåret 2024/25 fik gratis frokost.",
].join("\n");

describe("a fact tied less well than the best", () => {
  it("is the one a claim of another magnitude than the best is right about", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-11-12");
    expect(verdictOf(checker, "Omkring 5.400 elever får gratis frokost fra næste skoleår.")).toBe("match");
  });

  it("is not taken when the claim is right about none", async () => {
    const checker = await checkerFor(SOURCE, "da", "2025-11-12");
    expect(verdictOf(checker, "Omkring 3.000 elever får gratis frokost fra næste skoleår.")).not.toBe("match");
    expect(verdictOf(checker, "Omkring 700 elever fik gratis frokost i forsøget.")).toBe("match");
  });
});
