// Input stage: command-line arguments and standard input → blocks of text with positions.
import type { Readable } from "node:stream";
import type { InputNotice, InputSource, TextBlock } from "../types.js";
import { stripBom } from "../util/text.js";
import { decodeUtf8 } from "../util/utf8.js";
import { UserError } from "../types.js";

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

/** The default size limit of one draft, of standard input read as a file, and of one line of standard input. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface LineStreamOptions {
  /** A line longer than this (in bytes) is an error: a stream with no line breaks never ends a line. */
  maxLineBytes: number;
  /** Called once, at the first byte that is not valid UTF-8 (the line is still read, with U+FFFD). */
  onNotice?: (notice: InputNotice) => void;
  /** What errors call the stream (default "-"). */
  name?: string;
}

const LF = 0x0a;

/**
 * Lines of a stream as blocks, read as they arrive (a 1 GB pipe is never held in memory, and a
 * line is never longer than `maxLineBytes`). Lines end at LF, CRLF or a lone CR.
 */
export async function* streamLineBlocks(stream: Readable, options: LineStreamOptions): AsyncGenerator<TextBlock> {
  const name = options.name ?? "-";
  const max = options.maxLineBytes;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNo = 0;
  let warned = false;
  const tooLong = () =>
    new UserError(`line ${lineNo + 1} is longer than ${formatBytes(max)} (a stream without line breaks?); raise the limit with --max-file-size`, { file: name });

  function* emit(bytes: Buffer): Generator<TextBlock> {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--; // CRLF
    const { text: decoded, invalidAt } = decodeUtf8(bytes.subarray(0, end), lineNo + 1);
    if (invalidAt && !warned) {
      warned = true;
      options.onNotice?.({ kind: "encoding", file: name, ...invalidAt, message: "not valid UTF-8: invalid bytes are read as U+FFFD" });
    }
    const text = lineNo === 0 ? stripBom(decoded) : decoded;
    if (!text.includes("\r")) {
      lineNo++;
      yield { text, spans: [{ offset: 0, line: lineNo, column: 1 }] };
      return;
    }
    // A lone CR ends a line too (old Mac files); numbering as in lineBlocks.
    for (const part of text.split("\r")) {
      lineNo++;
      yield { text: part, spans: [{ offset: 0, line: lineNo, column: 1 }] };
    }
  }

  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let nl = buf.indexOf(LF, start); nl !== -1; nl = buf.indexOf(LF, start)) {
      if (pendingBytes + (nl - start) > max) throw tooLong();
      const piece = buf.subarray(start, nl);
      const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
      yield* emit(line);
    }
    if (start < buf.length) {
      pendingBytes += buf.length - start;
      if (pendingBytes > max) throw tooLong();
      pending.push(buf.subarray(start));
    }
  }
  if (pendingBytes > 0) yield* emit(Buffer.concat(pending));
}

/** Reads a whole stream, refusing more than `maxBytes`. */
export async function readStream(stream: Readable, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) throw new UserError(`larger than ${formatBytes(maxBytes)}; raise the limit with --max-file-size`, { file: name });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** 67108864 → "64 MB". */
export function formatBytes(n: number): string {
  const mb = n / (1024 * 1024);
  return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${n} bytes`;
}
