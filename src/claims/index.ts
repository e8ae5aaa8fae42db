// Claims stage: blocks of input text → sentences with their positions in the input.
// (The pipeline keeps the sentences that hold a figure: those are the claims.)
import type { PosSpan, TextBlock } from "../types.js";
import { PositionCursor, sliceSpans } from "../text/positions.js";
import { splitSentences } from "./sentences.js";

export { splitSentences } from "./sentences.js";

export interface Sentence {
  text: string;
  /** Offsets of `text` mapped to the input. */
  spans: PosSpan[];
}

export function sentencesOf(block: TextBlock): Sentence[] {
  const cursor = new PositionCursor(block.text, block.spans);
  return splitSentences(block.text).map((s) => ({
    text: s.text,
    spans: sliceSpans(block.text, block.spans, s.start, s.end, cursor),
  }));
}
