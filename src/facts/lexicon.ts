// The built-in news lexicon: general concepts (places, organisations, what figures count, what
// happens to them) in every language, shared by all fact bases.
//
// It is compiled at build time (scripts/build.mjs, src/facts/lexicon-source.ts) into two sorted
// tables of text lines — phrases by their first normalised token, concepts by id — and the line
// offsets of each, so that start-up reads four files and parses nothing: a look-up is a binary
// search in the table and one JSON.parse of one line, remembered. From src/ (tests, a checkout)
// the tables built in dist/ are used when they are newer than the data; else they are compiled
// from the YAML on first use.
import { existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makePhrase } from "../text/phrase.js";
import { LANG_CODES, type Lang } from "../lang/index.js";
import type { Concept, ConceptType, EntityClass, TermPhrase } from "../types.js";

/** A phrase of a concept, under the concept's id. */
export interface LexiconEntry {
  key: string;
  phrase: TermPhrase;
}

export interface Lexicon {
  /** The phrases whose first normalised token is `token`. */
  phrases(token: string): readonly LexiconEntry[];
  /** A concept by id: its class, type, broader concepts and phrases. */
  concept(id: string): Concept | undefined;
  has(id: string): boolean;
}

/** One line of the concept table: metadata and the phrases as written, by language. */
export interface ConceptLine {
  class?: EntityClass;
  type?: ConceptType;
  broader?: string[];
  opposite?: string[];
  texts: Partial<Record<Lang, string[]>>;
}

/** One entry of the phrase table: [key, lang, tokens, forms | 0, capitals | 0, caseSensitive 0|1, exact 0|1, text]. */
export type PhraseRow = [string, Lang, string[], string[] | 0, boolean[] | 0, 0 | 1, 0 | 1, string];

export function phraseRow(key: string, p: TermPhrase): PhraseRow {
  return [key, p.lang, p.tokens, p.forms ?? 0, p.capitals ?? 0, p.caseSensitive ? 1 : 0, p.exact ? 1 : 0, p.text];
}

function phraseOfRow(r: PhraseRow): TermPhrase {
  const p: TermPhrase = { text: r[7], lang: r[1], tokens: r[2], caseSensitive: r[5] === 1 };
  if (r[3]) p.forms = r[3];
  if (r[4]) p.capitals = r[4];
  if (r[6] === 1) p.exact = true;
  return p;
}

/** Keys sorted (by UTF-16 code units) and the JSON value of each, read when asked for. */
export interface Table {
  keys: readonly string[];
  value(i: number): string;
}

/** The value of `key` in a table (binary search on the keys), or undefined. */
function lookup(table: Table, key: string): string | undefined {
  const { keys } = table;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid];
    if (k === key) return table.value(mid);
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * A table as three files: the keys, one a line; the values, UTF-8 JSON one after another; and
 * where each value starts (n + 1 little-endian Uint32 byte offsets). Start-up reads the keys and
 * offsets; a value is read from its place on the disk when first asked for.
 */
export function tableFiles(table: Table): { keys: string; values: Buffer; offsets: Buffer } {
  const parts: Buffer[] = [];
  const offsets = new Uint32Array(table.keys.length + 1);
  let at = 0;
  table.keys.forEach((_, i) => {
    const b = Buffer.from(table.value(i), "utf8");
    offsets[i] = at;
    at += b.length;
    parts.push(b);
  });
  offsets[table.keys.length] = at;
  return { keys: table.keys.join("\n"), values: Buffer.concat(parts), offsets: Buffer.from(offsets.buffer) };
}

function fileTable(dir: URL, name: string): Table {
  const keys = readFileSync(new URL(`${name}.keys`, dir), "utf8").split("\n");
  const idx = readFileSync(new URL(`${name}.idx`, dir));
  const offsets = new Uint32Array(idx.buffer, idx.byteOffset, idx.byteLength / 4);
  let fd: number | undefined;
  return {
    keys,
    value(i) {
      fd ??= openSync(new URL(`${name}.json`, dir), "r");
      const length = offsets[i + 1] - offsets[i];
      const buf = Buffer.allocUnsafe(length);
      let read = 0;
      while (read < length) read += readSync(fd, buf, read, length - read, offsets[i] + read);
      return buf.toString("utf8");
    },
  };
}

/** The lexicon read from its two tables. */
export function lexiconFromTables(phrases: Table, concepts: Table): Lexicon {
  const entries = new Map<string, readonly LexiconEntry[]>();
  const found = new Map<string, Concept | null>();
  return {
    phrases(token) {
      let list = entries.get(token);
      if (list === undefined) {
        const line = lookup(phrases, token);
        list = line ? (JSON.parse(line) as PhraseRow[]).map((r) => ({ key: r[0], phrase: phraseOfRow(r) })) : [];
        if (entries.size > 50_000) entries.clear();
        entries.set(token, list);
      }
      return list;
    },
    concept(id) {
      let c = found.get(id);
      if (c === undefined) {
        const line = lookup(concepts, id);
        c = line ? conceptOfLine(id, JSON.parse(line) as ConceptLine) : null;
        found.set(id, c);
      }
      return c ?? undefined;
    },
    has(id) {
      return this.concept(id) !== undefined;
    },
  };
}

function conceptOfLine(id: string, line: ConceptLine): Concept {
  const c: Concept = { id, phrases: [] };
  if (line.class) c.class = line.class;
  if (line.type) c.type = line.type;
  if (line.broader) c.broader = line.broader;
  if (line.opposite) c.opposite = line.opposite;
  // The phrases as written, for display ("facts show"); the matcher uses the phrase table.
  let made: TermPhrase[] | undefined;
  Object.defineProperty(c, "phrases", {
    enumerable: true,
    get: () => (made ??= Object.entries(line.texts).flatMap(([lang, texts]) => (texts ?? []).map((t) => makePhrase(t, lang as Lang, line.class !== undefined)))),
  });
  return c;
}

/** The compiled tables, in dist/: lexicon-phrases.{keys,idx,json}, lexicon-concepts.{keys,idx,json}. */
export const TABLE_NAMES = { phrases: "lexicon-phrases", concepts: "lexicon-concepts" } as const;

function readTables(dir: URL): { phrases: Table; concepts: Table } {
  return { phrases: fileTable(dir, TABLE_NAMES.phrases), concepts: fileTable(dir, TABLE_NAMES.concepts) };
}

/** The newest modification time of the lexicon's data files under src/lang. */
function newestData(langDir: string): number {
  let newest = 0;
  for (const e of readdirSync(langDir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && /\.ya?ml$/.test(e.name)) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

let cached: Lexicon | undefined;

/** The lexicon, loaded once per process. */
export async function loadLexicon(): Promise<Lexicon> {
  if (cached) return cached;
  const here = new URL("./", import.meta.url);
  if (existsSync(new URL(`${TABLE_NAMES.phrases}.keys`, here))) {
    const t = readTables(here);
    return (cached = lexiconFromTables(t.phrases, t.concepts));
  }
  // From src/: the tables built in dist/ if they are newer than the data, else the YAML itself.
  const dist = new URL("../../dist/", import.meta.url);
  const langDir = fileURLToPath(new URL("../lang", import.meta.url));
  const built = new URL(`${TABLE_NAMES.phrases}.json`, dist);
  if (existsSync(built) && statSync(built).mtimeMs >= newestData(langDir)) {
    const t = readTables(dist);
    return (cached = lexiconFromTables(t.phrases, t.concepts));
  }
  const { compileLexicon, lexiconTables } = await import("./lexicon-source.js");
  const t = lexiconTables(compileLexicon(langDir, LANG_CODES));
  return (cached = lexiconFromTables(t.phrases, t.concepts));
}

/** The lexicon if it has been loaded (for synchronous paths after a load). */
export function lexiconIfLoaded(): Lexicon | undefined {
  return cached;
}

/** A lexicon of given concepts (tests, and fact bases checked without the built-in one). */
export function lexiconOf(concepts: readonly Concept[]): Lexicon {
  const byToken = new Map<string, LexiconEntry[]>();
  const byId = new Map(concepts.map((c) => [c.id, c]));
  for (const c of concepts) {
    for (const phrase of c.phrases) {
      const first = phrase.tokens[0];
      if (first === undefined) continue;
      let list = byToken.get(first);
      if (!list) byToken.set(first, (list = []));
      list.push({ key: c.id, phrase });
    }
  }
  return { phrases: (t) => byToken.get(t) ?? [], concept: (id) => byId.get(id), has: (id) => byId.has(id) };
}
