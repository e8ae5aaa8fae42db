// A claim whose clause says its figure is the new value ("The new annual fee … is £1,150", "Med
// det nye system gemmes optagelserne i 28 dage") is not about the value a change started from,
// though it names no change itself (src/frames: Frame.saidNew; src/match: otherEndOfChange).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const FEES = [
  "Ice cream vans",
  "",
  "The annual fee for a seafront consent will rise from £1,150 to £1,480, the council said.",
].join("\n");

const CAMERAS = [
  "New cameras",
  "",
  "Under the new system footage will be kept for 31 days, compared with 28 days now, the council said.",
].join("\n");

describe("a claim that says its figure is the new value", () => {
  it("is not about the value the change started from", async () => {
    const checker = await checkerFor(FEES, "en", "2025-04-02");
    expect(verdictOf(checker, "The new annual fee for a seafront consent is £1,150.")).toBe("mismatch");
    expect(verdictOf(checker, "The new annual fee for a seafront consent is £1,480.")).toBe("match");
    expect(verdictOf(checker, "Den nye årlige pris for en tilladelse ved stranden er 1.150 pund.")).toBe("mismatch");
  });

  it("in a Danish claim of an English source", async () => {
    const checker = await checkerFor(CAMERAS, "en", "2025-04-02");
    expect(verdictOf(checker, "Med det nye system bliver optagelserne gemt i 28 dage.")).not.toBe("match");
    expect(verdictOf(checker, "Med det nye system bliver optagelserne gemt i 31 dage.")).toBe("match");
  });

  it("while a claim that says no such word may be about either end", async () => {
    const checker = await checkerFor(FEES, "en", "2025-04-02");
    expect(verdictOf(checker, "The annual fee for a seafront consent was £1,150.")).toBe("match");
  });
});
