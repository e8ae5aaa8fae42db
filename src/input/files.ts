// Files as input: Markdown and plain-text drafts → blocks of text, and folders → the files in them.
// Only regular files are read, up to a size limit; a binary file is skipped and invalid UTF-8 is
// read as U+FFFD, each with a notice; a file or folder that cannot be read is a notice too, and
// the rest of the run goes on (the run then exits 2).
// fs.promises, not node:fs/promises: it loads on first use, not at start-up.
import { promises as fsPromises, statSync, type Stats } from "node:fs";
import path from "node:path";
import { type InputNotice, type TextBlock, UserError } from "../types.js";
import { codePointCount, stripBom } from "../util/text.js";
import { errnoWords } from "../util/files.js";
import { decodeUtf8 } from "../util/utf8.js";
import { type Directive, type DirectiveMark, resolveDirectives, textLineDirective } from "./directives.js";
import { DEFAULT_MAX_BYTES, formatBytes, lineBlocks } from "./index.js";

export type FileKind = "markdown" | "text";

/** A draft as read: its blocks of prose and its disable comments. */
export interface FileInput {
  /** The path as given (or the display name), as the output calls it. */
  name: string;
  kind: FileKind;
  blocks: TextBlock[];
  directives: Directive[];
  /** What went wrong reading it; a notice of kind skipped or unreadable means there are no blocks. */
  notices: InputNotice[];
  /** The decoded text (kept for the formats that show the draft). */
  text?: string;
}

export interface ReadOptions {
  /** Refuse a draft larger than this many bytes (default 64 MB). */
  maxBytes?: number;
  /** Keep the decoded text in the result. */
  keepText?: boolean;
}

const MARKDOWN_EXT = /\.(?:md|markdown)$/i;
const DRAFT_EXT = /\.(?:md|markdown|txt)$/i;

/** Markdown for .md and .markdown, plain text for anything else. */
export function kindOf(file: string): FileKind {
  return MARKDOWN_EXT.test(file) ? "markdown" : "text";
}

/** What a file that is not a regular file is. */
function typeOf(st: Stats): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/** Refuses what cannot be a draft: not a regular file, or larger than the limit. */
function checkDraftStats(st: Stats, name: string, maxBytes: number): void {
  if (!st.isFile()) throw new UserError(`is ${typeOf(st)}, not a draft file`, { file: name });
  if (st.size > maxBytes) throw new UserError(`larger than ${formatBytes(maxBytes)}; raise the limit with --max-file-size`, { file: name });
}

/**
 * Reads a draft. Missing, not a regular file or too large: a UserError. Unreadable (no
 * permission …): a notice, no blocks. A binary file (NUL bytes) is skipped with a notice;
 * invalid UTF-8 is read as U+FFFD, with a notice at the first bad byte.
 */
export async function readInputFile(file: string, displayName?: string, options: ReadOptions = {}): Promise<FileInput> {
  const name = displayName ?? file;
  const kind = kindOf(file);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    // Stat first: opening a FIFO would wait for a writer.
    checkDraftStats(await fsPromises.stat(file), name, maxBytes);
    const handle = await fsPromises.open(file, "r");
    try {
      checkDraftStats(await handle.stat(), name, maxBytes);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UserError("no such file", { file: name });
    return unread(name, kind, "unreadable", `cannot read the file: ${errnoWords(err)}`);
  }
  if (bytes.length > maxBytes) throw new UserError(`larger than ${formatBytes(maxBytes)}; raise the limit with --max-file-size`, { file: name });
  return textFromBytes(bytes, name, kind, options);
}

function unread(name: string, kind: FileKind, noticeKind: InputNotice["kind"], message: string): FileInput {
  return { name, kind, blocks: [], directives: [], notices: [{ kind: noticeKind, file: name, message }] };
}

/** A draft given as bytes (a file, or stdin with --stdin-filename): one rule for both. */
export async function textFromBytes(bytes: Uint8Array, name: string, kind: FileKind, options: ReadOptions = {}): Promise<FileInput> {
  if (bytes.subarray(0, 8192).includes(0)) return unread(name, kind, "skipped", "skipped: binary file");
  const { text, invalidAt } = decodeUtf8(bytes);
  const input = await textFromString(text, name, kind);
  if (invalidAt) input.notices.unshift({ kind: "encoding", file: name, ...invalidAt, message: "not valid UTF-8: invalid bytes are read as U+FFFD" });
  if (options.keepText) input.text = stripBom(text);
  return input;
}

/** A draft given as a string: the same result as a file. */
export async function textFromString(text: string, name: string, kind: FileKind): Promise<FileInput> {
  if (kind === "markdown") {
    const { parseMarkdown } = await import("./markdown.js");
    const { blocks, directives, cutOff } = await parseMarkdown(text);
    const notices: InputNotice[] = cutOff
      ? [{ kind: "cut-off", file: name, line: cutOff.line, column: 1, message: `Markdown nested more than ${cutOff.depth} levels deep: nothing from here on is checked` }]
      : [];
    return { name, kind, blocks, directives, notices };
  }
  return { name, kind, ...plainTextBlocks(text), notices: [] };
}

/**
 * Plain text: every line a block. Directive comment lines (`# factcheck-disable`) are left out,
 * and a trailing `# factcheck-disable-line` comment is cut from its line.
 */
export function plainTextBlocks(text: string): { blocks: TextBlock[]; directives: Directive[] } {
  const lines = lineBlocks(stripBom(text));
  const marks: DirectiveMark[] = [];
  const blocks: TextBlock[] = [];
  for (const block of lines) {
    const found = textLineDirective(block.text);
    if (!found) {
      blocks.push(block);
      continue;
    }
    const line = block.spans[0].line;
    marks.push({ kind: found.kind, line, column: 1 + codePointCount(block.text, 0, found.index) });
    if (found.whole) continue;
    blocks.push({ text: block.text.slice(0, found.index).trimEnd(), spans: block.spans });
  }
  return { blocks, directives: resolveDirectives(marks, lines.length) };
}

// ---------------------------------------------------------------------------------------------
// Arguments that name files

/**
 * True when `arg` names a draft, a folder or a path: an existing file or folder; a name ending in
 * .md, .markdown or .txt; a name ending in `/` or `\\`; or a name with a path separator and no
 * blank (`drafts/wire`, `..\\notes`). Anything else is claim text.
 */
export function looksLikeFile(arg: string): boolean {
  if (arg === "" || arg === "-" || /[\r\n\0]/.test(arg) || arg.length > 4096) return false;
  if (DRAFT_EXT.test(arg) || /[/\\]$/.test(arg)) return true;
  if (/[/\\]/.test(arg) && !/\s/.test(arg)) return true;
  try {
    statSync(arg);
    return true;
  } catch {
    return false;
  }
}

export interface ExpandOptions {
  /** Globs of paths to leave out, relative to `cwd` (`*`, `**`, `?`, `[a-z]`, `{a,b}`). */
  ignore: string[];
  cwd: string;
  /** The folder the ignore globs are relative to (the config file's folder); default `cwd`. */
  ignoreRoot?: string;
  /** Refuse a named draft larger than this (default 64 MB). */
  maxBytes?: number;
  /** Real paths of files listed already (shared across calls: each argument is expanded on its own). */
  seen?: Set<string>;
}

/** A draft to read: the path the output shows, and where it is. */
export interface DraftPath {
  shown: string;
  abs: string;
  /** Its size in bytes, when the walk learnt it. */
  size?: number;
}

const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

/**
 * The files named by the arguments: files as given, folders walked recursively for .md, .markdown
 * and .txt files (leaving out .git and node_modules). Paths matching an ignore glob are left out,
 * whether named or found. Order: the arguments' order, each folder's entries sorted by name (code
 * unit order); a file reached twice (named twice, or through a symbolic link) is listed once, as
 * first reached. A path that does not exist, or names something that is not a regular file or
 * folder, is a UserError; a folder that cannot be read is a notice and the walk goes on.
 */
export async function expandDrafts(args: string[], options: ExpandOptions): Promise<{ files: DraftPath[]; notices: InputNotice[] }> {
  const ignore = compileIgnore(options.ignore);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: DraftPath[] = [];
  const notices: InputNotice[] = [];
  const seen = options.seen ?? new Set<string>(); // real paths of files listed
  const cwd = path.resolve(options.cwd);
  const ignoreRoot = path.resolve(options.ignoreRoot ?? cwd);
  const relOf = (abs: string): string => path.relative(ignoreRoot, abs).split(path.sep).join("/");
  const ignored = (abs: string): boolean => ignore !== null && ignore(relOf(abs));
  let found = 0; // drafts found, listed before or not
  const add = async (shown: string, abs: string, size?: number): Promise<void> => {
    found++;
    let real = abs;
    try {
      real = await fsPromises.realpath(abs);
    } catch {
      // listed as found; reading it will say what is wrong
    }
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ shown, abs, ...(size !== undefined ? { size } : {}) });
  };
  const visited = new Set<string>(); // real paths of folders walked (symlink loops)

  const walk = async (shown: string, abs: string): Promise<void> => {
    let real: string;
    try {
      real = await fsPromises.realpath(abs);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await fsPromises.readdir(abs, { withFileTypes: true });
    } catch (err) {
      notices.push({ kind: "unreadable", file: shown, message: `cannot read the folder: ${errnoWords(err)}` });
      return;
    }
    const names = entries.map((e) => e.name).sort();
    const types = new Map(entries.map((e) => [e.name, e]));
    for (const name of names) {
      const entry = types.get(name)!;
      const childAbs = path.join(abs, name);
      const childShown = shown.endsWith("/") || shown.endsWith(path.sep) ? shown + name : `${shown}/${name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let size: number | undefined;
      if (entry.isSymbolicLink()) {
        try {
          const st = await fsPromises.stat(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
          size = st.size;
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(name) || ignored(childAbs)) continue;
        await walk(childShown, childAbs);
      } else if (isFile && DRAFT_EXT.test(name) && !ignored(childAbs)) {
        await add(childShown, childAbs, size);
      }
    }
  };

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let st: Stats;
    try {
      st = await fsPromises.stat(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM") {
        notices.push({ kind: "unreadable", file: arg, message: `cannot read it: ${errnoWords(err)}` });
        continue;
      }
      throw new UserError("no such file", { file: arg });
    }
    if (ignored(abs)) continue;
    if (st.isDirectory()) {
      const before = found;
      const unreadable = notices.length;
      await walk(arg, abs);
      if (found === before && notices.length === unreadable) {
        notices.push({ kind: "no-drafts", file: arg, message: "no draft (.md, .markdown or .txt) to check in this folder" });
      }
    } else {
      checkDraftStats(st, arg, maxBytes);
      await add(arg, abs, st.size);
    }
  }
  return { files, notices };
}

/** The shown paths of expandDrafts (errors and notices aside). */
export async function expandPaths(args: string[], options: ExpandOptions): Promise<string[]> {
  return (await expandDrafts(args, options)).files.map((f) => f.shown);
}

// ---------------------------------------------------------------------------------------------
// Globs

/**
 * A matcher for ignore globs against a path relative to cwd with forward slashes. A glob with no
 * slash matches any single path segment (`drafts-old`, `*.tmp.md`); others match from the start
 * (`drafts/old/**`, `drafts/*.txt`). A glob that matches a folder matches everything in it.
 */
export function compileIgnore(globs: string[]): ((rel: string) => boolean) | null {
  const anywhere: RegExp[] = [];
  const rooted: RegExp[] = [];
  for (let g of globs) {
    g = g.trim();
    if (g.startsWith("./")) g = g.slice(2);
    if (g.endsWith("/")) g = g.slice(0, -1);
    if (g.startsWith("/")) g = g.slice(1);
    if (g === "") continue;
    if (g.includes("/")) rooted.push(globToRegExp(g));
    else anywhere.push(globToRegExp(g));
  }
  if (anywhere.length === 0 && rooted.length === 0) return null;
  return (rel: string): boolean => {
    if (rel === "" || rel.startsWith("../")) return false;
    const parts = rel.split("/");
    for (const re of anywhere) if (parts.some((p) => re.test(p))) return true;
    let prefix = "";
    for (const part of parts) {
      prefix = prefix ? `${prefix}/${part}` : part;
      for (const re of rooted) if (re.test(prefix)) return true;
    }
    return false;
  };
}

/** True when `file` (forward slashes) matches `glob` as a whole. */
export function matchesGlob(file: string, glob: string): boolean {
  return globToRegExp(glob).test(file);
}

/** `*` any run within a segment, `**` any number of segments, `?` one character, `[...]`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globBody(glob)}$`, "u");
}

function globBody(glob: string): string {
  let re = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") {
      if (glob[i + 1] === "*") {
        let j = i + 2;
        while (glob[j] === "*") j++;
        const atStart = i === 0 || glob[i - 1] === "/";
        if (atStart && glob[j] === "/") {
          re += "(?:.*/)?"; // `**/`: zero or more folders
          i = j;
        } else if (atStart && j === glob.length) {
          re += ".*"; // trailing `**`: everything below
          i = j - 1;
        } else {
          re += "[^/]*"; // `**` inside a segment is just `*`
          i = j - 1;
        }
      } else re += "[^/]*";
    } else if (ch === "?") re += "[^/]";
    else if (ch === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) {
        re += "\\[";
        continue;
      }
      let body = glob.slice(i + 1, end);
      let negate = false;
      if (body[0] === "!" || body[0] === "^") {
        negate = true;
        body = body.slice(1);
      }
      body = body.replace(/[\\\]^[]/g, (c) => `\\${c}`);
      re += negate ? `[^/${body}]` : `(?![/])[${body}]`;
      i = end;
    } else if (ch === "{") {
      braces++;
      re += "(?:";
    } else if (ch === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (ch === "," && braces > 0) re += "|";
    else if (ch === "\\" && i + 1 < glob.length) {
      re += escapeRe(glob[i + 1]);
      i++;
    } else re += escapeRe(ch);
  }
  while (braces-- > 0) re += ")";
  return re;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, (c) => `\\${c}`);
}
