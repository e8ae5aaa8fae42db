// A cache of validated user fact bases. Parsing and validating YAML is slow (seconds for 100,000
// facts); the result is plain data, so it is stored after the first load in the user's cache
// directory and reused while no source file changes.
//
// Key: sha256 of the cache format, the factcheck version and build (a hash of its sources), the V8
// version, and every YAML file loaded (its path as given, since origins name it, and its content
// hash). The entry also lists the source text files the documents reference, with their hashes,
// verified on every load: a change in any file involved makes the entry unusable. An entry is
// trusted only when its magic, format, key, payload length and payload checksum all agree;
// anything else (a truncated or foreign file) is ignored and rebuilt. An entry's file is named
// after the set of YAML paths (one slot per fact base, replaced when it changes; the 16 most
// recently used are kept). Writes are atomic (temp file + rename); a cache directory that cannot
// be created or written is skipped without a word.
//
// The payload (v8.serialize) holds the term index's posting lists (typed arrays) and a compact
// encoding of the FactBase (see `encode`): one string of all distinct strings, an Int32Array
// stream of tagged values and the objects' shapes, decoded with one compiled constructor per
// shape, which is several times faster than JSON.parse or v8.deserialize of the same objects.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { FactBase } from "../types.js";
import { writeFileAtomicSync } from "../util/files.js";
import { stripBom } from "../util/text.js";
import { yamlFilesOf } from "./paths.js";
import { buildPostings, type Postings } from "./term-index.js";

declare const __FACTCHECK_VERSION__: string;
declare const __FACTCHECK_BUILD__: string;
const VERSION = typeof __FACTCHECK_VERSION__ === "string" ? __FACTCHECK_VERSION__ : "0.0.0-dev";
/** A hash of the sources the bundle was built from (scripts/build.mjs): two builds of one version differ in it. */
const BUILD = typeof __FACTCHECK_BUILD__ === "string" ? __FACTCHECK_BUILD__ : "dev";

/** Bumped whenever the entry layout or the payload encoding changes. */
const CACHE_FORMAT = 1;
const MAGIC = Buffer.from("FACTCHECK-CACHE\n", "latin1");
/** Entries kept in the cache directory (least recently used ones beyond this are removed). */
const MAX_ENTRIES = 16;
const ENTRY = /^[0-9a-f]{64}\.fcc$/;

/** The cache directory: FACTCHECK_CACHE_DIR, else the platform's user cache directory + factcheck. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.FACTCHECK_CACHE_DIR) return resolve(env.FACTCHECK_CACHE_DIR);
  if (platform === "darwin") return join(home, "Library", "Caches", "factcheck");
  if (platform === "win32") return join(env.LOCALAPPDATA || join(home, "AppData", "Local"), "factcheck", "Cache");
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec: a relative path is invalid and must be ignored.
  return xdg && isAbsolute(xdg) ? join(xdg, "factcheck") : join(home, ".cache", "factcheck");
}

function cacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const off = env.FACTCHECK_NO_CACHE;
  return off === undefined || off === "" || off === "0" || off.toLowerCase() === "false";
}

const sha256 = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

/** The YAML files the loader reads for `paths`, in its order (null when a path does not exist). */
async function yamlFiles(paths: string[]): Promise<string[] | null> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let files: string[];
    try {
      files = await yamlFilesOf(path);
    } catch {
      return null;
    }
    for (const f of files) {
      const abs = resolve(f);
      if (seen.has(abs)) continue;
      seen.add(abs);
      out.push(f);
    }
  }
  return out;
}

interface Header {
  format: number;
  key: string;
  payloadBytes: number;
  payloadSha256: string;
  /** Source text files the documents reference (as the loader resolves them) and their hashes. */
  sources: Array<{ file: string; sha256: string }>;
}

/** sha256 of a file's bytes; null when it cannot be read. */
function hashFile(file: string): string | null {
  try {
    return sha256(readFileSync(file));
  } catch {
    return null;
  }
}

/** The content key of a list of YAML files (as the loader will read them), or null when one cannot be read. */
function contentKey(files: string[]): string | null {
  const hashes = files.map(hashFile);
  if (hashes.some((h) => h === null)) return null;
  const h = createHash("sha256");
  h.update(`factcheck-cache\0${CACHE_FORMAT}\0${VERSION}\0${BUILD}\0${process.versions.v8}\0`);
  files.forEach((f, i) => h.update(`${f}\0${hashes[i]}\0`));
  return h.digest("hex");
}

/** The cache key of a set of fact-base paths, or null when they cannot all be read. */
export async function cacheKey(paths: string[]): Promise<string | null> {
  const files = await yamlFiles(paths);
  return files ? contentKey(files) : null;
}

/**
 * Where the entry for a set of files lives: one slot per set of files (by their paths), so that
 * an edited fact base replaces its entry instead of adding one. The content key is checked inside.
 */
function slotOf(files: string[]): string {
  return sha256(`factcheck-slot\0${CACHE_FORMAT}\0${files.map((f) => `${f}\0${resolve(f)}`).join("\0")}`);
}

/**
 * Source text files of a loaded fact base, resolved as the loader resolves them, with their
 * hashes; null when one no longer holds the text that was loaded (it changed meanwhile).
 */
function sourceHashes(fb: FactBase): Header["sources"] | null {
  const out = new Map<string, string>();
  for (const doc of Object.values(fb.documents)) {
    if (!doc.origin) continue;
    const file = join(dirname(doc.origin.file), doc.path);
    const data = readFileSync(file);
    const text = data.toString("utf8");
    if (stripBom(text) !== doc.text) return null;
    out.set(file, sha256(data));
  }
  return [...out].map(([file, hash]) => ({ file, sha256: hash }));
}

/**
 * Reads and verifies an entry; null when it is missing, foreign, corrupt or stale (another key).
 * The payload is decoded only after its checksum and the source texts' hashes are verified.
 */
function readEntry(file: string, key: string): CachedFactBase | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  try {
    if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const headerBytes = buf.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4 + headerBytes;
    if (start > buf.length) return null;
    const header = JSON.parse(buf.toString("utf8", MAGIC.length + 4, start)) as Header;
    if (header.format !== CACHE_FORMAT || header.key !== key || header.payloadBytes !== buf.length - start || !Array.isArray(header.sources)) return null;
    const payload = buf.subarray(start);
    if (sha256(payload) !== header.payloadSha256) return null;
    if (!header.sources.every((s) => hashFile(s.file) === s.sha256)) return null;
    const stored = deserialize(payload) as { factBase: Encoded; postings: Postings };
    return { factBase: decode(stored.factBase) as FactBase, postings: stored.postings };
  } catch {
    return null;
  }
}

/** Writes an entry atomically; false (and nothing left behind) when the directory is not writable. */
function writeEntry(file: string, key: string, fb: FactBase, postings: Postings = buildPostings(fb)): boolean {
  try {
    const sources = sourceHashes(fb);
    if (!sources) return false;
    const payload = serialize({ factBase: encode(fb), postings });
    const header: Header = { format: CACHE_FORMAT, key, payloadBytes: payload.length, payloadSha256: sha256(payload), sources };
    const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
    const len = Buffer.alloc(4);
    len.writeUInt32LE(headerBytes.length);
    writeFileAtomicSync(file, Buffer.concat([MAGIC, len, headerBytes, payload]), { mkdir: true, mode: 0o600 });
    prune(dirname(file));
    return true;
  } catch {
    return false;
  }
}

/** Keeps the MAX_ENTRIES most recently used entries. */
function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((n) => ENTRY.test(n))
    .map((n) => {
      try {
        return { n, t: statSync(join(dir, n)).mtimeMs };
      } catch {
        return { n, t: 0 };
      }
    })
    .sort((a, b) => b.t - a.t);
  for (const { n } of entries.slice(MAX_ENTRIES)) {
    try {
      unlinkSync(join(dir, n));
    } catch {
      // another process removed it
    }
  }
}

/** A fact base and its posting lists (see buildTermIndex). */
export interface CachedFactBase {
  factBase: FactBase;
  postings: Postings;
}

/**
 * Loads a user fact base through the cache: a verified entry when there is one, else `build`
 * (which loads and validates the YAML, throwing the user's errors as usual) and a new entry.
 */
export async function loadWithCache(paths: string[], build: (paths: string[]) => Promise<FactBase>, env: NodeJS.ProcessEnv = process.env): Promise<CachedFactBase> {
  const fresh = async (): Promise<CachedFactBase> => {
    const factBase = await build(paths);
    return { factBase, postings: buildPostings(factBase) };
  };
  if (!cacheEnabled(env)) return fresh();
  const files = await yamlFiles(paths);
  if (!files) return fresh();
  const file = join(cacheDir(env), `${slotOf(files)}.fcc`);
  const key = contentKey(files);
  if (!key) return fresh();
  const cached = readEntry(file, key);
  if (cached) {
    try {
      const now = new Date();
      utimesSync(file, now, now); // most recently used, for pruning
    } catch {
      // a read-only cache is still usable
    }
    return cached;
  }
  const loaded = await fresh();
  // Written only when no file changed while it was being loaded.
  if (key === contentKey(files)) writeEntry(file, key, loaded.factBase, loaded.postings);
  return loaded;
}

// ---------------------------------------------------------------------------------------------
// Payload encoding: JSON-like data (objects, arrays, strings, numbers, booleans, null) as
// - text + offsets: every distinct string once;
// - floats: numbers that are not 32-bit integers;
// - shapes: the key lists of small objects (a fact, a figure, an origin ...);
// - ops: an Int32Array stream of tagged values.
// Arrays of strings (term lists) that occur more than once are decoded to one shared array.

const enum Op {
  Undefined = 0,
  Null,
  False,
  True,
  Int,
  Float,
  Str,
  Arr,
  Obj,
  Dict,
  DefStrArr,
  Ref,
}

export interface Encoded {
  /** Every distinct string, concatenated (one allocation to deserialize, sliced when decoding). */
  text: string;
  /** Start of each string in `text`, and its end as the last entry. */
  offsets: Int32Array;
  floats: Float64Array;
  shapes: string[][];
  ops: Int32Array;
}

/** Objects with more keys than this are encoded as dictionaries (documents, concepts by id). */
const MAX_SHAPE_KEYS = 24;

export function encode(value: unknown): Encoded {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const floats: number[] = [];
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const refs = new Map<string, number>();
  let ops = new Int32Array(1 << 16);
  let n = 0;
  const emit = (v: number): void => {
    if (n === ops.length) {
      const grown = new Int32Array(ops.length * 2);
      grown.set(ops);
      ops = grown;
    }
    ops[n++] = v;
  };
  const str = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };
  const walk = (v: unknown): void => {
    switch (typeof v) {
      case "undefined":
        return emit(Op.Undefined);
      case "boolean":
        return emit(v ? Op.True : Op.False);
      case "number":
        if ((v | 0) === v && !Object.is(v, -0)) {
          emit(Op.Int);
          return emit(v);
        }
        emit(Op.Float);
        floats.push(v);
        return emit(floats.length - 1);
      case "string":
        emit(Op.Str);
        return emit(str(v));
      case "object":
        break;
      default:
        throw new Error(`cannot cache a ${typeof v}`);
    }
    if (v === null) return emit(Op.Null);
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every((x) => typeof x === "string")) {
        const k = JSON.stringify(v);
        const ref = refs.get(k);
        if (ref !== undefined) {
          emit(Op.Ref);
          return emit(ref);
        }
        refs.set(k, refs.size);
        emit(Op.DefStrArr);
        emit(v.length);
        for (const s of v as string[]) emit(str(s));
        return;
      }
      emit(Op.Arr);
      emit(v.length);
      for (const x of v) walk(x);
      return;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new Error("cannot cache a non-plain object");
    const keys = Object.keys(v);
    if (keys.length > MAX_SHAPE_KEYS || keys.includes("__proto__")) {
      emit(Op.Dict);
      emit(keys.length);
      for (const k of keys) {
        emit(str(k));
        walk((v as Record<string, unknown>)[k]);
      }
      return;
    }
    const sk = keys.join("\0");
    let shape = shapeIds.get(sk);
    if (shape === undefined) {
      shape = shapes.length;
      shapes.push(keys);
      shapeIds.set(sk, shape);
    }
    emit(Op.Obj);
    emit(shape);
    for (const k of keys) walk((v as Record<string, unknown>)[k]);
  };
  walk(value);
  const offsets = new Int32Array(strings.length + 1);
  let at = 0;
  strings.forEach((s, i) => {
    offsets[i] = at;
    at += s.length;
  });
  offsets[strings.length] = at;
  return { text: strings.join(""), offsets, floats: Float64Array.from(floats), shapes, ops: ops.slice(0, n) };
}

export function decode(e: Encoded): unknown {
  const { text, offsets, floats, ops } = e;
  const strings = new Array<string>(offsets.length - 1);
  for (let i = 0; i < strings.length; i++) strings[i] = text.slice(offsets[i], offsets[i + 1]);
  const refs: string[][] = [];
  let pos = 0;
  // One object-literal constructor per shape: V8 then builds each object with its final hidden
  // class at once. Values are evaluated left to right, as the keys were written.
  const makers = e.shapes.map(
    (keys) => new Function("d", `return {${keys.map((k) => `${JSON.stringify(k)}: d()`).join(", ")}};`) as (d: () => unknown) => unknown,
  );
  const d = (): unknown => {
    const op = ops[pos++];
    switch (op) {
      case Op.Str:
        return strings[ops[pos++]];
      case Op.Int:
        return ops[pos++];
      case Op.Obj:
        return makers[ops[pos++]](d);
      case Op.Ref:
        return refs[ops[pos++]];
      case Op.DefStrArr: {
        const len = ops[pos++];
        const a = new Array<string>(len);
        for (let i = 0; i < len; i++) a[i] = strings[ops[pos++]];
        refs.push(a);
        return a;
      }
      case Op.Arr: {
        const len = ops[pos++];
        const a = new Array<unknown>(len);
        for (let i = 0; i < len; i++) a[i] = d();
        return a;
      }
      case Op.Float:
        return floats[ops[pos++]];
      case Op.Null:
        return null;
      case Op.True:
        return true;
      case Op.False:
        return false;
      case Op.Undefined:
        return undefined;
      case Op.Dict: {
        const len = ops[pos++];
        const o: Record<string, unknown> = {};
        for (let i = 0; i < len; i++) {
          const k = strings[ops[pos++]];
          Object.defineProperty(o, k, { value: d(), enumerable: true, writable: true, configurable: true });
        }
        return o;
      }
      default:
        throw new Error(`corrupt cache payload (op ${op} at ${pos - 1})`);
    }
  };
  const out = d();
  if (pos !== ops.length) throw new Error("corrupt cache payload (trailing data)");
  return out;
}
