// A change in percent set off after the value it changed to is of that value's time ("solgte 31.850
// billetter i 2023, en stigning på 12 procent", "fra 143 i 2022 til 97 i fjor, et fald på 32
// procent"; src/frames/anchors.ts, changedValueBefore). Not a share set off the same way, which is
// no change ("11.204 cykeltyverier i 2024, så godt halvdelen …"). From
// test/newdocs/natteravne-vestkoebing, korall_layoffs and fernwick-robotics-funding.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a change in percent set off after its value", () => {
  it("is of the value's year, said relative to the source's date too", async () => {
    const checker = await checkerFor(["Hærværk", "", "Natteravnene har i år gået 31 ture i byens gader.", "", "Foreningen har i dag 27 frivillige.", "", "Ifølge politiet faldt antallet af anmeldelser om hærværk i bymidten fra 143 i 2022 til 97 i fjor, et fald på 32 procent."].join("\n"), "da", "2024-11-05");
    expect(verdictOf(checker, "Anmeldelserne om hærværk faldt med 32 procent fra 2022 til 2023.")).toBe("match");
    expect(verdictOf(checker, "Anmeldelserne om hærværk faldt med 32 procent i 2021.")).toBe("unverified");
  });

  it("is of the value a change ended at, not the one it started from", async () => {
    const checker = await checkerFor(["Robots", "", "The robotics firm raised £6 million from investors this year.", "", "It employs 40 people at its site.", "", "Revenue rose to £3.8 million in the 2023 financial year from £1.1 million a year earlier, an increase of about 245 per cent."].join("\n"), "en", "2024-06-03");
    expect(verdictOf(checker, "The company's revenue grew by roughly 250 per cent in its 2023 financial year.")).toBe("match");
    expect(verdictOf(checker, "The company's revenue grew by roughly 250 per cent in 2022.")).toBe("unverified");
  });

  it("is of the value's year before a year it is measured against", async () => {
    const checker = await checkerFor(["Delebiler", "", "Delebilklubben vil have 1.000 medlemmer i 2026.", "", "Den har 52 biler.", "", "Klubbens samlede omsætning var sidste år på 14,7 mio. kr., hvilket er 38 procent mere end året før."].join("\n"), "da", "2023-06-12");
    expect(verdictOf(checker, "The club's turnover grew by 38 percent in 2022.")).toBe("match");
    expect(verdictOf(checker, "The club's turnover grew by 38 percent in 2020.")).toBe("unverified");
  });

  it("does not date the value of another unit as where a change started", async () => {
    // ("up 22 percent on the previous year" is no value of pounds "last year" started from)
    const checker = await checkerFor(["Rowing", "", "The rowing club has 210 members this year.", "", "It owns 14 boats.", "", "The club's income rose to £187,400 in 2023, up 22 percent on the previous year, while its costs climbed 14 percent to £171,900."].join("\n"), "en", "2024-03-14");
    expect(verdictOf(checker, "The club's costs came to roughly £172,000 last year.")).toBe("match");
  });
});
