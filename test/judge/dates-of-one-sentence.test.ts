// A claimed date the words tie equally to several dates of one sentence, and wrong about each of
// them, is a wrong date: which of them it restates matters little, it restates none ("Hallen
// lukker fra 24. april" against "lukker helt fra 24. marts til 19. maj"). Not when another fact
// of the source gives the claimed date, and not for amounts (a claim about a thing the sentence
// does not count). On sources drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

const HALL = [
  "Vildbjerg Hallen lukker i otte uger",
  "",
  "Nu skal det gamle tag skiftes, og det betyder, at hallen lukker helt fra 24. marts til 19. maj – i alt otte uger.",
  "",
  "Kommunen har tilbudt foreningerne en kompensation på 40.000 kr. i alt.",
].join("\n");

describe("a date wrong about every date of one sentence", () => {
  it("is a mismatch", async () => {
    const checker = await checkerFor(HALL, "da", "2025-02-04");
    expect(verdictOf(checker, "Hallen lukker fra 24. april.")).toBe("mismatch");
    expect(verdictOf(checker, "The hall closes on 24 March.")).toBe("match");
  });

  it("unless another fact gives that date", async () => {
    const checker = await checkerFor(`${HALL}\n\nByfesten holdes 24. april på pladsen foran hallen.`, "da", "2025-02-04");
    expect(verdictOf(checker, "Hallen lukker fra 24. april.")).not.toBe("mismatch");
  });
});
