// Which fact base to use: the shipped one, compiled into dist/ at build time (no yaml, no zod at
// run time), or the user's YAML files, loaded and validated on demand.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildTermIndex, type TermIndex } from "./facts/term-index.js";
import type { FactBase } from "./types.js";

export interface LoadedFacts {
  factBase: FactBase;
  index: TermIndex;
}

/** The shipped facts/ folder (next to dist/ in the package, or in a checkout). */
export function defaultFactsDir(): string {
  return fileURLToPath(new URL("../facts", import.meta.url));
}

export async function loadFacts(paths: string[]): Promise<LoadedFacts> {
  let factBase: FactBase;
  const compiled = new URL("./default-factbase.json", import.meta.url);
  if (paths.length === 0 && existsSync(compiled)) {
    factBase = JSON.parse(readFileSync(compiled, "utf8")) as FactBase;
  } else {
    const { loadFactBase } = await import("./facts/index.js");
    factBase = await loadFactBase(paths.length ? paths : [defaultFactsDir()]);
  }
  return { factBase, index: buildTermIndex(factBase) };
}
