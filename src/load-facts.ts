// Which fact base to use, and loading it: the shipped one, compiled into dist/ at build time (no
// yaml, no zod at run time), or the user's YAML files, loaded and validated on demand and cached
// after the first load (src/facts/cache.ts; FACTCHECK_NO_CACHE=1 turns the cache off).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadLexicon } from "./facts/lexicon.js";
import { buildTermIndex, type TermIndex } from "./facts/term-index.js";
import { UserError, type FactBase } from "./types.js";

export interface LoadedFacts {
  factBase: FactBase;
  index: TermIndex;
}

/** The name that stands for the shipped fact base in --facts, the config's facts: and FACTCHECK_FACTS. */
export const BUILTIN = "builtin";

/** The shipped facts/ folder (next to dist/ in the package, or in a checkout). */
export function defaultFactsDir(): string {
  return fileURLToPath(new URL("../facts", import.meta.url));
}

/** Commander's collector for a repeatable --facts. */
export function collectPaths(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * The fact-base paths to load: --facts, else the config's facts:, else FACTCHECK_FACTS (a path
 * list), else none — the shipped base alone. `builtin` names the shipped base among others.
 * An empty list means the shipped base alone (loaded from its compiled form).
 */
export function resolveFactPaths(sources: { cli?: string[]; config?: string[]; env?: NodeJS.ProcessEnv }): string[] {
  const envList = sources.env?.FACTCHECK_FACTS?.split(delimiter).filter(Boolean) ?? [];
  const given = sources.cli?.length ? sources.cli : sources.config?.length ? sources.config : envList;
  const paths = given.map((p) => (p === BUILTIN ? defaultFactsDir() : p));
  return paths.length > 0 && paths.every((p) => p === defaultFactsDir()) ? [] : paths;
}

/** How messages name the fact bases searched: "the shipped fact base", or the paths (`builtin` for it). */
export function describeFactPaths(paths: string[]): string {
  if (paths.length === 0) return "the shipped fact base";
  return paths.map((p) => (p === defaultFactsDir() ? BUILTIN : p)).join(", ");
}

/**
 * Loads and validates YAML fact files (the yaml and zod code is loaded only when needed). Every
 * problem is collected and the first in file order is thrown, so the error a check run prints
 * is the first `facts validate` lists.
 */
export async function loadYamlFacts(paths: string[]): Promise<FactBase> {
  const [{ collectFactBase }, { sortDiagnostics }] = await Promise.all([import("./facts/index.js"), import("./util/diagnostics.js")]);
  const { factBase, diagnostics, files } = await collectFactBase(paths, { all: true });
  const first = sortDiagnostics(diagnostics, files)[0];
  if (first) throw new UserError(first.message, { file: first.file, ...(first.line ? { line: first.line } : {}), ...(first.column ? { column: first.column } : {}) });
  return factBase;
}

let shipped: Promise<LoadedFacts> | undefined;

export async function loadFacts(paths: string[]): Promise<LoadedFacts> {
  if (paths.length === 0) return (shipped ??= loadShipped());
  const { loadWithCache } = await import("./facts/cache.js"); // not needed for the shipped base
  const { factBase, postings } = await loadWithCache(paths, loadYamlFacts);
  return { factBase, index: buildTermIndex(factBase, { postings, lexicon: await loadLexicon() }) };
}

/**
 * The compiled shipped base: beside this module in dist/; when running from src/ (tests, a
 * checkout), the built one in dist/ if it is newer than every file under facts/, else none.
 */
function compiledShipped(): URL | null {
  const here = new URL("./default-factbase.json", import.meta.url);
  if (existsSync(here)) return here;
  const built = new URL("../dist/default-factbase.json", import.meta.url);
  if (!existsSync(built)) return null;
  const builtAt = statSync(built).mtimeMs;
  const dir = defaultFactsDir();
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const stale = entries.some((e) => e.isFile() && statSync(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).mtimeMs > builtAt);
  return stale ? null : built;
}

async function loadShipped(): Promise<LoadedFacts> {
  const compiled = compiledShipped();
  const factBase = compiled ? (JSON.parse(readFileSync(compiled, "utf8")) as FactBase) : await loadYamlFacts([defaultFactsDir()]);
  return { factBase, index: buildTermIndex(factBase, { lexicon: await loadLexicon() }) };
}
