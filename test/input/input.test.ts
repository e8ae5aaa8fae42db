import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { argumentSources, lineBlocks, streamLineBlocks } from "../../src/input/index.js";

describe("input", () => {
  it("numbers arguments as lines", () => {
    const [a, b] = argumentSources(["347 refugees", "\uFEFFTwo babies"]);
    expect(a.blocks[0]).toEqual({ text: "347 refugees", spans: [{ offset: 0, line: 1, column: 1 }] });
    expect(b.blocks[0].text).toBe("Two babies");
    expect(b.blocks[0].spans[0].line).toBe(2);
  });

  it("splits LF, CRLF and lone CR lines", () => {
    expect(lineBlocks("a\r\nb\rc\nd").map((b) => [b.text, b.spans[0].line])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["d", 4],
    ]);
  });

  it("streams stdin lines with their numbers, dropping a BOM", async () => {
    const blocks = [];
    for await (const b of streamLineBlocks(Readable.from(["\uFEFFone\r\ntwo\n", "thr", "ee\rfour\n"]), { maxLineBytes: 100 })) blocks.push(b);
    expect(blocks.map((b) => [b.text, b.spans[0].line])).toEqual([
      ["one", 1],
      ["two", 2],
      ["three", 3],
      ["four", 4],
    ]);
  });
});
