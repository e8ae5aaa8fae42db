// Sick days are a span of days, as "syge i 12,4 dage" is ("12,4 sygedage", "12.4 sick days"; the
// packs' durations); and a span "in" a period of time says when, not what it is a span of ("godt
// 12 sygedage i skoleåret" is of the teachers, not of the school year). From
// test/newdocs/sygefravaer-bramsvig-kommune and vikartimer-egebjerg-skoler.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = (name: string) => readFileSync(new URL(`../newdocs/${name}`, import.meta.url), "utf8");

describe("sick days", () => {
  it("are days of sickness, in either language", async () => {
    const checker = await checkerFor(doc("sygefravaer-bramsvig-kommune.da.txt"), "da", "2025-02-12");
    expect(verdictOf(checker, "Kommunens ansatte havde i 2024 i gennemsnit 12,4 sygedage hver.")).toBe("match");
    expect(verdictOf(checker, "Kommunens ansatte havde i 2024 i gennemsnit 11,4 sygedage hver.")).toBe("mismatch");
    expect(verdictOf(checker, "In 2024 the council's staff had 12.4 sick days each on average.")).toBe("match");
  });

  it("in a period of time are of who had them, not of the period", async () => {
    const checker = await checkerFor(doc("vikartimer-egebjerg-skoler.da.txt"), "da", "2025-03-05");
    expect(verdictOf(checker, "Hver lærer havde i gennemsnit godt 12 sygedage i skoleåret.")).toBe("match");
  });
});
