import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointCount, stripBom } from "../../src/util/text.js";
import { decodeUtf8, firstInvalidUtf8 } from "../../src/util/utf8.js";

describe("firstInvalidUtf8", () => {
  it("agrees with a strict decoder on any bytes", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the first bad byte: stray continuation, overlong, surrogate, cut-off sequence", () => {
    expect(firstInvalidUtf8(Buffer.from("abc"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from("æ😀"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
  });
});

describe("decodeUtf8", () => {
  it("reads invalid bytes as U+FFFD and places the first at its line and column", () => {
    const bytes = Buffer.concat([Buffer.from("\uFEFFline one\r\nline 2\rthe æ "), Buffer.from([0xff]), Buffer.from(" end")]);
    expect(decodeUtf8(bytes)).toEqual({ text: "\uFEFFline one\r\nline 2\rthe æ \uFFFD end", invalidAt: { line: 3, column: 7 } });
    expect(decodeUtf8(Buffer.concat([Buffer.from("\uFEFFab"), Buffer.from([0xff])]))).toMatchObject({ invalidAt: { line: 1, column: 3 } });
    expect(decodeUtf8(Buffer.from([0xff]), 12)).toMatchObject({ invalidAt: { line: 12, column: 1 } });
    expect(decodeUtf8(Buffer.from("fine"))).toEqual({ text: "fine" });
  });
});

describe("text helpers", () => {
  it("count code points as editors do, and strip one BOM", () => {
    expect(codePointCount("a😀b")).toBe(3);
    expect(codePointCount("a😀b", 1, 3)).toBe(1);
    expect(codePointCount("")).toBe(0);
    expect(stripBom("\uFEFF\uFEFFx")).toBe("\uFEFFx");
    expect(stripBom("x")).toBe("x");
  });
});
