// `factcheck facts validate`: every problem of a fact base at once, as `file:line:col: severity: message`.
// Errors: everything the loader refuses (schema, ids, source texts, quotes, paragraphs) and figures
// that the project's own figure reader does not read from their quote. Warnings: facts that the
// matcher could confuse (same subject and event with different figures; identical term sets).
import { formatFigure, parseFigures } from "../figures/index.js";
import { type Fact, type FactBase, type FigureValue, type Lang, type Role } from "../types.js";
import { sortDiagnostics } from "../util/diagnostics.js";
import { collectFactBase, formatDiagnostic, type Diagnostic, type FactNode } from "./load.js";

export interface ValidateResult {
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  facts: number;
  files: number;
  factBase: FactBase;
}

/** Loads and checks the fact base at `paths`; diagnostics sorted by file, line and column. */
export async function validateFactBase(paths: string[]): Promise<ValidateResult> {
  const { factBase, diagnostics, files, nodes, written } = await collectFactBase(paths, { all: true });
  const out = sortDiagnostics([...diagnostics, ...figureDiagnostics(factBase, nodes), ...confusionDiagnostics(factBase, nodes)], files);
  return {
    diagnostics: out,
    errors: out.filter((d) => d.severity === "error").length,
    warnings: out.filter((d) => d.severity === "warning").length,
    facts: written,
    files: files.length,
    factBase,
  };
}

// ---------------------------------------------------------------------------------------------
// Figures: the stored figure must be what the figure reader reads in the quote.

const NUMERIC = new Set(["count", "percent", "money", "quantity", "year"]);

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return a === b || (a == null && b == null);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * True when a figure read from a quote states the stored figure: same kind, qualifier, unit and
 * value. A date or month read without a year ("inden udgangen af august") proves a stored value
 * with a year: the year comes from the document.
 */
export function sameFigure(read: FigureValue, stored: FigureValue): boolean {
  if (read.kind !== stored.kind || read.qualifier !== stored.qualifier) return false;
  if ((read.unit ?? "") !== (stored.unit ?? "") && (read.kind === "money" || read.kind === "quantity")) return false;
  if (read.kind === "vague") {
    if (!sameNumber(read.low, stored.low) || !sameNumber(read.high, stored.high)) return false;
    return stored.value === null || stored.value === undefined || String(read.value) === String(stored.value);
  }
  if (read.qualifier === "range") return sameNumber(read.low, stored.low) && sameNumber(read.high, stored.high);
  if (NUMERIC.has(read.kind)) return typeof read.value === "number" && typeof stored.value === "number" && sameNumber(read.value, stored.value);
  if (read.kind === "weekday") return read.value === stored.value;
  // date, month: every part the quote states must agree; only the year may be left to the document.
  const r = read.date ?? {};
  const s = stored.date ?? {};
  if (r.month !== s.month || r.day !== s.day) return false;
  return r.year === undefined || r.year === s.year;
}

function readsFigure(fact: Fact, lang: Lang): { ok: boolean; read: FigureValue[]; texts: string[] } {
  const figures = parseFigures(fact.quote, lang);
  if (figures.some((f) => sameFigure(f, fact.figure))) return { ok: true, read: figures, texts: [] };
  return { ok: false, read: figures, texts: figures.map((f) => f.text) };
}

function figureDiagnostics(fb: FactBase, nodes: Map<Fact, FactNode>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const fact of fb.facts) {
    const doc = fb.documents[fact.document];
    const node = nodes.get(fact);
    if (!doc || !node) continue;
    const { ok, read, texts } = readsFigure(fact, doc.language);
    if (ok) continue;
    const stored = formatFigure(fact.figure, "en");
    const found =
      read.length === 0
        ? "the figure reader finds no figure in the quote"
        : `the figure reader reads ${read
            .slice(0, 3)
            .map((f, k) => `${JSON.stringify(texts[k])} as ${formatFigure(f, "en")}${f.kind !== fact.figure.kind ? ` (${f.kind})` : ""}`)
            .join(", ")}`;
    const where = node.y.pos(["facts", node.index, "figure"]);
    out.push({ ...where, severity: "error", message: `figure ${stored} is not read from the quote: ${found}` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Facts the matcher could confuse.

/** Figures the matcher compares with each other (a count with a vague quantity; a year with a date ...). */
export function family(v: FigureValue): string {
  switch (v.kind) {
    case "count":
    case "vague":
      return "count";
    case "money":
    case "quantity":
      return `${v.kind}:${v.unit ?? ""}`;
    case "year":
    case "date":
    case "month":
      return "calendar";
    default:
      return v.kind;
  }
}

function sameValue(a: FigureValue, b: FigureValue): boolean {
  return (
    a.kind === b.kind &&
    a.qualifier === b.qualifier &&
    (a.unit ?? "") === (b.unit ?? "") &&
    String(a.value) === String(b.value) &&
    a.low === b.low &&
    a.high === b.high
  );
}

/**
 * A stable key for a fact's terms in one role: concept ids, except inline terms (whose ids are
 * per fact), which are keyed by their normalised phrases so that identical inline terms are equal.
 */
function roleKey(fb: FactBase, fact: Fact, role: Role): string {
  return fact.terms[role]
    .map((id) => {
      if (!id.includes("/")) return id;
      const c = fb.concepts[id];
      return `{${(c?.phrases ?? []).map((p) => `${p.lang}:${p.tokens.join(" ")}`).sort().join("|")}}`;
    })
    .sort()
    .join(",");
}

function describeTerms(fb: FactBase, fact: Fact, role: Role): string {
  return fact.terms[role]
    .map((id) => (id.includes("/") ? JSON.stringify(fb.concepts[id]?.phrases[0]?.text ?? id) : id))
    .join(", ");
}

function confusionDiagnostics(fb: FactBase, nodes: Map<Fact, FactNode>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const groups = new Map<string, Fact[]>();
  for (const fact of fb.facts) {
    const key = `${family(fact.figure)}#${roleKey(fb, fact, "subject")}#${roleKey(fb, fact, "event")}`;
    const list = groups.get(key);
    if (list) list.push(fact);
    else groups.set(key, [fact]);
  }
  const at = (f: Fact) => {
    const o = f.origin ?? { file: "-", line: 0, column: 0 };
    return `${o.file}:${o.line}:${o.column}`;
  };
  for (const list of groups.values()) {
    for (let b = 1; b < list.length; b++) {
      for (let a = 0; a < b; a++) {
        const first = list[a];
        const second = list[b];
        const node = nodes.get(second);
        if (!node) continue;
        const where = node.y.pos(["facts", node.index, "terms"]);
        const other = `"${first.id}" at ${at(first)}${first.document !== second.document ? ` (document ${first.document})` : ""}`;
        const role = (r: Role) => describeTerms(fb, second, r) || "none";
        if (!sameValue(first.figure, second.figure)) {
          out.push({
            ...where,
            severity: "warning",
            message: `same subject (${role("subject")}) and event (${role("event")}) as ${other}, with a different figure: ${formatFigure(second.figure, "en")} vs ${formatFigure(first.figure, "en")}`,
          });
        }
        if (roleKey(fb, first, "place") === roleKey(fb, second, "place") && roleKey(fb, first, "actor") === roleKey(fb, second, "actor")) {
          out.push({
            ...where,
            severity: "warning",
            message: `the matcher cannot tell this fact from ${other}: both have subject ${role("subject")}, event ${role("event")}, place ${role("place")}, actor ${role("actor")}`,
          });
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The command

export interface ValidateCommandOptions {
  strict?: boolean;
}

/** Prints diagnostics and a summary on stdout; returns the exit code (0, or 2 on errors). */
export async function runValidate(paths: string[], options: ValidateCommandOptions, write: (s: string) => void): Promise<number> {
  const r = await validateFactBase(paths);
  for (const d of r.diagnostics) write(`${formatDiagnostic(d)}\n`);
  // Facts drafted by `extract` that no person has reviewed yet (they work, but say so in reports).
  const unreviewed = r.factBase.facts.filter((f) => f.review).length;
  const pending = unreviewed > 0 ? ` (${unreviewed} not yet reviewed)` : "";
  const facts = `${r.facts} fact${r.facts === 1 ? "" : "s"}${pending} in ${r.files} file${r.files === 1 ? "" : "s"}`;
  if (r.errors === 0 && r.warnings === 0) {
    write(`✔ ${facts}, no problems\n`);
    return 0;
  }
  const counts = `${r.errors} error${r.errors === 1 ? "" : "s"}, ${r.warnings} warning${r.warnings === 1 ? "" : "s"}`;
  const failed = r.errors > 0 || (options.strict === true && r.warnings > 0);
  write(`${failed ? "✖" : "✔"} ${facts}: ${counts}${!failed ? "" : r.errors === 0 ? " (--strict)" : ""}\n`);
  return failed ? 2 : 0;
}
