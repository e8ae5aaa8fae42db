// Sentence splitting: breaks after terminators, merged back after abbreviations and initials
// ("Gen. Austin S. Miller", "U.S. troops", "ca. 300", "bl.a.") and before lower-case words.
import { ALL_LANGUAGES } from "../lang/index.js";

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Lower-cased, with their final dot: the abbreviations of every language pack (the splitter runs
// before a sentence's language is known).
let abbreviations: ReadonlySet<string> | undefined;
const isAbbreviation = (w: string) => (abbreviations ??= new Set(ALL_LANGUAGES.flatMap((p) => p.abbreviations))).has(w);
let enders: ReadonlySet<string> | undefined;
const endsSentence = (w: string) => (enders ??= new Set(ALL_LANGUAGES.flatMap((p) => p.sentenceEnders))).has(w);

const LAST_WORD = /(?:^|[\s(“"'‘«])([\p{L}.]*\p{L}\.)\s*$/u;
const INITIAL = /(?:^|[\s(“"'‘«])\p{Lu}\.\s*$/u;
const STARTS_LOWER = /^[\s"'“‘«(]*\p{Ll}/u;
const STARTS_UPPER = /^[\s"'“‘«(]*\p{Lu}/u;

/** Split one line or paragraph into sentences (offsets into `text`). Blank sentences are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  // Most single claims hold no sentence break at all.
  if (!POSSIBLE_BREAK.test(text)) return trimmed(text, 0, text.length);
  const pieces: { start: number; end: number }[] = [];
  for (const [start, end] of candidates(text)) {
    const prev = pieces[pieces.length - 1];
    if (prev && shouldMerge(text.slice(Math.max(prev.start, prev.end - 64), prev.end), text.slice(start, Math.min(end, start + 64)))) prev.end = end;
    else pieces.push({ start, end });
  }
  const out: SentenceSpan[] = [];
  for (const p of pieces) for (const t of trimmed(text, p.start, p.end)) out.push(t);
  return out;
}

// A sentence ends at a terminator (with any closing quotes or brackets) before white space, and
// at a line or paragraph separator. One linear pass; the merge rules then undo the breaks after
// abbreviations, initials, and before a lower-case word. (Intl.Segmenter, tried first, draws the
// same breaks but costs ~15 ms to load and slows down quadratically on long lines.)
const CANDIDATE = /[.!?…‼⁇⁈⁉。]+["'”’»)\]]*\s+|[\n\r\u2028\u2029\u0085]+/gu;

function* candidates(text: string): Generator<[number, number]> {
  let start = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    yield [start, end];
    start = end;
  }
  if (start < text.length) yield [start, text.length];
}

/** A sentence terminator followed by more text, or a line or paragraph separator. */
const POSSIBLE_BREAK = /[.!?…‼⁇⁈⁉。]["'”’»)\]]*\s+\S|[\n\r\u2028\u2029\u0085]/u;

/** The piece without surrounding white space, offsets kept exact (none if it is blank). */
function trimmed(text: string, start: number, end: number): SentenceSpan[] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  return e > s ? [{ text: text.slice(s, e), start: s, end: e }] : [];
}

/** `previous` and `next` are at most 64 characters around the break: the rules look no further. */
function shouldMerge(previous: string, next: string): boolean {
  if (STARTS_LOWER.test(next)) return true; // a sentence does not start in lower case ("den 11. september")
  if (INITIAL.test(previous)) return true; // "Austin S." + "Miller"
  const m = LAST_WORD.exec(previous);
  if (m === null) return false;
  const word = m[1].toLowerCase();
  // ("… 1,62 millioner kr. Voksne betaler …": an amount's unit before a capital ends a sentence)
  if (endsSentence(word) && STARTS_UPPER.test(next)) return false;
  return isAbbreviation(word);
}
