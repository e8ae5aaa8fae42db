// The configuration file: .factcheckrc.yaml (or .yml), found by walking up from the working
// directory, or named with --config. Validated strictly; errors point at file:line:col.
// Command-line options win over it (cli.ts merges them).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { BUILTIN } from "./load-facts.js";
import type { Lang, Verdict } from "./types.js";

const CONFIG_NAMES = [".factcheckrc.yaml", ".factcheckrc.yml"];

export interface Config {
  /** The config file's path. */
  file: string;
  /** Fact base paths, resolved against the config file's folder (`builtin`: the shipped base). */
  facts?: string[];
  failOn?: Exclude<Verdict, "match">;
  tolerance?: number;
  closeTolerance?: number;
  lang?: Lang;
  /** Globs of paths to skip when walking folders (relative to the config file's folder). */
  ignore?: string[];
  format?: string;
  /** The folder the config file is in (ignore globs are relative to it). */
  root: string;
}

/** The nearest config file from `cwd` upwards, or null. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Read and validate a config file (loads yaml and zod only when there is one). */
export async function loadConfig(file: string, formats: readonly string[]): Promise<Config> {
  const [{ z }, { readYamlFile }] = await Promise.all([import("zod"), import("./facts/yaml-file.js")]);
  const ratio = z.number().min(0).lt(1);
  const schema = z.strictObject({
    facts: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    failOn: z.enum(["mismatch", "close", "unverified"]).optional(),
    tolerance: ratio.optional(),
    closeTolerance: ratio.optional(),
    lang: z.enum(["en", "da"]).optional(),
    ignore: z.array(z.string().min(1)).optional(),
    format: z.enum(formats as [string, ...string[]]).optional(),
  });
  const y = await readYamlFile(file, "config file");
  const data = y.data ?? {};
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw y.schemaError(parsed.error);
  const root = dirname(resolve(file));
  const { facts, ...rest } = parsed.data;
  return {
    ...rest,
    ...(facts !== undefined ? { facts: (Array.isArray(facts) ? facts : [facts]).map((f) => (f === BUILTIN ? f : resolve(root, f))) } : {}),
    file,
    root,
  };
}
