// A claimed number the words tie equally to several facts with other figures is about the one
// whose figure has the same digits in another order (a transposition, the commonest slip in
// copying a number): "17 besøgende" where the facts give 71, 3 and 58 is a mismatch against the
// 71, not "no single stored fact is clearly about it". None such, or two, leave it ambiguous. A
// wrong number is so judged against a tied fact the words tie less well than the best.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkerFor } from "../support/extracted.js";

const CAFE = [
  "Repair café outgrows its hall",
  "",
  "\"Last month we saw 71 visitors in a single afternoon, and we had to turn three away at the door,\" the co-founder said.",
  "",
  "Figures compiled by the café show attendance rising from an average of 31 visitors per session in 2024 to 58 in 2025.",
].join("\n");

describe("a number with another's digits in another order", () => {
  it("is a mismatch against that figure", async () => {
    const checker = await checkerFor(CAFE, "en", "2026-03-01");
    const check = (claim: string) => checker.checkBlock({ text: claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0].checks.find((c) => /\d/.test(c.figure.text))!;
    const da = check("I sidste måned kom der 17 besøgende på en enkelt eftermiddag.");
    expect(da.verdict).toBe("mismatch");
    expect(da.fact?.value).toBe(71);
    // (no figure with those digits: still ambiguous)
    expect(check("I sidste måned kom der 19 besøgende på en enkelt eftermiddag.").rule).toBe("ambiguous");
  });
});

const DEER = [
  "Rekordmange krondyr i plantagen",
  "",
  "Ved årets optælling i Ravnsbjerg Plantage blev der registreret 1.146 krondyr. Det er det højeste antal, siden tællingerne begyndte i 1998, og en stigning fra 968 dyr i 2024.",
  "",
  "I jagtsæsonen 2024/25 blev der nedlagt 286 krondyr i området, hvilket er 14 procent flere end sæsonen før.",
].join("\n");

describe("a wrong number with the digits of a fact the words tie less well", () => {
  it("is judged against that fact", async () => {
    const checker = await checkerFor(DEER, "da", "2025-03-20");
    const result = checker.checkBlock({ text: "Sidste år blev der talt 896 krondyr.", spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0];
    const check = result.checks.find((c) => c.figure.text === "896")!;
    expect(check.verdict).toBe("mismatch");
    expect(check.fact?.value).toBe(968);
  });
});

// (a whole document of test/newdocs, whose words tie the claim to the £7.3 million of another sum)
const THEATRE = readFileSync(new URL("../newdocs/theatre-audience.en.txt", import.meta.url), "utf8");

describe("a wrong number with the digits of a fact the words do not tie", () => {
  it("is judged against that fact when it is nearer than the best's", async () => {
    const checker = await checkerFor(THEATRE, "en", "2023-09-28");
    const check = checker.checkBlock({ text: "Ticket revenue came to £4.68 million.", spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0].checks[0];
    expect(check.verdict).toBe("mismatch");
    expect(check.fact?.value).toBe(4_860_000);
  });
});
