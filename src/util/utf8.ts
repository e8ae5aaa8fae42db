// UTF-8 with one rule for every input (files, --stdin-filename, stdin lines): bytes that are not
// valid UTF-8 are read as U+FFFD and reported once per input, at the first bad byte.
import { isUtf8 } from "node:buffer";
import { codePointCount } from "./text.js";

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i; // cut off at the end
    const second = b[i + 1];
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const x = b[i + k];
      if (x < 0x80 || x > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

export interface Decoded {
  text: string;
  /** Where the first invalid byte stands (1-based line and column of the decoded text), if any. */
  invalidAt?: { line: number; column: number };
}

/**
 * Decodes bytes as UTF-8 (invalid bytes become U+FFFD). `firstLine` numbers the first line; lines
 * end at LF, CRLF or a lone CR, as everywhere in the input stage; a BOM takes no column.
 */
export function decodeUtf8(bytes: Uint8Array, firstLine = 1): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString("utf8");
  if (isUtf8(buf)) return { text };
  const bad = firstInvalidUtf8(buf);
  if (bad < 0) return { text }; // (isUtf8 and the scan agree; kept for safety)
  const before = buf.toString("utf8", 0, bad);
  let line = firstLine;
  let lineStart = 0;
  for (let i = 0; i < before.length; i++) {
    const ch = before.charCodeAt(i);
    if (ch === 0x0d) {
      if (before.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      lineStart = i + 1;
    } else if (ch === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const bom = firstLine === 1 && line === 1 && before.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { text, invalidAt: { line, column: 1 + codePointCount(before, lineStart + bom) } };
}
