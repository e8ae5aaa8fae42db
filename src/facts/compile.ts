// Build-time compilation of the shipped fact base (scripts/build.mjs): the loaded FactBase as plain,
// JSON-serialisable data, with origins made relative so the build machine's paths do not leak.
import { dirname, relative, resolve, sep } from "node:path";
import { factAnchors, factChange } from "../frames/anchors.js";
import type { FactBase, Origin } from "../types.js";
import { loadLexicon } from "./lexicon.js";
import { loadFactBase } from "./load.js";
import { buildTermIndex } from "./term-index.js";

export async function compileFactBase(paths: string[]): Promise<FactBase> {
  const fb = await loadFactBase(paths);
  const base = paths.length > 0 ? dirname(resolve(paths[0])) : process.cwd();
  const rel = (o: Origin | undefined): Origin | undefined =>
    o && { ...o, file: relative(base, resolve(o.file)).split(sep).join("/") };
  for (const d of Object.values(fb.documents)) if (d.origin) d.origin = rel(d.origin);
  for (const f of fb.facts) if (f.origin) f.origin = rel(f.origin);
  // When each figure is of, read from its quote now rather than at the first claim.
  const index = buildTermIndex(fb, { lexicon: await loadLexicon() });
  for (const f of fb.facts) {
    f.anchors = factAnchors(f, fb, index);
    const change = factChange(f, fb, index);
    if (change.change || change.level) f.change = change;
  }
  // Round-trip through JSON: what the build writes is exactly what callers get.
  return JSON.parse(JSON.stringify(fb)) as FactBase;
}
