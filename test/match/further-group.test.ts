// A count with "yderligere", "an extra" before it is how many more when something happens to them
// ("skal ansætte yderligere 18 medarbejdere"), but a further group that only is, or stands, is
// counted in all ("Yderligere 115 står på venteliste": 115 people are on the waiting list).
// On sources drafted by extract (see factMore in src/frames/anchors.ts).
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a further group", () => {
  it("that only stands is counted in all", async () => {
    const checker = await checkerFor(
      ["Vinterbadere venter", "", "Klubben har i dag 640 medlemmer, mere end dobbelt så mange som i 2021, hvor der var 290. Yderligere 115 står på venteliste."].join("\n"),
      "da",
      "2025-01-10",
    );
    expect(verdictOf(checker, "Just over 110 people are on the club's waiting list.")).toBe("match");
    expect(verdictOf(checker, "Der står 115 på klubbens venteliste.")).toBe("match");
    expect(verdictOf(checker, "Der står 151 på klubbens venteliste.")).toBe("mismatch");
  });

  it("that something happens to is how many more", async () => {
    const checker = await checkerFor(
      ["Fabrikken udvider", "", "Med udvidelsen skal der ansættes yderligere 18 medarbejdere, primært procesoperatører."].join("\n"),
      "da",
      "2025-01-10",
    );
    expect(verdictOf(checker, "Fabrikken har 18 medarbejdere.")).not.toBe("match");
  });
});
