// The pipeline, top to bottom: a block of input text → sentences (claims) → figures → the facts
// they are about → verdicts. cli.ts feeds it inputs; report/ formats what it returns.
import { sentencesOf, type Sentence } from "./claims/index.js";
import { readSentence } from "./figures/index.js";
import type { TermIndex } from "./facts/term-index.js";
import { judgeFigure } from "./judge/index.js";
import { Matcher, type Tie } from "./match/index.js";
import { positionAfter, positionAt } from "./text/positions.js";
import {
  VERDICT_RANK,
  type Check,
  type CheckedFact,
  type ClaimResult,
  type Fact,
  type FactBase,
  type Figure,
  type JudgeOptions,
  type Lang,
  type Report,
  type Summary,
  type SourceRef,
  type TextBlock,
  type Verdict,
} from "./types.js";

export interface CheckOptions {
  /** Force the claims' language; detected per sentence otherwise. */
  lang?: Lang;
  judge: JudgeOptions;
  /** Keep the list of facts considered for each figure (for --verbose). */
  verbose?: boolean;
}

export class Checker {
  private readonly matcher: Matcher;

  constructor(
    readonly factBase: FactBase,
    private readonly index: TermIndex,
    private readonly options: CheckOptions,
  ) {
    this.matcher = new Matcher(factBase, index);
  }

  /** Check every claim in a block of text; `file` is the input's name in the output. */
  checkBlock(block: TextBlock, file: string): ClaimResult[] {
    const out: ClaimResult[] = [];
    for (const sentence of sentencesOf(block)) {
      const result = this.checkSentence(sentence, file);
      if (result) out.push(result);
    }
    return out;
  }

  /** A sentence with at least one figure is a claim; others give null. */
  checkSentence(sentence: Sentence, file: string): ClaimResult | null {
    const { lang, figures } = readSentence(sentence.text, this.options.lang);
    if (figures.length === 0) return null;
    const ties = this.matcher.matchSentence(sentence.text, figures, this.options.verbose);
    const checks = ties.map((tie) => this.checkFigure(sentence, file, tie));
    const start = positionAt(sentence.text, sentence.spans, 0);
    const end = positionAfter(sentence.text, sentence.spans, sentence.text.length);
    const verdict = checks.reduce<Verdict>((w, c) => (VERDICT_RANK[c.verdict] > VERDICT_RANK[w] ? c.verdict : w), "match");
    return {
      claim: sentence.text,
      lang,
      location: { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
      verdict,
      checks,
    };
  }

  private checkFigure(sentence: Sentence, file: string, tie: Tie): Check {
    const { figure, best: candidates } = tie;
    const from = positionAt(sentence.text, sentence.spans, figure.start);
    const to = positionAfter(sentence.text, sentence.spans, figure.end);
    const located = { ...figure, location: { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column } };
    const extra = this.options.verbose ? { considered: tie.considered } : {};
    if (candidates.length === 0) {
      return { figure: located, verdict: "unverified", reason: this.withOtherFact(tie.reason, figure, null), fact: null, source: null, ...extra };
    }
    const judged = (fact: Fact) => ({ fact, ...judgeFigure(figure, fact.figure, this.options.judge, { claimed: figure.text, stored: fact.display }) });
    // Several facts of one source equally about the figure: the claim is right if it is right
    // about one of them.
    const sameSource = candidates.filter((f) => f.document === candidates[0].document).map(judged);
    let best = sameSource.reduce((a, b) => (VERDICT_RANK[b.verdict] < VERDICT_RANK[a.verdict] ? b : a));
    // Facts from other sources about the same thing: if they disagree, the most recent source
    // decides, and the reason names the disagreement.
    const rivals = [...candidates, ...tie.others.filter((o) => tie.topScore - o.score < 1).map((o) => o.fact)]
      .filter((f) => f.document !== best.fact.document && sameTopic(f, best.fact))
      .map(judged);
    const disagreeing = rivals.filter((r) => !sameFigure(r.fact, best.fact));
    let reason = best.reason;
    if (disagreeing.length > 0) {
      const all = [best, ...disagreeing].sort((a, b) => this.documentDate(b.fact).localeCompare(this.documentDate(a.fact)));
      const newest = all[0];
      const note = all.map((r) => `${this.documentTitle(r.fact)} (${this.documentDate(r.fact)}) says ${r.fact.display}`).join("; ");
      best = newest;
      reason = `${newest.reason} (sources disagree: ${note}; the most recent source decides)`;
    }
    const { fact, verdict } = best;
    if (verdict === "mismatch" || verdict === "unverified") reason = this.withOtherFact(reason, figure, fact, [...sameSource, ...rivals].map((r) => r.fact));
    return {
      figure: located,
      verdict,
      reason,
      fact: this.checkedFact(fact),
      source: this.sourceOf(fact),
      ...(disagreeing.length
        ? { disagreeing: [...sameSource, ...disagreeing].filter((r) => r.fact !== fact && !sameFigure(r.fact, fact)).map((r) => ({ fact: this.checkedFact(r.fact), source: this.sourceOf(r.fact), verdict: r.verdict })) }
        : {}),
      ...extra,
    };
  }

  private documentDate(fact: Fact): string {
    return this.factBase.documents[fact.document]?.date ?? "";
  }

  private documentTitle(fact: Fact): string {
    return this.factBase.documents[fact.document]?.title ?? fact.document;
  }

  /** When the claimed number is another fact's figure, say so: a likely mix-up. */
  private withOtherFact(reason: string, figure: Figure, tied: Fact | null, rivals: Fact[] = []): string {
    if (typeof figure.value !== "number" || figure.qualifier !== "exact") return reason;
    const others = (this.index.factsByNumber.get(figure.value) ?? [])
      .map((i) => this.factBase.facts[i])
      .filter((f) => f !== tied && !rivals.includes(f) && f.figure.kind === figure.kind);
    if (others.length === 0) return reason;
    const other = others[0];
    return `${reason}; ${figure.text} is the stored figure for another fact: ${other.statement} [${other.id}]`;
  }

  // One source reference and one fact summary per fact, shared by every check that cites it.
  private readonly sources = new Map<Fact, SourceRef | null>();
  private readonly checkedFacts = new Map<Fact, CheckedFact>();

  private sourceOf(fact: Fact): SourceRef | null {
    let ref = this.sources.get(fact);
    if (ref === undefined) {
      const doc = this.factBase.documents[fact.document];
      ref = doc ? { document: doc.id, title: doc.title, date: doc.date, paragraph: fact.paragraph, quote: fact.quote, language: doc.language } : null;
      this.sources.set(fact, ref);
    }
    return ref;
  }

  /** The fact summary and source reference a check carries, by fact id (see check-files.ts). */
  factRef(id: string): { fact: CheckedFact; source: SourceRef | null } {
    this.factsById ??= new Map(this.factBase.facts.map((f) => [f.id, f]));
    const fact = this.factsById.get(id);
    if (!fact) throw new Error(`unknown fact id ${id} from a worker`);
    return { fact: this.checkedFact(fact), source: this.sourceOf(fact) };
  }

  private factsById: Map<string, Fact> | undefined;

  private checkedFact(fact: Fact): CheckedFact {
    let c = this.checkedFacts.get(fact);
    if (!c) this.checkedFacts.set(fact, (c = checkedFact(fact)));
    return c;
  }
}

function checkedFact(fact: Fact): CheckedFact {
  return { id: fact.id, statement: fact.statement, value: fact.figure.value, display: fact.display, figure: fact.figure, ...(fact.asOf ? { asOf: fact.asOf } : {}) };
}

/** Two facts about the same thing: they share a subject and an event concept. */
function sameTopic(a: Fact, b: Fact): boolean {
  const shares = (x: string[], y: string[]) => x.some((c) => y.includes(c));
  return shares(a.terms.subject, b.terms.subject) && shares(a.terms.event, b.terms.event);
}

function sameFigure(a: Fact, b: Fact): boolean {
  const x = a.figure;
  const y = b.figure;
  return x.kind === y.kind && x.qualifier === y.qualifier && x.value === y.value && x.low === y.low && x.high === y.high && x.unit === y.unit;
}

/** Summary counts over all results. */
export function summarise(results: ClaimResult[], files: number, withoutFigures: string[] = [], warnings: string[] = []): Report {
  const summary: Summary = { claims: 0, match: 0, close: 0, mismatch: 0, unverified: 0, files };
  for (const r of results) count(summary, r);
  return { results, summary, withoutFigures, warnings };
}

/** Add one claim to the summary counts. */
export function count(summary: Summary, result: ClaimResult): void {
  summary.claims++;
  summary[result.verdict]++;
}

/** The worst verdict in a report's summary, or null when there is no claim. */
export function worstVerdict(report: Report): Verdict | null {
  const s = report.summary;
  return s.mismatch ? "mismatch" : s.close ? "close" : s.unverified ? "unverified" : s.match ? "match" : null;
}
