// A time in a clause that "when" opens after another is that clause's time too: "found the damage
// when she unlocked the church on Sunday 2 March" is when she found it, as the source says she
// "discovered the damage … on Sunday 2 March when she arrived to unlock the building". From
// test/newdocs/kirkby-ashwell-church-lead-theft.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const doc = readFileSync(new URL("../newdocs/kirkby-ashwell-church-lead-theft.en.txt", import.meta.url), "utf8");

describe("a time in a when-clause", () => {
  it("is the time of the clause before it", async () => {
    const checker = await checkerFor(doc, "en", "2025-03-04");
    expect(verdictOf(checker, "Margaret Tolland found the damage when she unlocked the church on Sunday 2 March.")).toBe("match");
    expect(verdictOf(checker, "Margaret Tolland found the damage when she unlocked the church on Saturday 1 March.")).toBe("mismatch");
  });
});
