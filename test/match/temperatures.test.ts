// Temperatures written with a symbol ("43.6C", "12°C") are degrees Celsius, compared with the
// source's: before, "43.6C" was no figure at all and "12°C" a number of something. On a source
// drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Heatwave grips the south",
  "",
  "Temperatures in the district reached 43.6C on Tuesday, the highest since records began.",
].join("\n");

describe("temperatures", () => {
  it("are read with their symbol and checked, in both languages", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-07-10");
    expect(verdictOf(checker, "Temperatures in the district reached 43.6C.")).toBe("match");
    expect(verdictOf(checker, "Temperatures in the district reached 41.2C.")).toBe("mismatch");
    expect(verdictOf(checker, "Temperaturen i distriktet nåede 43,6 °C.")).toBe("match");
  });
});
