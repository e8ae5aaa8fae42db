#!/usr/bin/env node
// Checks the news lexicon data (src/lang/concepts, src/lang/<lang>/lexicon): every id defined once,
// kebab-case, with phrases in every language; references (broader) resolve; no cycles; phrases are
// strings of words. Warns about a phrase shared by two concepts. Exit 1 on any error.
//
//   node scripts/check-lexicon.mjs [--quiet]
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "lang");
const quiet = process.argv.includes("--quiet");
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CLASSES = new Set(["place", "person", "organization"]);
const TYPES = new Set(["thing", "predicate", "light", "report"]);
const errors = [];
const warnings = [];

const yamlFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : []);
const load = (file) => {
  try {
    return parse(readFileSync(file, "utf8"), { uniqueKeys: true }) ?? {};
  } catch (e) {
    errors.push(`${file}: ${e.message.split("\n")[0]}`);
    return {};
  }
};

const concepts = new Map(); // id → { file, meta }
for (const f of yamlFiles(join(root, "concepts"))) {
  const file = join(root, "concepts", f);
  const data = load(file);
  for (const [id, meta] of Object.entries(data)) {
    if (!ID.test(id)) errors.push(`${file}: concept id "${id}" is not kebab-case`);
    if (concepts.has(id)) errors.push(`${file}: concept "${id}" is already defined in ${concepts.get(id).file}`);
    const m = meta ?? {};
    if (typeof m !== "object" || Array.isArray(m)) {
      errors.push(`${file}: ${id}: expected a mapping (or nothing)`);
      continue;
    }
    for (const k of Object.keys(m)) if (!["class", "type", "broader", "opposite"].includes(k)) errors.push(`${file}: ${id}: unknown key "${k}"`);
    if (m.class !== undefined && !CLASSES.has(m.class)) errors.push(`${file}: ${id}: class must be place, person or organization`);
    if (m.type !== undefined && !TYPES.has(m.type)) errors.push(`${file}: ${id}: type must be thing, predicate, light or report`);
    if (m.class !== undefined && m.type !== undefined) errors.push(`${file}: ${id}: an entity (class) has no type`);
    if (m.broader !== undefined && (!Array.isArray(m.broader) || m.broader.some((b) => typeof b !== "string")))
      errors.push(`${file}: ${id}: broader must be a list of concept ids`);
    if (m.opposite !== undefined && (!Array.isArray(m.opposite) || m.opposite.some((b) => typeof b !== "string")))
      errors.push(`${file}: ${id}: opposite must be a list of concept ids`);
    concepts.set(id, { file, meta: m });
  }
}

// broader references and cycles
for (const [id, { file, meta }] of concepts) {
  for (const b of meta.broader ?? []) if (!concepts.has(b)) errors.push(`${file}: ${id}: broader "${b}" is not a concept`);
  for (const o of meta.opposite ?? []) {
    if (!concepts.has(o)) errors.push(`${file}: ${id}: opposite "${o}" is not a concept`);
    else if (meta.type !== "predicate" || concepts.get(o).meta.type !== "predicate") errors.push(`${file}: ${id}: opposite "${o}": only predicates have opposites`);
  }
}
const state = new Map();
const visit = (id, path) => {
  if (state.get(id) === 2) return;
  if (state.get(id) === 1) {
    errors.push(`cycle in broader: ${[...path, id].join(" → ")}`);
    return;
  }
  state.set(id, 1);
  for (const b of concepts.get(id)?.meta.broader ?? []) if (concepts.has(b)) visit(b, [...path, id]);
  state.set(id, 2);
};
for (const id of concepts.keys()) visit(id, []);

const langs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "lexicon")))
  .map((d) => d.name)
  .sort();
const stats = {};
for (const lang of langs) {
  const dir = join(root, lang, "lexicon");
  const seen = new Map(); // id → file
  const byPhrase = new Map(); // lower-cased phrase → ids
  let phrases = 0;
  for (const f of yamlFiles(dir)) {
    const file = join(dir, f);
    const data = load(file);
    for (const [id, list] of Object.entries(data)) {
      if (!concepts.has(id)) errors.push(`${file}: "${id}" is not defined in src/lang/concepts/`);
      if (seen.has(id)) errors.push(`${file}: "${id}" already has phrases in ${seen.get(id)}`);
      seen.set(id, file);
      if (!Array.isArray(list) || list.length === 0) {
        errors.push(`${file}: ${id}: expected a non-empty list of phrases`);
        continue;
      }
      const own = new Set();
      for (const p of list) {
        if (typeof p !== "string" || !p.trim()) {
          errors.push(`${file}: ${id}: phrase ${JSON.stringify(p)} is not a non-empty string`);
          continue;
        }
        if (!/\p{L}/u.test(p)) errors.push(`${file}: ${id}: phrase ${JSON.stringify(p)} has no letters`);
        if (p.trim().split(/\s+/).length > 6) warnings.push(`${file}: ${id}: phrase ${JSON.stringify(p)} is long`);
        const key = p.trim();
        if (own.has(key)) warnings.push(`${file}: ${id}: phrase ${JSON.stringify(p)} is listed twice`);
        own.add(key);
        phrases++;
        const low = key.toLowerCase();
        if (!byPhrase.has(low)) byPhrase.set(low, new Set());
        byPhrase.get(low).add(id);
      }
    }
  }
  for (const id of concepts.keys()) if (!seen.has(id)) errors.push(`${lang}: concept "${id}" (${concepts.get(id).file}) has no ${lang} phrases`);
  for (const [p, ids] of byPhrase) if (ids.size > 1) warnings.push(`${lang}: phrase "${p}" is in ${[...ids].join(", ")}`);
  stats[lang] = phrases;
}

if (!quiet) for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
const classes = {};
for (const { meta } of concepts.values()) {
  const k = meta.class ?? meta.type ?? "thing";
  classes[k] = (classes[k] ?? 0) + 1;
}
console.log(
  `${concepts.size} concepts (${Object.entries(classes).map(([k, n]) => `${n} ${k}`).join(", ")}); phrases: ${Object.entries(stats)
    .map(([l, n]) => `${l} ${n}`)
    .join(", ")}; ${errors.length} errors, ${warnings.length} warnings`,
);
// (exitCode, not exit(): exit() drops what is still buffered for a pipe)
process.exitCode = errors.length ? 1 : 0;
