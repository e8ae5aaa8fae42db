// Input stage: command-line arguments and standard input → blocks of text with positions.
import type { Readable } from "node:stream";
import type { InputSource, TextBlock } from "../types.js";

/** Split text into lines (LF, CRLF or lone CR), each a block on its own line number. */
export function lineBlocks(text: string, firstLine = 1): TextBlock[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.map((line, i) => ({ text: line, spans: [{ offset: 0, line: firstLine + i, column: 1 }] }));
}

/**
 * Each argument is one input; its location line is the argument's number (1-based), as the JSON
 * contract says, so a claim can be traced back to the argument that held it.
 */
export function argumentSources(args: string[]): InputSource[] {
  return args.map((arg, i) => ({
    name: "-",
    argument: i + 1,
    blocks: lineBlocks(stripBom(arg)).map((b) => ({ ...b, spans: [{ offset: 0, line: i + 1, column: 1 }] })),
  }));
}

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * Lines of a stream as blocks, read as they arrive (a 1 GB pipe is never held in memory).
 * Lone CRs inside a line are kept out of the text so that positions stay right.
 */
export async function* streamLineBlocks(stream: Readable): AsyncGenerator<TextBlock> {
  stream.setEncoding("utf8");
  const { createInterface } = await import("node:readline"); // only when stdin is read
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    let line = lineNo === 1 ? stripBom(raw) : raw;
    if (line.includes("\r")) {
      // A lone CR ends a line too (old Mac files); keep numbering consistent with lineBlocks.
      const parts = line.split("\r");
      for (let j = 0; j < parts.length; j++) {
        if (j > 0) lineNo++;
        yield { text: parts[j], spans: [{ offset: 0, line: lineNo, column: 1 }] };
      }
      continue;
    }
    yield { text: line, spans: [{ offset: 0, line: lineNo, column: 1 }] };
  }
}
