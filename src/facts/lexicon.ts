// The built-in news lexicon: general concepts (places, organisations, what figures count, what
// happens to them) in every language, shared by all fact bases. Compiled at build time into
// dist/lexicon.json (no YAML at start-up); from src/ (tests) it is compiled on first use.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Concept, Lang } from "../types.js";

export interface Lexicon {
  concepts: Map<string, Concept>;
}

let cached: Lexicon | undefined;

/** The lexicon, loaded once per process. */
export async function loadLexicon(): Promise<Lexicon> {
  if (cached) return cached;
  const compiled = new URL("./lexicon.json", import.meta.url);
  let list: Concept[];
  if (existsSync(compiled)) {
    list = JSON.parse(readFileSync(compiled, "utf8")) as Concept[];
  } else {
    const { compileLexicon } = await import("./lexicon-source.js");
    list = compileLexicon(fileURLToPath(new URL("../lang", import.meta.url)), ["en", "da"] satisfies Lang[]);
  }
  cached = { concepts: new Map(list.map((c) => [c.id, c])) };
  return cached;
}

/** The lexicon if it has been loaded (the matcher's synchronous paths). */
export function lexiconIfLoaded(): Lexicon | undefined {
  return cached;
}
