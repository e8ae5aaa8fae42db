// A hedged number far from the fact its words tie is about the one figure of its source it rounds
// (Policy.nearOne) — a figure the source hedges too: "cirka 35.000 bakker" against "roughly 36,000
// punnets" — but not one whose digits it has in another order ("cirka 2.780" against "about
// 2,870", a slip, not a rounding), and the claimed number itself, hedged by the source, before
// another it rounds ("omkring 21 procent" against "roughly 21 percent", not "a fifth"). On
// sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const FARM = [
  "Mushroom farm doubles its sheds",
  "",
  "The farm at Kelder Hill employs 64 people.",
  "",
  "\"We pick roughly 36,000 punnets on an ordinary weekday,\" said managing director Helen Kelder.",
].join("\n");

describe("a hedged number far from the fact its words tie", () => {
  it("is about the figure of its source it rounds, hedged there too", async () => {
    const checker = await checkerFor(FARM, "en", "2025-03-01");
    expect(verdictOf(checker, "Ifølge Helen Kelder plukker farmen cirka 35.000 bakker svampe på en almindelig hverdag.")).toBe("match");
  });

  it("is not about one whose digits it has in another order", async () => {
    const checker = await checkerFor(FARM.replace("36,000", "2,870"), "en", "2025-03-01");
    expect(verdictOf(checker, "Ifølge Helen Kelder plukker farmen cirka 2.870 bakker svampe på en almindelig hverdag.")).toBe("match");
    expect(verdictOf(checker, "Ifølge Helen Kelder plukker farmen cirka 2.780 bakker svampe på en almindelig hverdag.")).not.toBe("match");
  });
});
