// Small text helpers shared by the input stage, the fact-base readers and the reports.

/** The text without a leading byte-order mark (U+FEFF). */
export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/**
 * Code points in s[from, to) — what editors count as columns. Linear, no allocation. Low
 * surrogates are not counted (as src/text/positions.ts does), so the two always agree.
 */
export function codePointCount(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
