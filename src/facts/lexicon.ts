// The built-in news lexicon: general concepts (places, organisations, what figures count, what
// happens to them) in every language, shared by all fact bases.
//
// It is compiled at build time (scripts/build.mjs, src/facts/lexicon-source.ts) into two sorted
// tables of text lines — phrases by their first normalised token, concepts by id — and the line
// offsets of each, so that start-up reads four files and parses nothing: a look-up is a binary
// search in the table and one JSON.parse of one line, remembered. From src/ (tests, a checkout)
// the tables built in dist/ are used when they are newer than the data; else they are compiled
// from the YAML on first use.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

/** A table of "key\tjson" lines sorted by key, with the offset of each line. */
export interface Table {
  text: string;
  offsets: Uint32Array;
}

/** The line of `key` in a table (binary search on the keys), or undefined. */
function lookup(table: Table, key: string): string | undefined {
  const { text, offsets } = table;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = offsets[mid];
    const tab = text.indexOf("\t", start);
    const k = text.slice(start, tab);
    if (k === key) {
      const end = mid + 1 < offsets.length ? offsets[mid + 1] - 1 : text.length;
      return text.slice(tab + 1, end);
    }
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
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
  // The phrases as written, for display ("facts show"); the matcher uses the phrase table.
  let made: TermPhrase[] | undefined;
  Object.defineProperty(c, "phrases", {
    enumerable: true,
    get: () => (made ??= Object.entries(line.texts).flatMap(([lang, texts]) => (texts ?? []).map((t) => makePhrase(t, lang as Lang, line.class !== undefined)))),
  });
  return c;
}

/** The file names of the compiled tables, in dist/. */
export const TABLE_FILES = {
  phrases: "lexicon-phrases.txt",
  phraseOffsets: "lexicon-phrases.idx",
  concepts: "lexicon-concepts.txt",
  conceptOffsets: "lexicon-concepts.idx",
} as const;

function readTables(dir: URL): { phrases: Table; concepts: Table } {
  const table = (text: string, idx: string): Table => {
    const buf = readFileSync(new URL(idx, dir));
    return { text: readFileSync(new URL(text, dir), "utf8"), offsets: new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4) };
  };
  return { phrases: table(TABLE_FILES.phrases, TABLE_FILES.phraseOffsets), concepts: table(TABLE_FILES.concepts, TABLE_FILES.conceptOffsets) };
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
  if (existsSync(new URL(TABLE_FILES.phrases, here))) {
    const t = readTables(here);
    return (cached = lexiconFromTables(t.phrases, t.concepts));
  }
  // From src/: the tables built in dist/ if they are newer than the data, else the YAML itself.
  const dist = new URL("../../dist/", import.meta.url);
  const langDir = fileURLToPath(new URL("../lang", import.meta.url));
  const built = new URL(TABLE_FILES.phrases, dist);
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
