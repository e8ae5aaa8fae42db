// The pipeline, top to bottom: a block of input text → sentences (claims) → figures → the facts
// they are about → verdicts. cli.ts feeds it inputs; report/ formats what it returns.
import { sentencesOf, type Sentence } from "./claims/index.js";
import { detectLanguage, parseFigures } from "./figures/index.js";
import type { TermIndex } from "./facts/term-index.js";
import { judgeFigure } from "./judge/index.js";
import { Matcher } from "./match/index.js";
import { positionAt } from "./text/positions.js";
import {
  VERDICT_RANK,
  type Check,
  type ClaimResult,
  type Fact,
  type FactBase,
  type Figure,
  type JudgeOptions,
  type Lang,
  type Report,
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
    const lang = this.options.lang ?? detectLanguage(sentence.text);
    const figures = parseFigures(sentence.text, lang);
    if (figures.length === 0) return null;
    const ties = this.matcher.matchSentence(sentence.text, figures, this.options.verbose);
    const checks = ties.map((tie) => this.checkFigure(sentence, file, tie.figure, tie.best, tie.reason, tie.considered));
    const start = positionAt(sentence.text, sentence.spans, 0);
    const end = positionAt(sentence.text, sentence.spans, sentence.text.length);
    const verdict = checks.reduce<Verdict>((w, c) => (VERDICT_RANK[c.verdict] > VERDICT_RANK[w] ? c.verdict : w), "match");
    return {
      claim: sentence.text,
      lang,
      location: { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
      verdict,
      checks,
    };
  }

  private checkFigure(
    sentence: Sentence,
    file: string,
    figure: Figure,
    candidates: Fact[],
    noTieReason: string,
    considered: Check["considered"],
  ): Check {
    const from = positionAt(sentence.text, sentence.spans, figure.start);
    const to = positionAt(sentence.text, sentence.spans, figure.end);
    const located = { ...figure, location: { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column } };
    const extra = this.options.verbose ? { considered } : {};
    if (candidates.length === 0) {
      return { figure: located, verdict: "unverified", reason: this.withOtherFact(noTieReason, figure, null), fact: null, source: null, ...extra };
    }
    // Several facts equally about the figure: the claim is right if it is right about one of them.
    let best: { fact: Fact; verdict: Verdict; reason: string } | null = null;
    for (const fact of candidates) {
      const j = judgeFigure(figure, fact.figure, this.options.judge, { claimed: figure.text, stored: fact.display });
      if (!best || VERDICT_RANK[j.verdict] < VERDICT_RANK[best.verdict]) best = { fact, verdict: j.verdict, reason: j.reason };
    }
    const { fact, verdict } = best!;
    const reason = verdict === "mismatch" || verdict === "unverified" ? this.withOtherFact(best!.reason, figure, fact) : best!.reason;
    return {
      figure: located,
      verdict,
      reason,
      fact: { id: fact.id, statement: fact.statement, value: fact.figure.value, display: fact.display, figure: fact.figure, ...(fact.asOf ? { asOf: fact.asOf } : {}) },
      source: this.sourceOf(fact),
      ...extra,
    };
  }

  /** When the claimed number is another fact's figure, say so: a likely mix-up. */
  private withOtherFact(reason: string, figure: Figure, tied: Fact | null): string {
    if (typeof figure.value !== "number" || figure.qualifier !== "exact") return reason;
    const others = (this.index.factsByNumber.get(figure.value) ?? [])
      .map((i) => this.factBase.facts[i])
      .filter((f) => f !== tied && f.figure.kind === figure.kind);
    if (others.length === 0) return reason;
    const other = others[0];
    return `${reason}; ${figure.text} is the stored figure for another fact: ${other.statement} [${other.id}]`;
  }

  private sourceOf(fact: Fact): SourceRef | null {
    const doc = this.factBase.documents[fact.document];
    if (!doc) return null;
    return { document: doc.id, title: doc.title, date: doc.date, paragraph: fact.paragraph, quote: fact.quote, language: doc.language };
  }
}

/** Summary counts over all results. */
export function summarise(results: ClaimResult[], files: number, withoutFigures: string[] = [], warnings: string[] = []): Report {
  const summary = { claims: results.length, match: 0, close: 0, mismatch: 0, unverified: 0, files };
  for (const r of results) summary[r.verdict]++;
  return { results, summary, withoutFigures, warnings };
}

/** The worst verdict in a report, or null when there is no claim. */
export function worstVerdict(report: Report): Verdict | null {
  let worst: Verdict | null = null;
  for (const r of report.results) if (worst === null || VERDICT_RANK[r.verdict] > VERDICT_RANK[worst]) worst = r.verdict;
  return worst;
}
