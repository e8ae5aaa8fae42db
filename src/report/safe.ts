// Text from claims, quotes and file names is untrusted: it must not drive the terminal
// (ANSI escapes, cursor moves), forge output lines, or reorder text (bidi overrides).

// C0 controls except TAB, DEL, C1 controls, and the Unicode bidi/line-separator controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Replace each control character with a visible escape (\x1b, \u202e). */
export function neutralise(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
