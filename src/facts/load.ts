// Loading the fact base: YAML files (or folders of them) → validated, resolved, stemmed FactBase.
// Every problem is a UserError pointing at `file:line:col` of the node that caused it.
import { readdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  ROLES,
  UserError,
  type Concept,
  type EntityClass,
  type Fact,
  type FactBase,
  type Lang,
  type Role,
  type SourceDocument,
  type TermPhrase,
} from "../types.js";
import { isCapitalised, stem, tokenize } from "../text/tokens.js";
import { FigureProblem, displayFigure, toFigureValue } from "./figure.js";
import { ID_PATTERN, fileSchema, type ConceptInput, type FactInput, type FileInput } from "./schema.js";
import { readTextFile, readYamlFile, type PathItem, type YamlFile } from "./yaml-file.js";

const YAML_FILE = /\.ya?ml$/i;

/** A term phrase, normalised exactly as the matcher normalises claims. */
/**
 * A phrase as the matcher sees it. Names of entities are not stemmed ("Indien" must not become
 * "ind", the Danish for "into"); other words are, so inflections match.
 */
export function makePhrase(text: string, lang: Lang, entity = false): TermPhrase {
  const tokens = tokenize(text).map((t) => (entity ? t.lower : stem(t.lower, lang)));
  return { text, lang, tokens, caseSensitive: isCapitalised(text), ...(entity ? { exact: true } : {}) };
}

/** Splits a source text into paragraphs at blank lines (paragraph 1 is the first). */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The YAML files a path stands for: the file itself, or every *.yaml / *.yml under a folder, sorted. */
async function expandPath(path: string): Promise<string[]> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    throw new UserError("fact base not found", { file: path });
  }
  if (!isDir) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && YAML_FILE.test(e.name))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface Parsed {
  y: YamlFile;
  data: FileInput;
}

/** Phrases of a concept or inline term; `path` points at the concept's node for errors. */
function conceptPhrases(y: YamlFile, c: ConceptInput, path: PathItem[]): TermPhrase[] {
  const phrases: TermPhrase[] = [];
  const seen = new Set<string>();
  for (const lang of ["en", "da"] as const) {
    (c[lang] ?? []).forEach((text, i) => {
      const p = makePhrase(text, lang, c.class !== undefined);
      if (p.tokens.length === 0) throw y.error(`phrase ${JSON.stringify(text)} has no words`, [...path, lang, i]);
      const key = `${lang}|${p.caseSensitive}|${p.tokens.join(" ")}`;
      if (seen.has(key)) return;
      seen.add(key);
      phrases.push(p);
    });
  }
  if (phrases.length === 0) throw y.error("a term needs at least one phrase under en: or da:", path);
  return phrases;
}

/**
 * Loads fact-base files and folders. Throws the first problem found as a UserError with the
 * file, line and column of the offending YAML node.
 */
export async function loadFactBase(paths: string[]): Promise<FactBase> {
  const files: string[] = [];
  for (const p of paths) files.push(...(await expandPath(p)));

  // Parse and validate every file first, so that a syntax error anywhere is reported as such.
  const parsed: Parsed[] = [];
  const seenFiles = new Set<string>();
  for (const file of files) {
    const abs = resolve(file);
    if (seenFiles.has(abs)) continue;
    seenFiles.add(abs);
    const y = await readYamlFile(file);
    if (y.data === null || y.data === undefined) continue; // an empty file
    const result = fileSchema.safeParse(y.data);
    if (!result.success) throw y.schemaError(result.error);
    parsed.push({ y, data: result.data });
  }

  const fb: FactBase = { documents: {}, facts: [], concepts: {} };

  // Concepts are global: collect them all before resolving any fact's terms.
  for (const { y, data } of parsed) {
    for (const [id, c] of Object.entries(data.concepts ?? {})) {
      if (!ID_PATTERN.test(id)) throw new UserError(`concept id "${id}" must be kebab-case (a-z, 0-9 and single hyphens)`, y.keyPos(["concepts"], id));
      if (Object.hasOwn(fb.concepts, id)) throw new UserError(`duplicate concept id "${id}"`, y.keyPos(["concepts"], id));
      const concept: Concept = { id, phrases: conceptPhrases(y, c, ["concepts", id]) };
      if (c.class) concept.class = c.class;
      fb.concepts[id] = concept;
    }
  }

  const factIds = new Map<string, string>();
  for (const { y, data } of parsed) {
    if (!data.document || !data.facts) continue;
    const d = data.document;
    if (Object.hasOwn(fb.documents, d.id)) throw y.error(`duplicate document id "${d.id}"`, ["document", "id"]);
    const textFile = join(dirname(y.file), d.text);
    const text = await readTextFile(textFile, "source text", y.pos(["document", "text"]));
    const doc: SourceDocument = {
      id: d.id,
      title: d.title,
      language: d.language,
      date: d.date,
      path: d.text,
      text,
      paragraphs: splitParagraphs(text),
      origin: y.pos(["document"]),
    };
    fb.documents[d.id] = doc;

    data.facts.forEach((f, i) => {
      const prev = factIds.get(f.id);
      if (prev !== undefined) throw y.error(`duplicate fact id "${f.id}" (first defined at ${prev})`, ["facts", i, "id"]);
      const origin = y.pos(["facts", i]);
      factIds.set(f.id, `${origin.file}:${origin.line}:${origin.column}`);
      fb.facts.push(buildFact(y, fb, doc, f, i));
    });
  }
  return fb;
}

function buildFact(y: YamlFile, fb: FactBase, doc: SourceDocument, f: FactInput, i: number): Fact {
  const at = (...p: PathItem[]): PathItem[] => ["facts", i, ...p];

  // Figure
  let figure;
  try {
    figure = toFigureValue(f.figure);
  } catch (e) {
    if (e instanceof FigureProblem) throw y.error(`figure: ${e.message}`, e.key ? at("figure", e.key) : at("figure"));
    throw e;
  }
  const display = f.figure.display ?? displayFigure(figure);

  // Terms
  const terms = {} as Record<Role, string[]>;
  for (const role of ROLES) {
    const ids: string[] = [];
    (f.terms[role] ?? []).forEach((item, j) => {
      let id: string;
      if (typeof item === "string") {
        if (!Object.hasOwn(fb.concepts, item)) throw y.error(`unknown concept "${item}"`, at("terms", role, j));
        id = item;
      } else {
        id = `${f.id}/${role}/${j + 1}`;
        const concept: Concept = { id, phrases: conceptPhrases(y, item, at("terms", role, j)) };
        if (item.class) concept.class = item.class as EntityClass;
        fb.concepts[id] = concept;
      }
      if (!ids.includes(id)) ids.push(id);
    });
    if ((role === "subject" || role === "event") && ids.length === 0) throw y.error(`terms.${role} must name at least one term`, at("terms", role));
    terms[role] = ids;
  }

  // Quote and paragraph
  if (!doc.text.includes(f.quote)) {
    throw y.error(`quote not found verbatim in ${doc.path}${quoteHint(doc.text, f.quote)}`, at("quote"));
  }
  const n = doc.paragraphs.length;
  if (f.paragraph > n) throw y.error(`paragraph ${f.paragraph} is out of range: ${doc.path} has ${n} paragraph${n === 1 ? "" : "s"}`, at("paragraph"));
  if (!doc.paragraphs[f.paragraph - 1].includes(f.quote)) {
    const actual = doc.paragraphs.findIndex((p) => p.includes(f.quote));
    throw y.error(
      actual >= 0 ? `quote is in paragraph ${actual + 1}, not ${f.paragraph}` : `quote is not within paragraph ${f.paragraph}`,
      at("paragraph"),
    );
  }

  const fact: Fact = {
    id: f.id,
    statement: f.statement,
    figure,
    display,
    terms,
    quote: f.quote,
    paragraph: f.paragraph,
    document: doc.id,
    origin: y.pos(["facts", i]),
  };
  if (f.asOf !== undefined) fact.asOf = f.asOf;
  if (f.review !== undefined) fact.review = f.review;
  return fact;
}

/** " (the text matches up to "…")": where a nearly verbatim quote stops matching. */
function quoteHint(text: string, quote: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 12) return "";
  const tail = quote.slice(Math.max(0, lo - 30), lo);
  return ` (it matches up to "${lo > 30 ? "…" : ""}${tail}")`;
}
