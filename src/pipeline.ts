// The pipeline, top to bottom: a block of input text → sentences (claims) → figures → the facts
// they are about → verdicts. The engine feeds it inputs; report/ formats what it returns.
import { sentencesOf, type Sentence } from "./claims/index.js";
import { isoWeekday, weekdayOfDate } from "./figures/dates.js";
import { readSentence } from "./figures/index.js";
import { isAgeGroup, isAmount as isAmountKind, isBeforeOrAfter, isOrdinal, sameFigureValue } from "./figures/kinds.js";
import { isSpanOfTime, sameSpan } from "./figures/units.js";
import { amountOfDate, sameYear, splitYears, yearOf } from "./frames/anchors.js";
import { firstCueAt, grammarOf } from "./frames/grammar.js";
import type { TermIndex } from "./facts/term-index.js";
import { judgeFigure } from "./judge/index.js";
import { Policy } from "./judge/policy.js";
import { kindCompatibility, Matcher, quoteKey, type Tie } from "./match/index.js";
import { PositionCursor, positionAfter, positionAt } from "./text/positions.js";
import {
  VERDICT_RANK,
  type Check,
  type CheckedFact,
  type ClaimResult,
  type DateParts,
  type Fact,
  type FactBase,
  type Figure,
  type FigureValue,
  type InputNotice,
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
  /**
   * A sentence whose check throws (a bug) is left out and reported (takeFailures), and the rest is
   * checked: what the CLI does, so that one sentence never cuts a report short. Off, it throws.
   */
  isolateFailures?: boolean;
}

export class Checker {
  private readonly matcher: Matcher;
  private readonly policy: Policy;

  constructor(
    readonly factBase: FactBase,
    readonly index: TermIndex,
    private readonly options: CheckOptions,
  ) {
    this.matcher = new Matcher(factBase, index);
    this.policy = new Policy(factBase, index, options.judge);
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

  private failures: InputNotice[] = [];
  /** The sentences whose check failed (isolateFailures) since the last call, as notices. */
  takeFailures(): InputNotice[] {
    const out = this.failures;
    if (out.length > 0) this.failures = [];
    return out;
  }

  /** A sentence with at least one figure is a claim; others give null. */
  checkSentence(sentence: Sentence, file: string): ClaimResult | null {
    if (!this.options.isolateFailures) return this.claimOf(sentence, file);
    try {
      return this.claimOf(sentence, file);
    } catch (err) {
      const at = positionAt(sentence.text, sentence.spans, 0);
      const message = `internal error, this sentence was not checked: ${(err as Error)?.message ?? String(err)} (a bug: please report it)`;
      this.failures.push({ kind: "internal-error", file, line: at.line, column: at.column, message });
      return null;
    }
  }

  private claimOf(sentence: Sentence, file: string): ClaimResult | null {
    const { lang, figures } = readSentence(sentence.text, this.options.lang);
    if (figures.length === 0) return null;
    const ties = this.matcher.matchSentence(sentence.text, figures, lang, this.options.verbose);
    const checks: Check[] = new Array(ties.length);
    // A year or month in the clause of an amount says when the amount held ("In 2019 turnout was
    // 84.6 percent"): it is checked with that amount, against the fact the amount is tied to.
    const tieOf = new Map(ties.map((t, i) => [t.figure, i]));
    // (also a date set off from the clause of the sentence's one amount, that no fact is about on
    // its own: "At the end of August, 86 people were on the waiting list")
    const amounts = ties.filter((t) => isAmount(t.figure));
    const sole = amounts.length === 1 ? tieOf.get(amounts[0].figure)! : -1;
    const anchored = ties.map((tie) => {
      if (!isAnchor(tie)) return sole >= 0 && isDateKind(tie.figure) && tie.ranked.length === 0 ? sole : -1;
      const amount = amountOfDate(tie.figure, tie.figure, tie.frame.others);
      return amount && tieOf.has(amount) ? tieOf.get(amount)! : -1;
    });
    // Figures in the order of the sentence: their positions are counted on from the last one.
    const cursor = new PositionCursor(sentence.text, sentence.spans);
    const where = ties.map((tie) => this.located(cursor, file, tie));
    const factOf: (Fact | null)[] = new Array(ties.length).fill(null);
    ties.forEach((tie, i) => {
      if (anchored[i] < 0) [checks[i], factOf[i]] = this.checkFigure(where[i], tie);
    });
    // An amount no fact is tied to, or only one of another unit, that the quote of another
    // figure's fact gives as well ("set aside 18 million kroner for the two-year trial" against
    // "18 mio. kr. til forsøget over to år"; "23 husstande inden for 1,2 km", whose 1,2 km the
    // words tie to a count of turbines): that source says it too.
    // (not a fact tied by its figure alone: the claim's words must tie it)
    const quotes = new QuotesTied(factOf.map((of, j) => (of && !ties[j].byFigure && !ties[j].byNumber ? of : null)));
    let allQuotes: QuotesTied | undefined;
    ties.forEach((tie, i) => {
      if (anchored[i] < 0 && checks[i].verdict === "unverified" && (!checks[i].fact || checks[i].rule === "unit-mismatch")) {
        const sibling = this.inQuoteOf(tie, quotes, i, checks[i].rule === "ambiguous");
        if (sibling) {
          checks[i] = this.sameQuoteCheck(where[i], sibling.fact, `${where[i].text} is the stored ${sibling.fact.display}, in the quote that gives ${sibling.of.display} [${sibling.of.id}]`);
          factOf[i] = sibling.fact;
        } else {
          // (or a figure that quote gives and no fact stores: "Halvdelen af prisbeløbet, 250.000
          // euro" against "Half of the prize money, 250,000 euros", whose share is no fact of its own)
          // (here a fact tied by its figure counts too, two figures of one sentence agreeing —
          // unless its quote gives another figure of its kind, which the claim may have swapped
          // for it: "koster 1.350 kr. for børn og 1.650 kr. for voksne")
          allQuotes ??= new QuotesTied(factOf.map((of, j) => (of && checks[j]?.verdict === "match" && (!(ties[j].byFigure || ties[j].byNumber) || this.soleOfItsKind(of)) ? of : null)));
          const saying = this.quoteSaying(tie.figure, allQuotes, i);
          if (saying) checks[i] = this.sameQuoteCheck(where[i], saying, `the quote that gives ${saying.display} [${saying.id}] says ${where[i].text} too`);
        }
      }
    });
    // Two figures of a claim are not about one fact: a figure wrong about the fact another figure
    // of the claim is right about, whose quote gives its number as another fact, is about that
    // one ("med fem stemmer mod to" against "med fem stemmer mod to miljøgodkendelse til", where
    // the source's "to" was read as two approvals).
    // (not the ends of a change, which the claim may have swapped: "grown from 112 to 131")
    const change = (j: number) => ties[j].frame.previous === true || ties[j].frame.current === true;
    ties.forEach((tie, i) => {
      if (anchored[i] >= 0 || checks[i].verdict !== "mismatch" || !factOf[i] || change(i)) return;
      if (!factOf.some((of, j) => j !== i && of === factOf[i] && checks[j].verdict === "match" && !change(j))) return;
      const sibling = this.inQuoteOf(tie, quotes, i);
      if (!sibling) return;
      checks[i] = this.sameQuoteCheck(where[i], sibling.fact, `${where[i].text} is the stored ${sibling.fact.display}, in the quote that gives ${sibling.of.display} [${sibling.of.id}]`);
      factOf[i] = sibling.fact;
    });
    // A figure wrong about the fact its words tie best, while another figure of the claim is right
    // about a fact its words tie in another quote, is about the one fact of its kind there that its
    // words tie too, when it is right about that: the claim's figures are of one sentence ("knap 25
    // tvangsauktioner pr. 10.000 indbyggere i fjor" against "Med 24,6 tvangsauktioner pr. 10.000
    // indbyggere i fjor", when the words tie "64 i samme periode sidste år" better).
    // (the quotes of the claim's amounts its words rightly tie, read once: a sentence of many
    // figures stays linear)
    let rightQuotes: Set<string> | undefined;
    ties.forEach((tie, i) => {
      const wrong = factOf[i];
      if (anchored[i] >= 0 || checks[i].verdict !== "mismatch" || !wrong || change(i)) return;
      rightQuotes ??= new Set(
        factOf.flatMap((of, j) =>
          // (an amount, not a span of time, which may say when rather than which: "Three years
          // before 2023-24, the … energy bill was already £4.1 million")
          of && anchored[j] < 0 && isAmount(ties[j].figure) && !isSpanOfTime(ties[j].figure) && checks[j].verdict === "match" && !ties[j].byFigure && !ties[j].byNumber ? [quoteKey(of)] : [],
        ),
      );
      const own = quoteKey(wrong);
      const other = [...rightQuotes].filter((k) => k !== own);
      if (other.length !== 1) return;
      const key = other[0];
      const there = tie.ranked.filter((s) => quoteKey(s.fact) === key && s.fact.figure.kind === tie.figure.kind);
      if (there.length !== 1) return;
      const [again, fact] = this.checkFigure(where[i], { ...tie, ranked: there });
      if (again.verdict === "match" || again.verdict === "close") [checks[i], factOf[i]] = [again, fact];
    });
    // A figure that could still be about several facts is not about one another figure of the
    // claim states rightly: "vedtaget med 23 stemmer mod 6" against "23 stemmer mod 4" is about the 4.
    ties.forEach((tie, i) => {
      if (anchored[i] >= 0 || checks[i].rule !== "ambiguous") return;
      const taken = new Set(factOf.filter((f, j) => f && j !== i && checks[j].verdict === "match"));
      if (taken.size === 0 || !tie.ranked.some((s) => taken.has(s.fact))) return;
      const ranked = tie.ranked.filter((s) => !taken.has(s.fact));
      if (ranked.length > 0) [checks[i], factOf[i]] = this.checkFigure(where[i], { ...tie, ranked });
    });
    // Figures that could each be about the same facts of one quote, as many figures as facts, are
    // about them in the order both give them: "passed by eight votes to one" against "approved by
    // seven votes to two" is about the seven and the two. (A fact base lists a quote's facts in
    // the order of its figures, as extract drafts them. Facts of another kind than the figure's do
    // not count: "24 votes to 18" may tie a sum of money by its words too.)
    const open = ties.flatMap((_, i) => (anchored[i] < 0 && checks[i].rule === "ambiguous" ? [i] : []));
    if (open.length >= 2) {
      const ofKind = (i: number) => ties[i].ranked.filter((s) => s.fact.figure.kind === ties[i].figure.kind);
      const facts = [...new Set(ofKind(open[0]).map((s) => s.fact))];
      const same = (i: number) => {
        const own = ofKind(i);
        return own.length === facts.length && own.every((s) => facts.includes(s.fact));
      };
      if (facts.length === open.length && new Set(facts.map(quoteKey)).size === 1 && open.every(same)) {
        facts.sort((a, b) => (this.matcher.indexOf(a.id) ?? -1) - (this.matcher.indexOf(b.id) ?? -1));
        open.forEach((i, k) => {
          [checks[i], factOf[i]] = this.checkFigure(where[i], { ...ties[i], ranked: ties[i].ranked.filter((s) => s.fact === facts[k]) });
        });
      }
    }
    ties.forEach((tie, i) => {
      if (anchored[i] >= 0) checks[i] = this.checkAnchor(where[i], checks[anchored[i]]);
    });
    // A span of time that says the period an amount of its clause is of ("1,146 visits in its
    // first twelve months", "i årets første ni måneder") is checked against the period the
    // amount's quote gives, when it gives one ("in its first year", "fra 1. januar til 30.
    // september"); when it gives none, it is checked as any figure.
    ties.forEach((tie, i) => {
      if (anchored[i] >= 0 || !isSpanOfTime(tie.figure) || !opensPeriod(sentence.text, tie.figure.start, lang)) return;
      const amount = amountOfDate(tie.figure, tie.figure, tie.frame.others);
      const j = amount && !isSpanOfTime(amount) ? tieOf.get(amount) : undefined;
      const fact = j === undefined ? null : factOf[j];
      const period = fact ? this.periodCheck(where[i], fact, checks[j!]) : null;
      if (period) [checks[i], factOf[i]] = [period, fact];
    });
    // A date with its year, right about a fact whose quote gives no year (a headline's "åbner 1.
    // april"): the fact of its source whose quote gives that date with the year says it.
    ties.forEach((tie, i) => {
      const fact = factOf[i];
      if (anchored[i] >= 0 || tie.figure.kind !== "date" || tie.figure.date?.year === undefined || checks[i].verdict !== "match" || !fact || this.quoteGivesYear(fact)) return;
      const other = this.sameDateWithYear(fact);
      if (!other) return;
      const check: Check = { ...checks[i], reason: `${checks[i].reason}, as another sentence of its source gives it with its year`, fact: this.checkedFact(other), source: this.sourceOf(other) };
      if (other.review) check.unreviewed = true;
      else delete check.unreviewed;
      checks[i] = check;
      factOf[i] = other;
    });
    // A date right after a weekday that is right about a fact is the date its quote gives with
    // that weekday, when its words tie that date too: "uncovered on Tuesday 17 September" is of
    // "blev tirsdag den 17. september fundet", not of a raid's "11. oktober 1944" in another quote.
    ties.forEach((tie, i) => {
      const next = ties[i + 1];
      const day = factOf[i];
      if (!next || !weekdayOfDate(tie.figure, next.figure) || !day || checks[i].verdict !== "match") return;
      if (anchored[i + 1] >= 0 || (factOf[i + 1] && quoteKey(factOf[i + 1]!) === quoteKey(day))) return;
      const own = next.ranked.filter((s) => s.fact.figure.kind === "date" && quoteKey(s.fact) === quoteKey(day));
      if (own.length === 1) [checks[i + 1], factOf[i + 1]] = this.checkFigure(where[i + 1], { ...next, ranked: own });
    });
    // A weekday right before a date ("on Monday 4 May", "mandag den 4. maj") is that date's: when
    // the date is the stored one, it is right if it is that date's weekday, and wrong if not —
    // whatever fact the weekday's own words tie (also over a quote that says it: the date's own
    // fact says more; over another weekday of the date's quote: "indførte onsdag et forbud, som
    // gælder fra torsdag den 19. juni"; and over another quote's weekday: "Arbejdet … gik i gang
    // mandag den 6. oktober" is no Friday of the last load's).
    ties.forEach((tie, i) => {
      const next = ties[i + 1];
      if (!next || !weekdayOfDate(tie.figure, next.figure)) return;
      if (checks[i + 1].verdict !== "match" || !checks[i + 1].fact) return;
      const weekday = this.weekdayCheck(where[i], tie.figure, checks[i + 1]);
      if (weekday) checks[i] = weekday;
    });
    // A weekday of a claim with one amount, and no date after it, is the day of that amount ("On
    // the Saturday of the restoration, 212 people signed in", "Saturday's attendance was 5,210"):
    // when the quote of the amount's fact gives weekdays and the weekday's own words tie none of
    // them, it is checked against the one the quote gives after the amount's figure (else before).
    if (sole >= 0 && factOf[sole] && checks[sole].fact) {
      const quoteFacts = this.matcher.factsOfQuote(quoteKey(factOf[sole]!));
      const weekdays = quoteFacts.filter((g) => this.factBase.facts[g].figure.kind === "weekday");
      const at = this.matcher.indexOf(factOf[sole]!.id) ?? -1;
      // (the claim's weekdays, each with its place among them)
      const free = new Map<number, number>();
      ties.forEach((tie, i) => {
        if (tie.figure.kind === "weekday" && anchored[i] < 0 && ties[i + 1]?.figure.kind !== "date") free.set(i, free.size);
      });
      // (as many weekdays as the quote gives: one each, in order — "between Monday and Thursday"
      // against "fra mandag til torsdag")
      const inOrder = free.size > 1 && free.size === weekdays.length;
      ties.forEach((tie, i) => {
        const place = free.get(i);
        if (place === undefined || weekdays.length === 0) return;
        if (!inOrder && factOf[i] && weekdays.some((g) => this.factBase.facts[g] === factOf[i])) return;
        const day = inOrder ? weekdays[place] : (weekdays.find((g) => g > at) ?? weekdays[weekdays.length - 1]);
        [checks[i], factOf[i]] = this.checkFigure(where[i], { ...tie, ranked: [{ fact: this.factBase.facts[day], score: 0 }] });
      });
    }
    // A rank or an age group beside an amount names which one the amount is of ("third-quarter
    // revenue came to $812m", "214 members aged under 30", "Blandt de over 65-årige er 71,4 procent
    // vaccineret"): it is checked against a fact of the quote that gives the amount, and else, unless
    // right about another, it is no figure of the claim's own.
    const amountQuotes = new Set(ties.flatMap((t, i) => (isAmount(t.figure) && !isDescriptor(t.figure) && factOf[i] ? [quoteKey(factOf[i]!)] : [])));
    if (amountQuotes.size > 0) {
      for (let i = checks.length - 1; i >= 0; i--) {
        if (!isDescriptor(ties[i].figure) || anchored[i] >= 0) continue;
        let ranked = ties[i].ranked.filter((s) => amountQuotes.has(quoteKey(s.fact)) && kindCompatibility(ties[i].figure, s.fact) >= 2);
        // (none the words tie: the one such fact those quotes give, "the second most algae-plagued
        // of the 35 lakes" against "den fjerde mest algeplagede af de 35 søer" — not for a rank
        // right before the noun it orders, "in its fifth year", which may be another thing's)
        const head = ties[i].frame.head;
        if (ranked.length === 0 && (!head || head.start > ties[i].figure.end + 1)) ranked = this.soleOfQuotes(ties[i].figure, amountQuotes);
        if (ranked.length > 0) checks[i] = this.checkFigure(where[i], { ...ties[i], ranked })[0];
        else if (checks[i].verdict !== "match") checks.splice(i, 1);
      }
    }
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

  /** The one fact of `figure`'s kind and unit the quotes give, as a candidate; none when they give none or several. */
  private soleOfQuotes(figure: Figure, quotes: ReadonlySet<string>): { fact: Fact; score: number }[] {
    let sole: Fact | null = null;
    for (const key of quotes) {
      for (const g of this.matcher.factsOfQuote(key)) {
        const fact = this.factBase.facts[g];
        if (kindCompatibility(figure, fact) < 2) continue;
        if (sole) return [];
        sole = fact;
      }
    }
    return sole ? [{ fact: sole, score: 0 }] : [];
  }

  /**
   * A fact from the quote of a fact another figure of the claim is tied to by its words, whose
   * figure is the claimed amount (the facts a quote gives share it): null when there is none.
   * Of several, the one of the earliest such figure, then the first fact giving the number.
   * `ambiguous`: the figure's words tie it to several facts.
   */
  private inQuoteOf(tie: Tie, quotes: QuotesTied, self: number, ambiguous = false): { fact: Fact; of: Fact } | null {
    const figure = tie.figure;
    if (typeof figure.value !== "number" || !isAmountKind(figure.kind)) return null;
    let giving: readonly number[] = this.index.factsByNumber.get(figure.value) ?? [];
    // (and a quantity the quote gives in another unit: "efter seks måneder" against "efter et
    // halvt år", which the judge restates in the stored unit)
    if (figure.kind === "quantity" && figure.unit !== undefined) {
      const other: number[] = [];
      for (const key of quotes.keys()) {
        for (const g of this.matcher.factsOfQuote(key)) {
          const stored = this.factBase.facts[g].figure;
          if (stored.kind === "quantity" && stored.unit !== undefined && stored.unit !== figure.unit) other.push(g);
        }
      }
      if (other.length > 0) giving = [...giving, ...other];
    }
    if (giving.length === 0) return null;
    let best: { fact: Fact; of: Fact; j: number } | null = null;
    for (const g of giving) {
      const fact = this.factBase.facts[g];
      const tied = quotes.of(fact)?.find((t) => t.j !== self && t.of !== fact);
      if (!tied || (best && best.j <= tied.j)) continue;
      // (not, for a figure its words tie to several facts, a fact of another thing than it
      // counts: "at least 14 of the 38 projects" against "Karsten Holm, der har 14 ansatte,
      // vurderer, at mindst 12 af de 38 projekter …")
      if (ambiguous && this.policy.otherThing(tie, fact)) continue;
      if (judgeFigure(figure, fact.figure, this.options.judge, { claimed: figure.text, stored: fact.display }).verdict === "match") best = { fact, of: tied.of, j: tied.j };
    }
    return best && { fact: best.fact, of: best.of };
  }

  /**
   * The fact of the earliest other figure of `quotes` whose quote, read again, gives the claimed
   * figure (of its kind, unit and sense, and judged a match against it): null when none.
   */
  private quoteSaying(figure: Figure, quotes: QuotesTied, self: number): Fact | null {
    let best: { of: Fact; j: number } | null = null;
    for (const key of quotes.keys()) {
      for (const t of quotes.ofKey(key)) {
        if (t.j === self || (best && best.j <= t.j)) continue;
        const lang = this.factBase.documents[t.of.document]?.language;
        const said = this.quoteFigures(t.of.quote, lang);
        if (said.some((f) => f.kind === figure.kind && f.unit === figure.unit && f.qualifier === figure.qualifier && judgeFigure(figure, f, this.options.judge, { claimed: figure.text, stored: f.text }).verdict === "match")) best = t;
      }
    }
    return best?.of ?? null;
  }

  /** Whether a fact's quote gives no other figure of the fact's kind and unit. */
  private soleOfItsKind(fact: Fact): boolean {
    const lang = this.factBase.documents[fact.document]?.language;
    return this.quoteFigures(fact.quote, lang).filter((f) => f.kind === fact.figure.kind && f.unit === fact.figure.unit).length <= 1;
  }

  private readonly quoteFiguresCache = new Map<string, readonly Figure[]>();
  /** The figures a quote gives, read as a claim's are (once per quote). */
  private quoteFigures(quote: string, lang: Lang | undefined): readonly Figure[] {
    let figures = this.quoteFiguresCache.get(quote);
    if (!figures) this.quoteFiguresCache.set(quote, (figures = readSentence(quote, lang).figures));
    return figures;
  }

  /** A match by a quote that says the claimed figure: the stored `fact` of it, or `of`'s quote read again. */
  private sameQuoteCheck(located: Check["figure"], fact: Fact, reason: string): Check {
    const check: Check = {
      figure: located,
      verdict: "match",
      rule: "same-quote",
      reason,
      fact: this.checkedFact(fact),
      source: this.sourceOf(fact),
    };
    if (fact.review) check.unreviewed = true;
    return check;
  }

  private checkFigure(located: Check["figure"], tie: Tie): [Check, Fact | null] {
    let d = this.policy.decide(tie);
    // A year alone against a date or month whose quote gives no year: the stored year is the one
    // `extract` inferred from the source's date, which says nothing of when something else
    // happened ("Steel ties were added to the bridge in 1968" against "will close from 6 July", of
    // 2026). The facts tied besides such dates are judged instead ("regulativ … vedtaget i 2016"
    // against "det gældende regulativ fra 2016 …, i juni og i september"); with none, a date's
    // year leaves the claim unverified. (A month's still judges it: its quote often gives the
    // year elsewhere, "the 1924-built tank engine … was completed in October".)
    const inferred = (f: Fact) => (f.figure.kind === "date" || f.figure.kind === "month") && !this.quoteGivesYear(f);
    if (d.verdict === "mismatch" && d.fact && tie.figure.kind === "year" && inferred(d.fact)) {
      const rest = tie.ranked.filter((s) => !inferred(s.fact));
      if (rest.length > 0 && rest.length < tie.ranked.length) {
        const again = this.policy.decide({ ...tie, ranked: rest });
        if (again.fact) d = again;
      }
    }
    if (d.verdict === "mismatch" && d.fact && tie.figure.kind === "year" && d.fact.figure.kind === "date" && inferred(d.fact)) {
      const check: Check = {
        figure: located,
        verdict: "unverified",
        rule: "year-not-in-source",
        reason: `the source gives ${d.fact.display} with no year of its own, which says nothing about ${located.text}`,
        fact: null,
        source: null,
      };
      if (this.options.verbose) check.considered = tie.considered;
      return [check, null];
    }
    const check: Check = {
      figure: located,
      verdict: d.verdict,
      rule: d.rule,
      reason: d.reason,
      fact: d.fact ? this.checkedFact(d.fact) : null,
      source: d.fact ? this.sourceOf(d.fact) : null,
    };
    if (d.fact?.review) check.unreviewed = true;
    if (d.disagreeing.length > 0) check.disagreeing = d.disagreeing.map((r) => ({ fact: this.checkedFact(r.fact), source: this.sourceOf(r.fact), verdict: r.verdict }));
    if (this.options.verbose) check.considered = tie.considered;
    return [check, d.fact];
  }

  /** Whether the quote of a fact of a date or month gives its year (not one `extract` inferred). */
  private quoteGivesYear(fact: Fact): boolean {
    const stored = fact.figure.date;
    const source = this.sourceOf(fact);
    if (!stored || !source) return true;
    return this.quoteFigures(source.quote, source.language).some((f) => f.kind === fact.figure.kind && f.date?.year !== undefined && f.date.month === stored.month && f.date.day === stored.day);
  }

  /**
   * A weekday against the weekday the source gives for the stored date its date is checked
   * against: the one its quote sets right before that date ("mandag den 4. maj"), else the
   * calendar's, when the quote gives the date's year too. Null when neither (a year the extract
   * inferred may be wrong: "Friday 28 June" in a source of January 2025 is of 2024).
   */
  private weekdayCheck(located: Check["figure"], figure: Figure, date: Check): Check | null {
    const stored = date.fact?.figure.date;
    const claimed = figure.date?.weekday;
    if (!date.fact || !date.source || !stored || stored.month === undefined || stored.day === undefined || claimed === undefined) return null;
    const { month, day } = stored;
    let actual = this.weekdayIn(date.source.quote, date.source.language, month, day);
    // (or the quote of another fact of its source that gives the same date with its weekday or
    // year: a headline's "åbner 1. april" against the body's "onsdag den 1. april 2026")
    if (actual === undefined) {
      for (const other of this.sameDateFacts(date.fact.id, date.source.document, stored)) {
        actual = this.weekdayIn(other.quote, this.sourceOf(other)?.language, month, day);
        if (actual !== undefined) break;
      }
    }
    if (actual === undefined) return null;
    const right = actual === claimed;
    const check: Check = {
      figure: located,
      verdict: right ? "match" : "mismatch",
      rule: right ? "weekday-of-date" : "weekday-of-date-differs",
      reason: right ? `${located.text} is the weekday of the stored ${date.fact.display}` : `the stored ${date.fact.display} is no ${located.text}`,
      fact: date.fact,
      source: date.source,
    };
    if (date.unreviewed) check.unreviewed = true;
    return check;
  }

  /** Another fact of a date fact's source with the same date, whose quote gives its year. */
  private sameDateWithYear(fact: Fact): Fact | null {
    const d = fact.figure.date;
    if (!d) return null;
    for (const other of this.sameDateFacts(fact.id, fact.document, d)) if (this.quoteGivesYear(other)) return other;
    return null;
  }

  /** The other facts of a source (document id) whose figure is the same date, year included (found by its year). */
  private *sameDateFacts(id: string, document: string, date: DateParts): Generator<Fact> {
    if (date.year === undefined) return;
    for (const i of this.index.factsByNumber.get(date.year) ?? []) {
      const other = this.factBase.facts[i];
      const o = other.figure.date;
      if (other.id !== id && other.document === document && other.figure.kind === "date" && o?.year === date.year && o.month === date.month && o.day === date.day) yield other;
    }
  }

  /** The weekday a quote gives a day of the year (its weekday word, or its year's calendar). */
  private weekdayIn(quote: string, lang: Lang | undefined, month: number, day: number): number | undefined {
    const said = this.quoteFigures(quote, lang);
    let actual: number | undefined;
    said.forEach((f, k) => {
      const d = f.date;
      if (f.kind !== "date" || !d || d.month !== month || d.day !== day) return;
      const before = said[k - 1];
      if (weekdayOfDate(before, f)) actual ??= before.date?.weekday;
      // (ISO: Monday 1 … Sunday 7)
      else if (d.year !== undefined) actual ??= isoWeekday(d.year, month, day);
    });
    return actual;
  }

  /** A year or month that dates an amount: right when the amount's fact is of that time. */
  private checkAnchor(located: Check["figure"], amount: Check): Check {
    const text = amount.figure.text;
    if (!amount.fact) {
      return { figure: located, verdict: "unverified", rule: "time-of-unverified", reason: `it dates ${text}, which no stored fact covers`, fact: null, source: null };
    }
    const fact = amount.fact;
    // (`twin`: another fact with the amount's figure that is of this time, cited instead)
    const matches = (reason: string, twin?: Fact): Check => {
      const check: Check = { figure: located, verdict: "match", rule: "time-of-fact", reason, fact: twin ? this.checkedFact(twin) : fact, source: twin ? this.sourceOf(twin) : amount.source };
      if (twin ? twin.review : amount.unreviewed) check.unreviewed = true;
      return check;
    };
    // A day of the year the amount's quote gives another day for ("Et tordenvejr lørdag den 26.
    // juni ødelagde to af klavererne" against "two pianos that were ruined when a thunderstorm
    // broke … on Saturday 26 July"): wrong about that date's fact, when its source stores one.
    const other = this.otherDayOfQuote(located, amount);
    if (other) return other;
    const year = yearOf(located);
    // The start or end of a span ("has grown 8 percent a year since 2019"): right when the
    // amount's source gives the same ("since 2019"), whatever the year the amount is of.
    const span = located.qualifier === "after" || located.qualifier === "before";
    if (span && year !== undefined && this.overSpan(fact.id, year, located.qualifier)) {
      return matches(`the source gives ${text} over the same span (${fact.display})`);
    }
    // (a change in percent "since 2019" against a stored change whose quote, or its paragraph
    // before it, names 2019 as where it is measured from: "mod 14.600 kr. i 2019. Det er en
    // stigning på 23 procent")
    if (located.qualifier === "after" && year !== undefined && amount.figure.kind === "percent" && fact.figure.kind === "percent" && this.matcher.namesYear(fact.id, year)) {
      return matches(`the source gives ${text} against ${year} (${fact.display})`);
    }
    // A year the source does not give for the amount (its clause names none and its date is another year).
    // (a year that runs over into the next, "2022/23", is of both its years)
    const split = splitYears(located);
    const claimed = split ? { year: split[0], through: split[1] } : year !== undefined ? { year } : undefined;
    const time = this.matcher.yearsOf(fact.id);
    if (time && claimed && !time.anchors.some((a) => sameYear(claimed, a))) {
      // (another fact gives the same figure for that time: "50,000 new trees by 2030" against a
      // headline's "plant 50,000 trees" and the lead's "50,000 new trees in the ground by 2030")
      const twin = this.sameFigureOfTime(fact, claimed, span ? located.qualifier : undefined);
      if (twin) return matches(`the source gives ${twin.display} ${located.text} as well [${twin.id}]`, twin);
      const dated = time.inferred && time.years.length > 0 ? `; the source is of ${time.years[0]}` : "";
      return { figure: located, verdict: "unverified", rule: "time-unstated", reason: `the source does not say ${text} is of ${split ? split.join("/") : year}${dated}`, fact, source: amount.source };
    }
    return matches(`the stored figure for ${text} (${fact.display}) is of this time`);
  }

  /**
   * A claimed period of an amount (`located`, a span of time) against the one the quote of the
   * amount's fact gives: the same span of time, else the period it says without a number or
   * between two dates from the first of a month to the last of one. Null when it gives none.
   */
  private periodCheck(located: Check["figure"], fact: Fact, amount: Check): Check | null {
    if (!amount.fact) return null;
    const lang = this.sourceOf(fact)?.language;
    const figures = this.quoteFigures(fact.quote, lang);
    const said = figures.find((f) => isSpanOfTime(f) && sameSpan(f, located)) ?? figures.find((f) => isSpanOfTime(f) && opensPeriod(fact.quote, f.start, lang));
    const period = said ? { span: said, text: said.text } : periodOfQuote(fact.quote, figures, lang);
    if (!period) return null;
    const base = { figure: located, fact: amount.fact, source: amount.source, ...(amount.unreviewed ? { unreviewed: true as const } : {}) };
    if (sameSpan(period.span, located)) return { ...base, verdict: "match", rule: "time-of-fact", reason: `the source gives ${amount.fact.display} over the same period ("${period.text}")` };
    return { ...base, verdict: "mismatch", rule: "period-differs", reason: `the source gives ${amount.fact.display} over "${period.text}", not ${located.text}` };
  }

  /**
   * A mismatch for a claimed day of the year (day and month; the start or end of a span only
   * against a quote's start or end: "since 19 September" against "Since 19 August") when the
   * quote of the amount's fact gives one day, another, and a fact of that quote stores it.
   */
  private otherDayOfQuote(located: Check["figure"], amount: Check): Check | null {
    const d = located.date;
    if (located.kind !== "date" || d?.month === undefined || d.day === undefined || !amount.fact) return null;
    const fact = this.factsById().get(amount.fact.id);
    if (!fact) return null;
    const days = this.quoteFigures(fact.quote, this.sourceOf(fact)?.language).filter((f) => f.kind === "date" && f.date?.month !== undefined && f.date.day !== undefined);
    if (days.length !== 1) return null;
    const span = isBeforeOrAfter(located.qualifier);
    if (span && located.qualifier !== days[0].qualifier) return null;
    const said = days[0].date!;
    if (said.month === d.month && said.day === d.day) return null;
    const stored = this.matcher
      .factsOfQuote(quoteKey(fact))
      .map((g) => this.factBase.facts[g])
      .find((g) => g.figure.kind === "date" && g.figure.date?.month === said.month && g.figure.date?.day === said.day);
    if (!stored) return null;
    const check: Check = { figure: located, verdict: "mismatch", rule: "date-of-amount-differs", reason: `the source gives ${amount.fact.display} ${span ? "" : "on "}${stored.display}, not ${located.text}`, fact: this.checkedFact(stored), source: this.sourceOf(stored) };
    if (stored.review) check.unreviewed = true;
    return check;
  }

  /** Whether a fact's quote gives its figure over a span from or to `year` ("since 2019", "by 2030"). */
  private overSpan(factId: string, year: number, qualifier: Figure["qualifier"]): boolean {
    return this.matcher.spansOf(factId).some((s) => s.year === year && s.qualifier === qualifier);
  }

  /** Another fact with the same figure as `fact` that is of the claimed time (or over the claimed span). */
  private sameFigureOfTime(fact: CheckedFact, claimed: { year: number; through?: number }, span: Figure["qualifier"] | undefined): Fact | null {
    if (typeof fact.value !== "number") return null;
    for (const i of this.index.factsByNumber.get(fact.value) ?? []) {
      const other = this.factBase.facts[i];
      if (other.id === fact.id || !sameFigureValue(other.figure, fact.figure)) continue;
      if (span && this.overSpan(other.id, claimed.year, span)) return other;
      const time = this.matcher.yearsOf(other.id);
      if (time && !time.inferred && time.anchors.some((a) => sameYear(claimed, a))) return other;
    }
    return null;
  }

  private located(cursor: PositionCursor, file: string, tie: Tie): Check["figure"] {
    const { figure } = tie;
    const from = cursor.at(figure.start);
    const to = cursor.after(figure.end);
    // (the figure's fields one by one, in their order: an object spread here cost 3% of a run)
    const { kind, qualifier, value, text, start, end, low, high, unit, date, season } = figure;
    return { kind, qualifier, value, text, start, end, low, high, unit, date, season, location: { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column } };
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
    const fact = this.factsById().get(id);
    if (!fact) throw new Error(`unknown fact id ${id} from a worker`);
    return { fact: this.checkedFact(fact), source: this.sourceOf(fact) };
  }

  private byId: Map<string, Fact> | undefined;

  private factsById(): Map<string, Fact> {
    return (this.byId ??= new Map(this.factBase.facts.map((f) => [f.id, f])));
  }

  private checkedFact(fact: Fact): CheckedFact {
    let c = this.checkedFacts.get(fact);
    if (!c) this.checkedFacts.set(fact, (c = checkedFact(fact)));
    return c;
  }
}


/** A figure that may say which one an amount is of: a rank, or an age group (a bound on an age or a range of ages: "under ti år", "18- to 64-year-olds"). */
function isDescriptor(f: Figure): boolean {
  return isOrdinal(f.kind) || isAgeGroup(f);
}

function isAmount(f: Figure): boolean {
  return isAmountKind(f.kind);
}

/** A year, month or date (not a weekday: "said on Monday"). */
function isDateKind(f: Figure): boolean {
  return f.kind === "year" || f.kind === "month" || f.kind === "date";
}

/** Whether the word right before `start` opens a period ("the first ten months", "de første ni måneder"). */
function opensPeriod(text: string, start: number, lang: Lang | undefined): boolean {
  const word = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return !!word && grammarOf(lang ?? "en").periodOpeners.has(word[1].toLowerCase());
}

/**
 * The period a quote gives without a span of time: one said in words ("in its first year", "i
 * første halvår"), else from the first day of a month to the last day of one ("Fra 1. januar til
 * 30. september", "between 1 January and 31 October"), as a span of months.
 */
function periodOfQuote(quote: string, figures: readonly Figure[], lang: Lang | undefined): { span: FigureValue; text: string } | null {
  const months = (n: number): FigureValue => ({ kind: "quantity", qualifier: "exact", value: n, unit: "mo" });
  const low = quote.toLowerCase();
  for (const [phrase, n] of grammarOf(lang ?? "en").firstPeriods) {
    const at = firstCueAt(low, [phrase]);
    if (at !== Infinity) return { span: months(n), text: quote.slice(at, at + phrase.length) };
  }
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k].date;
    const b = figures[k + 1].date;
    if (figures[k].kind !== "date" || figures[k + 1].kind !== "date" || !a || !b || a.month === undefined || b.month === undefined || a.day !== 1 || b.day === undefined) continue;
    if (b.month < a.month || quote.slice(figures[k].end, figures[k + 1].start).trim().split(/\s+/).length > 2) continue;
    // (the last day of its month; February's in any year)
    const last = b.month === 2 ? b.day >= 28 : b.day === new Date(Date.UTC(2001, b.month, 0)).getUTCDate();
    if (last) return { span: months(b.month - a.month + 1), text: quote.slice(figures[k].start, figures[k + 1].end) };
  }
  return null;
}

/** A year, month or date that may date an amount of its clause. */
function isAnchor(tie: Tie): boolean {
  return isDateKind(tie.figure) && tie.frame.others.some(isAmount);
}

function checkedFact(fact: Fact): CheckedFact {
  const c: CheckedFact = { id: fact.id, statement: fact.statement, value: fact.figure.value, display: fact.display, figure: fact.figure };
  if (fact.asOf) c.asOf = fact.asOf;
  if (fact.review) c.review = true;
  return c;
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

/**
 * The facts a sentence's figures are tied to, by quote, in the order of the figures: for each
 * quote its first two figures of each of its first three facts, which is all `inQuoteOf` can need
 * (the first figure that is neither the asking one nor tied to the fact asked about), so that a
 * sentence of many figures is read in linear time.
 */
class QuotesTied {
  private readonly byQuote = new Map<string, { of: Fact; j: number }[]>();

  constructor(factOf: readonly (Fact | null)[]) {
    factOf.forEach((of, j) => {
      if (!of) return;
      const key = quoteKey(of);
      const list = this.byQuote.get(key) ?? [];
      if (list.length === 0) this.byQuote.set(key, list);
      const same = list.filter((t) => t.of === of).length;
      const facts = new Set(list.map((t) => t.of)).size;
      if (same === 1 || (same === 0 && facts < 3)) list.push({ of, j });
    });
  }

  of(fact: Fact): readonly { of: Fact; j: number }[] | undefined {
    return this.byQuote.get(quoteKey(fact));
  }

  keys(): IterableIterator<string> {
    return this.byQuote.keys();
  }

  ofKey(key: string): readonly { of: Fact; j: number }[] {
    return this.byQuote.get(key) ?? [];
  }
}
