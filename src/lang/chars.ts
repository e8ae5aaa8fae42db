// Letter, mark and number tests on code points that load no Unicode tables for the common cases.
// ASCII, Latin-1, Latin Extended-A and -B, General Punctuation and the currency symbols are decided
// by ranges; any other code point asks a regular expression with a Unicode property class, made on
// first need (compiling one costs V8 several milliseconds, which a claim in a Latin script does
// not pay). Exactly \p{L}, \p{M} and \p{N}: test/text/chars.test.ts compares every code point.

let letterOrMark: RegExp | undefined;
let numberChar: RegExp | undefined;

/** \p{L} or \p{M}: a letter or a combining mark. */
export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp < 0xc0) return cp === 0xaa || cp === 0xb5 || cp === 0xba;
  if (cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf)) return false;
  return (letterOrMark ??= /^[\p{L}\p{M}]$/u).test(String.fromCodePoint(cp));
}

/** \p{N}: a digit, numeral, superscript or vulgar fraction ("²", "½"). */
export function isNumberChar(cp: number): boolean {
  if (cp < 0x80) return cp >= 48 && cp <= 57;
  if (cp < 0xc0) return cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || cp === 0xbc || cp === 0xbd || cp === 0xbe;
  if (cp <= 0x24f) return false;
  if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf)) return false;
  return (numberChar ??= /^\p{N}$/u).test(String.fromCodePoint(cp));
}

/** Whether a string holds a \p{N} character. */
export function hasNumberChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (isNumberChar(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
