// The drafts as the reader sees them, with marks at exact positions (for the html format).
//
// A figure's location is a line and column (code points) in the input file. The marks go into
// the *source* before it is rendered: at each figure's start and end a marker is inserted — a
// run of private-use characters carrying a random nonce and the mark's number — and the source is
// rendered with the same markdown-it reading the checker uses. The markers pass through
// markdown-it as plain text, and the rendered HTML is then "woven": every run of text between
// tags that lies inside a mark is wrapped in its own element, so a figure that spans emphasis,
// a link or a line break gives well-nested elements.
//
// The markers must not change how markdown-it reads the text around them. Inline markup looks at
// the characters next to a delimiter run (is it whitespace, punctuation or other?), so every group
// of markers starts with a character of the same class as the source character after it, and ends
// with one of the class of the character before it. A marker never splits a backslash escape or an
// entity (it is moved to their edge), and link labels that hold a marker still find their
// reference definitions. Code, front matter, HTML, images and autolinks are shown escaped and
// marked as skipped; no attribute carries draft text except a link's title (escaped).
import { randomBytes } from "node:crypto";
import MarkdownItCtor from "markdown-it";
import type { MarkdownIt, Token } from "markdown-it";
import { blankFrontMatter } from "../../input/markdown.js";
import { textLineDirective } from "../../input/directives.js";

/** Escapes text for HTML content and quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

// C0 controls but TAB and LF, DEL, C1 controls, line separators and bidi controls: shown as
// visible escapes (\x1b, \u202e) as every other format shows them, so that a draft cannot hide or
// reorder what the page shows.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visibleControls(s: string): string {
  return s.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A span to mark, from (line, column) to (endLine, endColumn), 1-based, columns in code points. */
export interface SourceSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Makes the opening tag of a mark's run; `first` for the first run of that mark. */
export type OpenTag = (mark: number, first: boolean) => { open: string; close: string };

export interface Rendered {
  html: string;
  /** Marks that were found in the rendered text (the others could not be placed). */
  placed: Set<number>;
}

// ---------------------------------------------------------------------------------------------
// Markers

const OPEN = "\uE003";
const CLOSE = "\uE004";
const CLASS_CHAR = { w: "\u2000", p: "\u2E2E", o: "\uE002" } as const;

export class Markers {
  readonly nonce: string;
  /** One group of markers with its class characters (captures the markers). */
  readonly group: RegExp;
  /** A tag or a group of markers, for weaving. */
  readonly token: RegExp;
  private readonly one: RegExp;

  constructor() {
    this.nonce = [...randomBytes(6)].map((b) => String.fromCharCode(0xe200 + b)).join("");
    const core = `\\uE000${this.nonce}[\\uE003\\uE004][\\uE100-\\uE1FF]+\\uE001`;
    this.group = new RegExp(`[\\u2000\\u2E2E\\uE002]?((?:${core})+)[\\u2000\\u2E2E\\uE002]?`, "g");
    this.token = new RegExp(`<[^>]*>|${this.group.source}`, "g");
    this.one = new RegExp(`\\uE000${this.nonce}([\\uE003\\uE004])([\\uE100-\\uE1FF]+)\\uE001`, "g");
  }

  marker(open: boolean, id: number): string {
    let digits = "";
    do {
      digits = String.fromCharCode(0xe100 + (id & 0xff)) + digits;
      id = Math.floor(id / 256);
    } while (id > 0);
    return `\uE000${this.nonce}${open ? OPEN : CLOSE}${digits}\uE001`;
  }

  /** The markers of a group, in order. */
  parse(group: string): { open: boolean; id: number }[] {
    const out: { open: boolean; id: number }[] = [];
    this.one.lastIndex = 0;
    for (let m = this.one.exec(group); m; m = this.one.exec(group)) {
      let id = 0;
      for (const ch of m[2]) id = id * 256 + (ch.charCodeAt(0) - 0xe100);
      out.push({ open: m[1] === OPEN, id });
    }
    return out;
  }

  strip(s: string): string {
    this.group.lastIndex = 0;
    return s.replace(this.group, "");
  }
}

/** A marker to insert at a source offset. */
interface Insert {
  offset: number;
  open: boolean;
  mark: number;
  /** For ordering at equal offsets: the other end's offset. */
  other: number;
}

/** Closes before opens; an outer mark opens before and closes after an inner one. */
function byOffset(a: Insert, b: Insert): number {
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.open !== b.open) return a.open ? 1 : -1;
  return a.open ? b.other - a.other || a.mark - b.mark : b.other - a.other || b.mark - a.mark;
}

// ---------------------------------------------------------------------------------------------
// Positions

/** As the checker reads a file: no BOM, LF line ends, NUL as U+FFFD (one code point each). */
export function prepareSource(text: string): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (s.includes("\0")) s = s.replace(/\0/g, "\uFFFD");
  return s;
}

/** Offsets of (line, column) positions in `src`; linear when asked in order. */
class Locator {
  private readonly starts: number[] = [0];
  private cLine = -1;
  private cCol = 1;
  private cOff = 0;

  constructor(private readonly src: string) {
    for (let nl = src.indexOf("\n"); nl !== -1; nl = src.indexOf("\n", nl + 1)) this.starts.push(nl + 1);
  }

  offset(line: number, column: number): number {
    const l = Math.max(0, Math.min(line - 1, this.starts.length - 1));
    const start = this.starts[l];
    const end = l + 1 < this.starts.length ? this.starts[l + 1] - 1 : this.src.length;
    if (l !== this.cLine || column < this.cCol) {
      this.cLine = l;
      this.cCol = 1;
      this.cOff = start;
    }
    let off = this.cOff;
    let col = this.cCol;
    while (col < column && off < end) {
      const c = this.src.charCodeAt(off);
      off += c >= 0xd800 && c <= 0xdbff && off + 1 < end ? 2 : 1;
      col++;
    }
    this.cOff = off;
    this.cCol = col;
    return off;
  }
}

function inserts(src: string, spans: { span: SourceSpan; mark: number }[], snap: boolean): Insert[] {
  const ends: { line: number; column: number; open: boolean; i: number }[] = [];
  spans.forEach(({ span }, i) => {
    ends.push({ line: span.line, column: span.column, open: true, i });
    ends.push({ line: span.endLine, column: span.endColumn, open: false, i });
  });
  ends.sort((a, b) => a.line - b.line || a.column - b.column);
  const locator = new Locator(src);
  const at = new Array<[number, number]>(spans.length);
  for (const e of ends) {
    let off = locator.offset(e.line, e.column);
    if (snap) off = e.open ? snapStart(src, off) : snapEnd(src, off);
    (at[e.i] ??= [0, 0])[e.open ? 0 : 1] = off;
  }
  const out: Insert[] = [];
  spans.forEach(({ mark }, i) => {
    const [start, end] = at[i];
    if (end <= start) return; // nothing to mark
    out.push({ offset: start, open: true, mark, other: end }, { offset: end, open: false, mark, other: start });
  });
  return out.sort(byOffset);
}

// ---------------------------------------------------------------------------------------------
// Markdown: what the inline rules see next to a marker

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const UNICODE_PUNCT = /[\p{P}\p{S}]/u;

function isWhite(code: number): boolean {
  return (code >= 0x2000 && code <= 0x200a) || [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000].includes(code);
}

/** The class markdown-it's delimiter rules give a character (none, at the ends: whitespace). */
function charClass(ch: string | undefined): keyof typeof CLASS_CHAR {
  if (ch === undefined || ch === "") return "w";
  const code = ch.codePointAt(0)!;
  if (isWhite(code)) return "w";
  return ASCII_PUNCT.test(ch) || UNICODE_PUNCT.test(ch) ? "p" : "o";
}

function charAfter(src: string, p: number): string | undefined {
  if (p >= src.length) return undefined;
  return String.fromCodePoint(src.codePointAt(p)!);
}

function charBefore(src: string, p: number): string | undefined {
  if (p <= 0) return undefined;
  const c = src.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) return String.fromCodePoint(src.codePointAt(p - 2)!);
  return src[p - 1];
}

/** True when src[i] is a backslash that escapes the next character (an odd run of them). */
function escapingBackslash(src: string, i: number): boolean {
  let n = 0;
  while (i - n >= 0 && src.charCodeAt(i - n) === 0x5c) n++;
  return n % 2 === 1;
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/y;

/** The entity that `p` falls strictly inside, if any. */
function entityAround(src: string, p: number): { start: number; end: number } | null {
  for (let k = p - 1; k >= 0 && k >= p - 40; k--) {
    const c = src.charCodeAt(k);
    if (c === 0x26) {
      ENTITY.lastIndex = k;
      const m = ENTITY.exec(src);
      return m && k + m[0].length > p ? { start: k, end: k + m[0].length } : null;
    }
    if (c === 0x3b || c === 0x20 || c === 0x0a) return null;
  }
  return null;
}

function splitsEscape(src: string, p: number): boolean {
  return p > 0 && p < src.length && src.charCodeAt(p - 1) === 0x5c && ASCII_PUNCT.test(src[p]) && escapingBackslash(src, p - 1);
}

function snapStart(src: string, p: number): number {
  if (splitsEscape(src, p)) return p - 1;
  return entityAround(src, p)?.start ?? p;
}

function snapEnd(src: string, p: number): number {
  if (splitsEscape(src, p)) return p + 1;
  return entityAround(src, p)?.end ?? p;
}

/** The source with marker groups inserted (each group framed by its class characters). */
function insertMarkers(src: string, list: Insert[], markers: Markers, framed: boolean): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < list.length; ) {
    const offset = list[i].offset;
    let group = "";
    for (; i < list.length && list[i].offset === offset; i++) group += markers.marker(list[i].open, list[i].mark);
    parts.push(src.slice(last, offset));
    parts.push(framed ? CLASS_CHAR[charClass(charAfter(src, offset))] + group + CLASS_CHAR[charClass(charBefore(src, offset))] : group);
    last = offset;
  }
  parts.push(src.slice(last));
  return parts.join("");
}

// ---------------------------------------------------------------------------------------------
// Weaving the marks into rendered HTML

const BLOCK_END = /^<\/(?:p|li|h[1-6]|td|th|pre|blockquote|div|ul|ol|table|section)>/;

/**
 * Replaces marker groups in rendered HTML by elements: each run of text inside one or more marks
 * is wrapped in all of them, so the result is always well nested. Markers inside a tag (never
 * expected) are dropped; a mark still open at the end of a block is closed there.
 */
export function weave(html: string, markers: Markers, tag: OpenTag): Rendered {
  html = visibleControls(html);
  const placed = new Set<number>();
  const active: number[] = [];
  const out: string[] = [];
  const token = markers.token;
  token.lastIndex = 0;
  let last = 0;
  const text = (t: string) => {
    if (t === "") return;
    if (active.length === 0) {
      out.push(t);
      return;
    }
    const closes: string[] = [];
    for (const m of active) {
      const first = !placed.has(m);
      placed.add(m);
      const { open, close } = tag(m, first);
      out.push(open);
      closes.push(close);
    }
    out.push(t);
    for (let i = closes.length - 1; i >= 0; i--) out.push(closes[i]);
  };
  for (let m = token.exec(html); m; m = token.exec(html)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0].charCodeAt(0) === 0x3c) {
      out.push(m[0].includes("\uE000") ? markers.strip(m[0]) : m[0]);
      if (active.length && BLOCK_END.test(m[0])) active.length = 0;
      continue;
    }
    for (const { open, id } of markers.parse(m[1])) {
      if (open) active.push(id);
      else {
        const i = active.lastIndexOf(id);
        if (i >= 0) active.splice(i, 1);
      }
    }
  }
  text(html.slice(last));
  return { html: out.join(""), placed };
}

// ---------------------------------------------------------------------------------------------
// Markdown

let renderer: MarkdownIt | undefined;

/** The checker's markdown-it reading (src/input/markdown.ts), with a renderer that shows skipped parts escaped. */
function markdownRenderer(): MarkdownIt {
  if (renderer) return renderer;
  const md = new MarkdownItCtor("commonmark", { html: true }).enable("table");
  md.normalizeLink = (url: string) => url;
  md.normalizeLinkText = (url: string) => url;
  md.validateLink = () => true;
  const normalize = md.utils.normalizeReference;
  // A link label with a marker in it finds the reference its text names without the marker.
  md.core.ruler.after("block", "factcheck_marked_references", (state) => {
    const refs = state.env.references as Record<string, NonNullable<typeof state.env.references>[string]> | undefined;
    const markers = state.env.factcheckMarkers as Markers | undefined;
    if (!refs || !markers) return;
    state.env.references = new Proxy(refs, {
      get(target, key) {
        if (typeof key !== "string") return undefined;
        if (Object.hasOwn(target, key)) return target[key];
        const plain = normalize(markers.strip(key));
        return Object.hasOwn(target, plain) ? target[plain] : undefined;
      },
    });
  });
  const rules = md.renderer.rules;
  const block = (cls: string) => (tokens: Token[], i: number) => `<pre class="skip ${cls}">${esc(tokens[i].content.replace(/\n$/, ""))}</pre>\n`;
  rules.html_block = block("html");
  rules.code_block = block("code");
  rules.fence = block("code");
  rules.html_inline = (tokens, i) => `<span class="skip html">${esc(tokens[i].content)}</span>`;
  rules.code_inline = (tokens, i) => `<code class="skip">${esc(tokens[i].content)}</code>`;
  rules.image = (tokens, i, options, env, self) =>
    `<span class="skip img">[image: ${esc(self.renderInlineAsText(tokens[i].children ?? [], options, env))}]</span>`;
  rules.link_open = (tokens, i, _o, env) => {
    const t = tokens[i];
    if (t.info === "auto") return `<span class="skip url">`;
    const markers = env?.factcheckMarkers as Markers | undefined;
    const href = String(t.attrGet("href") ?? "");
    return `<span class="link" title="${esc(markers ? markers.strip(href) : href)}">`;
  };
  rules.link_close = () => "</span>";
  const cell = (name: string) => (tokens: Token[], i: number) => {
    const align = /text-align:(left|right|center)/.exec(String(tokens[i].attrGet("style") ?? ""));
    return `<${name}${align ? ` class="al-${align[1]}"` : ""}>`;
  };
  rules.th_open = cell("th");
  rules.td_open = cell("td");
  renderer = md;
  return md;
}

/** A Markdown draft, rendered, with the spans marked. */
export function renderMarkdown(text: string, spans: { span: SourceSpan; mark: number }[], tag: OpenTag, markers = new Markers()): Rendered {
  const prepared = prepareSource(text);
  const body = blankFrontMatter(prepared);
  let front = "";
  if (body !== prepared) {
    // The front matter's lines are blanked in `body`: it ends where `prepared` has as many
    // characters other than line ends as were blanked.
    const removed = prepared.length - body.length;
    let seen = 0;
    let end = 0;
    while (end < prepared.length && seen < removed) {
      if (prepared.charCodeAt(end) !== 0x0a) seen++;
      end++;
    }
    front = `<pre class="skip front-matter">${visibleControls(esc(prepared.slice(0, end)))}</pre>\n`;
  }
  const marked = insertMarkers(body, inserts(body, spans, true), markers, true);
  const html = markdownRenderer().render(marked, { factcheckMarkers: markers });
  const woven = weave(html, markers, tag);
  return { html: front + woven.html, placed: woven.placed };
}

/** A plain-text draft: its lines as written, directive comments shown as skipped. */
export function renderPlainText(text: string, spans: { span: SourceSpan; mark: number }[], tag: OpenTag, markers = new Markers()): Rendered {
  const src = prepareSource(text);
  const list = inserts(src, spans, false);
  // Directive comments: skipped regions, as HTML around the escaped text.
  const regions: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (const line of src.split("\n")) {
    const found = textLineDirective(line);
    if (found) regions.push({ start: lineStart + (found.whole ? 0 : found.index), end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  const parts: string[] = [];
  let last = 0;
  let r = 0;
  const upTo = (offset: number) => {
    while (last < offset) {
      while (r < regions.length && regions[r].end <= last) r++;
      const reg = regions[r];
      if (reg && reg.start <= last) {
        const stop = Math.min(offset, reg.end);
        parts.push(`<span class="skip">${esc(src.slice(last, stop))}</span>`);
        last = stop;
      } else {
        const stop = reg ? Math.min(offset, reg.start) : offset;
        parts.push(esc(src.slice(last, stop)));
        last = stop;
      }
    }
  };
  for (const ins of list) {
    upTo(ins.offset);
    parts.push(markers.marker(ins.open, ins.mark));
  }
  upTo(src.length);
  return weave(`<div class="plain">${parts.join("")}</div>\n`, markers, tag);
}

/** A claim's text with its figures marked (offsets in the claim's text). */
export function renderClaimText(text: string, spans: { start: number; end: number; mark: number }[], tag: OpenTag, markers = new Markers()): Rendered {
  const list: Insert[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    list.push({ offset: s.start, open: true, mark: s.mark, other: s.end }, { offset: s.end, open: false, mark: s.mark, other: s.start });
  }
  list.sort(byOffset);
  const parts: string[] = [];
  let last = 0;
  for (const ins of list) {
    parts.push(esc(text.slice(last, ins.offset)), markers.marker(ins.open, ins.mark));
    last = ins.offset;
  }
  parts.push(esc(text.slice(last)));
  return weave(parts.join(""), markers, tag);
}
