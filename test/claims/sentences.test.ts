import { describe, expect, it } from "vitest";
import { sentencesOf, splitSentences } from "../../src/claims/index.js";

describe("splitSentences", () => {
  it.each([
    ["Gen. Austin S. Miller handed over command on Monday. Biden spoke on Friday.", ["Gen. Austin S. Miller handed over command on Monday.", "Biden spoke on Friday."]],
    ["USA's ledende general i Afghanistan, Austin S. Miller, overdrog mandag kommandoen.", ["USA's ledende general i Afghanistan, Austin S. Miller, overdrog mandag kommandoen."]],
    ["The U.S. Army said 5 soldiers died. Then ca. 300 left.", ["The U.S. Army said 5 soldiers died.", "Then ca. 300 left."]],
    ["Angrebet skete den 11. september 2001. Det var slemt.", ["Angrebet skete den 11. september 2001.", "Det var slemt."]],
    ["Bin Laden was killed in 2011. 2448 Americans died.", ["Bin Laden was killed in 2011.", "2448 Americans died."]],
    ["Der kom bl.a. 347 flygtninge. Mindst 2 babyer døde.", ["Der kom bl.a. 347 flygtninge.", "Mindst 2 babyer døde."]],
    ["Prices rose by approx. 5 percent in Jan. last year.", ["Prices rose by approx. 5 percent in Jan. last year."]],
    // an amount's unit may end a sentence: before a capital it does ("kr.", "mio."), before a
    // lower-case word it does not
    ["Indtægterne steg til 1,62 millioner kr. Voksne betaler 95 kr. i entré.", ["Indtægterne steg til 1,62 millioner kr.", "Voksne betaler 95 kr. i entré."]],
    ["Prisen er 4,5 mio. Det er for meget.", ["Prisen er 4,5 mio.", "Det er for meget."]],
    ["Prisen er 4,5 mio. kr. pr. år.", ["Prisen er 4,5 mio. kr. pr. år."]],
    ["  Two babies died!  Was it 347?  ", ["Two babies died!", "Was it 347?"]],
    ["", []],
    ["   ", []],
  ])("%j", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it("keeps exact offsets", () => {
    const text = "  One. Two words here.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("sentencesOf", () => {
  it("maps each sentence to its line and column", () => {
    const block = { text: "First one. Second 347 here.", spans: [{ offset: 0, line: 7, column: 3 }] };
    const [a, b] = sentencesOf(block);
    expect(a.spans[0]).toMatchObject({ offset: 0, line: 7, column: 3 });
    expect(b.text).toBe("Second 347 here.");
    expect(b.spans[0]).toMatchObject({ offset: 0, line: 7, column: 14 });
  });

  it("counts columns in code points, not UTF-16 units", () => {
    const block = { text: "😀😀 a. Bee 2.", spans: [{ offset: 0, line: 1, column: 1 }] };
    const [, b] = sentencesOf(block);
    expect(b.spans[0].column).toBe(7);
  });
});

describe("splitSentences: a full stop before a number", () => {
  it.each([
    ["44 danskere blev dræbt. 2448 amerikanere er dræbt.", ["44 danskere blev dræbt.", "2448 amerikanere er dræbt."]],
    ["Der kom ca. 300 flygtninge.", ["Der kom ca. 300 flygtninge."]],
    ["Se nr. 5 her.", ["Se nr. 5 her."]],
    ["Grænseværdien er 500 bakterier pr. 100 milliliter. Den blev overskredet.", ["Grænseværdien er 500 bakterier pr. 100 milliliter.", "Den blev overskredet."]],
  ])("%j", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });
});
