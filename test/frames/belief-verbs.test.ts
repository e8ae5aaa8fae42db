// A verb of belief ("believe", "mente", "tror") says what someone holds, as a verb of saying
// does: it is no event of a figure, whose event is the verb of what is believed ("Kun fire
// skoleledere mente, at de kunne finde nok frivillige": they would find). On a source drafted by
// extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Crossing patrols may go",
  "",
  "Of the 31 headteachers who replied to a council letter sent in September, only four said they would be able to find enough volunteers.",
].join("\n");

describe("a verb of belief", () => {
  it("is no event of the figure: the verb of what is believed is", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-11-20");
    expect(verdictOf(checker, "Kun fire skoleledere mente, at de kunne finde nok frivillige.")).toBe("match");
    expect(verdictOf(checker, "Only four headteachers believed they could find enough volunteers.")).toBe("match");
    expect(verdictOf(checker, "Kun seks skoleledere mente, at de kunne finde nok frivillige.")).toBe("mismatch");
  });
});
