// A hedged time of day ("around 2pm", "omkring klokken 17") is a match within half an hour of the
// stored one, or a quarter of an hour when it names its minutes ("about 2.10pm") (the README's verdict table, the judge's "clock-hedge-within"); an exact one must be
// the stored minute. On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a hedged time of day", () => {
  it("is within half an hour of the stored one", async () => {
    const checker = await checkerFor(["Parade", "", "The parade started at 1.45pm on Saturday."].join("\n"), "en", "2025-06-01");
    expect(verdictOf(checker, "The parade started around 2pm.")).toBe("match");
    expect(verdictOf(checker, "The parade started at about 1.55pm.")).toBe("match");
    expect(verdictOf(checker, "The parade started at about 2.15pm.")).toBe("mismatch");
    expect(verdictOf(checker, "The parade started at 2pm.")).toBe("mismatch");
    expect(verdictOf(checker, "The parade started around 3pm.")).toBe("mismatch");
  });
});
