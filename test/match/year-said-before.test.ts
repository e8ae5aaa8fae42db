// A sentence that opens with "Dengang" ("back then", "at the time") is of the year its paragraph
// named last before it, and "tilbage til 2019" ("back to 2019") names a year, not 2,019 of a
// thing: "man skal tilbage til 2019 for at finde et mere udbredt iltsvind. Dengang var 83
// kvadratkilometer af fjorden berørt" dates the 83 km² 2019. A claim of this year is then not
// tied to it by its figure alone, the claim's words tying only facts of another kind.
import { describe, expect, it } from "vitest";
import { parseFigures } from "../../src/figures/index.js";
import { checkerFor, verdictOf } from "../support/extracted.js";

const DANISH = [
  "Iltsvind breder sig i fjorden",
  "",
  "Iltsvindet i Hornfjord har bredt sig til 74 kvadratkilometer, hvilket svarer til godt 60 procent af fjordens samlede areal.",
  "",
  "Sidste år på samme tid var 51 kvadratkilometer ramt, og man skal tilbage til 2019 for at finde et mere udbredt iltsvind. Dengang var 83 kvadratkilometer af fjorden berørt.",
].join("\n");

describe("a year said in the sentence before", () => {
  it("is read after 'tilbage til' and 'back to'", () => {
    expect(parseFigures("man skal tilbage til 2019 for at finde et mere udbredt iltsvind", "da").map((f) => f.kind)).toEqual(["year"]);
    expect(parseFigures("you have to go back to 2019 to find a worse year", "en").map((f) => f.kind)).toEqual(["year"]);
    // (a change to a number is still a number)
    expect(parseFigures("steg til 2019 elever", "da").map((f) => f.kind)).toEqual(["count"]);
  });

  it("dates the figures of a sentence that opens with 'Dengang'", async () => {
    const checker = await checkerFor(DANISH, "da", "2025-08-29");
    expect(verdictOf(checker, "I 2019 var 83 km² af fjorden berørt af iltsvind.")).toBe("match");
    expect(verdictOf(checker, "I 2019 var 93 km² af fjorden berørt af iltsvind.")).toBe("mismatch");
    expect(verdictOf(checker, "Iltsvindet dækker i år 83 km² af fjorden.")).not.toBe("match");
    expect(verdictOf(checker, "For et år siden var 51 km² af fjorden ramt af iltsvind på samme tidspunkt.")).toBe("match");
  });
});
