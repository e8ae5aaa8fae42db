// "Tre af dem" with no count before it counts what the sentence before names first, though that
// sentence has no figure: "Alle sager er sendt videre til styrelsen. Tre af dem er politianmeldt".
// Not where its own sentence counts them first ("23 husstande …, og 18 af dem").
// End to end on a source drafted by extract.
import { describe, expect, it } from "vitest";
import { checkerFor, verdictOf } from "../support/extracted.js";

describe("a count of them after a sentence with no figure", () => {
  it("counts the first thing that sentence names", async () => {
    const source = ["Skader på gravhøje", "", "Alle sager er sendt videre til styrelsen. Tre af dem er politianmeldt, og i én sag har en lodsejer fået en bøde på 25.000 kr."].join("\n");
    const checker = await checkerFor(source, "da", "2025-06-01");
    expect(verdictOf(checker, "Tre af sagerne er blevet meldt til politiet.")).toBe("match");
    expect(verdictOf(checker, "Fem af sagerne er blevet meldt til politiet.")).toBe("mismatch");
  });
});
