// Files as input: Markdown and plain-text drafts → blocks of text, and folders → the files in them.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { statSync } from "node:fs";
import path from "node:path";
import { type TextBlock, UserError } from "../types.js";
import { type Directive, type DirectiveMark, resolveDirectives, textLineDirective } from "./directives.js";
import { lineBlocks, stripBom } from "./index.js";

export type FileKind = "markdown" | "text";

export interface FileInput {
  /** The path as given (or the display name), as the output calls it. */
  name: string;
  kind: FileKind;
  blocks: TextBlock[];
  directives: Directive[];
  /** Why the file was not read ("binary file", "not valid UTF-8"); then there are no blocks. */
  skipped?: string;
  /** The text as read (absent when skipped). */
  text?: string;
}

const MARKDOWN_EXT = /\.(?:md|markdown)$/i;
const DRAFT_EXT = /\.(?:md|markdown|txt)$/i;

/** Markdown for .md and .markdown, plain text for anything else. */
export function kindOf(file: string): FileKind {
  return MARKDOWN_EXT.test(file) ? "markdown" : "text";
}

/** Reads a draft. A binary or non-UTF-8 file is skipped with a reason, not thrown. */
export async function readInputFile(file: string, displayName?: string): Promise<FileInput> {
  const name = displayName ?? file;
  const kind = kindOf(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw fileError(err, name);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { name, kind, blocks: [], directives: [], skipped: "binary file" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { name, kind, blocks: [], directives: [], skipped: "not valid UTF-8" };
  }
  return textFromString(text, name, kind);
}

/** A draft given as a string (stdin with --stdin-filename): the same result as a file. */
export async function textFromString(text: string, name: string, kind: FileKind): Promise<FileInput> {
  if (kind === "markdown") {
    const { parseMarkdown } = await import("./markdown.js");
    const { blocks, directives } = await parseMarkdown(text);
    return { name, kind, blocks, directives, text };
  }
  return { name, kind, ...plainTextBlocks(text), text };
}

/**
 * Plain text: every line a block. Directive comment lines (`# factcheck-disable`) are left out,
 * and a trailing `# factcheck-disable-line` comment is cut from its line.
 */
export function plainTextBlocks(text: string): { blocks: TextBlock[]; directives: Directive[] } {
  const lines = lineBlocks(stripBom(text));
  const marks: DirectiveMark[] = [];
  const directiveLines = new Set<number>();
  const blocks: TextBlock[] = [];
  for (const block of lines) {
    const found = textLineDirective(block.text);
    if (!found) {
      blocks.push(block);
      continue;
    }
    const line = block.spans[0].line;
    marks.push({ kind: found.kind, line, column: 1 + codePointCount(block.text.slice(0, found.index)) });
    if (found.whole) {
      directiveLines.add(line);
      continue;
    }
    blocks.push({ text: block.text.slice(0, found.index).trimEnd(), spans: block.spans });
  }
  const isBlank = (line: number): boolean => directiveLines.has(line) || lines[line - 1].text.trim() === "";
  return { blocks, directives: resolveDirectives(marks, lines.length, isBlank) };
}

function codePointCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function fileError(err: unknown, file: string): UserError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new UserError("no such file", { file });
  if (code === "EISDIR") return new UserError("is a folder, not a file", { file });
  if (code === "EACCES" || code === "EPERM") return new UserError("permission denied", { file });
  return new UserError(`cannot read file: ${(err as Error)?.message ?? String(err)}`, { file });
}

// ---------------------------------------------------------------------------------------------
// Arguments that name files

/** True when `arg` names an existing file or folder, or ends in .md, .markdown or .txt. */
export function looksLikeFile(arg: string): boolean {
  if (arg === "" || arg === "-") return false;
  if (DRAFT_EXT.test(arg) && !/[\r\n]/.test(arg)) return true;
  if (arg.includes("\0") || arg.length > 4096) return false;
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
}

const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

/**
 * The files named by the arguments: files as given, folders walked recursively for .md, .markdown
 * and .txt files (leaving out .git and node_modules). Paths matching an ignore glob are left out,
 * whether named or found. Order: the arguments' order, each folder's entries sorted by name (code
 * unit order); a file named twice is listed once. A path that does not exist is a UserError.
 */
export async function expandPaths(args: string[], options: ExpandOptions): Promise<string[]> {
  const ignore = compileIgnore(options.ignore);
  const out: string[] = [];
  const seen = new Set<string>();
  const cwd = path.resolve(options.cwd);
  const ignoreRoot = path.resolve(options.ignoreRoot ?? cwd);
  const relOf = (abs: string): string => path.relative(ignoreRoot, abs).split(path.sep).join("/");
  const ignored = (abs: string): boolean => ignore !== null && ignore(relOf(abs));
  const add = (shown: string, abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push(shown);
  };
  const visited = new Set<string>(); // real paths of folders walked (symlink loops)

  const walk = async (shown: string, abs: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(abs);
    } catch {
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(abs, { withFileTypes: true });
    const names = entries.map((e) => e.name).sort();
    const types = new Map(entries.map((e) => [e.name, e]));
    for (const name of names) {
      const entry = types.get(name)!;
      const childAbs = path.join(abs, name);
      const childShown = shown.endsWith("/") || shown.endsWith(path.sep) ? shown + name : `${shown}/${name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await stat(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (SKIPPED_FOLDERS.has(name) || ignored(childAbs)) continue;
        await walk(childShown, childAbs);
      } else if (isFile && DRAFT_EXT.test(name) && !ignored(childAbs)) {
        add(childShown, childAbs);
      }
    }
  };

  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new UserError("no such file", { file: arg });
    }
    if (ignored(abs)) continue;
    if (st.isDirectory()) await walk(arg, abs);
    else add(arg, abs);
  }
  return out;
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
