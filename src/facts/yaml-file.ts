// Reading one fact-base YAML file safely, and mapping paths in it (["facts", 2, "quote"]) back to
// `line:column` so that every error can point at the node that caused it.
import { readFile, stat } from "node:fs/promises";
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, parseDocument, visit, type Document, type Node } from "yaml";
import type { ZodError } from "zod";
import { UserError, type Origin } from "../types.js";
import { codePointCount, stripBom } from "../util/text.js";

/** Files larger than this are refused (the fact base and its source texts are small). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Alias expansions allowed when converting YAML to data ("billion laughs" guard). */
export const MAX_ALIAS_COUNT = 100;
/** Keys that could pollute prototypes if a later stage copied objects carelessly. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type PathItem = string | number;

/** Reads a text file, refusing anything over MAX_FILE_BYTES; strips a byte-order mark. */
export async function readTextFile(file: string, what: string, where?: UserError["where"]): Promise<string> {
  let size: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new UserError(`${what} is not a file: ${file}`, where ?? { file });
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${what} not found: ${file}`, where ?? { file });
  }
  if (size > MAX_FILE_BYTES) throw new UserError(`${what} is larger than 10 MB: ${file}`, where ?? { file });
  return stripBom(await readFile(file, "utf8"));
}

/** Offsets → 1-based line and column (columns count code points). */
class Positions {
  private readonly lineStarts: number[] = [0];
  constructor(private readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src[i] === "\n") this.lineStarts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.src.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const start = this.lineStarts[lo];
    return { line: lo + 1, column: codePointCount(this.src, start, o) + 1 };
  }
}

export class YamlFile {
  private readonly positions: Positions;
  constructor(
    /** The path as the user gave it (or as found under a folder they gave). */
    readonly file: string,
    readonly src: string,
    readonly doc: Document.Parsed,
    readonly data: unknown,
  ) {
    this.positions = new Positions(src);
  }

  /** Position of a byte offset in the file. */
  origin(offset: number): Origin {
    return { file: this.file, ...this.positions.at(offset) };
  }

  /** The deepest existing node along a path, and how much of the path it covers. */
  private nodeAt(path: readonly PathItem[]): { node: Node | null; depth: number } {
    let node: unknown = this.doc.contents;
    let depth = 0;
    for (const key of path) {
      if (!isCollection(node)) break;
      const next: unknown = node.get(key, true);
      if (!isNode(next)) break;
      node = next;
      depth++;
    }
    return { node: isNode(node) ? node : null, depth };
  }

  /** True when the full path names an existing node. */
  has(path: readonly PathItem[]): boolean {
    return this.nodeAt(path).depth === path.length;
  }

  /** Where the node at `path` starts (or its nearest existing ancestor). */
  pos(path: readonly PathItem[]): Origin {
    const { node } = this.nodeAt(path);
    return this.origin(node?.range?.[0] ?? 0);
  }

  /** Where the key `key` of the map at `path` is written (falls back to the map). */
  keyPos(path: readonly PathItem[], key: string): Origin {
    const { node, depth } = this.nodeAt(path);
    if (node && depth === path.length && isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) return this.origin(pair.key.range[0]);
      }
    }
    return this.pos(path);
  }

  error(message: string, path: readonly PathItem[]): UserError {
    return new UserError(message, this.pos(path));
  }

  /** The first schema issue in file order (not zod's order) as a positioned UserError. */
  schemaError(err: ZodError): UserError {
    const errors = this.schemaErrors(err);
    const at = (e: UserError) => [e.where?.line ?? 0, e.where?.column ?? 0];
    return errors.reduce((first, e) => {
      const [l1, c1] = at(first);
      const [l2, c2] = at(e);
      return l2 < l1 || (l2 === l1 && c2 < c1) ? e : first;
    });
  }

  /** Every schema issue as positioned UserErrors (one per unknown key), in the order zod found them. */
  schemaErrors(err: ZodError): UserError[] {
    const out: UserError[] = [];
    for (const issue of err.issues) {
      if (issue.code === "unrecognized_keys" && issue.keys.length > 1) {
        for (const key of issue.keys) out.push(this.issueError({ ...issue, keys: [key] }));
      } else {
        out.push(this.issueError(issue));
      }
    }
    return out;
  }

  /** One schema issue as a positioned UserError. */
  issueError(issue: ZodError["issues"][number]): UserError {
    const path = issue.path.filter((p): p is PathItem => typeof p === "string" || typeof p === "number");
    const name = pathName(path);
    const prefix = name ? `${name}: ` : "";
    switch (issue.code) {
      case "unrecognized_keys": {
        const key = issue.keys[0];
        return new UserError(`${name ? `${name}: ` : ""}unknown key "${key}"`, this.keyPos(path, key));
      }
      case "invalid_type": {
        if (!this.has(path)) {
          const last = path[path.length - 1];
          return new UserError(`${pathName(path.slice(0, -1)) ? `${pathName(path.slice(0, -1))}: ` : ""}missing key "${String(last)}"`, this.pos(path));
        }
        return new UserError(`${prefix}expected ${article(issue.expected)}, got ${describe(this.valueAt(path))}`, this.pos(path));
      }
      case "invalid_value":
        return new UserError(`${prefix}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`, this.pos(path));
      case "invalid_union":
        return new UserError(
          path.includes("terms")
            ? `${prefix}expected a concept id or { en: [...], da: [...] }`
            : `${prefix}expected a number or a string, got ${describe(this.valueAt(path))}`,
          this.pos(path),
        );
      default:
        return new UserError(`${prefix}${lowerFirst(issue.message)}`, this.pos(path));
    }
  }

  private valueAt(path: readonly PathItem[]): unknown {
    let v: unknown = this.data;
    for (const k of path) v = v && typeof v === "object" ? (v as Record<PathItem, unknown>)[k] : undefined;
    return v;
  }
}

function lowerFirst(s: string): string {
  return s.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
}

function article(expected: string): string {
  const names: Record<string, string> = { array: "a list", object: "a map", record: "a map", string: "a string", number: "a number", boolean: "true or false" };
  return names[expected] ?? expected;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  if (typeof v === "string") return `a string (${JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}…` : v)})`;
  if (typeof v === "boolean") return String(v);
  return `${typeof v === "number" ? "a number" : typeof v} (${String(v)})`;
}

/** ["facts", 0, "figure", "value"] → "facts[1].figure.value" (list items counted from 1, as people do). */
function pathName(path: readonly PathItem[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p + 1}]` : s ? `.${p}` : p;
  return s;
}

/** Reads and parses one YAML file: syntax errors, forbidden keys, tags and alias bombs are refused. */
export async function readYamlFile(file: string, what = "fact-base file"): Promise<YamlFile> {
  const src = await readTextFile(file, what, { file });
  const doc = parseDocument(src, {
    schema: "core",
    customTags: [],
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    stringKeys: true,
  });
  const positions = new Positions(src);
  const at = (offset: number): Origin => ({ file, ...positions.at(offset) });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new UserError(yamlMessage(problem.message), at(problem.pos[0]));

  let forbidden: { key: string; offset: number } | null = null;
  let firstAlias: number | null = null;
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        forbidden = { key: String(pair.key.value), offset: pair.key.range?.[0] ?? 0 };
        return visit.BREAK;
      }
    },
    Alias(_, node) {
      if (firstAlias === null && isAlias(node)) firstAlias = node.range?.[0] ?? 0;
    },
  });
  if (forbidden) {
    const f: { key: string; offset: number } = forbidden;
    throw new UserError(`key "${f.key}" is not allowed`, at(f.offset));
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(msg))
      throw new UserError(`too many alias expansions (more than ${MAX_ALIAS_COUNT}): refusing a possible resource exhaustion attack`, at(firstAlias ?? 0));
    throw new UserError(yamlMessage(msg), at(0));
  }
  return new YamlFile(file, src, doc, data);
}

function yamlMessage(message: string): string {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
  return `YAML: ${lowerFirst(first)}`;
}
