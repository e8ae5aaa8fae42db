// Offsets in extracted text ↔ line:column in the original input (columns count code points).
import type { PosSpan, Position } from "../types.js";

export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // count high surrogates and BMP code units, skip low surrogates
  }
  return n;
}

/** Index of the last span whose offset is <= `offset` (spans are sorted by offset). */
function spanIndex(spans: PosSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where `offset` of `text` stands in the original input. */
export function positionAt(text: string, spans: PosSpan[], offset: number): Position {
  if (spans.length === 0) return { line: 1, column: 1 + codePointLength(text.slice(0, offset)) };
  const span = spans[spanIndex(spans, offset)];
  const from = Math.min(span.offset, offset);
  return { line: span.line, column: span.column + codePointLength(text.slice(from, offset)) };
}

/**
 * Where the text ending at `end` ends: just after its last character. (positionAt(end) would give
 * where the *next* character stands, which is elsewhere when markup such as an HTML tag follows.)
 */
export function positionAfter(text: string, spans: PosSpan[], end: number): Position {
  if (end <= 0) return positionAt(text, spans, end);
  const p = positionAt(text, spans, lastCharStart(text, end));
  return { line: p.line, column: p.column + 1 };
}

/** The offset of the character that ends at `end` (a surrogate pair is one character). */
function lastCharStart(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return end - (c >= 0xdc00 && c <= 0xdfff && end >= 2 ? 2 : 1);
}

/**
 * positionAt for offsets that mostly move forward (the sentences of a block, in order): counts
 * code points from the last offset asked about instead of from the span's start, so that asking
 * for every sentence of a long line is linear, not quadratic.
 */
export class PositionCursor {
  private span = -1;
  private offset = 0;
  private column = 1;

  constructor(
    private readonly text: string,
    private readonly spans: PosSpan[],
  ) {}

  at(offset: number): Position {
    if (this.spans.length === 0) return positionAt(this.text, this.spans, offset);
    const i = spanIndex(this.spans, offset);
    const span = this.spans[i];
    const from = Math.min(span.offset, offset);
    if (i !== this.span || offset < this.offset || from !== span.offset) {
      this.span = i;
      this.offset = from;
      this.column = span.column;
    }
    this.column += codePointLength(this.text.slice(this.offset, offset));
    this.offset = offset;
    return { line: span.line, column: this.column };
  }

  /** positionAfter, counted on from the last offset asked about. */
  after(end: number): Position {
    if (end <= 0) return this.at(end);
    const p = this.at(lastCharStart(this.text, end));
    return { line: p.line, column: p.column + 1 };
  }
}

/** The spans of `text.slice(start, end)`, with offsets relative to `start`. */
export function sliceSpans(text: string, spans: PosSpan[], start: number, end: number, cursor?: PositionCursor): PosSpan[] {
  const first = cursor ? cursor.at(start) : positionAt(text, spans, start);
  if (spans.length === 0) return [{ offset: 0, ...first }];
  const out: PosSpan[] = [{ offset: 0, ...first }];
  for (let i = spanIndex(spans, start) + 1; i < spans.length && spans[i].offset < end; i++) {
    out.push({ offset: spans[i].offset - start, line: spans[i].line, column: spans[i].column });
  }
  return out;
}
