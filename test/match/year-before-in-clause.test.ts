// A figure with a year said from another ("the year before", "året før") right by it is of that
// year, though its clause names the year it is said from: "permit sales in 2024 were up from 4,870
// the year before" gives 4,870 for 2023 (src/frames/anchors.ts). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const EN = [
  "Record year for reservoir anglers",
  "",
  "Northvale Water said permit sales in 2024 were up from 4,870 the year before, a rise of nearly 30 per cent.",
].join("\n");

const DA = [
  "Rekordår for lystfiskerne",
  "",
  "Salget af fiskekort i 2024 steg fra 3.150 året før til 4.020.",
].join("\n");

describe("a figure said of the year before the one its clause names", () => {
  it("is of that earlier year (English source)", async () => {
    const checker = await checkerFor(EN, "en", "2025-02-20");
    expect(verdictOf(checker, "Permit sales in 2023 stood at 4,870.")).toBe("match");
    expect(verdictOf(checker, "I 2023 blev der solgt knap 4.900 fiskekort.")).toBe("match");
    expect(verdictOf(checker, "Permit sales in 2023 stood at 4,780.")).toBe("mismatch");
  });

  it("is of that earlier year (Danish source)", async () => {
    const checker = await checkerFor(DA, "da", "2025-02-20");
    expect(verdictOf(checker, "I 2023 blev der solgt 3.150 fiskekort.")).toBe("match");
    expect(verdictOf(checker, "In 2023, 3,510 fishing permits were sold.")).toBe("mismatch");
  });
});
