// Markdown drafts → blocks of prose with exact positions, plus disable directives.
//
// markdown-it parses the file; we keep the text of paragraphs, headings, list items, block quotes,
// table cells, emphasis and link text, and skip front matter, code, HTML, URLs, images and
// autolinks. Block tokens carry their line range; the text pieces of an inline token are found
// in its raw content with a moving cursor, and that content is tied line by line to the source,
// so every character of a block maps back to its line and column (code points) in the file.
//
// markdown-it is loaded lazily (loadMarkdown / parseMarkdown): the CLI only pays for the parser
// when it reads a Markdown file.
import type { MarkdownIt, Token } from "markdown-it";
import type { PosSpan, TextBlock } from "../types.js";
import { codePointCount, stripBom } from "../util/text.js";
import { type Directive, type DirectiveMark, htmlDirectives, resolveDirectives } from "./directives.js";

export interface MarkdownResult {
  blocks: TextBlock[];
  directives: Directive[];
  /** Set when the file nests deeper than MAX_NESTING: nothing from this line on was read. */
  cutOff?: { line: number; depth: number };
}

/**
 * Block nesting markdown-it follows (a list in a list item in a block quote … counts a level
 * for each container and each paragraph). The CommonMark preset stops at 20 — a list nested ten
 * deep — and silently drops the rest of the file; 1,000 stays well inside the call stack.
 */
const MAX_NESTING = 1000;

let instance: MarkdownIt | undefined;

/** The shared parser: CommonMark with raw HTML recognised and GFM tables enabled. */
export async function loadMarkdown(): Promise<MarkdownIt> {
  if (!instance) {
    const { default: MarkdownItCtor } = await import("markdown-it");
    const md = new MarkdownItCtor("commonmark", { html: true, maxNesting: MAX_NESTING }).enable("table");
    // At the nesting limit markdown-it skips the rest of the input without a word: note where.
    const tokenize = md.block.tokenize.bind(md.block);
    md.block.tokenize = (state, startLine, endLine) => {
      if (state.level >= md.options.maxNesting) {
        const line = state.skipEmptyLines(startLine);
        const env = state.env as { cutOff?: number };
        if (line < endLine && env.cutOff === undefined) env.cutOff = line;
      }
      tokenize(state, startLine, endLine);
    };
    // Inline content is parsed by markdownBlocks itself, and only where it holds markup: plain
    // prose needs no inline tokens (a large share of markdown-it's time goes to making tokens).
    md.core.ruler.disable(["inline", "text_join"]);
    // Links are never rendered: keep their targets as written (no URL parsing and punycode).
    md.normalizeLink = (url: string) => url;
    md.normalizeLinkText = (url: string) => url;
    md.validateLink = () => true;
    instance = md;
  }
  return instance;
}

/** Loads the parser (once) and extracts the prose of a Markdown text. */
export async function parseMarkdown(text: string): Promise<MarkdownResult> {
  return markdownBlocks(text, await loadMarkdown());
}

/**
 * Extracts the prose of a Markdown text. Needs the parser from `loadMarkdown()`: pass it, or call
 * `loadMarkdown()` once before. A large text is parsed a part of about `partChars` at a time.
 */
export function markdownBlocks(text: string, md: MarkdownIt | undefined = instance, partChars = PART_CHARS): MarkdownResult {
  if (!md) throw new Error("markdownBlocks: call loadMarkdown() first, or pass the parser");
  const src = prepareSource(text);
  const parts = src.length > partChars ? splitParts(src, partChars) : [{ text: src, line: 0 }];
  const blocks: TextBlock[] = [];
  const marks: DirectiveMark[] = [];
  let lineCount = 0;
  let cutOff: MarkdownResult["cutOff"];
  for (const part of parts) {
    const r = partBlocks(part.text, md);
    if (part.line > 0) {
      for (const b of r.blocks) for (const span of b.spans) span.line += part.line;
      for (const m of r.marks) m.line += part.line;
    }
    for (const b of r.blocks) blocks.push(b);
    for (const m of r.marks) marks.push(m);
    lineCount = part.line + r.lineCount;
    // (nothing after a cut-off is read, as for a file read whole)
    if (r.cutOff !== undefined) {
      cutOff = { line: r.cutOff + 1 + part.line, depth: md.options.maxNesting };
      break;
    }
  }
  const directives = resolveDirectives(marks, lineCount);
  return { blocks, directives, ...(cutOff ? { cutOff } : {}) };
}

/**
 * Above this size a draft is parsed a part at a time: markdown-it's tokens for a whole 10 MB
 * file take some 200 MB; the parts' take a fiftieth of that, one part at a time.
 */
const PART_CHARS = 1 << 19;

/**
 * A Markdown source cut into parts that parse as they would in the whole: only before a line that
 * starts a paragraph (a letter or digit in column 1, no list marker) after a blank line, and never
 * inside a fenced code block or a multi-line HTML block (script, pre, style, textarea, comment,
 * processing instruction, declaration, CDATA). A source with a link reference definition is not
 * cut (a reference may be used in another part). `line`: lines before the part.
 */
function splitParts(src: string, size: number): Array<{ text: string; line: number }> {
  if (/^ {0,3}\[[^\]\n]+\]:/m.test(src)) return [{ text: src, line: 0 }];
  const parts: Array<{ text: string; line: number }> = [];
  let partStart = 0;
  let partLine = 0;
  let line = 0;
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let blank = false;
  for (let at = 0; at < src.length; line++) {
    const nl = src.indexOf("\n", at);
    const end = nl < 0 ? src.length : nl;
    const text = src.slice(at, end);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(text)) htmlEnd = null;
    } else {
      if (blank && at - partStart >= size && /^[\p{L}\p{N}]/u.test(text) && !/^\d{1,9}[.)](\s|$)/.test(text)) {
        parts.push({ text: src.slice(partStart, at), line: partLine });
        partStart = at;
        partLine = line;
      }
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(text);
      if (open) fence = { char: open[1][0], length: open[1].length };
      else htmlEnd = htmlBlockEnd(text);
    }
    blank = text.trim() === "";
    at = end + 1;
  }
  parts.push({ text: src.slice(partStart), line: partLine });
  return parts;
}

/** The end of a multi-line HTML block (CommonMark types 1–5) a line opens, when the line does not close it. */
function htmlBlockEnd(text: string): RegExp | null {
  const ends: Array<[RegExp, RegExp]> = [
    [/^ {0,3}<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  ];
  for (const [start, end] of ends) {
    const m = start.exec(text);
    if (m) return end.test(text.slice(m[0].length)) ? null : end;
  }
  return null;
}

/** One part of a source: its blocks and directive marks, lines counted from the part's start. */
function partBlocks(src: string, md: MarkdownIt): { blocks: TextBlock[]; marks: DirectiveMark[]; lineCount: number; cutOff?: number } {
  const doc = new SourceDoc(src);
  const env: { cutOff?: number } = {};
  const tokens = md.parse(src, env);
  const blocks: TextBlock[] = [];
  const marks: DirectiveMark[] = [];
  const ctx: InlineContext = {
    doc,
    marks,
    unescape: md.utils.unescapeAll,
    parseInline: (content) => {
      const children: Token[] = [];
      md.inline.parse(content, md, env, children);
      return children;
    },
  };
  let rowLine = -1;
  let rowCursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    switch (tok.type) {
      case "tr_open":
        if (tok.map) {
          rowLine = tok.map[0];
          rowCursor = doc.lineStart(rowLine);
        }
        break;
      case "html_block":
        if (tok.map) htmlBlockDirectives(tok, doc, marks);
        break;
      case "inline": {
        const prev = tokens[i - 1];
        let layout: ContentLine[];
        let raw = tok.content;
        if (prev && (prev.type === "th_open" || prev.type === "td_open")) {
          if (rowLine < 0) continue;
          const located = locateCell(doc, rowLine, rowCursor, tok.content);
          rowCursor = located.end;
          // The raw cell (markdown-it unescapes `\|` in cells): aligned with its text like any escape.
          raw = located.end > located.start ? src.slice(located.start, located.end) : tok.content;
          layout = [{ cStart: 0, cEnd: raw.length, sAbs: located.start, line: rowLine }];
        } else {
          const map = tok.map ?? prev?.map;
          if (!map) continue;
          const atx = prev?.type === "heading_open" && prev.markup.startsWith("#");
          layout = layoutLines(doc, tok.content, map[0], map[1] - 1, atx);
        }
        // Without these characters markdown-it's inline rules give only text and line breaks.
        const block =
          INLINE_MARKUP.test(tok.content) || (raw !== tok.content && INLINE_MARKUP.test(raw))
            ? inlineBlock(tok.children?.length ? tok.children : ctx.parseInline(tok.content), raw, layout, ctx)
            : plainInline(raw, layout, doc);
        if (block) blocks.push(block);
        break;
      }
      default:
        break; // code, fences, hr, and the open/close tokens hold no prose of their own
    }
  }
  return { blocks, marks, lineCount: doc.lineCount, ...(env.cutOff !== undefined ? { cutOff: env.cutOff } : {}) };
}

// ---------------------------------------------------------------------------------------------
// The source

/** Strips a BOM, normalises line ends as markdown-it does, and blanks out front matter. */
function prepareSource(text: string): string {
  let s = stripBom(text);
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (s.includes("\0")) s = s.replace(/\0/g, "\uFFFD"); // as markdown-it does; one code point each
  return blankFrontMatter(s);
}

/**
 * YAML (`---` … `---` or `...`) or TOML (`+++` … `+++`) front matter, only at the very start of
 * the file: replaced by as many empty lines, so that line numbers stay right.
 */
export function blankFrontMatter(s: string): string {
  const firstEnd = lineEndAt(s, 0);
  const first = s.slice(0, firstEnd).trimEnd();
  if (first !== "---" && first !== "+++") return s;
  let pos = firstEnd + 1;
  while (pos <= s.length && firstEnd < s.length) {
    const end = lineEndAt(s, pos);
    const line = s.slice(pos, end).trimEnd();
    if (line === first || (first === "---" && line === "...")) {
      const blank = s.slice(0, end).replace(/[^\n]+/g, "");
      return blank + s.slice(end);
    }
    if (end >= s.length) break;
    pos = end + 1;
  }
  return s; // never closed: not front matter (a lone `---` is a thematic break)
}

function lineEndAt(s: string, from: number): number {
  const nl = s.indexOf("\n", from);
  return nl === -1 ? s.length : nl;
}

class SourceDoc {
  readonly starts: number[] = [0];
  /** Column cache: the last offset whose column was computed, on line `cLine`. */
  private cLine = -1;
  private cOff = 0;
  private cCol = 1;

  constructor(readonly src: string) {
    for (let nl = src.indexOf("\n"); nl !== -1; nl = src.indexOf("\n", nl + 1)) this.starts.push(nl + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }
  /** Offset where 0-based line `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
  /** Offset of the end of 0-based line `line` (its "\n", or the end of the source). */
  lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.src.length;
  }
  lineText(line: number): string {
    return this.src.slice(this.lineStart(line), this.lineEnd(line));
  }
  /** 1-based column of absolute offset `abs` on 0-based line `line` (linear when moving forward). */
  column(line: number, abs: number): number {
    const start = this.lineStart(line);
    const end = this.lineEnd(line);
    const off = Math.max(start, Math.min(abs, end));
    if (line !== this.cLine || off < this.cOff) {
      this.cLine = line;
      this.cOff = start;
      this.cCol = 1;
    }
    this.cCol += codePointCount(this.src, this.cOff, off);
    this.cOff = off;
    return this.cCol;
  }
}

// ---------------------------------------------------------------------------------------------
// Tying an inline token's content to the source

/** A line of an inline token's content and where it starts in the source. */
interface ContentLine {
  /** Offsets of the line in the content (cEnd at its "\n" or the content's end). */
  cStart: number;
  cEnd: number;
  /** Absolute source offset of content offset cStart. */
  sAbs: number;
  /** 0-based source line. */
  line: number;
}

/**
 * The content of a paragraph or heading is its source lines with block prefixes (quote markers,
 * list indentation) removed and the ends trimmed: each content line is the tail of its source line.
 */
function layoutLines(doc: SourceDoc, content: string, firstLine: number, lastLine: number, atx: boolean): ContentLine[] {
  const out: ContentLine[] = [];
  let cStart = 0;
  for (let k = 0; ; k++) {
    const nl = content.indexOf("\n", cStart);
    const cEnd = nl === -1 ? content.length : nl;
    const line = Math.min(firstLine + k, Math.max(firstLine, lastLine));
    const ls = doc.lineStart(line);
    const le = doc.lineEnd(line);
    const len = cEnd - cStart;
    // The usual case: the content line is the tail of its source line (no slicing needed).
    if (!atx && len > 0 && le - ls >= len && sameChars(doc.src, le - len, content, cStart, len)) {
      out.push({ cStart, cEnd, sAbs: le - len, line });
      if (nl === -1) break;
      cStart = nl + 1;
      continue;
    }
    const cl = content.slice(cStart, cEnd);
    const src = doc.src.slice(ls, le);
    let at: number;
    if (atx) {
      // Block prefixes (quote markers, list markers) never hold a `#`: the heading starts there.
      let h = Math.max(0, src.indexOf("#"));
      while (h < src.length && src[h] === "#") h++;
      at = cl === "" ? h : src.indexOf(cl, h);
      if (at < 0) at = h;
    } else at = tailIndex(src, cl);
    out.push({ cStart, cEnd, sAbs: ls + at, line });
    if (nl === -1) break;
    cStart = nl + 1;
  }
  return out;
}

/** a[aFrom, aFrom + len) equals b[bFrom, bFrom + len). */
function sameChars(a: string, aFrom: number, b: string, bFrom: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

/** Where content line `cl` starts in source line `src` (it is normally a tail of it). */
function tailIndex(src: string, cl: string): number {
  if (cl === "") return src.length;
  if (src.endsWith(cl)) return src.length - cl.length;
  const trimmed = src.trimEnd();
  if (trimmed.endsWith(cl)) return trimmed.length - cl.length;
  // Tabs in indentation are expanded to spaces in the content: find its non-blank core.
  const core = cl.trim();
  const lead = cl.length - cl.trimStart().length;
  const i = core ? src.lastIndexOf(core) : -1;
  if (i >= 0) return i - lead; // may be < 0 only for offsets in leading blanks, never text
  return Math.max(0, trimmed.length - cl.length);
}

/** A table cell's content in its row's line, searched from the end of the previous cell. */
function locateCell(doc: SourceDoc, line: number, cursor: number, content: string): { start: number; end: number } {
  const lineEnd = doc.lineEnd(line);
  if (content === "") return { start: cursor, end: cursor };
  const { src } = doc;
  let i = src.indexOf(content, cursor);
  let len = content.length;
  if ((i < 0 || i + len > lineEnd) && content.includes("|")) {
    const escaped = content.replace(/\|/g, "\\|"); // markdown-it unescapes \| in cells
    i = src.indexOf(escaped, cursor);
    len = escaped.length;
  }
  if (i < 0 || i + len > lineEnd) {
    // Not verbatim: the cell starts after the next pipe.
    let p = src.indexOf("|", cursor);
    p = p < 0 || p >= lineEnd ? cursor : p + 1;
    while (p < lineEnd && (src[p] === " " || src[p] === "\t")) p++;
    return { start: p, end: p };
  }
  return { start: i, end: i + len };
}

// ---------------------------------------------------------------------------------------------
// Inline tokens → one block

interface InlineContext {
  doc: SourceDoc;
  marks: DirectiveMark[];
  unescape: (s: string) => string;
  /** markdown-it's inline parse of some content (with the document's link references). */
  parseInline: (content: string) => Token[];
}

/** Characters that start an inline rule of the CommonMark preset (besides the line break). */
const INLINE_MARKUP = /[\\`*_[<&]/;

/**
 * Inline content without markup: its lines, less the blanks markdown-it drops around line breaks,
 * joined by spaces.
 */
function plainInline(content: string, layout: ContentLine[], doc: SourceDoc): TextBlock | null {
  const out = new BlockBuilder(doc);
  for (let k = 0; k < layout.length; k++) {
    const cl = layout[k];
    let s = cl.cStart;
    let e = cl.cEnd;
    if (k > 0) {
      out.separate();
      while (s < e && (content.charCodeAt(s) === 0x20 || content.charCodeAt(s) === 0x09)) s++;
    }
    if (k + 1 < layout.length) while (e > s && content.charCodeAt(e - 1) === 0x20) e--;
    if (e > s) out.add(content.slice(s, e), cl.line, cl.sAbs + (s - cl.cStart));
  }
  return out.finish();
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * A block's text built piece by piece. Linear in its length: the pieces are joined once at the
 * end, and the last character is kept, never read back from the growing string (`+=` builds a
 * rope that `charCodeAt` at its end would flatten again on every line).
 */
class BlockBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  /** The last character code appended (a blank when nothing has been). */
  private last = 0x20;
  private readonly spans: PosSpan[] = [];
  /** Source offset just after the last piece, while pieces follow on verbatim. */
  private endAbs = -1;

  constructor(private readonly doc: SourceDoc) {}

  /** Appends text that stands verbatim at source offset `abs` of 0-based line `line`. */
  add(piece: string, line: number, abs: number): void {
    if (isBlank(this.last)) {
      // No leading blanks, and no runs of them where something was left out between pieces.
      let k = 0;
      while (k < piece.length && isBlank(piece.charCodeAt(k))) k++;
      if (k > 0) {
        piece = piece.slice(k);
        abs += k;
      }
    }
    if (piece === "") return;
    if (abs !== this.endAbs) {
      this.spans.push({ offset: this.length, line: line + 1, column: this.doc.column(line, abs) });
    }
    this.parts.push(piece);
    this.length += piece.length;
    this.last = piece.charCodeAt(piece.length - 1);
    this.endAbs = abs + piece.length;
  }

  /** A space standing for something left out (a line break, code, an image). */
  separate(): void {
    if (isBlank(this.last)) return;
    this.parts.push(" ");
    this.length++;
    this.last = 0x20;
    this.endAbs = -1; // whatever follows starts a new span
  }

  finish(): TextBlock | null {
    const text = this.parts.join("").trimEnd();
    if (text === "") return null; // (after trimEnd, any other text ends in a non-blank)
    const spans = this.spans.filter((s, i) => i === 0 || s.offset < text.length);
    return { text, spans };
  }
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

function inlineBlock(children: Token[], content: string, layout: ContentLine[], ctx: InlineContext): TextBlock | null {
  const { doc } = ctx;
  const out = new BlockBuilder(doc);
  let li = 0; // current content line
  let p = 0; // content cursor

  const lineOf = (o: number): ContentLine => {
    if (o < layout[li].cStart) li = 0;
    while (li + 1 < layout.length && layout[li + 1].cStart <= o) li++;
    return layout[li];
  };
  /** Appends text[from, to) that stands at content offset o. */
  const emit = (text: string, from: number, to: number, o: number): void => {
    const cl = lineOf(o);
    const abs = cl.sAbs + (o - cl.cStart);
    out.add(text.slice(from, to), cl.line, abs);
  };
  const mark = (kind: DirectiveMark["kind"], o: number): void => {
    const cl = lineOf(o);
    ctx.marks.push({ kind, line: cl.line + 1, column: doc.column(cl.line, cl.sAbs + (o - cl.cStart)) });
  };

  for (let j = 0; j < children.length; j++) {
    const c = children[j];
    switch (c.type) {
      case "text":
      case "text_special": {
        const t = c.content;
        if (t === "") break;
        const lineEnd = lineOf(p).cEnd;
        if (c.type === "text_special" && c.markup && content.startsWith(c.markup, p)) {
          // An escape or entity, left unjoined: it stands where its markup does.
          emit(t, 0, t.length, p);
          p += c.markup.length;
          break;
        }
        // Skip emphasis and link-opening markup between the cursor and the text.
        let q = p;
        while (q < lineEnd && q - p < 256) {
          const ch = content.charCodeAt(q);
          if (ch === t.charCodeAt(0) || (ch !== 0x2a && ch !== 0x5f && ch !== 0x5b)) break; // * _ [
          q++;
        }
        if (content.startsWith(t, q)) {
          emit(t, 0, t.length, q);
          p = q + t.length;
          break;
        }
        const aligned = align(content, q, lineEnd, t, ctx.unescape);
        if (aligned) {
          for (let k = 0; k < aligned.points.length; k++) {
            const [ti, co] = aligned.points[k];
            const tEnd = k + 1 < aligned.points.length ? aligned.points[k + 1][0] : t.length;
            emit(t, ti, tEnd, co);
          }
          p = aligned.end;
          break;
        }
        const o = content.indexOf(t, p);
        if (o >= 0 && o + t.length <= lineEnd) {
          emit(t, 0, t.length, o);
          p = o + t.length;
        } else {
          emit(t, 0, t.length, q); // not found: the nearest place we know
        }
        break;
      }
      case "softbreak":
      case "hardbreak": {
        out.separate();
        const nl = content.indexOf("\n", p);
        p = nl === -1 ? content.length : nl + 1;
        // markdown-it drops the next line's leading blanks
        while (p < content.length && (content.charCodeAt(p) === 0x20 || content.charCodeAt(p) === 0x09)) p++;
        break;
      }
      case "code_inline": {
        const ticks = c.markup || "`";
        const open = content.indexOf(ticks, p);
        if (open >= 0) {
          const close = content.indexOf(ticks, open + ticks.length);
          p = close >= 0 ? close + ticks.length : open + ticks.length;
        }
        out.separate();
        break;
      }
      case "html_inline": {
        const o = content.indexOf(c.content, p);
        const at = o >= 0 ? o : p;
        for (const d of htmlDirectives(c.content)) mark(d.kind, at + d.index);
        if (o >= 0) p = o + c.content.length;
        if (/^<br\b/i.test(c.content)) out.separate();
        break;
      }
      case "image":
        p = skipImage(content, p, c.content);
        out.separate();
        break;
      case "link_open":
        if (c.markup === "autolink" || c.info === "auto") {
          // <https://…>: the text is the URL; skip it all.
          while (j + 1 < children.length && children[j + 1].type !== "link_close") j++;
          j++;
          const open = content.indexOf("<", p);
          const close = open >= 0 ? content.indexOf(">", open) : -1;
          if (close >= 0) p = close + 1;
          out.separate();
        }
        break;
      case "link_close":
        p = skipLinkTarget(content, p);
        break;
      default:
        break; // em/strong open and close: markup only
    }
  }
  return out.finish();
}

/**
 * Aligns text `t` (escapes resolved, entities decoded) with raw content from offset `q`.
 * Returns the points where the mapping jumps ([text offset, content offset]) and the content
 * offset after the text, or null when the content there is not this text.
 */
function align(
  content: string,
  q: number,
  lineEnd: number,
  t: string,
  unescape: (s: string) => string,
): { points: [number, number][]; end: number } | null {
  const points: [number, number][] = [[0, q]];
  let straight = true;
  let i = 0;
  let p = q;
  while (i < t.length) {
    if (p >= lineEnd) return null;
    const ch = content.charCodeAt(p);
    if (ch === 0x5c && p + 1 < lineEnd && content.charCodeAt(p + 1) === t.charCodeAt(i)) {
      // A backslash escape: the character stands where its backslash does.
      if (i > 0) points.push([i, p]);
      straight = false;
      i++;
      p += 2;
      continue;
    }
    if (ch === 0x26) {
      ENTITY.lastIndex = p;
      const m = ENTITY.exec(content);
      if (m && m.index + m[0].length <= lineEnd) {
        const decoded = unescape(m[0]);
        if (decoded !== m[0] && t.startsWith(decoded, i)) {
          if (i > 0) points.push([i, p]);
          straight = false;
          i += decoded.length;
          p += m[0].length;
          continue;
        }
      }
    }
    if (ch === t.charCodeAt(i)) {
      if (!straight) points.push([i, p]);
      straight = true;
      i++;
      p++;
      continue;
    }
    return null;
  }
  return { points, end: p };
}

/** After a link's text: past `]` and its `(destination "title")` or `[label]`. */
function skipLinkTarget(content: string, p: number): number {
  const close = content.indexOf("]", p);
  if (close < 0) return p;
  let q = close + 1;
  if (content[q] === "(") return skipParens(content, q);
  if (content[q] === "[") {
    const end = content.indexOf("]", q + 1);
    return end >= 0 ? end + 1 : q;
  }
  return q;
}

/** From `(` at `open`: past its matching `)` (quotes and escapes respected), or `open` + 1. */
function skipParens(content: string, open: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = open; i < content.length; i++) {
    const ch = content.charCodeAt(i);
    if (ch === 0x5c) {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = 0;
      continue;
    }
    if ((ch === 0x22 || ch === 0x27) && depth === 1 && i > open + 1 && /\s/.test(content[i - 1])) {
      quote = ch;
      continue;
    }
    if (ch === 0x28) depth++;
    else if (ch === 0x29 && --depth === 0) return i + 1;
  }
  return open + 1;
}

/** Past an image `![alt](src)` / `![alt][ref]` whose raw alt text is `label`. */
function skipImage(content: string, p: number, label: string): number {
  const open = content.indexOf("![", p);
  if (open < 0) return p;
  let q = open + 2;
  if (content.startsWith(label, q)) q += label.length;
  return skipLinkTarget(content, q);
}

/** Directive comments in an HTML block, with their lines and columns in the source. */
function htmlBlockDirectives(tok: Token, doc: SourceDoc, marks: DirectiveMark[]): void {
  const found = htmlDirectives(tok.content);
  if (found.length === 0 || !tok.map) return;
  const content = tok.content;
  let line = tok.map[0];
  let cStart = 0;
  for (const d of found) {
    let nl = content.indexOf("\n", cStart);
    while (nl !== -1 && nl < d.index) {
      line++;
      cStart = nl + 1;
      nl = content.indexOf("\n", cStart);
    }
    const cl = content.slice(cStart, nl === -1 ? content.length : nl);
    const at = Math.max(0, tailIndex(doc.lineText(line), cl)) + (d.index - cStart);
    marks.push({ kind: d.kind, line: line + 1, column: doc.column(line, doc.lineStart(line) + at) });
  }
}
