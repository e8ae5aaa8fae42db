import { describe, expect, it } from "vitest";
import { codePointLength, PositionCursor, positionAfter, positionAt, sliceSpans } from "../../src/text/positions.js";

describe("positions", () => {
  it("counts code points", () => {
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("æøå")).toBe(3);
    expect(codePointLength("😀x")).toBe(2);
  });

  it("maps offsets across spans (a sentence over two lines)", () => {
    const text = "one two three four";
    const spans = [
      { offset: 0, line: 3, column: 5 },
      { offset: 8, line: 4, column: 1 },
    ];
    expect(positionAt(text, spans, 0)).toEqual({ line: 3, column: 5 });
    expect(positionAt(text, spans, 4)).toEqual({ line: 3, column: 9 });
    expect(positionAt(text, spans, 8)).toEqual({ line: 4, column: 1 });
    expect(positionAt(text, spans, 14)).toEqual({ line: 4, column: 7 });
    expect(sliceSpans(text, spans, 4, 18)).toEqual([
      { offset: 0, line: 3, column: 9 },
      { offset: 4, line: 4, column: 1 },
    ]);
  });

  it("puts an end just after its last character, not where the next one stands", () => {
    // "<b>12</b> html": the extracted text "12 html" jumps from column 5 to column 10 after "12".
    const text = "12 html";
    const spans = [
      { offset: 0, line: 1, column: 4 },
      { offset: 2, line: 1, column: 10 },
    ];
    expect(positionAt(text, spans, 2)).toEqual({ line: 1, column: 10 });
    expect(positionAfter(text, spans, 2)).toEqual({ line: 1, column: 6 });
    expect(positionAfter(text, spans, text.length)).toEqual({ line: 1, column: 15 });
    // A last character outside the BMP is one column; an empty text ends where it starts.
    expect(positionAfter("a😀", [{ offset: 0, line: 2, column: 1 }], 3)).toEqual({ line: 2, column: 3 });
    expect(positionAfter("", [{ offset: 0, line: 2, column: 7 }], 0)).toEqual({ line: 2, column: 7 });
    // Across lines: the end of the first line's part is on that line.
    const two = [
      { offset: 0, line: 3, column: 5 },
      { offset: 8, line: 4, column: 1 },
    ];
    expect(positionAfter("one two three four", two, 8)).toEqual({ line: 3, column: 13 });
    // The cursor (figures of a sentence, in order) gives the same starts and ends.
    const figures: [number, number][] = [[0, 2], [3, 7]];
    const cursor = new PositionCursor(text, spans);
    for (const [from, to] of figures) {
      expect(cursor.at(from)).toEqual(positionAt(text, spans, from));
      expect(cursor.after(to)).toEqual(positionAfter(text, spans, to));
    }
  });
});
