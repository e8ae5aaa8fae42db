// A count of how many fewer with no noun of its own counts what the sentence before counts ("Det er
// 38 færre end i fjor" after "I år bliver 431 unge konfirmeret"), not another count of it that
// happens to be there. School boards are not the schools they run. Sources drafted by extract,
// unedited.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a comparative with no noun after it", () => {
  it("counts what the sentence before counts", async () => {
    const da = await checkerFor(
      "Færre konfirmander\n\nI år bliver 431 unge konfirmeret i de 17 sogne i provstiet. Det er 38 færre end i fjor.\n\nI den anden ende af skalaen har Torup Sogn blot tre konfirmander i år.\n",
      "da",
      "2025-04-20",
    );
    expect(verdictOf(da, "Der er 38 færre konfirmander.")).toBe("match");
    expect(verdictOf(da, "Der er 48 færre konfirmander.")).toBe("mismatch");
  });
  it("keeps school boards apart from schools", async () => {
    const da = await checkerFor("Mobilforbud\n\nByrådet vedtog et forbud på alle kommunens 14 folkeskoler. I høringen bakkede otte skolebestyrelser op om forbuddet.\n", "da");
    expect(verdictOf(da, "Eight school boards backed the ban.")).toBe("match");
    expect(verdictOf(da, "Fourteen school boards backed the ban.")).toBe("mismatch");
  });
});
