// `factcheck facts` (every fact, as a table or JSON) and `factcheck facts show <id>` (one fact in
// full, its quote highlighted in the paragraph it came from).
import { Chalk } from "chalk";
import { loadYamlFacts } from "../load-facts.js";
import { UserError, ROLES, type Concept, type Fact, type FactBase, type Lang } from "../types.js";
import { lexiconIfLoaded } from "./lexicon.js";
import { codePointCount } from "../util/text.js";

const LANGUAGE: Record<Lang, string> = { en: "English", da: "Danish" };

/** Display width of a string: code points (the table holds no wide characters worth more). */
const width = (s: string): number => codePointCount(s);

function pad(s: string, n: number): string {
  return s + " ".repeat(Math.max(0, n - width(s)));
}

/** Rows as aligned columns (the last column is not padded). */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join("  ").trimEnd()).join("\n") + "\n";
}

/** A concept of the fact base, else of the built-in lexicon (loaded with the fact base). */
function conceptOf(fb: FactBase, id: string): Concept | undefined {
  return fb.concepts[id] ?? lexiconIfLoaded()?.concept(id);
}

/** A fact as JSON: its figure, terms and source, with the document's title and date. */
function factJson(fb: FactBase, f: Fact): Record<string, unknown> {
  const doc = fb.documents[f.document];
  const terms: Record<string, Array<{ id: string; en: string[]; da: string[] }>> = {};
  for (const role of ROLES) {
    if (f.terms[role].length === 0) continue;
    terms[role] = f.terms[role].map((id) => {
      const phrases = conceptOf(fb, id)?.phrases ?? [];
      return { id, en: phrases.filter((p) => p.lang === "en").map((p) => p.text), da: phrases.filter((p) => p.lang === "da").map((p) => p.text) };
    });
  }
  return {
    id: f.id,
    statement: f.statement,
    display: f.display,
    figure: f.figure,
    ...(f.asOf !== undefined ? { asOf: f.asOf } : {}),
    ...(f.review ? { review: true } : {}),
    terms,
    quote: f.quote,
    paragraph: f.paragraph,
    document: doc ? { id: doc.id, title: doc.title, date: doc.date, language: doc.language, path: doc.path } : { id: f.document },
    ...(f.origin ? { origin: f.origin } : {}),
  };
}

export async function listFacts(paths: string[], options: { format: "text" | "json" }): Promise<string> {
  const fb = await loadYamlFacts(paths);
  if (options.format === "json") return `${JSON.stringify(fb.facts.map((f) => factJson(fb, f)), null, 2)}\n`;
  if (fb.facts.length === 0) return "no facts\n";
  const rows = [["ID", "FIGURE", "SOURCE", "STATEMENT"]];
  for (const f of fb.facts) rows.push([f.id, f.display, `${f.document} ¶${f.paragraph}`, f.statement]);
  const docs = new Set(fb.facts.map((f) => f.document)).size;
  return `${table(rows)}\n${fb.facts.length} fact${fb.facts.length === 1 ? "" : "s"} from ${docs} document${docs === 1 ? "" : "s"}\n`;
}

/** Levenshtein distance (small strings: ids). */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** The ids nearest to an unknown one: containing it, or within a few edits; at most three. */
export function nearestIds(id: string, ids: string[]): string[] {
  const want = id.toLowerCase();
  const scored = ids.map((c) => {
    const words = want.split(/[-\s]+/).filter(Boolean);
    const shared = words.filter((w) => c.split("-").includes(w)).length;
    const d = c.includes(want) ? 0 : distance(want, c);
    return { c, d, shared };
  });
  // Close in spelling, or sharing most of the words: an id that shares one word ("cost") is no hint.
  const wordCount = want.split(/[-\s]+/).filter(Boolean).length;
  const good = scored.filter((s) => s.d === 0 || s.d <= Math.max(2, Math.floor(want.length / 4)) || (wordCount >= 2 && s.shared * 2 >= wordCount + 1));
  good.sort((a, b) => b.shared - a.shared || a.d - b.d || (a.c < b.c ? -1 : 1));
  return good.slice(0, 3).map((s) => s.c);
}

export async function showFact(
  paths: string[],
  id: string,
  options: { format: "text" | "json"; colorLevel: 0 | 1 | 2 | 3; searched?: string },
): Promise<string> {
  const fb = await loadYamlFacts(paths);
  const fact = fb.facts.find((f) => f.id === id);
  if (!fact) {
    const near = nearestIds(id, fb.facts.map((f) => f.id));
    const where = options.searched ? ` in ${options.searched}` : "";
    const other = options.searched === "the shipped fact base" ? "; give --facts <path> to search another fact base" : "";
    throw new UserError(`unknown fact id "${id}"${where}${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)` : ""}${other}`);
  }
  if (options.format === "json") return `${JSON.stringify(factJson(fb, fact), null, 2)}\n`;

  const c = new Chalk({ level: options.colorLevel });
  const doc = fb.documents[fact.document];
  const v = fact.figure;
  const lines: string[] = [];
  const field = (name: string, value: string) => lines.push(`  ${c.dim(pad(name, 10))} ${value}`);
  lines.push(c.bold(fact.id) + (fact.review ? c.yellow("  (to review)") : ""));
  field("statement", fact.statement);
  const details = [v.kind, `qualifier ${v.qualifier}`];
  if (v.unit) details.push(`unit ${v.unit}`);
  if (v.low !== undefined && v.high !== undefined) details.push(`${v.low}–${v.high}`);
  if (v.value !== null && typeof v.value !== "undefined") details.push(`value ${JSON.stringify(v.value)}`);
  field("figure", `${c.bold(fact.display)} (${details.join(", ")})`);
  if (fact.asOf) field("as of", fact.asOf);
  lines.push(`  ${c.dim("terms")}`);
  for (const role of ROLES) {
    for (const [k, cid] of fact.terms[role].entries()) {
      const concept = conceptOf(fb, cid);
      const name = cid.includes("/") ? "(inline)" : cid;
      lines.push(`    ${pad(k === 0 ? role : "", 8)} ${name}${concept?.class ? ` [${concept.class}]` : ""}`);
      for (const lang of ["en", "da"] as const) {
        const ps = (concept?.phrases ?? []).filter((p) => p.lang === lang).map((p) => p.text);
        if (ps.length) lines.push(`    ${pad("", 8)}   ${lang}: ${ps.join(", ")}`);
      }
    }
  }
  if (doc) {
    field("document", `${doc.title} (${doc.id})`);
    field("", `${doc.date}, ${LANGUAGE[doc.language]}, ${doc.path}`);
  }
  field("paragraph", String(fact.paragraph));
  lines.push("");
  const paragraph = doc?.paragraphs[fact.paragraph - 1] ?? "";
  const at = paragraph.indexOf(fact.quote);
  const mark = (q: string) => (options.colorLevel > 0 ? c.bold.underline.inverse(q) : `»${q}«`);
  const body = at >= 0 ? paragraph.slice(0, at) + mark(fact.quote) + paragraph.slice(at + fact.quote.length) : mark(fact.quote);
  lines.push(...body.split("\n").map((l) => `  ${l}`));
  return `${lines.join("\n")}\n`;
}
