// Loading the fact base: YAML files (or folders of them) → validated, resolved, stemmed FactBase.
// Every problem is a UserError pointing at `file:line:col` of the node that caused it.
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
import { makePhrase } from "../text/phrase.js";
import { FigureProblem, displayFigure, toFigureValue } from "./figure.js";
import {
  ID_PATTERN,
  ID_RULE,
  conceptSchema,
  documentSchema,
  factSchema,
  fileSchema,
  type ConceptInput,
  type DocumentInput,
  type FactInput,
  type FileInput,
} from "./schema.js";
import { loadLexicon, type Lexicon } from "./lexicon.js";
import { yamlFilesOf } from "./paths.js";
import { readTextFile, readYamlFile, type PathItem, type YamlFile } from "./yaml-file.js";


export { makePhrase } from "../text/phrase.js";

/** Splits a source text into paragraphs at blank lines (paragraph 1 is the first). */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The YAML files a path stands for (see paths.ts); a missing path is a user error. */
async function expandPath(path: string): Promise<string[]> {
  try {
    return await yamlFilesOf(path);
  } catch {
    throw new UserError("fact base not found", { file: path });
  }
}

/** One problem found in a fact base, positioned at the YAML node (or file) it concerns. */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  severity: "error" | "warning";
  message: string;
}

/** `file:line:col: severity: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const pos = d.line ? `:${d.line}${d.column ? `:${d.column}` : ""}` : "";
  return `${d.file}${pos}: ${d.severity}: ${d.message}`;
}

export function diagnosticOf(e: UserError, severity: Diagnostic["severity"] = "error"): Diagnostic {
  const where = e.where ?? { file: "-" };
  return { file: where.file, ...(where.line ? { line: where.line } : {}), ...(where.column ? { column: where.column } : {}), severity, message: e.message };
}

/** Where a loaded fact was written: its file and index under facts:, for further checks (validate). */
export interface FactNode {
  y: YamlFile;
  index: number;
}

export interface CollectedFactBase {
  /** Everything that loaded without a problem (partial when there are errors). */
  factBase: FactBase;
  /** Errors in the order found; empty when the fact base is valid. */
  diagnostics: Diagnostic[];
  /** The YAML files read. */
  files: string[];
  /** Each loaded fact's YAML file and index. */
  nodes: Map<Fact, FactNode>;
  /** How many facts the files hold (loaded or not). */
  written: number;
}

/**
 * Collects problems: in `all` mode every problem is recorded and loading goes on with what is
 * sound; otherwise the first problem is thrown as a UserError (loadFactBase).
 */
class Problems {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly all: boolean) {}
  /** Records (or throws) a problem; returns false so callers can `return problems.add(...)`. */
  add(e: UserError): false {
    if (!this.all) throw e;
    this.diagnostics.push(diagnosticOf(e));
    return false;
  }
  /** Runs `fn`; a UserError it throws is recorded and undefined returned. */
  guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (e instanceof UserError) {
        this.add(e);
        return undefined;
      }
      throw e;
    }
  }
}

interface Parsed {
  y: YamlFile;
  concepts: Array<[string, ConceptInput]>;
  document?: DocumentInput;
  /** `broken`: the fact failed the schema only for unknown keys; checked, but not loaded. */
  facts: Array<{ f: FactInput; i: number; broken?: boolean }>;
  /** Facts of this file that failed the schema (their ids, when readable, still count as taken). */
  brokenFacts: Array<{ id: string; i: number }>;
}

/** Phrases of a concept or inline term; `path` points at the concept's node for errors. */
function conceptPhrases(y: YamlFile, c: ConceptInput, path: PathItem[]): TermPhrase[] {
  const phrases: TermPhrase[] = [];
  const seen = new Set<string>();
  for (const lang of ["en", "da"] as const) {
    (c[lang] ?? []).forEach((text, i) => {
      const p = makePhrase(text, lang, c.class !== undefined);
      if (p.tokens.length === 0) throw y.error(`phrase ${JSON.stringify(text)} has no words`, [...path, lang, i]);
      const key = `${lang}|${p.caseSensitive}|${p.tokens.join(" ")}|${p.forms?.join(" ") ?? ""}|${p.capitals?.join() ?? ""}`;
      if (seen.has(key)) return;
      seen.add(key);
      phrases.push(p);
    });
  }
  if (phrases.length === 0) throw y.error("a term needs at least one phrase under en: or da:", path);
  return phrases;
}

/** The parts of a file that pass the schema on their own, after the whole file did not. */
function salvage(y: YamlFile): Omit<Parsed, "y"> {
  const out: Omit<Parsed, "y"> = { concepts: [], facts: [], brokenFacts: [] };
  const data = y.data;
  if (!data || typeof data !== "object" || Array.isArray(data)) return out;
  const d = data as Record<string, unknown>;
  if (d.concepts && typeof d.concepts === "object" && !Array.isArray(d.concepts)) {
    for (const [id, c] of Object.entries(d.concepts as Record<string, unknown>)) {
      const r = conceptSchema.safeParse(c);
      if (r.success) out.concepts.push([id, r.data]);
    }
  }
  const doc = documentSchema.safeParse(d.document);
  if (doc.success) out.document = doc.data;
  if (Array.isArray(d.facts)) {
    d.facts.forEach((f, i) => {
      let r = factSchema.safeParse(f);
      // Only unknown keys (a typo): check the rest of the fact as if they were not there, so that
      // one run lists every problem. The fact is still broken: it never reaches a fact base.
      if (!r.success && f && typeof f === "object" && r.error.issues.every((x) => x.code === "unrecognized_keys")) {
        const rest = structuredClone(f) as Record<string, unknown>;
        for (const x of r.error.issues) {
          let node: unknown = rest;
          for (const p of x.path) node = (node as Record<PropertyKey, unknown>)?.[p as PropertyKey];
          if (node && typeof node === "object") for (const k of (x as { keys: string[] }).keys) delete (node as Record<string, unknown>)[k];
        }
        r = factSchema.safeParse(rest);
        if (r.success) {
          out.facts.push({ f: r.data, i, broken: true });
          return;
        }
      }
      if (r.success) out.facts.push({ f: r.data, i });
      else if (f && typeof f === "object" && typeof (f as { id?: unknown }).id === "string") out.brokenFacts.push({ id: (f as { id: string }).id, i });
    });
  }
  return out;
}

/**
 * Loads fact-base files and folders. Throws the first problem found as a UserError with the
 * file, line and column of the offending YAML node.
 */
export async function loadFactBase(paths: string[]): Promise<FactBase> {
  return (await collectFactBase(paths, { all: false })).factBase;
}

/**
 * Loads fact-base files and folders, collecting every problem (`all`, the default) instead of
 * stopping at the first. A path that does not exist is still thrown (a usage error).
 */
export async function collectFactBase(paths: string[], options: { all?: boolean } = {}): Promise<CollectedFactBase> {
  const problems = new Problems(options.all ?? true);
  const lexicon = await loadLexicon();
  const files: string[] = [];
  for (const p of paths) files.push(...(await expandPath(p)));

  // Parse and validate every file first, so that a syntax error anywhere is reported as such.
  const parsed: Parsed[] = [];
  const seenFiles = new Set<string>();
  const read: string[] = [];
  for (const file of files) {
    const abs = resolve(file);
    if (seenFiles.has(abs)) continue;
    seenFiles.add(abs);
    read.push(file);
    let y: YamlFile;
    try {
      y = await readYamlFile(file);
    } catch (e) {
      if (e instanceof UserError) {
        problems.add(e);
        continue;
      }
      throw e;
    }
    if (y.data === null || y.data === undefined) continue; // an empty file
    const result = fileSchema.safeParse(y.data);
    if (result.success) {
      const data: FileInput = result.data;
      parsed.push({
        y,
        concepts: Object.entries(data.concepts ?? {}),
        document: data.document,
        facts: (data.facts ?? []).map((f, i) => ({ f, i })),
        brokenFacts: [],
      });
      continue;
    }
    if (!problems.all) throw y.schemaError(result.error);
    for (const e of y.schemaErrors(result.error)) problems.add(e);
    parsed.push({ y, ...salvage(y) });
  }

  const fb: FactBase = { documents: {}, facts: [], concepts: {} };
  const nodes = new Map<Fact, FactNode>();
  /** Concepts that are defined but broken: facts naming them are not told "unknown concept" too. */
  const broken = new Set<string>();
  for (const { y } of parsed) {
    const c = (y.data as { concepts?: unknown } | null)?.concepts;
    if (c && typeof c === "object" && !Array.isArray(c)) for (const id of Object.keys(c)) broken.add(id);
  }

  // Concepts are global: collect them all before resolving any fact's terms.
  for (const { y, concepts } of parsed) {
    for (const [id, c] of concepts) {
      if (!ID_PATTERN.test(id)) {
        problems.add(new UserError(`concept id "${id}" must be ${ID_RULE}`, y.keyPos(["concepts"], id)));
        continue;
      }
      if (Object.hasOwn(fb.concepts, id)) {
        problems.add(new UserError(`duplicate concept id "${id}"`, y.keyPos(["concepts"], id)));
        continue;
      }
      const phrases = problems.guard(() => conceptPhrases(y, c, ["concepts", id]));
      if (!phrases) continue;
      const concept: Concept = { id, phrases };
      if (c.class) concept.class = c.class;
      if (c.type && c.type !== "thing") concept.type = c.type;
      if (c.broader?.length) concept.broader = c.broader;
      if (c.opposite?.length) concept.opposite = c.opposite;
      fb.concepts[id] = concept;
      broken.delete(id);
    }
  }
  // What is left in `broken` was defined but did not load; a fact naming it is not reported again.
  for (const id of Object.keys(fb.concepts)) broken.delete(id);

  const factIds = new Map<string, string>();
  const claimId = (y: YamlFile, id: string, i: number): boolean => {
    const prev = factIds.get(id);
    if (prev !== undefined) return problems.add(y.error(`duplicate fact id "${id}" (first defined at ${prev})`, ["facts", i, "id"]));
    const origin = y.pos(["facts", i]);
    factIds.set(id, `${origin.file}:${origin.line}:${origin.column}`);
    return true;
  };
  for (const { y, document: d, facts, brokenFacts } of parsed) {
    for (const b of brokenFacts) claimId(y, b.id, b.i);
    if (!d) {
      // A document that failed the schema: its facts' ids still count, nothing else can be checked.
      for (const { f, i } of facts) claimId(y, f.id, i);
      continue;
    }
    if (Object.hasOwn(fb.documents, d.id)) {
      problems.add(y.error(`duplicate document id "${d.id}"`, ["document", "id"]));
      for (const { f, i } of facts) claimId(y, f.id, i);
      continue;
    }
    const textFile = join(dirname(y.file), d.text);
    let text: string;
    try {
      text = await readTextFile(textFile, "source text", y.pos(["document", "text"]));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.add(e);
      for (const { f, i } of facts) claimId(y, f.id, i);
      continue;
    }
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

    for (const { f, i, broken: schemaBroken } of facts) {
      if (!claimId(y, f.id, i)) continue;
      const fact = buildFact(y, fb, doc, f, i, problems, broken, lexicon);
      if (fact && !schemaBroken) {
        fb.facts.push(fact);
        nodes.set(fact, { y, index: i });
      }
    }
  }
  let written = 0;
  for (const { y } of parsed) {
    const facts = (y.data as { facts?: unknown } | null)?.facts;
    if (Array.isArray(facts)) written += facts.length;
  }
  return { factBase: fb, diagnostics: problems.diagnostics, files: read, nodes, written };
}

function buildFact(y: YamlFile, fb: FactBase, doc: SourceDocument, f: FactInput, i: number, problems: Problems, broken: Set<string>, lexicon: Lexicon): Fact | null {
  const at = (...p: PathItem[]): PathItem[] => ["facts", i, ...p];
  let ok = true;

  // Figure
  let figure;
  try {
    figure = toFigureValue(f.figure);
  } catch (e) {
    if (!(e instanceof FigureProblem)) throw e;
    ok = problems.add(y.error(`figure: ${e.message}`, e.key ? at("figure", e.key) : at("figure")));
  }

  // Terms
  const terms = {} as Record<Role, string[]>;
  for (const role of ROLES) {
    const ids: string[] = [];
    let named = 0;
    (f.terms[role] ?? []).forEach((item, j) => {
      let id: string;
      if (typeof item === "string") {
        named++;
        if (!Object.hasOwn(fb.concepts, item) && !lexicon.has(item)) {
          if (!broken.has(item)) ok = problems.add(y.error(`unknown concept "${item}" (not in the built-in lexicon nor in the files loaded; the shipped fact base's own concepts load with --facts builtin)`, at("terms", role, j)));
          else ok = false;
          return;
        }
        id = item;
      } else {
        named++;
        id = `${f.id}/${role}/${j + 1}`;
        const phrases = problems.guard(() => conceptPhrases(y, item, at("terms", role, j)));
        if (!phrases) {
          ok = false;
          return;
        }
        const concept: Concept = { id, phrases };
        if (item.class) concept.class = item.class as EntityClass;
        fb.concepts[id] = concept;
      }
      if (!ids.includes(id)) ids.push(id);
    });
    if ((role === "subject" || role === "event") && named === 0) ok = problems.add(y.error(`terms.${role} must name at least one term`, at("terms", role)));
    terms[role] = ids;
  }

  // Quote and paragraph
  if (!doc.text.includes(f.quote)) {
    const message = problems.all ? quoteDifference(doc.text, f.quote) : `quote not found verbatim in ${doc.path}${quoteHint(doc.text, f.quote)}`;
    ok = problems.add(y.error(message, at("quote")));
  } else {
    const n = doc.paragraphs.length;
    if (f.paragraph > n) {
      ok = problems.add(y.error(`paragraph ${f.paragraph} is out of range: ${doc.path} has ${n} paragraph${n === 1 ? "" : "s"}`, at("paragraph")));
    } else if (!doc.paragraphs[f.paragraph - 1].includes(f.quote)) {
      const actual = doc.paragraphs.findIndex((p) => p.includes(f.quote));
      ok = problems.add(
        y.error(actual >= 0 ? `quote is in paragraph ${actual + 1}, not ${f.paragraph}` : `quote is not within paragraph ${f.paragraph}`, at("paragraph")),
      );
    }
  }
  if (!ok || !figure) return null;

  const fact: Fact = {
    id: f.id,
    statement: f.statement,
    figure,
    display: f.figure.display ?? displayFigure(figure),
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

/**
 * Where a quote that is not in the source differs from it: the best-matching window of the
 * source (fewest character edits), and the first differing words on both sides.
 */
export function quoteDifference(text: string, quote: string): string {
  const diff = nearestDifference(text, quote);
  if (!diff) return "quote not found in the source text (nothing similar either)";
  return `quote differs from the source at ${JSON.stringify(diff.quote)} (source has ${JSON.stringify(diff.source)})`;
}

/** The first differing spot between a quote and the best-matching window of `text`, word-aligned. */
export function nearestDifference(text: string, quote: string): { quote: string; source: string; offset: number } | null {
  const m = quote.length;
  if (m === 0 || text.length === 0) return null;
  // Candidate starts: where the longest prefix and the longest suffix of the quote occur.
  const candidates = new Set<number>();
  const longest = (fromEnd: boolean): void => {
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (text.includes(fromEnd ? quote.slice(m - mid) : quote.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 3) return;
    const piece = fromEnd ? quote.slice(m - lo) : quote.slice(0, lo);
    let at = text.indexOf(piece);
    for (let k = 0; at >= 0 && k < 5; k++) {
      candidates.add(fromEnd ? at + lo - m : at);
      at = text.indexOf(piece, at + 1);
    }
  };
  longest(false);
  longest(true);
  // Words of the quote as anchors, for quotes whose two ends both differ.
  for (const w of quote.match(/[\p{L}\p{N}]{5,}/gu) ?? []) {
    const at = text.indexOf(w);
    const off = quote.indexOf(w);
    if (at >= 0) candidates.add(at - off);
    if (candidates.size > 12) break;
  }
  let best: { cost: number; ops: Alignment } | null = null;
  for (const c of candidates) {
    const from = Math.max(0, c - Math.ceil(m / 2) - 8);
    const to = Math.min(text.length, c + m + Math.ceil(m / 2) + 8);
    const a = align(text.slice(from, to), quote, from);
    if (a && (!best || a.cost < best.cost)) best = { cost: a.cost, ops: a };
  }
  if (!best || best.cost > Math.max(2, m * 0.5)) return null;
  const { pairs } = best.ops;
  // First differing quote position and source position.
  let k = 0;
  while (k < pairs.length && pairs[k].op === "=") k++;
  if (k === pairs.length) return null;
  let e = k;
  while (e < pairs.length && pairs[e].op !== "=") e++;
  const qStart = pairs[k].q;
  const qEnd = e < pairs.length ? pairs[e].q : m;
  const sStart = pairs[k].s;
  const sEnd = e < pairs.length ? pairs[e].s : pairs[pairs.length - 1].s + (pairs[pairs.length - 1].op === "+" ? 0 : 1);
  // Whole words on both sides, each side covering what the other side's words are aligned with.
  let wq = widen(quote, ...skipSpace(quote, qStart, qEnd));
  let ws = widen(text, ...skipSpace(text, sStart, sEnd));
  for (let round = 0; round < 2; round++) {
    let [sa, sb] = ws;
    for (const p of pairs) if (p.op !== "-" && p.op !== "+" && p.q >= wq[0] && p.q < wq[1]) [sa, sb] = [Math.min(sa, p.s), Math.max(sb, p.s + 1)];
    ws = widen(text, sa, sb);
    let [qa, qb] = wq;
    for (const p of pairs) if (p.op !== "-" && p.op !== "+" && p.s >= ws[0] && p.s < ws[1]) [qa, qb] = [Math.min(qa, p.q), Math.max(qb, p.q + 1)];
    wq = widen(quote, qa, qb);
  }
  return { quote: quote.slice(wq[0], wq[1]), source: text.slice(ws[0], ws[1]), offset: ws[0] };
}

interface Alignment {
  cost: number;
  /** Per step: "=" same character, "~" substituted, "-" quote character missing from the source, "+" source character missing from the quote. q, s: positions before the step. */
  pairs: Array<{ op: "=" | "~" | "-" | "+"; q: number; s: number }>;
}

/** Semi-global edit distance: the whole quote against the best substring of `window`. */
function align(window: string, quote: string, base: number): Alignment | null {
  const n = window.length;
  const m = quote.length;
  if (n === 0) return null;
  const w = n + 1;
  const d = new Uint32Array((m + 1) * w);
  for (let i = 1; i <= m; i++) {
    d[i * w] = i;
    for (let j = 1; j <= n; j++) {
      const sub = d[(i - 1) * w + j - 1] + (quote[i - 1] === window[j - 1] ? 0 : 1);
      const del = d[(i - 1) * w + j] + 1;
      const ins = d[i * w + j - 1] + 1;
      d[i * w + j] = Math.min(sub, del, ins);
    }
  }
  let bj = 0;
  for (let j = 1; j <= n; j++) if (d[m * w + j] < d[m * w + bj]) bj = j;
  const cost = d[m * w + bj];
  const pairs: Alignment["pairs"] = [];
  let i = m;
  let j = bj;
  // Backwards, gaps before matches: a gap goes as far right as it can ("er [blev]et" rather than "[er ]blevet").
  while (i > 0) {
    const here = d[i * w + j];
    if (j > 0 && here === d[i * w + j - 1] + 1) {
      pairs.push({ op: "+", q: i, s: base + j - 1 });
      j--;
    } else if (here === d[(i - 1) * w + j] + 1) {
      pairs.push({ op: "-", q: i - 1, s: base + j });
      i--;
    } else {
      pairs.push({ op: quote[i - 1] === window[j - 1] ? "=" : "~", q: i - 1, s: base + j - 1 });
      i--;
      j--;
    }
  }
  pairs.reverse();
  return { cost, pairs };
}

/** A range without its leading and trailing spaces; an empty or all-space range moves to the next word. */
function skipSpace(s: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(s[a])) a++;
  while (b > a && /\s/.test(s[b - 1])) b--;
  if (a === b) {
    while (a < s.length && /\s/.test(s[a])) a++;
    b = a;
  }
  return [a, b];
}

/** Widens [start, end) to whole words (runs of non-space characters, without edge punctuation). */
function widen(s: string, start: number, end: number): [number, number] {
  let a = Math.max(0, Math.min(start, s.length));
  let b = Math.max(a, Math.min(end, s.length));
  while (a > 0 && !/\s/.test(s[a - 1])) a--;
  while (b < s.length && !/\s/.test(s[b])) b++;
  // Trailing punctuation that is not part of the difference.
  while (b > Math.max(end, a + 1) && /[.,;:!?»«"”“)']/.test(s[b - 1])) b--;
  while (a < Math.min(start, b - 1) && /[«"“(']/.test(s[a])) a++;
  return [a, b];
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
