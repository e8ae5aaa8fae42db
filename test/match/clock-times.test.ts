// Times of day are figures of their own kind: a claim's "at 11am" is checked against the source's
// "10am" (and "kl. 10 til 18" against "kl. 10 til 16"), and an hour is never a count that some
// other fact of the source would then contradict ("the source says 38, not 18"). On sources
// drafted by extract, with claims in both languages.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const EN = [
  "Carnival draws thousands",
  "",
  "The procession set off at 1.30pm and took just over two hours to reach the field.",
  "",
  "Kettleby Road remained closed until 6pm, and 38 stewards helped with the crowds.",
  "",
  "A celebration walk will take place on Saturday, starting from the Ellerby Institute at 10am.",
].join("\n");

const DA = [
  "Naboer klager over motocrossbanen",
  "",
  "Kommunen har modtaget 38 klager over støjen i år.",
  "",
  "I weekenden må der køres fra kl. 10 til 16. På hverdage er banen åben fra kl. 15 til 19.",
].join("\n");

describe("times of day", () => {
  it("are checked against the source's times, in both languages", async () => {
    const checker = await checkerFor(EN, "en", "2025-07-12");
    expect(verdictOf(checker, "The procession moved off at 1.30pm.")).toBe("match");
    expect(verdictOf(checker, "The procession set off at 2.30pm.")).toBe("mismatch");
    expect(verdictOf(checker, "Kettleby Road did not reopen until 6pm.")).toBe("match");
    expect(verdictOf(checker, "Kettleby Road var lukket indtil kl. 18.")).toBe("match");
    // (another verb of a schedule, where the claim names what and where as the source does)
    expect(verdictOf(checker, "The celebration walk will leave the Ellerby Institute at 11am.")).toBe("mismatch");
  });

  it("of another verb are checked where the claim names what the source's time is of", async () => {
    const source = ["Høstfest i skolehaven", "", "Den nye have bliver fejret ved en høstfest fredag den 25. september kl. 14, hvor eleverne sælger suppe."].join("\n");
    const checker = await checkerFor(source, "da", "2026-09-01");
    expect(verdictOf(checker, "Høstfesten begynder klokken 16.")).toBe("mismatch");
    expect(verdictOf(checker, "Høstfesten begynder klokken 14.")).toBe("match");
    // (a day too; not a year)
    expect(verdictOf(checker, "Høstfesten begynder fredag den 26. september.")).toBe("mismatch");
  });

  it("a span of hours is one figure, not hours a count of the source could contradict", async () => {
    const checker = await checkerFor(DA, "da", "2025-05-03");
    expect(verdictOf(checker, "I weekenden må der køres fra kl. 10 til 16.")).toBe("match");
    expect(verdictOf(checker, "At weekends riders may use the track from 10am to 6pm.")).toBe("mismatch");
    expect(verdictOf(checker, "On weekdays the track is open from 3pm to 7pm.")).toBe("match");
    const result = checker.checkBlock({ text: "I weekenden må der køres fra kl. 10 til 18.", spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0];
    expect(result?.verdict).toBe("mismatch");
    expect(JSON.stringify(result)).not.toMatch(/\b38\b/);
  });
});
