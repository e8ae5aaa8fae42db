// The value a change started from, in a clause of its own ("…, down from £3.1 million before the
// pandemic"), is a value of what the clause before says happened: the ferry brought in £3.1
// million then. So is a value it is compared with ("…, compared with £1.5m last year"). And takings
// brought in are earnings in both packs ("brought in", "indbragte"). On a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const SOURCE = [
  "Island ferry takings recover slowly",
  "",
  "According to the operator's accounts, the island ferry brought in £2.4 million in 2024, down from £3.1 million before the pandemic.",
  "",
  "The operator employs 38 crew and runs four sailings a day.",
].join("\n");

describe("the value a change started from", () => {
  it("is of the verb of the clause before", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-12");
    expect(verdictOf(checker, "Før pandemien indbragte øfærgen 3,1 mio. pund om året.")).toBe("match");
    expect(verdictOf(checker, "Before the pandemic the island ferry brought in £3.1 million a year.")).toBe("match");
  });

  it("leaves the value it ended at to claims of the present", async () => {
    const checker = await checkerFor(SOURCE, "en", "2025-05-12");
    expect(verdictOf(checker, "Øfærgen indbragte 2,4 mio. pund i 2024.")).toBe("match");
    expect(verdictOf(checker, "The island ferry brought in £2.9 million in 2024.")).toBe("mismatch");
  });
});

describe("a value compared with", () => {
  it("is of the verb of the clause it is compared with", async () => {
    const checker = await checkerFor(
      [
        "Kite festival draws record crowd",
        "",
        "An estimated 38,500 people came to the Saltmere kite festival over the weekend. Attendance was up from 31,200 last year, an increase of 23 per cent.",
        "",
        "Students from the college surveyed 420 visitors. The average visiting group spent £74 in the town. On that basis, the festival's economic impact was estimated at £2.7m, compared with £1.8m last year.",
      ].join("\n"),
      "en",
      "2025-08-28",
    );
    expect(verdictOf(checker, "Last year's economic impact was put at £1.8 million.")).toBe("match");
    expect(verdictOf(checker, "Last year's economic impact was put at £1.6 million.")).toBe("mismatch");
    expect(verdictOf(checker, "The festival's economic impact was estimated at £2.7 million.")).toBe("match");
  });
});

describe("a claim of what used to be", () => {
  // "used to be", "plejede at være": the value a change started from, not the one it fell to.
  const MART = ["Mart sales", "", "Figures from the mart show throughput fell to 41,850 cattle in 2024, down from 56,300 a decade earlier."].join("\n");

  it("is about the value before the change", async () => {
    const checker = await checkerFor(MART, "en", "2025-10-20");
    expect(verdictOf(checker, "The mart's cattle throughput used to be about 56,000 a year.")).toBe("match");
    expect(verdictOf(checker, "Martens omsætning af kvæg plejede at være omkring 56.000 dyr om året.")).toBe("match");
  });
});
