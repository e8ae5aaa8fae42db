// "a further N" is more of what the figure before counts ("the remaining four" concerts) — unless
// its clause, with no verb, names a thing of its own first: "Fresh fruit and vegetables made up
// 64 per cent of everything given out, and bread and baked goods a further 21 per cent" gives the
// bread's share (before: the vegetables', and a claim about the bread's 21 per cent was a
// mismatch against their 64). Baked goods (bagværk) are bread.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = readFileSync(new URL("../newdocs/saltby-community-fridge.en.txt", import.meta.url), "utf8");
const TOUR = [
  "Orchestra tour",
  "",
  "Principal conductor Tomasz Wierzbicki, 44, conducted 19 of the 23 concerts, while assistant conductor Aiko Harada took the remaining four.",
].join("\n");

describe("a further share after a thing of its own", () => {
  it("is the share of that thing", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-17");
    expect(verdictOf(checker, "Bread and baked goods made up 21 per cent of the food handed out.")).toBe("match");
    expect(verdictOf(checker, "Brød og bagværk udgjorde 24 procent af maden.")).toBe("mismatch");
  });

  it("but the remaining ones after a verb are still of what was counted before", async () => {
    const checker = await checkerFor(TOUR, "en", "2025-05-17");
    expect(verdictOf(checker, "Assistant conductor Aiko Harada conducted four of the concerts.")).toBe("match");
    expect(verdictOf(checker, "Assistant conductor Aiko Harada conducted nine of the concerts.")).toBe("mismatch");
  });
});
