import { describe, expect, it } from "vitest";
import { codePointLength, positionAt, sliceSpans } from "../../src/text/positions.js";

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
});
