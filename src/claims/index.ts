// Claims stage: blocks of input text → sentences with their positions in the input.
// (The pipeline keeps the sentences that hold a figure: those are the claims.)
import type { PosSpan, TextBlock } from "../types.js";
import { sliceSpans } from "../text/positions.js";
import { splitSentences } from "./sentences.js";

export { splitSentences } from "./sentences.js";

export interface Sentence {
  text: string;
  /** Offsets of `text` mapped to the input. */
  spans: PosSpan[];
}

export function sentencesOf(block: TextBlock): Sentence[] {
  return splitSentences(block.text).map((s) => ({
    text: s.text,
    spans: sliceSpans(block.text, block.spans, s.start, s.end),
  }));
}
