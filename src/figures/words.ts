// The figure reader's per-word memo: one record per distinct lower-cased word, attached to each
// word token by the tokenizer. Drafts repeat their words, so what language detection and the
// readers need to know of a word (its evidence for each language; whether it can start or make a
// figure, its value as a number word, its month or weekday) is worked out once per process, and a
// word of a sentence costs one map probe (in the tokenizer) instead of one for every question.
import type { Evidence } from "./lang.js";
import type { WordClass } from "./tables.js";

export class Word {
  /** Evidence for each language (lang.ts), weighed on first need. */
  evidence: Evidence | undefined = undefined;
  /** The reader's class of the word in each language (Tables.word), by the language's index. */
  readonly classes: (WordClass | undefined)[] = [];
  /** Bits of the phrase tables (phrases.ts) none of whose phrases starts with the word. */
  notIn = 0;
}

const memo = new Map<string, Word>();
/** The memo is cleared when it grows past this many words (records already on tokens stay valid). */
const MEMO_MAX = 50_000;

/** The record of a lower-cased word. */
export function wordOf(low: string): Word {
  let w = memo.get(low);
  if (w === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(low, (w = new Word()));
  }
  return w;
}
