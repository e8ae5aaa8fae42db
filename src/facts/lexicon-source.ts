// The built-in news lexicon from its data files (src/lang/concepts/*.yaml and
// src/lang/<lang>/lexicon/*.yaml, described in src/lang/LEXICON.md) to concepts with phrases made
// as the matcher makes them, and the tables they are compiled into. Runs at build time
// (scripts/build.mjs writes dist/lexicon-*.keys, .idx and .json) and, from src/ without a build, on first use.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { makePhrase } from "../text/phrase.js";
import type { Concept, ConceptType, EntityClass, Lang, TermPhrase } from "../types.js";
import { phraseRow, type ConceptLine, type PhraseRow, type Table } from "./lexicon.js";

interface ConceptMeta {
  class?: EntityClass;
  type?: ConceptType;
  broader?: string[];
  opposite?: string[];
}

const yamlFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f)) : []);

function readYaml(file: string): Record<string, unknown> {
  const data = parse(readFileSync(file, "utf8")) as unknown;
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** Two phrases are the same when they match the same words: language, tokens, forms, capitals. */
function phraseKey(p: TermPhrase): string {
  return `${p.lang}|${p.tokens.join(" ")}|${p.forms?.join(" ") ?? ""}|${p.capitals?.join() ?? ""}|${p.caseSensitive}`;
}

/** Concepts of the lexicon under `langDir` (src/lang), with the phrases of every language given. */
export function compileLexicon(langDir: string, langs: readonly Lang[]): Concept[] {
  const metas = new Map<string, ConceptMeta>();
  for (const file of yamlFiles(join(langDir, "concepts"))) {
    for (const [id, meta] of Object.entries(readYaml(file))) metas.set(id, (meta ?? {}) as ConceptMeta);
  }
  const concepts = new Map<string, Concept>();
  for (const [id, meta] of metas) {
    const c: Concept = { id, phrases: [] };
    if (meta.class) c.class = meta.class;
    if (meta.type && meta.type !== "thing") c.type = meta.type;
    if (meta.broader?.length) c.broader = meta.broader.filter((b) => metas.has(b));
    concepts.set(id, c);
  }
  // (contraries hold both ways: "reject" need not repeat that it is "approve"'s)
  for (const [id, meta] of metas) {
    for (const o of meta.opposite ?? []) {
      const a = concepts.get(id);
      const b = concepts.get(o);
      if (!a || !b) continue;
      if (!a.opposite?.includes(o)) (a.opposite ??= []).push(o);
      if (!b.opposite?.includes(id)) (b.opposite ??= []).push(id);
    }
  }
  for (const lang of langs) {
    for (const file of yamlFiles(join(langDir, lang, "lexicon"))) {
      for (const [id, list] of Object.entries(readYaml(file))) {
        const c = concepts.get(id);
        // (an entry of no concept would be dropped without a word: "manage" in a language file
        // before src/lang/concepts had it)
        if (!c) throw new Error(`${file}: "${id}" is no concept of ${join(langDir, "concepts")}: add it there (its type and broader terms)`);
        if (!Array.isArray(list)) continue;
        const seen = new Set(c.phrases.map((p) => phraseKey(p)));
        for (const text of list) {
          if (typeof text !== "string" || !text.trim()) continue;
          const p = makePhrase(text.trim(), lang, c.class !== undefined);
          const key = phraseKey(p);
          if (p.tokens.length === 0 || seen.has(key)) continue;
          seen.add(key);
          c.phrases.push(p);
        }
      }
    }
  }
  return [...concepts.values()].filter((c) => c.phrases.length > 0);
}

/**
 * The compiled tables (see src/facts/lexicon.ts): phrases by their first token and concepts by
 * id, each a text of "key\tjson" lines sorted by key, with the offset of every line.
 */
export function lexiconTables(concepts: readonly Concept[]): { phrases: Table; concepts: Table } {
  const byToken = new Map<string, PhraseRow[]>();
  for (const c of concepts) {
    for (const p of c.phrases) {
      const first = p.tokens[0];
      if (first === undefined) continue;
      let rows = byToken.get(first);
      if (!rows) byToken.set(first, (rows = []));
      rows.push(phraseRow(c.id, p));
    }
  }
  const lines = (entries: Iterable<[string, unknown]>): Table => {
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [k] of sorted) if (/\n/.test(k)) throw new Error(`a lexicon key with a line break: ${JSON.stringify(k)}`);
    const values = sorted.map(([, v]) => JSON.stringify(v));
    return { keys: sorted.map(([k]) => k), value: (i) => values[i] };
  };
  const conceptLines = concepts.map((c): [string, ConceptLine] => {
    const line: ConceptLine = { texts: {} };
    if (c.class) line.class = c.class;
    if (c.type) line.type = c.type;
    if (c.broader?.length) line.broader = c.broader;
    if (c.opposite?.length) line.opposite = c.opposite;
    for (const p of c.phrases) (line.texts[p.lang] ??= []).push(p.text);
    return [c.id, line];
  });
  return { phrases: lines(byToken), concepts: lines(conceptLines) };
}
export { LANG_CODES as LANGS } from "../lang/index.js";
export { tableFiles } from "./lexicon.js";
