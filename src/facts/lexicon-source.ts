// The built-in news lexicon from its data files (src/lang/concepts/*.yaml and
// src/lang/<lang>/lexicon/*.yaml, described in src/lang/LEXICON.md) to concepts with phrases made
// as the matcher makes them. Runs at build time (scripts/build.mjs writes dist/lexicon.json) and,
// when the code runs from src/ (tests), on first use.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { makePhrase } from "../text/phrase.js";
import type { Concept, ConceptType, EntityClass, Lang, TermPhrase } from "../types.js";

interface ConceptMeta {
  class?: EntityClass;
  type?: ConceptType;
  broader?: string[];
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
  for (const lang of langs) {
    for (const file of yamlFiles(join(langDir, lang, "lexicon"))) {
      for (const [id, list] of Object.entries(readYaml(file))) {
        const c = concepts.get(id);
        if (!c || !Array.isArray(list)) continue;
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
