// Disable comments: lines of a draft that the author asks factcheck to leave alone.
//
// Markdown:  <!-- factcheck-disable-next-line -->   the next line (exactly: as in ESLint and markdownlint)
//            <!-- factcheck-disable --> … <!-- factcheck-enable -->   every line between
//            text <!-- factcheck-disable-line -->   that line
// Plain text: the same words in a `#` or `//` comment at the start of a line, and
//            `text  # factcheck-disable-line` (or `// …`) at the end of a line.
// A reason may follow after ` -- `: `<!-- factcheck-disable-next-line -- quoted from a reader -->`.

export type DirectiveKind = "disable-next-line" | "disable-line" | "disable" | "enable";

export interface Directive {
  kind: DirectiveKind;
  /** Where the comment stands (1-based; the column counts code points). */
  line: number;
  column: number;
  /** The lines it suppresses, inclusive; fromLine > toLine when it suppresses none (enable). */
  fromLine: number;
  toLine: number;
}

/** A directive as found, before its range is known. */
export interface DirectiveMark {
  kind: DirectiveKind;
  line: number;
  column: number;
}

const KIND = "(disable-next-line|disable-line|disable|enable)";
// A reason after ` -- `. In a plain-text line it runs to the end of the line (greedy: a lazy
// `[^\n]*?` before `[ \t]*$` rescanned runs of blanks from every position — quadratic). In a
// comment it runs up to the first `-->` (and never over a `<!--`), matched atomically (lookahead + backreference) so that a
// comment that is never closed is not retried from every position of its reason.
const REASON = "(?:[ \\t]+--(?:[ \\t][^\\n]*)?)?";
const HTML_REASON = "(?:[ \\t]+--(?:[ \\t](?=((?:(?!-->|<!--)[^\\n])*))\\2)?)?";

/** Every directive comment in a piece of HTML, as `{kind, index}` (index of `<!--`). */
const HTML_DIRECTIVE_G = new RegExp(`<!--[ \\t]*factcheck-${KIND}${HTML_REASON}[ \\t]*-->`, "g");

export function htmlDirectives(html: string): { kind: DirectiveKind; index: number }[] {
  if (!html.includes("factcheck-")) return [];
  const out: { kind: DirectiveKind; index: number }[] = [];
  HTML_DIRECTIVE_G.lastIndex = 0;
  for (let m = HTML_DIRECTIVE_G.exec(html); m; m = HTML_DIRECTIVE_G.exec(html)) {
    out.push({ kind: m[1] as DirectiveKind, index: m.index });
  }
  return out;
}

/** A plain-text line that is nothing but a directive comment: `# factcheck-disable`. */
const TEXT_LINE_DIRECTIVE = new RegExp(`^([ \\t]*)(?:#|//)[ \\t]*factcheck-${KIND}${REASON}[ \\t]*$`);
/** A trailing `  # factcheck-disable-line` (or `// …`) after some text. */
// (The lookbehind starts a match only at the first blank of a run: quadratic otherwise.)
const TEXT_TRAILING_DIRECTIVE = new RegExp(`(?<![ \\t])[ \\t]+(#|//)[ \\t]*factcheck-disable-line${REASON}[ \\t]*$`);

/**
 * Reads a plain-text line for directives. `line` says whether the whole line is a directive comment
 * (then it is not checked as text); `trailing` gives the index of a trailing
 * `# factcheck-disable-line` comment (the text to check ends there).
 */
export function textLineDirective(
  text: string,
): { kind: DirectiveKind; index: number; whole: boolean } | null {
  if (!text.includes("factcheck-")) return null;
  const whole = TEXT_LINE_DIRECTIVE.exec(text);
  if (whole) return { kind: whole[2] as DirectiveKind, index: whole[1].length, whole: true };
  const trailing = TEXT_TRAILING_DIRECTIVE.exec(text);
  if (trailing) {
    const index = trailing.index + trailing[0].indexOf(trailing[1]);
    return { kind: "disable-line", index, whole: false };
  }
  return null;
}

/**
 * Gives each directive the lines it suppresses; `lineCount` is the number of lines. A
 * disable-next-line covers exactly the line after it: when that line is blank, or is itself a
 * comment, it suppresses nothing (and is reported as unused).
 */
export function resolveDirectives(marks: DirectiveMark[], lineCount: number): Directive[] {
  const sorted = [...marks].sort((a, b) => a.line - b.line || a.column - b.column);
  const out: Directive[] = [];
  const openDisables: Directive[] = [];
  for (const m of sorted) {
    switch (m.kind) {
      case "disable-line":
        out.push({ ...m, fromLine: m.line, toLine: m.line });
        break;
      case "disable-next-line":
        // No line left: an empty range (and so reported as unused).
        if (m.line + 1 > lineCount) out.push({ ...m, fromLine: m.line + 1, toLine: m.line });
        else out.push({ ...m, fromLine: m.line + 1, toLine: m.line + 1 });
        break;
      case "disable": {
        const d: Directive = { ...m, fromLine: m.line + 1, toLine: lineCount };
        out.push(d);
        openDisables.push(d);
        break;
      }
      case "enable":
        for (const d of openDisables) d.toLine = m.line - 1;
        openDisables.length = 0;
        out.push({ ...m, fromLine: m.line, toLine: m.line - 1 });
        break;
    }
  }
  return out;
}

/**
 * Answers "is this line suppressed?" and remembers which directives did suppress something, so
 * that the ones that never did can be reported.
 */
export class Suppressions {
  readonly #directives: Directive[];
  readonly #byLine = new Map<number, Directive[]>();
  /** disable ranges, sorted by fromLine, and the largest toLine among ranges[0..i]. */
  readonly #ranges: Directive[] = [];
  readonly #maxTo: number[] = [];
  readonly #used = new Set<Directive>();
  /** enable directives that closed no disable. */
  readonly #strayEnables = new Set<Directive>();

  constructor(directives: Directive[]) {
    this.#directives = [...directives].sort((a, b) => a.line - b.line || a.column - b.column);
    let open = 0;
    for (const d of this.#directives) {
      if (d.kind === "enable") {
        if (open === 0) this.#strayEnables.add(d);
        open = 0;
        continue;
      }
      if (d.kind === "disable") {
        open++;
        if (d.fromLine <= d.toLine) this.#ranges.push(d);
        continue;
      }
      for (let line = d.fromLine; line <= d.toLine; line++) {
        const list = this.#byLine.get(line);
        if (list) list.push(d);
        else this.#byLine.set(line, [d]);
      }
    }
    this.#ranges.sort((a, b) => a.fromLine - b.fromLine);
    let max = -Infinity;
    for (const d of this.#ranges) this.#maxTo.push((max = Math.max(max, d.toLine)));
  }

  /** True when a directive covers some line from `from` to `to` (nothing is marked used). */
  touches(from: number, to: number): boolean {
    if (this.#directives.length === 0) return false;
    for (let line = from; line <= to; line++) if (this.#covers(line, false)) return true;
    return false;
  }

  /** True when a directive covers `line`; every directive that covers it is marked used. */
  isSuppressed(line: number): boolean {
    return this.#covers(line, true);
  }

  #covers(line: number, mark: boolean): boolean {
    let hit = false;
    const list = this.#byLine.get(line);
    if (list) {
      if (!mark) return true;
      for (const d of list) this.#used.add(d);
      hit = true;
    }
    // The last range starting at or before the line, then back while an earlier one may reach it.
    const ranges = this.#ranges;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].fromLine <= line) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && this.#maxTo[i] >= line; i--) {
      if (ranges[i].toLine >= line) {
        if (!mark) return true;
        this.#used.add(ranges[i]);
        hit = true;
      }
    }
    return hit;
  }

  /** Positions (in the list given to the constructor) of the directives that suppressed something. */
  usedIndices(directives: readonly Directive[]): number[] {
    const out: number[] = [];
    directives.forEach((d, i) => {
      if (this.#used.has(d)) out.push(i);
    });
    return out;
  }

  /** Marks directives as used by their positions in `directives` (what another thread found). */
  markUsed(directives: readonly Directive[], indices: readonly number[]): void {
    for (const i of indices) if (directives[i]) this.#used.add(directives[i]);
  }

  /** Directives that suppressed nothing (and enable comments that closed no disable), in order. */
  unused(): Directive[] {
    return this.#directives.filter((d) =>
      d.kind === "enable" ? this.#strayEnables.has(d) : !this.#used.has(d),
    );
  }
}
