// Which stored fact a figure is judged against, when the matcher ties it to several:
//   - only facts whose figure can be compared with the claim's are weighed, when there are any;
//   - facts not clearly below the best are equally about the figure: the claim is right when it is
//     right about one of them (a match there is a match);
//   - otherwise, one fact clearly best: the verdict against it; several with different figures: no
//     tie ("could be about A or B"), never a mismatch against a guess — unless none of them stores
//     a figure the claim's can be compared with, which is then the reason, or the claimed number
//     is near one of their figures and far from the others (then it is about that one), or another
//     fact gives the claimed number and shares a term with the claim (then it is about that one),
//     or they are figures of one sentence the claim is wrong about, each, and it is a date or
//     near one of their amounts (then it is wrong about that one);
//   - the same fact told by several sources with different figures: the most recent source
//     decides, and the reason names the disagreement;
//   - a claimed number that is another fact's figure: the reason says so (a likely mix-up);
//   - a claimed amount an order of magnitude from the one fact it would be wrong about, and not
//     by a power of ten nor another fact's figure, is likely another figure: unverified.
import type { TermIndex } from "../facts/term-index.js";
import { factMore, factPart, factPartOfTotal } from "../frames/anchors.js";
import { ALL_LANGUAGES } from "../lang/index.js";
import { indexesBy, quoteKey, significantDigits, type Scored, type Tie } from "../match/index.js";
import { isAgeGroup, isAmount, isBeforeOrAfter, isHedge, isTime, sameFigureValue } from "../figures/kinds.js";
import { VERDICT_RANK, type DateParts, type Fact, type FactBase, type Figure, type FigureValue, type JudgeOptions, type Verdict } from "../types.js";
import { hedged, judgeFigure, type Judgement } from "./index.js";

export interface Decision {
  verdict: Verdict;
  rule: string;
  reason: string;
  fact: Fact | null;
  /** Facts of other sources about the same thing with another figure, and the verdict against each. */
  disagreeing: Array<{ fact: Fact; verdict: Verdict }>;
}

/** How far below the best a fact's score may be and still be "equally about" the figure. */
export function margin(top: number): number {
  return Math.max(1, 0.2 * Math.abs(top));
}

type Judged = Judgement & { fact: Fact };

/** Judge rules that say the two figures are not of one measure. */
const INCOMPARABLE: ReadonlySet<string> = new Set(["kind-mismatch", "unit-mismatch"]);

const CELSIUS = "°C";
/** Words for degrees alone, of every language ("degrees", "grader"). */
const DEGREE_WORDS: ReadonlySet<string> = new Set(ALL_LANGUAGES.flatMap((p) => p.temperatureDegrees.words));

/** The claimed number counts degrees, with no word that says of what ("18 degrees", "44,6 grader"). */
function countsDegrees(tie: Tie): boolean {
  const head = tie.frame.head;
  return tie.figure.kind === "count" && head !== null && tie.frame.counted && DEGREE_WORDS.has(head.text.toLowerCase());
}

export class Policy {
  constructor(
    private readonly factBase: FactBase,
    private readonly index: TermIndex,
    private readonly options: JudgeOptions,
  ) {}

  /**
   * Of the facts equally about a count, drop those that count only a broader thing than the
   * claim's when a fact of the same quote counts the claim's thing itself (see decide).
   */
  private ownThingFirst<J extends { fact: Fact }>(tie: Tie, own: J[]): J[] {
    const head = tie.frame.head;
    if (own.length < 2 || tie.figure.kind !== "count" || !head?.known || this.index.kindOf(head.key) !== "thing") return own;
    const subject = (j: J) => j.fact.terms.subject.map((t) => this.index.keyOf(t));
    const exact = new Set(own.filter((j) => subject(j).includes(head.key)).map((j) => quoteKey(j.fact)));
    if (exact.size === 0) return own;
    const broader = (j: J) => exact.has(quoteKey(j.fact)) && !subject(j).includes(head.key) && subject(j).some((k) => this.index.ancestors(head.key).has(k));
    return own.filter((j) => !broader(j));
  }

  /** `among`: when the tie is the judge's own pick of `tie.byNumber`, how many facts the words tied. */
  decide(tie: Tie, among = 0): Decision {
    const { ranked } = tie;
    // (said as the least or the greatest: against a stored range, that end — see the judge's range-end)
    const figure = tie.frame.extreme ? { ...tie.figure, extreme: tie.frame.extreme } : tie.figure;
    if (ranked.length === 0) {
      return { verdict: "unverified", rule: "no-fact", reason: this.withOtherFact(tie.reason, figure, []), fact: null, disagreeing: [] };
    }
    // Facts whose figure cannot be compared with the claim's (a percentage against a count, an
    // age against megawatts) are not what it states, when some fact's figure can be.
    const degrees = countsDegrees(tie);
    const all = ranked.map((s) => ({ score: s.score, judged: this.judged(figure, s, degrees) }));
    const comparable = all.filter((j) => !INCOMPARABLE.has(j.judged.rule));
    const pool = comparable.length > 0 ? comparable : all;
    const top = pool[0].score;
    const judged = pool.filter((j) => top - j.score < margin(top)).map((j) => j.judged);
    const topDoc = judged[0].fact.document;
    let own = judged.filter((j) => j.fact.document === topDoc);
    // "first since 2012" against "the first since 2018" and a date that falls after 2012: a bound
    // in time is about the stored bound of its own kind, when one is equally about it.
    if (isTimeBound(figure)) {
      const bounds = own.filter((j) => j.fact.figure.qualifier === figure.qualifier && isTime(j.fact.figure.kind));
      if (bounds.length > 0) own = bounds;
    }
    // (a range is about the stored range, when one is equally about it: "until they are between 12
    // and 18 months old" against "between 12 and 16 months old" and a puppy of 10 months)
    if (figure.qualifier === "range") {
      const ranges = own.filter((j) => j.fact.figure.qualifier === "range");
      if (ranges.length > 0) own = ranges;
    }
    // (a year with its season is about the stored year of its kind, when one is equally about it:
    // "as early as spring 2026" against "spring 2027", not a consultation that begins in April 2026)
    if (figure.kind === "year" && figure.season !== undefined) {
      const years = own.filter((j) => j.fact.figure.kind === "year");
      if (years.length > 0) own = years;
    }
    // (a count its clause says is of the whole is not about a part of a whole equally about it:
    // "har 46 brandfolk i alt" against "46 of his 58 firefighters", "24 hold i alt" against "46
    // hold, heraf fireogtyve ungdomshold", "85 … bins in total" against "85 new bins …, bringing
    // the total to 230")
    if (tie.frame.total && figure.kind === "count" && !tie.frame.part && !tie.frame.added) {
      const counts = own.filter((j) => j.fact.figure.kind === "count");
      const parts = new Set(counts.filter((j) => factPartOfTotal(j.fact, this.factBase)));
      const wholeQuotes = new Set(counts.filter((j) => !parts.has(j)).map((j) => quoteKey(j.fact)));
      const ofWhole = [...parts].filter((j) => wholeQuotes.has(quoteKey(j.fact)));
      if (ofWhole.length > 0) own = own.filter((j) => !ofWhole.includes(j));
    }
    // (a count of a thing is not about a fact of one quote with it that counts only a broader
    // thing, when another fact of that quote counts the thing itself: "donated by 23
    // supermarkets" against "nine supermarkets and 23 smaller businesses")
    own = this.ownThingFirst(tie, own);
    const others = judged.filter((j) => j.fact.document !== topDoc);

    // The claim is right if it is right about one of the facts equally about it.
    let best = own.reduce((a, b) => (VERDICT_RANK[b.verdict] < VERDICT_RANK[a.verdict] ? b : a));
    // A bound that neither proves nor rules out the claimed number yields to a fact of its source
    // the words tie less well that gives that number exactly: "Attendance reached a record 62,418"
    // against "More than 62,000 people passed through the gates" and "The exact count was 62,418".
    // (not where the facts equally about it give other figures too: which one is meant is unsure,
    // and the exact one is rather another thing's — "22 to fishing vessels")
    if (best.rule === "bound-open" && typeof figure.value === "number" && significantDigits(figure.value) >= 2 && distinctFigures(own.map((j) => j.fact), figure) === 1) {
      const exact = pool.find((j) => j.judged.fact.document === topDoc && j.judged.rule === "equal");
      if (exact) best = exact.judged;
    }
    // Several facts equally about it with different figures: no tie — unless the claimed number
    // is near one of their figures and far from the others ("The Danish death toll reached 45" is
    // about the 44 killed, not the more than 200 wounded; not when it is another fact's figure,
    // which rather says the tie missed that fact). (When no fact about it stores a figure of its
    // kind, that is the reason, not "it could be 5 or nearly 400" for an amount of money.)
    const near = best.verdict !== "match" && comparable.length > 0 ? this.nearestUnlessElsewhere(figure, own) : null;
    if (near) best = near;
    else if (best.verdict !== "match" && comparable.length > 0 && distinctFigures(own.map((j) => j.fact), figure) > 1) {
      // (a fact that gives the claimed number and shares a term with the claim is what it is about)
      if (tie.byNumber) return this.decide({ ...tie, ranked: [tie.byNumber.scored], byFigure: tie.byNumber.shared, byNumber: undefined }, own.length);
      // (a fact the words tie less well that gives it exactly, of no sentence of those: "1.038
      // elever" against the 1,038 enrolled, when the words tie "more than 1,000" better; or the one
      // fact that gives it, of no such sentence: see Matcher.givenAnywhere)
      const ownQuotes = new Set(own.map((j) => quoteKey(j.fact)));
      // (or, for a hedged number of three or more significant digits, one it rounds: "Roughly 1,850
      // people play the lottery regularly" against the 1,846 regular players, when the words tie
      // the 2,400 players of another lottery better)
      const rounds = isHedge(figure.qualifier) && typeof figure.value === "number" && significantDigits(figure.value) >= 3;
      const lower = typeof figure.value === "number" && significantDigits(figure.value) >= 2
        ? pool.find((j) => j.judged.fact.document === topDoc && j.judged.verdict === "match" && (j.judged.rule === "equal" || (rounds && j.judged.rule === "hedge-within")) && !ownQuotes.has(quoteKey(j.judged.fact)) && !this.setApartInQuote(tie, j.judged.fact))
        : undefined;
      const anywhere = tie.givenAnywhere;
      if (!lower && anywhere && !ownQuotes.has(quoteKey(anywhere.fact))) return this.decide({ ...tie, ranked: [anywhere], givenAnywhere: undefined }, own.length);
      const wrong = lower ? lower.judged : this.wrongAboutOneQuote(figure, own, pool.map((j) => j.judged).filter((j) => j.fact.document === topDoc));
      // (or the one whose figure has the claimed digits in another order, a transposition:
      // "17 besøgende" where the facts equally about it give 71, 3 and 58)
      const swapped = wrong ? null : transposed(figure, own);
      // (or, when it is far from all of them, a fact the words tie less well that it is right
      // about, as below: "almost 5 kilometres" of a new cycle path against the municipality's 61
      // and 80 km of cycle paths, and the path's own 4,7 km)
      const right = wrong ?? swapped ? undefined : this.rightWhenAllApart(figure, own, pool, topDoc);
      // (or, for a date of a year, the one stored date of that year: "Next year's trials are set for
      // Saturday 19 September 2026" against this year's 13 September and next year's 12 September 2026)
      const ofYear = wrong ?? swapped ?? right ? undefined : oneOfYear(figure, own);
      // (or, for a count that is no part, the one whole the others of its quote are parts of:
      // "beskæftiger i dag 29 ansatte" against "employs 19 staff, nine of them full-time")
      const whole = wrong ?? swapped ?? right ?? ofYear ? undefined : this.oneWhole(tie, own);
      if (wrong ?? swapped ?? right ?? ofYear ?? whole) best = (wrong ?? swapped ?? right ?? ofYear ?? whole)!;
      else return this.ambiguous(figure, own);
    } else if (best.verdict === "mismatch") {
      // (of the facts the words tie less well, the one with the claimed digits in another order
      // is rather what a wrong number is about: "Sidste år blev der talt 896 krondyr" against the
      // 968 red deer counted, when the words tie the 286 of another count better)
      const swapped = transposed(figure, pool.map((j) => j.judged).filter((j) => j.fact.document === topDoc)) ?? this.transposedUntied(figure, best);
      if (swapped) best = swapped;
    }
    // "3 mio. kr." against "about DKK 18,500" (or a hedged "about 400" against 1,150, see
    // hedgedApart): more likely a figure the source does not give than a wrong one (but "DKK 19
    // million" for "19 billion" is a wrong scale, and "20,722 Danes were killed" a mix-up of two
    // stored figures: both mismatches).
    const byMagnitude = best.verdict === "mismatch" ? magnitudesApart(figure, best.fact.figure) : null;
    let apart = best.verdict === "mismatch" ? (byMagnitude ?? hedgedApart(figure, best)) : null;
    // (unless a fact the words tie less well is right about it: "Omkring 5.400 elever" is about the
    // 5,420 pupils of one paragraph, not the 740 of a trial in another, whose words tie it better)
    // (not when the best is a figure the source hedges, a third or three times the claimed one:
    // "steg med knap 31.000" against a rise of "around 2,600" is no sign of another fact)
    if (apart && (byMagnitude !== null || best.rule !== "stored-hedge-outside")) {
      // (of a stored point, not a bound a number merely stays within or rounds: "500" against
      // "fewer than 500" people is no sign of what 500 visitors are)
      const right = pool.find((j) => j.judged.fact.document === topDoc && (j.judged.verdict === "match" || j.judged.verdict === "close") && pointValue(j.judged.fact.figure) !== null);
      if (right) {
        best = right.judged;
        apart = null;
      }
    }
    // (a hedged number so far from the best that another fact of its source gives exactly: that
    // fact, which the words missed — "Rømø has roughly 530 permanent residents" against "cirka 530
    // fastboende", when the words tie six people in a holiday home; not an unhedged one, which the
    // own suite and the verdict table call a mix-up: "20,722 Danes were killed")
    // (or, when none gives it exactly, the one it rounds on its hedge's side: "Bryggeriet
    // producerede i alt knap 8 millioner liter øl" against the country's 320 million litres and the
    // brewery's 7,9 million)
    const exactly = apart ? this.othersOfKind(figure, best.fact).filter((f) => f.document === topDoc) : [];
    const rounded = apart && exactly.length === 0 ? this.nearOne(figure, topDoc, best.fact, tie) : null;
    const giving = rounded ? [rounded] : exactly;
    // (not one of the same sentence as a fact the words tie: two figures of one sentence swapped
    // is a mix-up — "Apotekerne stod for 11.260" when the doctors gave 11,260)
    if (apart && giving.length === 1 && isHedge(figure.qualifier) && !all.some((j) => quoteKey(j.judged.fact) === quoteKey(giving[0])) && !this.hasComparableSibling(giving[0]) && !this.otherPlace(tie, giving[0])) {
      best = this.judged(figure, { fact: giving[0], score: 0 }, degrees);
      apart = null;
    }
    // (an unhedged number twice or half what the source hedges or bounds, or further off, that one
    // other fact of its source gives exactly: that fact — "The bridge will cost 640 million kroner
    // more than planned" against "about DKK 85 million" and another quote's 640 million; "80
    // spectators" against "400–500". Not one of one digit, which coincides too easily: "three
    // sheep" against "more than 40")
    if (best.verdict === "mismatch" && (best.rule === "stored-hedge-outside" || best.rule === "bound-broken") && figure.qualifier === "exact" && !oneDigitCount(figure) && (beyondEnds(figure, best.fact.figure)?.ratio ?? 0) >= OUTSIDE) {
      const other = this.soleOtherGiving(tie, best.fact, topDoc, (f) => pointValue(f.figure) === figure.value);
      if (other) {
        best = this.judged(figure, { fact: other, score: 0 }, degrees);
        apart = null;
      }
    }
    // (a claim of when a state began that the best says otherwise, whose year one other fact of
    // its source gives: that fact, which the words missed — "Krondyrene i plantagen er blevet talt
    // siden 1998" against the 968 deer counted in 2024, and "siden tællingerne begyndte i 1998")
    if (best.rule === "began-differs") {
      const other = this.soleOtherGiving(tie, best.fact, topDoc);
      if (other) best = this.judged(figure, { fact: other, score: 0 }, degrees);
    }
    // (and a hedged number that misses the best by more than its hedge allows, though not so far:
    // the one fact of its source it rounds, on the side its hedge says, by the same tests — "Around
    // 250 comments were received" against the 214 objections the words tie and the 247 comments)
    // (so for one that only rounds the best beyond its hedge, when that fact is within it: "Skive
    // pays roughly 40 percent of the fire service's budget" against 35,1 procent of call-outs and
    // the budget's 40 procent)
    if (!apart && ((best.verdict === "mismatch" && best.rule === "hedge-outside") || best.rule === "hedge-rounded-beyond")) {
      const near = this.nearOne(figure, topDoc, best.fact, tie);
      if (near && !all.some((j) => quoteKey(j.judged.fact) === quoteKey(near)) && !this.hasComparableSibling(near) && !this.otherPlace(tie, near)) {
        const judged = this.judged(figure, { fact: near, score: 0 }, degrees);
        if (best.rule !== "hedge-rounded-beyond" || judged.verdict === "match") best = judged;
      }
    }
    // (a mix-up is of two figures of one kind and unit: "2 pund" is no mix-up with a count of 2)
    // (not of one digit either, which coincides too easily: "fire ansatte" against "about 150
    // people" is no mix-up with another quote's four — unless the claim says what happened as
    // the fact does, which makes it the fact's number got wrong: "Only two Danes died" against
    // the 44 killed)
    if (apart && ((oneDigitCount(figure) && !this.sameEvent(tie, best.fact)) || this.othersOfKind(figure, best.fact).length === 0)) {
      // (one decimal below ten: "1.6 times", not "2 times")
      const times = apart.ratio < 10 ? String(Math.round(apart.ratio * 10) / 10) : String(Math.round(apart.ratio));
      return {
        verdict: "unverified",
        rule: "other-magnitude",
        reason: `${figure.text} is ${apart.larger ? `${times} times` : `about 1/${times} of`} the stored ${best.fact.display} [${best.fact.id}]: it is likely another figure, which the source does not give`,
        fact: null,
        disagreeing: [],
      };
    }
    // Other sources about the same thing: if they store another figure, the most recent decides.
    const rivals = others.filter((r) => sameTopic(r.fact, best.fact, this.index));
    const disagreeing = rivals.filter((r) => !sameFigure(r.fact, best.fact));
    let reason = best.reason;
    if (disagreeing.length > 0) {
      const all = [best, ...disagreeing].sort((a, b) => this.date(b.fact).localeCompare(this.date(a.fact)));
      const newest = all[0];
      const note = all.map((r) => `${this.title(r.fact)} (${this.date(r.fact)}) says ${r.fact.display}`).join("; ");
      best = newest;
      reason = `${newest.reason} (sources disagree: ${note}; the most recent source decides)`;
    }
    if (best.verdict === "mismatch" || best.verdict === "unverified") reason = this.withOtherFact(reason, figure, judged.map((j) => j.fact));
    // (a fact tied by its figure alone: say so, a reader should know what tied it)
    if (tie.byFigure) {
      const about = tie.byFigure.length > 0 ? `, about ${tie.byFigure.map((k) => this.termLabel(k)).join(", ")},` : " alone";
      const words =
        among > 0 ? `to ${among} facts with other figures equally` : tie.overWords ? `to [${tie.overWords}], of another figure${tie.rounds ? "" : " in another quote"}` : tie.wordsTieOtherKind ? "only to facts of another kind" : "to no fact";
      const exact = tie.figure.qualifier === "exact";
      const how = tie.byUnit
        ? `tied by its unit: the claim's words tie it ${words}, and this${tie.byFigure.length > 0 ? about : ""} is the one figure in ${tie.figure.unit} the sources give`
        : tie.byKind
          ? `tied by its kind: the claim's words tie it ${words}, and this one${about} is the one time of day that shares a word with it`
          : tie.bySlip
            ? `tied by its ${exact ? "digits" : "unit"}: the claim's words tie it ${words}, and this one${about} is the one ${tie.figure.unit ? `figure in ${tie.figure.unit}` : "count"} that shares a word with it and that the claimed number ${exact ? "has the digits of in another order" : "may round"}`
            : `tied by its figure: the claim's words tie it ${words}, and this one${about} gives ${tie.rounds ? "the figure it rounds" : "it"}`;
      reason = `${reason} (${how})`;
    }
    // (and one tied as the one figure of its kind in a quote the words tie it to)
    if (tie.byQuote) reason = `${reason} (tied by its quote: the claim's words tie it only to figures of another kind, and this is the one of its kind in the quote of [${tie.byQuote}])`;
    return {
      verdict: best.verdict,
      rule: best.rule,
      reason,
      fact: best.fact,
      disagreeing: disagreeing.length > 0 ? [...own, ...disagreeing].filter((r) => r.fact !== best.fact && !sameFigure(r.fact, best.fact)).map((r) => ({ fact: r.fact, verdict: r.verdict })) : [],
    };
  }

  /** Of facts the words tie less well, one of a stored point the claim is right about, when it is far from every fact equally about it. */
  private rightWhenAllApart(figure: Figure, own: readonly Judged[], pool: readonly { judged: Judged }[], topDoc: string): Judged | undefined {
    if (!own.every((j) => j.verdict === "mismatch" && (magnitudesApart(figure, j.fact.figure) ?? hedgedApart(figure, j)) !== null)) return undefined;
    return pool.find((j) => j.judged.fact.document === topDoc && (j.judged.verdict === "match" || j.judged.verdict === "close") && pointValue(j.judged.fact.figure) !== null)?.judged;
  }

  /** Of counts equally about a claimed count that is no part, the one of a quote whose others are parts ("nine of them"). */
  private oneWhole(tie: Tie, own: readonly Judged[]): Judged | undefined {
    if (tie.figure.kind !== "count" || tie.figure.qualifier !== "exact" || tie.frame.part) return undefined;
    const key = quoteKey(own[0].fact);
    if (!own.every((j) => quoteKey(j.fact) === key && j.fact.figure.kind === "count")) return undefined;
    const wholes = own.filter((j) => !factPart(j.fact, this.factBase));
    return wholes.length === 1 && own.length > 1 ? wholes[0] : undefined;
  }

  /** "Could be A or B": no tie. */
  private ambiguous(figure: Figure, own: readonly Judged[]): Decision {
    const names = own.slice(0, 3).map((j) => `${j.fact.display} [${j.fact.id}]`).join(" or ");
    return {
      verdict: "unverified",
      rule: "ambiguous",
      reason: this.withOtherFact(`no single stored fact is clearly about it: it could be ${names}`, figure, own.map((j) => j.fact)),
      fact: null,
      disagreeing: [],
    };
  }

  /**
   * When the facts equally about a claimed figure are all of one sentence and the claim is wrong
   * about every one of them: which of the sentence's figures it restates matters little, it
   * restates none. For an amount no fact of the source gives, the one of its kind and unit it is
   * nearest, within NEAR_RATIO ("Sidste år solgte foreningen 9.165 billetter" against "9.615
   * billetter … mod 8.870 sidste år"); farther from all of them it is more likely another figure
   * (every amount: +25 −12 on test/newdocs and 15 more false alarms; near ones: +9, none lost).
   * For a date or month no fact gives (on every part the claim gives), the one agreeing with it
   * on most parts ("Hallen lukker fra 24. april" against "lukker helt fra 24. marts til 19. maj";
   * "until April 2021" against "from January 2016 to April 2022").
   */
  private wrongAboutOneQuote(figure: Figure, own: readonly Judged[], tied: readonly Judged[]): Judged | null {
    const key = quoteKey(own[0].fact);
    if (!own.every((j) => j.verdict === "mismatch" && quoteKey(j.fact) === key)) return null;
    const x = pointValue(figure);
    if (x !== null && x > 0 && this.factsGiving(figure).length === 0) {
      let nearest: Judged | null = null;
      let d = Infinity;
      for (const j of tied) {
        const y = pointValue(j.fact.figure);
        if (j.verdict !== "mismatch" || y === null || y <= 0 || j.fact.figure.kind !== figure.kind || j.fact.figure.unit !== figure.unit) continue;
        const e = Math.abs(Math.log(x / y));
        if (e < d) {
          d = e;
          nearest = j;
        }
      }
      if (!nearest || d > Math.log(NEAR_RATIO)) return null;
      // (not when a fact of the source is much nearer, at a third of the distance: "6,514 applicants
      // were offered a place" is rather the 6,541 of another sentence than the 9,215 of this one;
      // a bounded look-up, and too many numbers that near are a sign of it too)
      const doc = nearest.fact.document;
      const span = Math.exp(d / 3);
      const near = this.index.factsByNumber.within(x / span, x * span, MAX_NEARER);
      const nearer = near === null || near.some((i) => {
        const f = this.factBase.facts[i];
        const z = f.document === doc && f.figure.kind === figure.kind && f.figure.unit === figure.unit ? pointValue(f.figure) : null;
        return z !== null && z > 0 && Math.abs(Math.log(x / z)) * 3 < d;
      });
      return nearer ? null : nearest;
    }
    if ((figure.kind !== "date" && figure.kind !== "month") || !figure.date) return null;
    const claimed = figure.date;
    const parts = (["year", "month", "day", "weekday"] as const).filter((p) => claimed[p] !== undefined);
    const agreeing = (v: FigureValue) => (v.date ? parts.filter((p) => v.date![p] === claimed[p]).length : 0);
    if (this.factBase.facts.some((f) => isTime(f.figure.kind) && f.figure.date && parts.every((p) => f.figure.date![p] === undefined || f.figure.date![p] === claimed[p]) && parts.some((p) => f.figure.date![p] !== undefined))) return null;
    return own.reduce((a, b) => (agreeing(b.fact.figure) > agreeing(a.fact.figure) ? b : a));
  }

  /**
   * Whether another fact of the fact's sentence gives a figure of its kind and unit: a sentence
   * that lists two such figures ("Apotekerne stod for … 47.905, mens centrene tog sig af 11.260")
   * is where a claim swaps them.
   */
  private hasComparableSibling(fact: Fact): boolean {
    this.bySentence ??= indexesBy(this.factBase.facts, quoteKey);
    return (this.bySentence.get(quoteKey(fact)) ?? []).some((i) => {
      const f = this.factBase.facts[i];
      return f !== fact && f.figure.kind === fact.figure.kind && f.figure.unit === fact.figure.unit;
    });
  }
  private bySentence: Map<string, number[]> | undefined;

  /**
   * Whether another fact of fact's quote, of its kind and another figure, has a term the claim
   * names that fact has not, and fact one of its own the claim does not name ("Some 444 … are of
   * secondary-school age" against "702 of those registered are of secondary school age and 444
   * are of primary age").
   */
  private setApartInQuote(tie: Tie, fact: Fact): boolean {
    const f = tie.frame;
    const said = new Set<string>();
    for (const list of [f.modifiers, f.topic, f.predicates, f.entities, f.agent]) for (const x of list) if (x.known) said.add(x.key);
    if (said.size === 0) return false;
    // (the term keys the index holds per fact and role)
    const keysOf = (i: number) => {
      const t = this.index.factTerms[i];
      return new Set([...t.subject, ...t.actor, ...t.place, ...t.context]);
    };
    this.bySentence ??= indexesBy(this.factBase.facts, quoteKey);
    const quote = this.bySentence.get(quoteKey(fact)) ?? [];
    const self = quote.find((i) => this.factBase.facts[i] === fact);
    if (self === undefined) return false;
    const own = keysOf(self);
    return quote.some((i) => {
      const g = this.factBase.facts[i];
      if (i === self || g.figure.kind !== fact.figure.kind || sameFigure(g, fact)) return false;
      const theirs = keysOf(i);
      if (![...theirs].some((k) => said.has(k) && !own.has(k))) return false;
      // (and it has a word of its own the claim does not say, that no lexicon concept is: a
      // generic one, "tallet", is rather a clause's noise — "hvor tallet var 911")
      return [...own].some((k) => k.startsWith("~") && !theirs.has(k) && !said.has(k) && this.index.kindOf(k) !== "name");
    });
  }

  /** Whether the claim's verb is the fact's event, a kind of it or it of the claim's ("died" and "killed"). */
  private sameEvent(tie: Tie, fact: Fact): boolean {
    const events = fact.terms.event.map((t) => this.index.keyOf(t));
    return tie.frame.predicates.some((p) => events.some((k) => k === p.key || this.index.ancestors(p.key).has(k) || this.index.ancestors(k).has(p.key)));
  }

  /** Whether the claim counts a known thing and the fact counts known things, none of them it, a kind of it or what it is a kind of ("140 weanlings" against 140 farmers). */
  otherThing(tie: Tie, fact: Fact): boolean {
    const head = tie.frame.head;
    if (tie.figure.kind !== "count" || !head?.known || this.index.kindOf(head.key) !== "thing") return false;
    const things = fact.terms.subject.map((t) => this.index.keyOf(t)).filter((k) => this.index.kindOf(k) === "thing");
    // (not when the claim names the fact's thing besides: "The viewing terrace has seats for 80
    // spectators" against "a viewing terrace seating 80")
    if (things.some((k) => tie.frame.topic.some((s) => s.key === k) || tie.frame.modifiers.some((s) => s.key === k))) return false;
    return things.length > 0 && !things.some((k) => k === head.key || this.index.ancestors(k).has(head.key) || this.index.ancestors(head.key).has(k));
  }

  /** Whether the claim names a place and the fact names places, none of them the claim's ("in Odense" against "i Danmark"). */
  private otherPlace(tie: Tie, fact: Fact): boolean {
    const claimed = tie.frame.entities.filter((e) => this.index.kindOf(e.key) === "place").map((e) => e.key);
    if (claimed.length === 0) return false;
    const stored = [...fact.terms.place, ...fact.terms.actor, ...fact.terms.subject].map((t) => this.index.keyOf(t)).filter((k) => this.index.kindOf(k) === "place");
    return stored.length > 0 && !stored.some((k) => claimed.includes(k));
  }

  /** `degrees`: the claimed number counts degrees (countsDegrees). */
  private judged(figure: Figure, s: Scored, degrees = false): Judged {
    const fact = s.fact;
    // (a thing's age is how long it has been: "har eksisteret i 31 år" against "Sprogcenter
    // Østjylland, 31 years old"; a person's is not)
    const stored = figure.unit === "yr" && fact.figure.unit === "age" && !this.ofPerson(fact) ? { ...fact.figure, unit: "yr" } : fact.figure;
    // (a plain "18 degrees" is degrees Celsius against a temperature: "The water averaged roughly
    // 18 degrees" against "Gennemsnitstemperaturen var 18,4 grader")
    // (a bound in years against an age group is an age group: "140 af klubbens medlemmer er under
    // 16 år" against "under 18 år")
    const claimed: FigureValue =
      degrees && figure.kind === "count" && stored.kind === "quantity" && stored.unit === CELSIUS
        ? { ...figure, kind: "quantity", unit: CELSIUS }
        : figure.unit === "yr" && isAgeGroup(stored) && isAgeGroup({ ...figure, unit: "age" })
          ? { ...figure, unit: "age" }
          : figure;
    const { verdict, rule, reason } = judgeFigure(claimed, stored, this.options, { claimed: figure.text, stored: fact.display });
    return { verdict, rule, reason, fact }; // (fields one by one: a spread here cost 3% of a run)
  }

  /** Whether a fact's subject is a person: a name, or a term of a person. */
  private ofPerson(fact: Fact): boolean {
    return fact.terms.subject.some((t) => {
      const key = this.index.keyOf(t);
      const kind = this.index.kindOf(key);
      return kind === "name" || kind === "person" || kind === undefined || key === "people" || this.index.ancestors(key).has("people");
    });
  }

  /** nearestOf, when the claimed number is no figure of a fact outside `own`. */
  private nearestUnlessElsewhere(figure: Figure, own: readonly Judged[]): Judged | null {
    if (this.factsGiving(figure).some((f) => !own.some((j) => j.fact === f))) return null;
    return nearestOf(figure, own);
  }

  private byDigits: Map<string, Fact[]> | undefined;
  /**
   * (and one the words do not tie, of the best's source: the one figure there of the claim's kind
   * and unit with its digits in another order, if it is nearer the claimed number than the best's
   * — "Ticket revenue came to £4.68 million" against £4.86 million, when the words tie £7.3 million
   * — and judged a mismatch)
   */
  private transposedUntied(figure: Figure, best: Judged): Judged | null {
    const x = pointValue(figure);
    const key = digitsKey(figure, best.fact.document);
    if (x === null || key === undefined) return null;
    if (!this.byDigits) {
      this.byDigits = new Map();
      for (const f of this.factBase.facts) {
        const k = digitsKey(f.figure, f.document);
        if (k !== undefined) (this.byDigits.get(k) ?? this.byDigits.set(k, []).get(k)!).push(f);
      }
    }
    const same = this.byDigits.get(key) ?? [];
    const y = same.length > 0 ? same[0].figure.value : undefined;
    if (typeof y !== "number" || y === x || same.some((f) => f.figure.value !== y)) return null;
    const b = pointValue(best.fact.figure);
    if (b !== null && b > 0 && Math.abs(Math.log(x / y)) >= Math.abs(Math.log(x / b))) return null;
    const judged = this.judged(figure, { fact: same[0], score: 0 });
    return judged.verdict === "mismatch" ? judged : null;
  }

  /** The one stored point of a document, of the claim's kind and unit, that a hedged claim rounds (within the hedge tolerance, on its hedge's side), but `not`. */
  private nearOne(figure: Figure, document: string, not: Fact, tie: Tie): Fact | null {
    const q = figure.qualifier;
    if (typeof figure.value !== "number" || !(figure.value > 0) || !hedged(figure)) return null;
    const value = figure.value;
    const { tolerance } = this.options;
    const low = q === "just_over" ? value : value / (1 + tolerance);
    const high = q === "nearly" ? value : value / (1 - tolerance);
    const found = this.index.factsByNumber.within(low, high, 64);
    if (!found) return null;
    let one: Fact | null = null;
    let several = false;
    for (const f of found) {
      const fact = this.factBase.facts[f];
      // (a figure the source hedges too: "cirka 35.000 bakker" against "roughly 36,000 punnets";
      // not one whose digits the claimed number has in another order, a slip rather than a rounding:
      // "Cirka 2.780" against "about 2,870")
      if (fact === not || fact.document !== document || fact.figure.kind !== figure.kind || fact.figure.unit !== figure.unit) continue;
      if (fact.figure.qualifier !== "exact" && !(hedged(fact.figure) && (fact.figure.value === figure.value || digitsKey(fact.figure, "") !== digitsKey(figure, "")))) continue;
      // (nor how many more, for a claim of how many in all: "Around 600 of the participants" is no
      // rounding of "612 more than last year")
      if (figure.kind === "count" && !tie.frame.more && !tie.frame.added && factMore(fact, this.factBase, this.index)) continue;
      // (the claimed number itself, hedged by the source too, over another it rounds: "omkring 21
      // procent" against "roughly 21 percent", not "a fifth")
      if (fact.figure.value === value && one?.figure.value !== value) {
        one = fact;
        several = false;
        continue;
      }
      if (one?.figure.value === value) continue;
      if (one && one.figure.value !== fact.figure.value) several = true;
      one ??= fact;
    }
    return several ? null : one;
  }

  /** The stored facts whose figure is the claimed number. */
  private factsGiving(figure: Figure): Fact[] {
    if (typeof figure.value !== "number") return [];
    return (this.index.factsByNumber.get(figure.value) ?? []).map((i) => this.factBase.facts[i]);
  }

  /**
   * The one fact of document `doc`, other than `not`, that gives the claimed number as a figure of
   * its kind and unit (and passes `keep`), when it names no other place or thing than the claim; else null.
   */
  private soleOtherGiving(tie: Tie, not: Fact, doc: string, keep: (f: Fact) => boolean = () => true): Fact | null {
    const other = this.othersOfKind(tie.figure, not).filter((f) => f.document === doc && keep(f));
    return other.length === 1 && !this.otherPlace(tie, other[0]) && !this.otherThing(tie, other[0]) ? other[0] : null;
  }

  /** The facts other than `not` that give the claimed number as a figure of its kind and unit. */
  private othersOfKind(figure: Figure, not: Fact): Fact[] {
    return this.factsGiving(figure).filter((f) => f !== not && f.figure.kind === figure.kind && f.figure.unit === figure.unit);
  }

  /** A term as a reader knows it: a concept's id, or the words of a term of the document's own (its key is no word). */
  private termLabel(key: string): string {
    return key.startsWith("~") ? (this.index.term(key)?.concept.phrases[0]?.text ?? key) : key;
  }

  private date(fact: Fact): string {
    return this.factBase.documents[fact.document]?.date ?? "";
  }

  private title(fact: Fact): string {
    return this.factBase.documents[fact.document]?.title ?? fact.document;
  }

  /** When the claimed number is another fact's figure, say so: a likely mix-up. */
  private withOtherFact(reason: string, figure: Figure, tied: Fact[]): string {
    if (typeof figure.value !== "number" || figure.qualifier !== "exact") return reason;
    // (of its kind and unit: "12 percentage points" is no "less than 12 years old")
    const others = this.factsGiving(figure).filter((f) => !tied.includes(f) && f.figure.kind === figure.kind && f.figure.unit === figure.unit);
    if (others.length === 0) return reason;
    const other = others[0];
    return `${reason}; ${figure.text} is the stored figure for another fact: ${other.statement} [${other.id}]`;
  }
}

/**
 * Two amounts an order of magnitude apart (not percentages), by other than a power of ten: how
 * many times the larger is the smaller, and whether the claimed one is the larger; null otherwise.
 */
const MAGNITUDE = 10;
function magnitudesApart(claimed: FigureValue, stored: FigureValue): { ratio: number; larger: boolean } | null {
  if (claimed.kind === "percent" || stored.kind === "percent") return null;
  const beyond = beyondEnds(claimed, stored);
  if (!beyond) return null;
  const power = Math.log10(beyond.ratio);
  return beyond.ratio >= MAGNITUDE && Math.abs(power - Math.round(power)) > 1e-9 ? beyond : null;
}

/** The least and greatest values a stored amount allows (a point, a range, or a bound, open on one side); null for none. */
function storedEnds(v: FigureValue): [number, number] | null {
  const y = pointValue(v);
  if (y !== null) return y > 0 ? [y, y] : null;
  if (!isAmount(v.kind)) return null;
  if (v.qualifier === "range" && v.low !== undefined && v.high !== undefined && v.low > 0) return [v.low, v.high];
  if (typeof v.value !== "number" || v.value <= 0) return null;
  if (v.qualifier === "more_than" || v.qualifier === "at_least") return [v.value, Infinity];
  if (v.qualifier === "less_than" || v.qualifier === "at_most") return [0, v.value];
  return null;
}

/**
 * A hedged amount ("about 1,400 people", "nearly £2 million") three times or more, or a third or
 * less, of the one figure it would be wrong about: a writer who hedges is rarely that far out, a
 * wrong tie often is. So is an unhedged number so far from a figure the source hedges (+6 on
 * unseen documents, nothing lost; not a hedged one, whose slips were lost: "omkring 140" for 40). Measured on claims about unseen documents: of 49 mismatches of a hedge, 2
 * were right; from 1.5 times on, the own suite's "About three babies" (2) and "Omkring 1.000
 * amerikanere" (2,448), true slips, were lost too.
 */
const HEDGED_APART = 3;
function hedgedApart(claimed: Figure, best: Judged): { ratio: number; larger: boolean } | null {
  // (or an unhedged claim three times or a third of a figure the source hedges: "95 km" against
  // "about 410 km" is more likely of something else than a slip)
  const storedHedge = best.rule === "stored-hedge-outside" && claimed.qualifier === "exact";
  if (!storedHedge && ((best.rule !== "hedge-outside" && best.rule !== "nearly-above") || (claimed.qualifier !== "about" && claimed.qualifier !== "nearly"))) return null;
  // (not percentages, as for magnitudesApart: "about 17.2 percent" for 72.1 is a slip of digits)
  if (claimed.kind === "percent" || best.fact.figure.kind === "percent") return null;
  const x = pointValue(claimed);
  const y = pointValue(best.fact.figure);
  if (x === null || y === null || x <= 0 || y <= 0) return null;
  const ratio = Math.max(x / y, y / x);
  return ratio >= HEDGED_APART ? { ratio, larger: x > y } : null;
}

/** How far a claimed number may be from the one figure it is near: half again, either way. */
const NEAR_RATIO = 1.5;
/** How many times farther every other figure must be. */
const NEARER = 1.5;
/** How many stored numbers wrongAboutOneQuote looks at for a much nearer one, at most. */
const MAX_NEARER = 64;
/** (a distance of log ratios below this counts as this: 45 is not "infinitely" nearer 44 than 46) */
const MIN_DISTANCE = 0.05;

/**
 * Of several facts equally about a figure, the one whose figure the claimed number is near
 * (within NEAR_RATIO) while every other's is NEARER times farther, by ratio; null when none is.
 */
function nearestOf(figure: FigureValue, own: readonly Judged[]): Judged | null {
  const x = pointValue(figure);
  if (x === null || x <= 0 || own.length < 2) return null;
  let first = Infinity;
  let second = Infinity;
  let nearest: Judged | null = null;
  for (const j of own) {
    const y = pointValue(j.fact.figure);
    const d = y === null || y <= 0 ? Infinity : Math.abs(Math.log(x / y));
    if (d < first) {
      second = first;
      first = d;
      nearest = j;
    } else if (d < second) second = d;
  }
  return first <= Math.log(NEAR_RATIO) && second >= NEARER * Math.max(first, MIN_DISTANCE) ? nearest : null;
}

/**
 * Of the facts equally about a claimed number, the one whose figure of the same kind and unit has
 * the same digits in another order and the same number of whole digits ("17" for 71, "1998" for
 * 1989, "1.3" for 3.1): a transposition, the commonest slip in copying a number. Null when none
 * or more than one figure does, or when one of them is the claimed number itself.
 */
function transposed(figure: Figure, own: readonly Judged[]): Judged | null {
  const x = figure.value;
  const key = digitsKey(figure, "");
  if (key === undefined) return null;
  let found: Judged | null = null;
  for (const j of own) {
    const y = j.fact.figure.value;
    if (y === x) return null;
    if (digitsKey(j.fact.figure, "") !== key) continue;
    if (found && found.fact.figure.value !== y) return null;
    found ??= j;
  }
  return found && found.verdict === "mismatch" ? found : null;
}

/**
 * A key shared by the positive whole or decimal numbers of one source, kind and unit that have the
 * same digits (in any order, two different at least) and as many whole digits: undefined for others.
 */
function digitsKey(v: FigureValue, doc: string): string | undefined {
  if (typeof v.value !== "number" || v.low !== undefined || !Number.isFinite(v.value) || v.value <= 0) return undefined;
  const digits = String(v.value).replace(/\D/g, "").replace(/^0+/, "");
  if (digits.length < 2 || new Set(digits).size < 2) return undefined;
  return `${doc}|${v.kind}|${v.unit ?? ""}|${Math.floor(Math.log10(v.value))}|${[...digits].sort().join("")}`;
}

/**
 * How far a claimed number lies beyond a stored amount's ends, as a ratio (1 within them), and on
 * which side; null when either is no amount. Against a range or a bound, from the end the claimed
 * number lies beyond: "cirka 62.000 indbyggere" against "fewer than 500", "25 besøgende" against
 * 35,000–40,000.
 */
function beyondEnds(claimed: FigureValue, stored: FigureValue): { ratio: number; larger: boolean } | null {
  const x = pointValue(claimed);
  const ends = storedEnds(stored);
  if (x === null || ends === null || x <= 0) return null;
  const [low, high] = ends;
  return { ratio: x > high ? x / high : x < low ? low / x : 1, larger: x > high };
}

/** Twice or half what the source hedges or bounds, at least: no slip of a digit or a rounding. */
const OUTSIDE = 2;

/** A count of one digit ("three sheep"): it coincides with another figure too easily to tell what it is of. */
function oneDigitCount(v: FigureValue): boolean {
  return v.kind === "count" && typeof v.value === "number" && Math.abs(v.value) < 10;
}

/** Of stored dates and months, the one of the claimed date's year, when the claim names a year and exactly one fact's figure is of it. */
function oneOfYear(figure: Figure, own: readonly Judged[]): Judged | undefined {
  const year = figure.date?.year;
  if ((figure.kind !== "date" && figure.kind !== "month") || year === undefined) return undefined;
  const of = own.filter((j) => (j.fact.figure.kind === "date" || j.fact.figure.kind === "month") && j.fact.figure.date?.year === year);
  return of.length === 1 ? of[0] : undefined;
}

/** A point value: exact or hedged (about, nearly, just over); not a bound or range. */
function pointValue(v: FigureValue): number | null {
  const point = v.qualifier === "exact" || isHedge(v.qualifier);
  return point && isAmount(v.kind) && typeof v.value === "number" ? v.value : null;
}

/** A year or date said as a bound: "since 2012", "before 2030", "after the election in May". */
function isTimeBound(v: FigureValue): boolean {
  return isTime(v.kind) && isBeforeOrAfter(v.qualifier);
}

function distinctFigures(facts: Fact[], claimed: Figure): number {
  const seen: Fact[] = [];
  for (const f of facts) if (!seen.some((s) => sameFigure(s, f) || sameDateAsSaid(s, f, claimed))) seen.push(f);
  return seen.length;
}

/**
 * Two stored dates that are one date as precisely as the claim says it ("maj 2025" against "May
 * 2024" and "6 May 2024": one month, so one figure to be wrong about).
 */
function sameDateAsSaid(a: Fact, b: Fact, claimed: Figure): boolean {
  const said = claimed.date;
  const x = a.figure.date;
  const y = b.figure.date;
  if (!said || !x || !y || a.figure.qualifier !== b.figure.qualifier) return false;
  const parts = (Object.keys(said) as (keyof DateParts)[]).filter((p) => said[p] !== undefined);
  return parts.length > 0 && parts.every((p) => x[p] !== undefined && x[p] === y[p]);
}

/** Two facts about the same thing: they share a subject and an event term. */
function sameTopic(a: Fact, b: Fact, index: TermIndex): boolean {
  const keys = (f: Fact, role: "subject" | "event") => new Set(f.terms[role].map(index.keyOf));
  const shares = (x: Set<string>, y: Set<string>) => [...x].some((k) => y.has(k));
  return shares(keys(a, "subject"), keys(b, "subject")) && shares(keys(a, "event"), keys(b, "event"));
}

export function sameFigure(a: Fact, b: Fact): boolean {
  return sameFigureValue(a.figure, b.figure);
}
