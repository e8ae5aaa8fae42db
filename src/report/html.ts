// HTML output, for the editor who reads the draft: one self-contained page with the text of each
// draft as the reader sees it (Markdown rendered with the checker's own markdown-it reading), every
// checked figure marked by its verdict (colour, a symbol and an underline style), details on hover,
// focus or tap, a header with the counts and a list of the problems that jumps to each.
//
// Safe by construction: every piece of draft and fact-base text is escaped, raw HTML in a draft is
// shown as text, links are not links, images are not loaded, and a Content-Security-Policy allows
// only the page's own inline style and script (by hash). The page makes no request of any kind.
import type { Check, ClaimResult, InputText, Lang, Report, SourceRef, SuppressedClaim, Verdict } from "../types.js";
import { BUILTIN, defaultFactsDir } from "../load-facts.js";
import { CSP, CSS, SCRIPT } from "./html/assets.js";
import type { Formatter } from "./index.js";
import { esc, Markers, renderClaimText, renderMarkdown, renderPlainText, type OpenTag, type SourceSpan } from "./html/render.js";
import { neutralise } from "./safe.js";
import { SYMBOLS } from "./text.js";

export interface HtmlOptions {
  toolVersion: string;
  /** The fact bases given (--facts, the config's facts:, FACTCHECK_FACTS; `builtin`: the shipped one); none: the shipped one. */
  factBases?: string[];
  /** When the report was made (shown in the header). */
  generatedAt?: Date;
}

interface Entry {
  id: number;
  check: Check;
  result: ClaimResult;
  /** Index of its source block, or 0 when it has none. */
  source: number;
}

type Mark = { kind: "fig"; entry: Entry } | { kind: "sup"; n: number };

const PROBLEM_ORDER: Verdict[] = ["mismatch", "close", "unverified"];
/** Past this many figures, the browser renders only the parts of the page in view (content-visibility). */
const LONG = 1000;

/** Metadata text (claims, quotes, names, reasons): control characters made visible, escaped. */
function t(s: string): string {
  return esc(neutralise(s));
}

/** The same, isolated from the text around it (a right-to-left name cannot reorder its line). */
function u(s: string): string {
  return `<bdi>${t(s)}</bdi>`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function span(l: { line: number; column: number; endLine?: number; endColumn?: number }, fallbackLength: number): SourceSpan {
  return {
    line: l.line,
    column: l.column,
    endLine: l.endLine ?? l.line,
    endColumn: l.endColumn ?? l.column + fallbackLength,
  };
}

/** file:line:col; just line:col for claims and when the page shows one file. */
function where(l: { file: string; line: number; column: number }, oneFile = false): string {
  return l.file === "-" || oneFile ? `${l.line}:${l.column}` : `${l.file}:${l.line}:${l.column}`;
}

/**
 * "reason; N is the stored figure for another fact: …" → the reason and the hint. The Check has no
 * field for it: the judge says so only in the reason's text (src/judge/policy.ts, withOtherFact).
 */
function splitHint(reason: string): { reason: string; hint: string | null } {
  const i = reason.indexOf(" is the stored figure for another fact: ");
  if (i < 0) return { reason, hint: null };
  const cut = reason.lastIndexOf("; ", i);
  if (cut < 0) return { reason, hint: null };
  return { reason: reason.slice(0, cut), hint: reason.slice(cut + 2) };
}

function sourceLine(src: SourceRef, asOf?: string): string {
  const as = asOf && asOf !== src.date ? `, as of ${asOf}` : "";
  return `${u(src.title)}, ${u(src.date)}, paragraph ${src.paragraph}${esc(as)}`;
}

/** Results (and suppressed claims) of each input: runs of the same name with non-decreasing lines. */
class ByInput<T> {
  private readonly queues = new Map<string, { items: T[]; next: number }>();

  constructor(
    items: T[],
    private readonly locate: (t: T) => { file: string; line: number },
  ) {
    for (const item of items) {
      const name = locate(item).file;
      let q = this.queues.get(name);
      if (!q) this.queues.set(name, (q = { items: [], next: 0 }));
      q.items.push(item);
    }
  }

  /** The next run of items for an input of this name. */
  take(name: string): T[] {
    const q = this.queues.get(name);
    if (!q) return [];
    const start = q.next;
    let line = -Infinity;
    while (q.next < q.items.length && this.locate(q.items[q.next]).line >= line) line = this.locate(q.items[q.next++]).line;
    return q.items.slice(start, q.next);
  }

  /** Everything not taken, in order of first appearance. */
  rest(): T[] {
    const out: T[] = [];
    for (const q of this.queues.values()) for (let i = q.next; i < q.items.length; i++) out.push(q.items[i]);
    for (const q of this.queues.values()) q.next = q.items.length;
    return out;
  }
}

export function formatHtml(report: Report, o: HtmlOptions): string {
  // Every check gets a number, in report order; each fact's source is described once.
  const entries: Entry[] = [];
  const entryOf = new Map<Check, Entry>();
  const sourceIds = new Map<string, number>();
  const sources: { fact: NonNullable<Check["fact"]>; source: SourceRef }[] = [];
  for (const result of report.results) {
    for (const check of result.checks) {
      let source = 0;
      if (check.fact && check.source) {
        const key = `${check.fact.id}\u0000${check.source.document}`;
        source = sourceIds.get(key) ?? 0;
        if (!source) {
          sources.push({ fact: check.fact, source: check.source });
          sourceIds.set(key, (source = sources.length));
        }
      }
      const entry: Entry = { id: entries.length + 1, check, result, source };
      entries.push(entry);
      entryOf.set(check, entry);
    }
  }

  const markers = new Markers(); // one nonce for the whole page
  const marks: Mark[] = [];
  const placed = new Set<number>(); // entry ids found in the text
  const tag: OpenTag = (m, first) => {
    const mark = marks[m];
    if (mark.kind === "sup") {
      return first
        ? { open: `<span class="sup v-suppressed" id="x-${mark.n}" title="suppressed by a factcheck-disable comment: not checked">`, close: "</span>" }
        : { open: `<span class="sup v-suppressed">`, close: "</span>" };
    }
    const { id, check, source } = mark.entry;
    const cls = `fig v-${check.verdict}`;
    if (!first) return { open: `<mark class="${cls}" data-f="${id}">`, close: "</mark>" };
    placed.add(id);
    const described = source ? `d-${id} s-${source}` : `d-${id}`;
    return { open: `<mark class="${cls}" id="f-${id}" data-f="${id}" tabindex="0" aria-describedby="${described}">`, close: "</mark>" };
  };
  const figMark = (entry: Entry) => marks.push({ kind: "fig", entry }) - 1;

  // The drafts, each with its own results and suppressed claims.
  const byInput = new ByInput(report.results, (r) => r.location);
  const supByInput = new ByInput(report.suppressed ?? [], (s) => s.location);
  let supCount = 0;
  const docs: string[] = [];
  const claimInputs: InputText[] = [];
  for (const input of report.inputs ?? []) {
    if (input.kind === "claims") {
      claimInputs.push(input);
      continue;
    }
    const results = byInput.take(input.name);
    const suppressed = supByInput.take(input.name);
    const spans: { span: SourceSpan; mark: number }[] = [];
    for (const r of results) for (const c of r.checks) spans.push({ span: span(c.figure.location, [...c.figure.text].length), mark: figMark(entryOf.get(c)!) });
    for (const s of suppressed) spans.push({ span: span(s.location, [...s.claim].length), mark: marks.push({ kind: "sup", n: ++supCount }) - 1 });
    const rendered = input.kind === "markdown" ? renderMarkdown(input.text, spans, tag, markers) : renderPlainText(input.text, spans, tag, markers);
    const lang = mainLang(results);
    docs.push(
      `<section class="doc" aria-label="${esc(neutralise(input.name))}"><h2>${t(input.name)}</h2>` +
        `<div class="draft"${lang ? ` lang="${lang}"` : ""}>${rendered.html}</div></section>`,
    );
  }
  // Claims given as arguments or on standard input, and anything no input text was given for.
  const rest = byInput.rest();
  if (rest.length || claimInputs.length) {
    const items = rest.map((r) => {
      const spans = r.checks.map((c) => ({ ...claimOffsets(r.claim, c, r), mark: figMark(entryOf.get(c)!) }));
      const rendered = renderClaimText(r.claim, spans, tag, markers);
      return `<li lang="${esc(r.lang)}"><span class="loc">${u(where(r.location))}</span> ${rendered.html}</li>`;
    });
    const title = claimInputs.length && rest.every((r) => r.location.file === "-") ? "Claims" : "Claims and drafts";
    docs.push(
      `<section class="doc" aria-label="${title}"><h2>${title}</h2>` +
        (items.length ? `<ol class="claims">${items.join("")}</ol>` : `<p class="meta">No figure in the claims given.</p>`) +
        `</section>`,
    );
  }
  const lostSuppressed = supByInput.rest();

  return page(report, o, { entries, sources, placed, docs: docs.join("\n"), supCount: supCount + lostSuppressed.length, lostSuppressed });
}

/** The claim's language most of an input's claims are in. */
function mainLang(results: ClaimResult[]): Lang | null {
  const n: Record<string, number> = {};
  for (const r of results) n[r.lang] = (n[r.lang] ?? 0) + 1;
  let best: string | null = null;
  for (const [lang, count] of Object.entries(n)) if (best === null || count > n[best]) best = lang;
  return best === "en" || best === "da" ? best : null;
}

/** Where a figure stands in its claim's text (its offsets, else found by its text). */
function claimOffsets(claim: string, check: Check, result: ClaimResult): { start: number; end: number } {
  const { start, end, text } = check.figure;
  if (start >= 0 && end <= claim.length && claim.slice(start, end) === text) return { start, end };
  const l = check.figure.location;
  if (l.line === result.location.line && l.column >= result.location.column) {
    // Columns are code points; claims from a single line are that line's text.
    const cps = [...claim];
    const from = l.column - result.location.column;
    const guess = cps.slice(0, from).join("").length;
    if (claim.startsWith(text, guess)) return { start: guess, end: guess + text.length };
  }
  const at = claim.indexOf(text);
  return at >= 0 ? { start: at, end: at + text.length } : { start: 0, end: 0 };
}

interface PageParts {
  entries: Entry[];
  sources: { fact: NonNullable<Check["fact"]>; source: SourceRef }[];
  placed: Set<number>;
  docs: string;
  supCount: number;
  lostSuppressed: SuppressedClaim[];
}

function page(report: Report, o: HtmlOptions, p: PageParts): string {
  const s = report.summary;
  const date = o.generatedAt ?? new Date();
  const iso = date.toISOString();
  const names = (report.inputs ?? []).filter((i) => i.kind !== "claims").map((i) => i.name);
  const title = `factcheck: ${plural(s.mismatch, "mismatch", "mismatches")}, ${s.close} close, ${s.unverified} unverified, ${plural(s.match, "match", "matches")}${names.length ? ` — ${names.length === 1 ? names[0] : `${names[0]} and ${plural(names.length - 1, "other", "others")}`}` : ""}`;

  const counts = (["mismatch", "close", "unverified", "match"] as Verdict[])
    .map((v) => {
      const n = s[v];
      const word = v === "mismatch" ? (n === 1 ? "mismatch" : "mismatches") : v === "match" ? (n === 1 ? "match" : "matches") : v;
      return `<li class="v-${v}" data-verdict="${v}"><span class="sym" aria-hidden="true">${SYMBOLS[v]}</span> <b>${n}</b> ${word}</li>`;
    })
    .concat(p.supCount ? [`<li class="v-suppressed"><span class="sym" aria-hidden="true">⊘</span> <b>${p.supCount}</b> suppressed</li>`] : [])
    .join("");
  const bases = o.factBases?.length ? o.factBases.map((b) => (b === BUILTIN ? "the shipped fact base" : `<code>${u(b)}</code>`)).join(", ") : "the shipped fact base";
  const documents = new Map<string, SourceRef>();
  for (const { source } of p.sources) if (!documents.has(source.document)) documents.set(source.document, source);
  const cited = documents.size
    ? [...documents.values()].map((d) => `${u(d.title)} (${u(d.date)})`).join("; ")
    : "none";

  const nothing =
    s.claims === 0 ? `<p class="meta">${report.withoutFigures.length ? "No figure found: nothing to check." : "No claims to check."}</p>` : "";
  const warnings = report.warnings.length
    ? `<div class="warnings" role="note"><strong>Warnings</strong><ul>${report.warnings.map((w) => `<li>${t(w)}</li>`).join("")}</ul></div>`
    : "";

  // The problems: mismatches, then close, then unverified, each in text order.
  const problems: string[] = [];
  for (const v of PROBLEM_ORDER) {
    for (const e of p.entries) {
      if (e.check.verdict !== v) continue;
      const c = e.check;
      const vs = c.fact ? ` vs <b>${u(c.fact.display)}</b>` : "";
      const { reason } = splitHint(c.reason);
      const badges = (c.unreviewed ? ` <span class="badge">fact not reviewed</span>` : "") + (c.rule ? ` <span class="badge">${u(c.rule)}</span>` : "");
      const body =
        `<span class="sym" aria-hidden="true">${SYMBOLS[v]}</span> <strong>${v}</strong> <b>${u(c.figure.text)}</b>${vs} ` +
        `<span class="loc">${u(where(c.figure.location))}</span>${badges}<span class="why">${u(reason)}</span>`;
      problems.push(
        p.placed.has(e.id)
          ? `<li><a href="#f-${e.id}" data-f="${e.id}" class="v-${v}">${body}</a></li>`
          : `<li><a class="v-${v}" data-missing="1">${body} <span class="badge">not found in the text</span></a></li>`,
      );
    }
  }
  const problemList = problems.length
    ? `<nav id="problems" aria-labelledby="problems-h"><h2 id="problems-h">Problems (${problems.length})</h2><ol>${problems.join("")}</ol></nav>`
    : s.claims
      ? `<nav id="problems" aria-labelledby="problems-h"><h2 id="problems-h">Problems</h2><p class="meta">None: every figure matches its source.</p></nav>`
      : "";

  const oneFile = new Set(report.results.map((r) => r.location.file)).size <= 1;
  const details = p.entries.map((e) => detail(e, oneFile)).join("");
  const sourceItems = p.sources.map(({ fact, source }, i) => sourceDetail(i + 1, fact, source)).join("");
  const suppressedItems = p.lostSuppressed.length
    ? `<h3>Suppressed claims</h3><ul>${p.lostSuppressed.map((x) => `<li><span class="loc">${u(where(x.location))}</span> ${u(x.claim)}</li>`).join("")}</ul>`
    : "";
  const figures = p.entries.length || suppressedItems
    ? `<section id="figures" aria-labelledby="figures-h"><details><summary id="figures-h">Every figure (${p.entries.length}) and its source</summary>` +
      `<ol>${details}</ol>${sourceItems ? `<h3>Sources</h3><ol class="sources">${sourceItems}</ol>` : ""}${suppressedItems}</details></section>`
    : "";

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="factcheck ${esc(o.toolVersion)}">
<title>${esc(neutralise(title))}</title>
<style>${CSS}</style>
</head>
<body${p.entries.length > LONG ? ` class="long"` : ""}>
<header>
<h1>Fact-check report</h1>
<p class="meta">${plural(s.claims, "claim", "claims")}${s.files ? ` in ${plural(s.files, "file", "files")}` : ""} · checked <time datetime="${iso}">${iso.slice(0, 16).replace("T", " ")} UTC</time> by factcheck ${esc(o.toolVersion)}</p>
<p class="meta">Fact bases: ${bases}. Sources cited: ${cited}.</p>
<ul class="counts" aria-label="Claims per verdict">${counts}</ul>
${nothing}${warnings}
</header>
${problemList}
<main>
${p.docs}
</main>
${figures}
<div id="pop" role="tooltip" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** One figure's details: shown on hover or focus (the page's script copies it) and in print. */
function detail(e: Entry, oneFile: boolean): string {
  const c = e.check;
  const v = c.verdict;
  const { reason, hint } = splitHint(c.reason);
  const vs = c.fact ? ` vs <b>${u(c.fact.display)}</b>` : "";
  const rows = [
    `<dt>Claim</dt><dd lang="${esc(e.result.lang)}">${t(e.result.claim)}</dd>`,
    `<dt>Why</dt><dd>${t(reason)}</dd>`,
  ];
  if (hint && (v === "mismatch" || v === "unverified")) rows.push(`<dt>Another fact</dt><dd class="hint">${t(hint)}</dd>`);
  else if (hint) rows.push(`<dt>Note</dt><dd>${t(hint)}</dd>`);
  for (const other of c.disagreeing ?? []) {
    const src = other.source ? ` — ${sourceLine(other.source, other.fact.asOf)}` : "";
    rows.push(`<dt>Another source</dt><dd>says <b>${u(other.fact.display)}</b> (${other.verdict} against it)${src}${other.source ? ` <span class="quote" lang="${esc(other.source.language)}">“${u(other.source.quote)}”</span>` : ""}</dd>`);
  }
  if (c.rule) rows.push(`<dt>Rule</dt><dd><code>${t(c.rule)}</code></dd>`);
  if (c.unreviewed) rows.push(`<dt>Review</dt><dd><span class="badge">fact not reviewed by a person</span></dd>`);
  rows.push(`<dt>Where</dt><dd>${t(where(c.figure.location, oneFile))}</dd>`);
  return (
    `<li class="detail v-${v}" id="d-${e.id}"${e.source ? ` data-s="${e.source}"` : ""}>` +
    `<p class="head"><span class="sym" aria-hidden="true">${SYMBOLS[v]}</span> ${v}: <b>${u(c.figure.text)}</b>${vs}</p>` +
    `<dl>${rows.join("")}</dl></li>`
  );
}

/** A fact and its source, described once for every figure that cites it. */
function sourceDetail(n: number, fact: NonNullable<Check["fact"]>, src: SourceRef): string {
  return (
    `<li class="src" id="s-${n}"><dl>` +
    `<dt>Source says</dt><dd><b>${u(fact.display)}</b> — ${u(fact.statement)}</dd>` +
    `<dt>Quote</dt><dd class="quote" lang="${esc(src.language)}">“${u(src.quote)}”</dd>` +
    `<dt>Document</dt><dd>${sourceLine(src, fact.asOf)}</dd>` +
    `<dt>Fact</dt><dd><code>${t(fact.id)}</code></dd>` +
    `</dl></li>`
  );
}

/** The html format: the page of the drafts, so the engine keeps their text (Report.inputs). */
export const htmlFormatter: Formatter = {
  format: (report, o) =>
    formatHtml(report, {
      toolVersion: o.toolVersion,
      // The shipped base by its name, not by where it is installed (`--facts builtin --facts mine/`).
      factBases: o.factBases?.map((b) => (b === defaultFactsDir() ? BUILTIN : b)),
      generatedAt: new Date(),
    }),
  needsInputs: true,
};
