// Which YAML files a fact-base path stands for. Kept apart from the loader so that the cache can
// list them without loading yaml or zod.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

const YAML_FILE = /\.ya?ml$/i;

/** The file itself, or every *.yaml / *.yml under a folder, sorted. Throws if `path` is missing. */
export async function yamlFilesOf(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && YAML_FILE.test(e.name))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
