// Which fact base to use: the shipped one, compiled into dist/ at build time (no yaml, no zod at
// run time), or the user's YAML files, loaded and validated on demand and cached after the first
// load (src/facts/cache.ts; FACTCHECK_NO_CACHE=1 turns the cache off).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadLexicon } from "./facts/lexicon.js";
import { buildTermIndex, type Postings, type TermIndex } from "./facts/term-index.js";
import type { FactBase } from "./types.js";

export interface LoadedFacts {
  factBase: FactBase;
  index: TermIndex;
}

/** The shipped facts/ folder (next to dist/ in the package, or in a checkout). */
export function defaultFactsDir(): string {
  return fileURLToPath(new URL("../facts", import.meta.url));
}

/** Loads and validates YAML fact files (the yaml and zod code is loaded only when needed). */
async function loadYaml(paths: string[]): Promise<FactBase> {
  const { loadFactBase } = await import("./facts/index.js");
  return loadFactBase(paths);
}

export async function loadFacts(paths: string[]): Promise<LoadedFacts> {
  let factBase: FactBase;
  let postings: Postings | undefined;
  const compiled = new URL("./default-factbase.json", import.meta.url);
  if (paths.length === 0 && existsSync(compiled)) {
    factBase = JSON.parse(readFileSync(compiled, "utf8")) as FactBase;
  } else if (paths.length === 0) {
    factBase = await loadYaml([defaultFactsDir()]);
  } else {
    const { loadWithCache } = await import("./facts/cache.js"); // not needed for the shipped base
    ({ factBase, postings } = await loadWithCache(paths, loadYaml));
  }
  return { factBase, index: buildTermIndex(factBase, { postings, lexicon: await loadLexicon() }) };
}
