// Sentence splitting: Intl.Segmenter, with its splits after abbreviations and initials merged
// back ("Gen. Austin S. Miller", "U.S. troops", "ca. 300", "bl.a.").

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Lower-cased, with their final dot. General language knowledge for English and Danish.
const ABBREVIATIONS = new Set(
  [
    // English titles and common abbreviations
    "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "cpl.", "pvt.", "adm.", "cmdr.", "gov.", "sen.", "rep.", "pres.",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "rev.", "hon.", "no.", "nos.", "vs.", "v.", "approx.",
    "est.", "fig.", "dept.", "univ.", "inc.", "corp.", "ltd.", "co.", "mt.", "ft.", "e.g.", "i.e.", "cf.", "al.",
    "u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", "d.c.", "a.m.", "p.m.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.",
    // Danish
    "ca.", "mio.", "mia.", "kr.", "pct.", "nr.", "bl.a.", "f.eks.", "jf.", "dvs.", "hhv.", "evt.", "inkl.", "ekskl.",
    "kl.", "hr.", "fr.", "mht.", "vedr.", "ift.", "iflg.", "mv.", "m.v.", "mfl.", "m.fl.", "osv.", "o.l.", "ol.",
    "gl.", "stk.", "tlf.", "bd.", "s.", "vol.", "mdr.", "md.", "ang.", "if.", "jvf.", "sml.", "pga.", "p.g.a.",
    "okt.", "dec.", "man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn.", "c.",
  ],
);

const LAST_WORD = /(?:^|[\s(“"'‘«])([\p{L}.]*\p{L}\.)\s*$/u;
const INITIAL = /(?:^|[\s(“"'‘«])\p{Lu}\.\s*$/u;
const STARTS_LOWER = /^[\s"'“‘«(]*\p{Ll}/u;

let segmenter: Intl.Segmenter | undefined;

/** Split one line or paragraph into sentences (offsets into `text`). Blank sentences are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  // Most single claims hold no sentence break at all: skip ICU (whose data costs ~15 ms to load).
  if (!POSSIBLE_BREAK.test(text)) return trimmed(text, 0, text.length);
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  const pieces: { start: number; end: number }[] = [];
  for (const [start, end] of segments(segmenter, text)) {
    const seg = { segment: text.slice(start, end) };
    const prev = pieces[pieces.length - 1];
    if (prev && shouldMerge(text.slice(prev.start, prev.end), seg.segment)) prev.end = end;
    else pieces.push({ start, end });
  }
  return pieces.flatMap((p) => trimmed(text, p.start, p.end));
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

// ICU does not break between a full stop and a number ("dræbt. 2448 amerikanere"): do it here,
// unless the word before the stop is an abbreviation ("ca. 300", "nr. 5").
// The lookbehind starts a match only at the first stop of a run ("....  "), so a long run is not
// rescanned from each of its stops (that was quadratic).
const STOP_BEFORE_NUMBER = /(?<![.!?])[.!?]+\s+(?=\p{N})/gu;

// Intl.Segmenter's iteration slows down with the length of the text (quadratic: a 1 MB line took
// minutes), so long texts are segmented a window at a time. Only breaks well inside a window are
// kept (ICU looks a little ahead of a break); the next window starts at the last of them.
const WINDOW = 8192;
const MARGIN = 512;

function* icuSegments(segmenter: Intl.Segmenter, text: string): Generator<{ index: number; segment: string }> {
  let base = 0;
  while (base < text.length) {
    if (text.length - base <= WINDOW) {
      for (const s of segmenter.segment(base === 0 ? text : text.slice(base))) yield { index: base + s.index, segment: s.segment };
      return;
    }
    const chunk = text.slice(base, base + WINDOW);
    let next = base;
    for (const s of segmenter.segment(chunk)) {
      const end = s.index + s.segment.length;
      if (end > WINDOW - MARGIN) break;
      yield { index: base + s.index, segment: s.segment };
      next = base + end;
    }
    if (next === base) {
      // One sentence longer than a window: cut it after its last white space in the window (the
      // pieces are merged back when the next one starts in lower case).
      let cut = base + WINDOW - MARGIN;
      let k = cut;
      while (k > base + 1 && !/\s/u.test(text[k - 1])) k--;
      if (k > base + 1) cut = k;
      else if (isLowSurrogate(text.charCodeAt(cut))) cut++;
      yield { index: base, segment: text.slice(base, cut) };
      next = cut;
    }
    base = next;
  }
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function* segments(segmenter: Intl.Segmenter, text: string): Generator<[number, number]> {
  for (const seg of icuSegments(segmenter, text)) {
    let start = seg.index;
    const end = seg.index + seg.segment.length;
    for (const m of seg.segment.matchAll(STOP_BEFORE_NUMBER)) {
      const cut = seg.index + m.index + m[0].length;
      const before = text.slice(start, seg.index + m.index + 1);
      const end = tailOf(before);
      const word = LAST_WORD.exec(end);
      if (word && ABBREVIATIONS.has(word[1].toLowerCase())) continue;
      if (INITIAL.test(end)) continue;
      yield [start, cut];
      start = cut;
    }
    yield [start, end];
  }
}

/**
 * The end of `s` that LAST_WORD and INITIAL can see: its last TAIL code units before trailing
 * white space. Both patterns are anchored at the end but not at the start, so run on a whole
 * piece they scan all of it; a sentence that keeps growing by merges ("Gen. Gen. Gen. …") made
 * that quadratic. A cut tail starts with a NUL so that `^` cannot pretend a word starts at the
 * cut (no abbreviation or initial is anywhere near TAIL long, so nothing else changes).
 */
const TAIL = 64;
function tailOf(s: string): string {
  let e = s.length;
  while (e > 0 && /\s/u.test(s[e - 1])) e--;
  if (e <= TAIL) return s.slice(0, e);
  return `\0${s.slice(e - TAIL, e)}`;
}

function shouldMerge(previous: string, next: string): boolean {
  if (STARTS_LOWER.test(next)) return true; // a sentence does not start in lower case ("den 11. september")
  previous = tailOf(previous);
  if (INITIAL.test(previous)) return true; // "Austin S." + "Miller"
  const m = LAST_WORD.exec(previous);
  return m !== null && ABBREVIATIONS.has(m[1].toLowerCase());
}
