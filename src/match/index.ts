// Match stage: which stored facts is a figure about? The claim's frame (what the figure counts,
// what happened, who and where: src/frames) is compared with each candidate fact's terms.
//
// A fact is tied when the kinds of figure fit and nothing contradicts it —
//   - a named entity of the claim's clause that the fact does not involve, where the fact names
//     another of the same class in a role of its own ("killed in Iraq" against a fact about Syria);
//   - what the claim counts, where the fact counts something else (seats vs votes; house prices vs
//     food prices: same head, another modifier);
//   - what happened, where the fact's event is another one (killed vs wounded);
// — and the claim says enough about it: what the fact counts or is about (its head or topic), or
// one of its entities together with its event. Shared terms weigh by how rare they are across the
// loaded fact bases (a word every fact has says little). Candidates come from posting lists of
// the claim's terms (and of their broader and narrower concepts), never from a scan of the facts.
import type { TermIndex } from "../facts/term-index.js";
import { isoWeekday, weekdayOfDate } from "../figures/dates.js";
import { anchorsOf, factAnchors, factChange, factMore, factPart, factWhole, namesYearUpTo, NO_CHANGE, sameYear, sinceYearOf, yearOf, type Anchor } from "../frames/anchors.js";
import { bareFrame, isChange, readFrames, sentenceTerms, type Frame, type Slot } from "../frames/index.js";
import { grammarOf } from "../frames/grammar.js";
import type { Occurrence } from "../frames/occurrences.js";
import { isAmount, isBeforeOrAfter, isClock, isCountLike, isHedge, isOrdinal, isTime, sameFigureValue, unitKey } from "../figures/kinds.js";
import { inOtherUnits, sameSpan } from "../figures/units.js";
import { parseFigures } from "../figures/index.js";
import type { Considered, Fact, FactBase, FactChange, Figure, FigureKind, FigureValue, Lang, Qualifier } from "../types.js";

export interface Scored {
  fact: Fact;
  score: number;
  /** Tied though the claim says another event than the fact's change ("carried" against "rose to"). */
  otherEvent?: true;
}

export interface Tie {
  figure: Figure;
  frame: Frame;
  /** Facts that passed every check, best first. */
  ranked: Scored[];
  /** Why nothing was tied (empty when something was). */
  reason: string;
  considered: Considered[];
  /** Tied by its figure alone (see Matcher.tieByFigure): the claim's terms the fact shares. */
  byFigure?: string[];
  /** (so tied because the claim's words tie it only to facts whose figures are of another kind) */
  wordsTieOtherKind?: true;
  /**
   * When several facts are tied and none gives the claimed number: a fact that gives it and
   * shares a term with the claim (see Matcher.tieByFigure), for the judge to take when the tied
   * facts leave the figure ambiguous.
   */
  byNumber?: { scored: Scored; shared: string[] };
  /**
   * When several facts are tied and none gives the claimed number: the one fact that gives it, if
   * the number is telling (see Matcher.givenAnywhere), for the judge to take when the tied facts
   * leave the figure ambiguous and it is in none of their quotes.
   */
  givenAnywhere?: Scored;
  /** Tied as the one figure of its kind in the quote of this fact, which the claim's words tie to it (see Matcher.onlyOfKindInQuote). */
  byQuote?: string;
  /** Tied by its figure though the claim's words tie this fact of another figure, in another quote (see Matcher.givenElsewhere). */
  overWords?: string;
  /** (tied by its figure: a hedged round number the fact's figure is near, see Matcher.nearHedged) */
  rounds?: true;
  /** (tied by its unit: the one figure in the claim's unit, near the claimed number, see Matcher.onlyOfUnit) */
  byUnit?: true;
  /** (tied by its kind: the one time of day that shares a term with the claim, see Matcher.soleClockSharing) */
  byKind?: true;
  /** (tied as a slip: the one figure in the claim's unit it may be a slip of, see Matcher.soleOfUnitSharing) */
  bySlip?: true;
}

/**
 * Why a fact is not tied. `blocker`: the claim's word that names something else; `excludes`: the
 * claim rules the fact out (a year, another event, another kind of the thing); `conflict`: the
 * claim counts something else (which the lexicon may only read differently).
 */
type Refusal = { ok: false; why: string; blocker?: string; excludes?: true; conflict?: true; otherVerb?: true; otherTime?: true };
type Assessment = { ok: true; score: number; why: string; otherEvent: boolean } | Refusal;
/** What the steps of assessing a fact add up. */
interface Tally {
  score: number;
  why: string[];
  entitySupport: boolean;
  headSupport: boolean;
  predicateSupport: boolean;
  otherEvent: boolean;
}

const NO_FACT = "no stored fact covers it";

/** A claim that says when its figure held: a year or month in its clause, or a past year said relative to the writing ("last year"). */
function saysWhen(frame: Frame): boolean {
  return (frame.relativeYear !== undefined && frame.relativeYear < 0) || anchorsOf(frame.others, frame.figure).length > 0;
}

/** A date with an amount in its sentence (what the pipeline's anchors look for in a frame's clause). */
function datesAnAmount(figures: readonly Figure[]): boolean {
  return figures.some((f) => isTime(f.kind)) && figures.some((f) => isAmount(f.kind));
}

/** Facts assessed per figure at most (the best-supported candidates first). */
const MAX_CANDIDATES = 256;
/** A word written with a capital: a word of a name ("East Carrick District Council"). */
const CAPITALISED = /^\p{Lu}/u;
/** How near a stored figure a hedged round number is taken to round (see Matcher.nearHedged), and how many facts it looks at. */
const NEAR = 0.05;
/** The claim says its date with a weekday right before it ("mandag den 11. august"), and it is the weekday of the stored date. */
function weekdayOfStored(frame: Frame, fact: Fact): boolean {
  const day = frame.others.find((o) => weekdayOfDate(o, frame.figure));
  const d = fact.figure.date;
  return day?.date?.weekday !== undefined && d?.year !== undefined && d.month !== undefined && d.day !== undefined && isoWeekday(d.year, d.month, d.day) === day.date.weekday;
}

/** The hedges and bounds a claimed number may be tied by its figure with (tieByFigure, when no word ties a fact of its kind; not "more than", "under", which the number itself breaks). */
const HEDGED: ReadonlySet<string> = new Set(["about", "nearly", "just_over", "at_least", "at_most"]);
const MAX_NEAR = 64;
/** What a count of how many more loses against a fact of how many in all, and back (see Matcher.assess). */
const MORE_PENALTY = 2;
/** Units too common to tell one fact from another: spans of time and ages (see Matcher.onlyOfUnit). */
const NOT_TELLING_UNITS: ReadonlySet<string> = new Set(["s", "min", "h", "d", "wk", "mo", "yr", "dec", "age"]);

/** Whether two figures are of one kind and unit. */
function sameUnit(a: FigureValue, b: FigureValue): boolean {
  return a.kind === b.kind && a.unit === b.unit;
}

/** The key of a measure's or an amount's unit ("quantity:km", "money:DKK"); undefined for other figures. */
function unitOf(figure: FigureValue): string | undefined {
  return (figure.kind === "money" || figure.kind === "quantity") && figure.unit ? `${figure.kind}:${figure.unit}` : undefined;
}

/** How far a hedged number may be from the stored one it is a slip of, either way (see Matcher.slipsOf). */
const NEAR_SLIP = 1.5;

/**
 * A positive number's digits in order and its magnitude, as a key that the numbers with the same
 * digits in another order share ("7.4" and "4.7"; "2,300" and "3,200": zeros at either end are
 * no digits of it), with how many digits it has; undefined for others.
 */
function digitsOf(v: number): { key: string; count: number } | undefined {
  if (!(v > 0) || !Number.isFinite(v)) return undefined;
  const digits = [...String(v).replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "")].sort().join("");
  return { key: `${Math.floor(Math.log10(v))}|${digits}`, count: digits.length };
}

/**
 * What a slip of a claimed number is sought among (see Matcher.soleOfUnitSharing): figures of its
 * very unit (not unitKey's measure, which joins km and m: a slip keeps its unit), percentages, counts.
 */
function slipKey(figure: FigureValue): string | undefined {
  return unitOf(figure) ?? (figure.kind === "percent" || figure.kind === "count" ? unitKey(figure) : undefined);
}

/** A hedge's span in the judge (a tied fact within it is one the claim may be right about). */
const HEDGE_SPAN = 0.1;

/** A per-fact yes/no kept in `cache` (0 not read yet, 1 no, 2 yes): `read` runs once per fact. */
function readOnce(cache: Uint8Array, f: number, read: () => boolean): boolean {
  if (cache[f] === 0) cache[f] = read() ? 2 : 1;
  return cache[f] === 2;
}

/**
 * A name's letters with what spellings vary in set aside: case, accents, "ø"/"oe", "æ"/"ae",
 * "å"/"aa", spaces, hyphens and apostrophes ("Tjørnholm" and "Tjornholm", "Ashby-Vale").
 */
function nameSkeleton(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ø/g, "o")
    .replace(/æ/g, "a")
    .replace(/aa|ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/[\s'’\-‐–.]/g, "");
}

export class Matcher {
  private readonly n: number;
  private stamp: Int32Array;
  private stampGen = 0;

  constructor(
    readonly factBase: FactBase,
    private readonly index: TermIndex,
  ) {
    this.n = factBase.facts.length;
    this.stamp = new Int32Array(Math.max(1, this.n));
  }

  /** Tie each figure of a sentence to the facts it is about. */
  matchSentence(text: string, figures: Figure[], lang: Lang, verbose = false): Tie[] {
    const terms = sentenceTerms(text, figures, lang, this.index);
    // A sentence naming no term that leads to a fact of its figures' families has no candidate
    // for any figure: reading its frames would change nothing (a third of the claims of a
    // newsroom's drafts against one source). Not when a date may date an amount of the sentence,
    // which needs the date's clause (see the pipeline's anchors).
    if (!this.mayHaveCandidates(terms.occurrences, figures) && !datesAnAmount(figures) && !figures.some((f) => this.mayTieByFigure(f))) {
      return figures.map((figure) => ({ figure, frame: bareFrame(figure), ranked: [], reason: NO_FACT, considered: [] }));
    }
    const { frames } = readFrames(text, figures, lang, this.index, terms);
    const byFigure = new Map(frames.map((f) => [f.figure, f]));
    return figures.map((figure) => this.tieFrame(byFigure.get(figure)!, verbose));
  }

  tieFrame(frame: Frame, verbose = false): Tie {
    const figure = frame.figure;
    const candidates = this.candidates(frame);
    const considered: Considered[] = [];
    let ranked: Scored[] = [];
    let firstRefusal: { fact: Fact; why: string; blocker?: string } | null = null;
    for (const f of candidates) {
      const fact = this.factBase.facts[f];
      const a = this.assess(f, frame);
      if (verbose) considered.push({ fact: fact.id, tied: a.ok, why: a.ok ? `${a.why}; score ${a.score.toFixed(2)}` : a.why });
      if (a.ok) ranked.push(a.otherEvent ? { fact, score: a.score, otherEvent: true } : { fact, score: a.score });
      else if (!firstRefusal || (a.blocker && !firstRefusal.blocker)) firstRefusal = { fact, why: a.why, blocker: a.blocker };
    }
    ranked.sort((a, b) => b.score - a.score);
    if (ranked.length > 1) ranked = this.withoutContrasted(frame, ranked);
    // (facts whose figures cannot be compared with the claim's, a count against a length, are no
    // tie of its figure either)
    // (also when the words tie it only through another event than the facts' change: a fact that
    // gives the claimed number is a better sign)
    const otherKindOnly = ranked.every((r) => kindCompatibility(figure, r.fact) < 2);
    if (otherKindOnly || (ranked[0].otherEvent && !ranked.some((r) => r.fact.figure.value === figure.value))) {
      const otherKind = otherKindOnly && ranked.length > 0;
      const byFigure = this.tieByFigure(frame, otherKind, true);
      if (byFigure) {
        if (verbose) considered.push({ fact: byFigure.scored.fact.id, tied: true, why: `its figure is the claimed number; shares ${byFigure.shared.join(", ")}` });
        return { figure, frame, ranked: [byFigure.scored], reason: "", considered, byFigure: byFigure.shared, ...(otherKind ? { wordsTieOtherKind: true as const } : {}) };
      }
      const sibling = otherKind ? this.onlyOfKindInQuote(frame, ranked) : null;
      if (sibling) {
        if (verbose) considered.push({ fact: sibling.fact.id, tied: true, why: `the one figure of its kind in the quote of ${ranked[0].fact.id}` });
        return { figure, frame, ranked: [sibling], reason: "", considered, byQuote: ranked[0].fact.id };
      }
      const near = this.nearHedged(frame, otherKindOnly ? [] : ranked, otherKind);
      if (near) return this.tiedNear(frame, near, considered, verbose, { rounds: true, ...(otherKind ? { wordsTieOtherKind: true } : ranked.length > 0 ? { overWords: ranked[0].fact.id } : {}) });
      const only = otherKindOnly ? this.onlyOfUnit(frame) : null;
      if (only) return this.tiedNear(frame, only, considered, verbose, { byUnit: true, ...(otherKind ? { wordsTieOtherKind: true } : {}) });
      // (a year the words tie to no fact: the one fact that gives it, if they say nothing against
      // it — "Fyrtårnet blev opført i 1857" against "the 1857 granite tower" — and it is no year
      // an amount of its quote is of: "up from 27 per cent in 2019" says nothing of who was hired in 2019)
      const year = figure.kind === "year" && ranked.length === 0 ? this.yearOfOtherFact(frame, true) : null;
      if (year) {
        if (verbose) considered.push({ fact: year.scored.fact.id, tied: true, why: `its figure is the claimed year; shares ${year.shared.join(", ")}` });
        return { figure, frame, ranked: [year.scored], reason: "", considered, byFigure: year.shared };
      }
      const month = figure.kind === "month" && ranked.length === 0 ? this.monthOfOtherFact(frame) : null;
      if (month) {
        if (verbose) considered.push({ fact: month.scored.fact.id, tied: true, why: `its figure is the claimed month; shares ${month.shared.join(", ")}` });
        return { figure, frame, ranked: [month.scored], reason: "", considered, byFigure: month.shared };
      }
      // (so is a day and month, when the claim names what the fact is about)
      const day = ranked.length === 0 ? this.dayGivenElsewhere(frame, ranked) : null;
      if (day) {
        if (verbose) considered.push({ fact: day.scored.fact.id, tied: true, why: `its date is the claimed day; shares ${day.shared.join(", ")}` });
        return { figure, frame, ranked: [day.scored], reason: "", considered, byFigure: day.shared };
      }
      const clock = otherKindOnly ? this.clockGivenElsewhere(frame, [], true) : null;
      if (clock) {
        if (verbose) considered.push({ fact: clock.scored.fact.id, tied: true, why: `${clock.byKind ? "the one time of day that shares a term" : "its time is the claimed time"}; shares ${clock.shared.join(", ")}` });
        return { figure, frame, ranked: [clock.scored], reason: "", considered, byFigure: clock.shared, ...(clock.byKind ? { byKind: true as const } : {}) };
      }
      const unit = otherKindOnly ? this.soleOfUnitSharing(frame) : null;
      if (unit) {
        if (verbose) considered.push({ fact: unit.scored.fact.id, tied: true, why: `the one figure in ${figure.unit} it may be a slip of; shares ${unit.shared.join(", ")}` });
        return { figure, frame, ranked: [unit.scored], reason: "", considered, byFigure: unit.shared, bySlip: true };
      }
    }
    else if (ranked.length > 0 && !ranked.some((r) => r.fact.figure.value === figure.value)) {
      // (one that shares no term is no sign here: the words tie the figure to other facts)
      const byNumber = ranked.length > 1 ? this.tieByFigure(frame) : undefined;
      if (byNumber && byNumber.shared.length > 0) return { figure, frame, ranked, reason: "", considered, byNumber };
      const elsewhere = this.givenElsewhere(frame, ranked, byNumber);
      if (elsewhere) {
        if (verbose) considered.push({ fact: elsewhere.scored.fact.id, tied: true, why: `its figure is the claimed number, in another quote than ${ranked[0].fact.id}'s` });
        return { figure, frame, ranked: [elsewhere.scored], reason: "", considered, byFigure: elsewhere.shared, overWords: ranked[0].fact.id };
      }
      const part = this.partGivenElsewhere(frame, ranked);
      if (part) {
        if (verbose) considered.push({ fact: part.scored.fact.id, tied: true, why: `its figure is the claimed part; ${ranked[0].fact.id} gives a larger whole` });
        return { figure, frame, ranked: [part.scored], reason: "", considered, byFigure: part.shared, overWords: ranked[0].fact.id };
      }
      // (the words tie only facts the hedged number is far from, by half or double and more: what
      // the fact it rounds counts may be a misread word, as with facts of another kind, when that
      // fact shares a word with the claim — "Around 800 call-outs turned out to be false alarms"
      // against 2,314 call-outs and 812 false alarms; measured on test/newdocs, +11 −0 so, +15 −3
      // and three critical errors with no shared word asked for)
      const far = ranked.every((r) => typeof r.fact.figure.value !== "number" || kindCompatibility(figure, r.fact) < 2 || farApart(figure.value as number, r.fact.figure.value));
      let near = this.nearHedged(frame, ranked);
      if (!near && far) {
        const loose = this.nearHedged(frame, ranked, true);
        if (loose && loose.shared.length > 0) near = loose;
      }
      if (near) return this.tiedNear(frame, near, considered, verbose, { rounds: true, overWords: ranked[0].fact.id });
      const day = this.dayGivenElsewhere(frame, ranked);
      if (day) {
        if (verbose) considered.push({ fact: day.scored.fact.id, tied: true, why: `its date is the claimed day, in another quote than ${ranked[0].fact.id}'s` });
        return { figure, frame, ranked: [day.scored], reason: "", considered, byFigure: day.shared, overWords: ranked[0].fact.id };
      }
      const clock = this.clockGivenElsewhere(frame, ranked);
      if (clock) {
        if (verbose) considered.push({ fact: clock.scored.fact.id, tied: true, why: `its time is the claimed time, in another quote than ${ranked[0].fact.id}'s` });
        return { figure, frame, ranked: [clock.scored], reason: "", considered, byFigure: clock.shared, overWords: ranked[0].fact.id };
      }
      const anywhere = ranked.length > 1 ? this.givenAnywhere(frame) : null;
      if (anywhere) return { figure, frame, ranked, reason: "", considered, givenAnywhere: anywhere };
    }
    let reason = "";
    if (ranked.length === 0) {
      reason = firstRefusal ? `${NO_FACT}: ${firstRefusal.why} (${firstRefusal.fact.id})` : NO_FACT;
    }
    return { figure, frame, ranked, reason, considered };
  }

  /**
   * A measure or amount of money that the claim's words tie to no fact of its kind ("Butikkens
   * lokaler er på 540 kvadratmeter", "Fyrets lys kan ses op til 14 sømil ude på havet"): the one
   * fact in that unit the sources give, if the claimed number is within a hedge's span of its
   * figure and the words say nothing against that fact (no other year, place, person or
   * organisation, no other event; another thing counted is allowed, as the unit says what is
   * measured). Measured on claims about unseen documents: of the claims whose number was so near
   * the one figure in its unit, all 14 were right about it; farther off, 11 were wrong about it
   * and 17 about something the source does not give, so those are left unverified.
   */
  private onlyOfUnit(frame: Frame): { scored: Scored; shared: string[] } | null {
    const f = this.oneOfUnit(frame.figure);
    if (f === null) return null;
    const a = this.assess(f, frame);
    if (!a.ok && (a.excludes || a.blocker !== undefined)) return null;
    if (this.otherEndOfChange(f, frame)) return null;
    return { scored: { fact: this.factBase.facts[f], score: 0 }, shared: this.sharedTerms(f, this.claimKeys(frame)).shared };
  }
  private byUnit: Map<string, number[]> | undefined;

  /** For nearHedged: the facts of the one stored figure a hedged round number rounds, or null. */
  private nearStored(figure: Figure, near = NEAR): number[] | null {
    const q = figure.qualifier;
    if (typeof figure.value !== "number" || !isAmount(figure.kind)) return null;
    const value = figure.value;
    // (a round number unhedged too: "Riverside-kvarteret tegnede sig for 650 anmeldelser" against 655)
    const round = q === "exact" && Number.isInteger(value) && value % 10 === 0;
    if ((!isHedge(q) && !round) || !(value > 0) || significantDigits(value) > 2) return null;
    // (not when a stored figure of its kind is the number itself: "Spejderne får 40.000 kr." is
    // rather about the DKK 40,000 another fact gives than the 41,250 of this one)
    if (this.index.factsByNumber.get(value)?.some((f) => sameUnit(this.factBase.facts[f].figure, figure))) return null;
    // (|stored - claimed| <= NEAR * stored)
    const low = q === "just_over" ? value : value / (1 + near);
    const high = q === "nearly" ? value : value / (1 - near);
    const found = this.index.factsByNumber.within(low, high, MAX_NEAR);
    if (!found) return null;
    let stored: number | undefined;
    const giving: number[] = [];
    for (const f of found) {
      const fig = this.factBase.facts[f].figure;
      if (fig.qualifier !== "exact" || !sameUnit(fig, figure)) continue;
      // (two figures it may round: which one is meant is anybody's guess)
      if (stored !== undefined && fig.value !== stored) return null;
      stored = fig.value as number;
      giving.push(f);
    }
    return giving.length > 0 ? giving : null;
  }

  /** For onlyOfUnit: the one fact in the figure's unit, if its figure is within a hedge's span of the claimed number, or null. */
  private oneOfUnit(figure: Figure): number | null {
    const key = unitOf(figure);
    if (key === undefined || typeof figure.value !== "number" || NOT_TELLING_UNITS.has(figure.unit!)) return null;
    this.byUnit ??= indexesBy(this.factBase.facts, (fact) => unitOf(fact.figure));
    const of = this.byUnit.get(key);
    if (!of || of.length !== 1) return null;
    const stored = this.factBase.facts[of[0]].figure.value;
    return typeof stored === "number" && Math.abs(stored - figure.value) <= HEDGE_SPAN * Math.abs(stored) ? of[0] : null;
  }

  /** The tie of nearHedged (`rounds`) or onlyOfUnit (`byUnit`): the one fact, tied by its figure. */
  private tiedNear(frame: Frame, near: { scored: Scored; shared: string[] }, considered: Considered[], verbose: boolean, how: Pick<Tie, "rounds" | "byUnit" | "wordsTieOtherKind" | "overWords">): Tie {
    if (verbose) {
      const what = how.byUnit ? `the one figure in ${frame.figure.unit}` : "its figure is the one the claimed number rounds";
      considered.push({ fact: near.scored.fact.id, tied: true, why: `${what}; shares ${near.shared.join(", ") || "nothing"}` });
    }
    return { figure: frame.figure, frame, ranked: [near.scored], reason: "", considered, byFigure: near.shared, ...how };
  }

  /**
   * When the claim's words tie its figure to no fact: the fact whose figure is the claimed number
   * exactly, in the same unit, if the claim names what the fact is about (a term of its subject,
   * actor or place) or the number itself is telling (see `telling`), and nothing rules it out — no
   * other year, no other place, person or organisation, no other kind of the thing ("child
   * tickets" against "adult tickets"). The lexicon reads some claims otherwise than their source
   * ("6,541 applicants were offered a place" against "6,541 were offered a place", a fact of
   * students; "The vineyard covers 9.5 hectares" against "9,5 hektar vinstokke"); such a claim is
   * then still checked. Another event rules a fact out ("prices fell 14.4 percent" is not the rise
   * of 14.4 percent the source gives) — but not a verb the lexicon does not join with the fact's
   * when neither says a change, the claim names what the fact is about, the number is an amount
   * or has two significant digits or more, and no other fact of the claim's kind is tied by its
   * words ("The offer has drawn 1,437 registrations" against "attracted"); a claim that counts
   * something else is taken only for a number of three or more significant digits (two, for a count
   * or percentage whose words tie no fact at all: "The proceeds will be divided between 19 local
   * organisations" against "shared among 19 local groups", +15 −0 on test/newdocs). Never for
   * years. A hedged number, or a bound its number meets ("højst 300 meter"), only when no word of
   * the claim ties a fact of its kind (`noRival`): "omkring 1,8 millioner kroner" against "1,8 mio.
   * kr." (+24 on test/newdocs, none lost); else it coincides too easily (but see nearHedged).
   */
  private tieByFigure(frame: Frame, wordsTieOtherKind = false, noRival = false): { scored: Scored; shared: string[]; conflict?: true } | null {
    const figure = frame.figure;
    // (a hedged number too, "omkring 1,8 millioner kroner" against "1,8 mio. kr.", when no word of
    // the claim ties a fact of its kind)
    const giving = this.givingFacts(figure, noRival);
    if (!giving || typeof figure.value !== "number") return null;
    const value = figure.value;
    const family = familyOf(figure.kind);
    const said = this.claimKeys(frame);
    let best: { f: number; shared: string[]; conflict: boolean } | null = null;
    let stored: FigureValue | null = null;
    let covered: ReturnType<Matcher["coverage"]> | undefined;
    for (let f of giving) {
      let fact = this.factBase.facts[f];
      // (a stored round figure the source hedges is the claimed number too: "48 ton jern" against
      // "Around 48 tonnes of ironwork")
      const q = fact.figure.qualifier;
      // (and a bound the claim gives as the source does: "a minimum of 30 additional volunteer
      // puppy raisers" against "needs at least 30 new volunteer puppy raisers")
      if (familyOf(fact.figure.kind) !== family || !(q === "exact" || ((q === "about" || q === "nearly" || q === figure.qualifier) && fact.figure.value === value)) || (kindCompatibility(figure, fact) < 2 && !sameSpan(figure, fact.figure))) continue;
      // (facts that give the number as different figures: which one is meant is anybody's guess)
      if (stored && (stored.kind !== fact.figure.kind || stored.unit !== fact.figure.unit)) return null;
      stored = fact.figure;
      const a = this.assess(f, frame);
      // (a verb the lexicon does not join with the fact's, when the claim names what the fact is
      // about: "The offer has drawn 1,437 registrations" against "attracted 1,437 registrations")
      // (not when the words tie facts of the claim's kind, whose verbs are what tells them apart)
      const otherVerbOnly = noRival && !a.ok && a.otherVerb === true && a.blocker === undefined;
      // (nor when the words tie only facts of another unit, for an amount, share or measure of two
      // digits or more: what an extracted fact counts may be a misread word — "det 46 år gamle tag
      // skiftes" — and no fact of the claim's unit is tied. Not a bare count, which coincides too
      // easily: "I 14 tilfælde" against "14 brandstationer". +13 on test/newdocs, +5 −2 critical
      // with counts. A measure of one digit too, unless its verb is another, when the claim shares
      // a term with the fact: "Solaris dækker 4,2 hektar" against "fylder mest med 4,2 hektar")
      // (not one of another year than the claim's: no misread word makes "i år" of "Dengang", 2019)
      const looseOther = !a.ok && wordsTieOtherKind && figure.kind !== "count" && (value >= 10 || (figure.kind === "quantity" && !a.otherVerb)) && a.blocker === undefined && !a.otherTime;
      // (another thing counted: three significant digits, or two for a count or percentage whose
      // words tie no fact at all)
      const counting = figure.kind === "count" || figure.kind === "percent";
      const digits = noRival && !wordsTieOtherKind && counting ? 2 : 3;
      const refused = !a.ok && (a.excludes || a.blocker !== undefined || (a.conflict && significantDigits(value) < digits));
      if (refused && !otherVerbOnly && !looseOther) continue;
      // (let through by looseOther alone, which a measure of one digit needs a shared term for)
      const looseOnly = refused && !otherVerbOnly;
      // (nor one of another year than the claim's, which a refusal on its words left unasked, when
      // its quote gives a figure of its unit for the claim's: "fik 20.000 kr. i år" against "i år
      // fået 35.000 kr. …, mod 20.000 kr. i fjor")
      if (!a.ok && this.ofOtherTimeThanQuoteMate(frame, f)) continue;
      // (nor the value a change started from for a claim of the value it ended at, and back:
      // "falde til 21,9" is not "stige fra 21,9 til 22,6")
      if (this.otherEndOfChange(f, frame)) continue;
      // (nor one a fact of its quote sets apart: "An hour's jumping costs DKK 169 for children"
      // against "149 kr. for børn og 169 kr. for voksne" is about the children's 149, a mix-up)
      // (when the words tie no fact of the claim's kind; else the judge weighs those)
      // (nor one whose quote gives the claim's name to another figure of its kind: "Lindskov Sogn
      // har 102 konfirmander" against "Nørremark har 102, …, mens Lindskov med 96 er næststørst")
      const rival = (noRival ? this.contrastedBy(f, (covered ??= this.coverage(frame))) : null) ?? this.namedMate(frame, f, said);
      if (rival !== null) {
        if (kindCompatibility(figure, this.factBase.facts[rival]) < 2) continue;
        f = rival;
        fact = this.factBase.facts[f];
      }
      const { shared, namesIt } = this.sharedTerms(f, said);
      if (looseOnly && value < 10 && shared.length === 0) continue;
      // (and a number that coincides less easily than one digit: "Two babies were born" is no
      // "two babies" who crossed)
      if (otherVerbOnly && !(namesIt && telling(value, fact.figure.kind, true))) continue;
      if (!namesIt && !telling(value, fact.figure.kind, wordsTieOtherKind)) {
        // (a number of three significant digits tells only when the claim names no thing of its
        // own that the fact does not: "Energy costs climbed by 12.6 percent" is no rise of visitors)
        // (nor two, when the claim's words tie no fact and say nothing against this one: "Kontingentet
        // er sat op med 4,5 procent", where the source's rise of 4.5 percent names no fee)
        const unsaid = noRival && !a.ok && !a.conflict && !a.excludes && a.blocker === undefined;
        if (!(tellingIfUnnamed(value, fact.figure.kind) || (unsaid && coincidesLess(figure))) || this.namesOtherThing(frame, f)) continue;
      }
      if (!best || shared.length > best.shared.length) best = { f, shared, conflict: !a.ok && a.conflict === true };
    }
    return best ? { scored: { fact: this.factBase.facts[best.f], score: 0 }, shared: best.shared, ...(best.conflict ? { conflict: true as const } : {}) } : null;
  }

  /**
   * Of facts of one quote, those another sets apart by a thing the claim names: "En time i parken
   * koster 149 kr. for børn og 169 kr. for voksne" gives the children's price and the adults'; a
   * claim of "DKK 169 for children" is about the first, whose figure it gets wrong, not the second
   * (which has adults, a thing of the same broader kind, where the first has children). A fact
   * drops out when a fact of its quote, of a figure of the same kind and unit, has every thing of
   * the claim's it has and one more (that thing or a kind of it), of which it has a sibling instead.
   */
  private withoutContrasted(frame: Frame, ranked: Scored[]): Scored[] {
    const covered = this.coverage(frame);
    const kept = ranked.filter((r) => this.contrastedBy(this.indexOf(r.fact.id)!, covered) === null);
    return kept.length === ranked.length ? ranked : kept;
  }

  /**
   * The claim's things a fact has, each itself or a kind of it ("people" does not set cyclists
   * apart), per fact once; null when the claim names no thing.
   */
  private coverage(frame: Frame): ((f: number) => ReadonlySet<string>) | null {
    const things = this.claimKeys(frame).filter((k) => this.isThing(k));
    if (things.length === 0) return null;
    const seen = new Map<number, ReadonlySet<string>>();
    return (f) => {
      let set = seen.get(f);
      if (!set) seen.set(f, (set = new Set(things.filter((k) => this.factView(f).all.some((t) => t === k || this.index.ancestors(t).has(k))))));
      return set;
    };
  }

  /** The fact of its quote that sets this one apart from the claim (see withoutContrasted), or null. */
  private contrastedBy(f: number, covered: ReturnType<Matcher["coverage"]>): number | null {
    if (!covered) return null;
    const own = covered(f);
    const stored = this.factBase.facts[f].figure;
    for (const g of this.factsOfQuote(quoteKey(this.factBase.facts[f]))) {
      // (two figures of one kind and unit: a price for children and one for adults)
      const other = this.factBase.facts[g].figure;
      if (g === f || other.kind !== stored.kind || other.unit !== stored.unit) continue;
      const theirs = covered(g);
      if (theirs.size <= own.size || [...own].some((k) => !theirs.has(k))) continue;
      if ([...theirs].some((k) => !own.has(k) && this.hasSibling(f, k))) return g;
    }
    return null;
  }

  /** The fact of f's quote, of a figure of its kind and unit, that has a name (or place, person, organisation) of the claim's when f has none of the claim's terms in its own roles, or null. */
  private namedMate(frame: Frame, f: number, said: readonly string[]): number | null {
    const names = [...frame.names, ...frame.entities].filter((n) => n.known).map((n) => n.key);
    // (not when the claim names one of f's own roles: "Slots- og Kulturstyrelsen har støttet
    // projektet med 640.000 kroner" against the agency's 640.000 kr.)
    if (names.length === 0 || this.sharedTerms(f, said).namesIt) return null;
    // (its own roles: every fact's context holds the document's most named)
    const has = (g: number) => names.some((k) => this.factView(g).strong.includes(k));
    if (has(f)) return null;
    const stored = this.factBase.facts[f].figure;
    for (const g of this.factsOfQuote(quoteKey(this.factBase.facts[f]))) {
      const other = this.factBase.facts[g].figure;
      if (g !== f && other.kind === stored.kind && other.unit === stored.unit && has(g)) return g;
    }
    return null;
  }

  /** Whether a fact has a thing of the same broader kind as this one, not it nor of its kind. */
  private hasSibling(f: number, key: string): boolean {
    const parents = this.terms(key)?.broader ?? [];
    if (parents.length === 0) return false;
    return this.factView(f).all.some((t) => t !== key && this.isThing(t) && this.relatedIn(t, [key]) === undefined && (this.terms(t)?.broader ?? []).some((b) => parents.includes(b)));
  }

  /** The claim's terms the fact's own roles or events share; `namesIt`: one of its own roles is among them. */
  private sharedTerms(f: number, said: readonly string[]): { shared: string[]; namesIt: boolean } {
    const { strong } = this.factView(f);
    const events = this.index.factTerms[f].event;
    const shared: string[] = [];
    let namesIt = false;
    for (const k of said) {
      const own = this.relatedIn(k, strong) !== undefined;
      namesIt ||= own;
      if (own || (this.relatedIn(k, events) !== undefined && this.index.kindOf(k) !== "light")) shared.push(k);
    }
    return { shared, namesIt };
  }

  /**
   * A hedged round number ("omkring 1.300 elever", "nearly £2 million", two significant digits at
   * most; also an unhedged one ending in 0, which the judge calls close: "DKK 14 million" against
   * 14.3 million, +9 −1 measured so) that the claim's words tie to no fact it could be right
   * about: the one figure of its kind and unit that it rounds — within 5%, on the side the hedge
   * says ("knap 8.000" is at or below 8,000); for a hedged one whose words tie no fact of its kind,
   * within a hedge's span (10%) of a fact that shares a term with the claim, +11 −0 on
   * test/newdocs ("omkring 400 kvadratmeter" against 380 m2); none when a stored figure is the number itself,
   * which tieByFigure is for — if the words say nothing against that fact (no other year, place or
   * event, no other thing counted). Measured on claims
   * about unseen documents: of the hedged claims answered unverified where one stored figure was so
   * near, 61 were right about it and 2 were about something the source does not give.
   */
  private nearHedged(frame: Frame, ranked: readonly Scored[], wordsTieOtherKind = false): { scored: Scored; shared: string[] } | null {
    const figure = frame.figure;
    // (farther, within a hedge's span, for a hedged number whose words tie no fact or only facts of
    // another unit, if the fact shares a term with the claim: "omkring 400 kvadratmeter" against 380 m2)
    let wide = false;
    let giving = this.nearStored(figure);
    if (!giving && (wordsTieOtherKind || ranked.length === 0) && figure.qualifier !== "exact") {
      giving = this.nearStored(figure, HEDGE_SPAN);
      wide = true;
    }
    if (!giving) return null;
    // (not when the words tie a fact it may be right about: the judge weighs those)
    for (const r of ranked) {
      const s = r.fact.figure.value;
      if (typeof s === "number" && kindCompatibility(figure, r.fact) >= 2 && Math.abs(s - (figure.value as number)) <= HEDGE_SPAN * Math.abs(s)) return null;
    }
    const said = this.claimKeys(frame);
    for (const f of giving) {
      const a = this.assess(f, frame);
      // (what the fact counts may be a misread word when the words tie only facts of another
      // unit, as in tieByFigure: "Around 800 call-outs turned out to be false alarms" against 812)
      // (for a hedged one: an unhedged round number is weaker, "PostNord har 19.000 medarbejdere")
      const loose = wordsTieOtherKind && figure.qualifier !== "exact";
      // (another verb the lexicon knows is no bar when the claim names what the fact is about:
      // "The show's food hall hosted about 60 local producers" against "62 food and drink
      // producers in the expanded local food hall")
      // (not for a part of what it counts, which its verb says which: "Omkring 20 af klagerne kom
      // fra sommerhusejere" is no "modtog … 19 [klager] i 2022")
      // (nor for an unhedged round number, which says it is that number: "The runners won 1,500"
      // is no rounding of the 1,437 who finished)
      const otherVerbOnly = !a.ok && a.otherVerb === true && a.blocker === undefined && !a.conflict && !frame.part && isHedge(figure.qualifier) && this.sharedTerms(f, said).namesIt;
      if (!a.ok && !otherVerbOnly && (a.blocker !== undefined || (!loose && (a.excludes || a.conflict)))) continue;
      if (this.otherEndOfChange(f, frame)) continue;
      const { shared } = this.sharedTerms(f, said);
      if (wide && shared.length === 0) continue;
      return { scored: { fact: this.factBase.facts[f], score: 0 }, shared };
    }
    return null;
  }

  /**
   * When the claim's words tie its figure to facts of other figures: the fact that gives the
   * claimed number, if it is telling (three significant digits or more, not a year: "1.284
   * elever" against "1.284 børn, unge og voksne" when the words tie the 412 pupils of another
   * paragraph), nothing but the claim's counted word or verb tells them apart (see tieByFigure),
   * and it is in none of those facts' quotes — a number from the same sentence as the fact the
   * words tie is a mix-up of two of its figures (vineyard: "Årets høst endte på 27,2 tons" is
   * last year's harvest). Measured on claims about unseen documents: of such numbers, mostly the
   * claim is right about the fact that gives it. A year, too (see yearOfOtherFact): of 9 claimed
   * years so mismatched whose fact the words did not rule out, 8 were right.
   */
  private givenElsewhere(
    frame: Frame,
    ranked: readonly Scored[],
    /** tieByFigure(frame), when the caller has it already */
    byNumber?: ReturnType<Matcher["tieByFigure"]>,
  ): { scored: Scored; shared: string[] } | null {
    const figure = frame.figure;
    if (typeof figure.value !== "number" || significantDigits(figure.value) < 3) return null;
    const found = figure.kind === "year" ? this.yearOfOtherFact(frame) : byNumber !== undefined ? byNumber : this.tieByFigure(frame);
    if (!found) return null;
    const key = quoteKey(found.scored.fact);
    if (ranked.some((r) => quoteKey(r.fact) === key)) return null;
    // (not one that counts another thing than the claim's, when the words tie a fact of the
    // claim's kind: "The village hall has 1,162 member households" against 212 member households
    // and 1,162 residents is the households' figure mixed up)
    // (one that shares a word with the claim may count a misread word: "812 patienter var indlagt
    // med influenza" against 812 admissions; and the words must tie that fact by more than its
    // noun: "Danseskolen har 1.284 elever" is not hiphop's 412 pupils)
    if ("conflict" in found && found.conflict && found.shared.length === 0 && this.tiedBeyondNoun(frame, ranked)) return null;
    // (nor a year over a fact the words tie by what happened as well: "Aase Thygesen flyttede
    // permanent ind i sommerhuset i 2019" against "Aase Thygesen flyttede i 2021 …" and another
    // quote's 2019)
    if (figure.kind === "year" && this.tiedByEvent(frame, ranked[0])) return null;
    // (nor one whose quote gives another figure of its kind of a thing the claim names, which this
    // one is not of: "Nordkystfonden støtter projektet med 525.000 kr." against "kommer 600.000 kr.
    // fra Nordkystfonden, mens klubben selv lægger 525.000 kr." is the fund's 600,000 mixed up)
    if (this.quoteSetsApart(frame, this.indexOf(found.scored.fact.id)!)) return null;
    return found;
  }

  /** Whether the claim shares more than one term with the fact `r`, among them its verb (not one of saying). */
  private tiedByEvent(frame: Frame, r: Scored): boolean {
    const f = this.indexOf(r.fact.id)!;
    const events = this.index.factTerms[f].event;
    if (!frame.predicates.some((p) => p.known && !this.index.isReport(p.key) && events.includes(p.key))) return false;
    return this.sharedTerms(f, this.claimKeys(frame)).shared.length > 1;
  }

  /** Another fact of fact f's quote, of the claim's kind and another figure, has a thing of the claim's as its subject that f has not. */
  private quoteSetsApart(frame: Frame, f: number): boolean {
    const said = this.claimKeys(frame);
    const own = this.index.factTerms[f].subject;
    for (const g of this.factsOfQuote(quoteKey(this.factBase.facts[f]))) {
      const other = this.factBase.facts[g];
      if (g === f || kindCompatibility(frame.figure, other) < 2 || sameFigureValue(other.figure, this.factBase.facts[f].figure)) continue;
      if (this.index.factTerms[g].subject.some((k) => this.isThing(k) && said.includes(k) && !own.includes(k))) return true;
    }
    return false;
  }

  /** Whether the claim's words share more than one term with a tied fact of the claim's kind. */
  private tiedBeyondNoun(frame: Frame, ranked: readonly Scored[]): boolean {
    const said = this.claimKeys(frame);
    return ranked.some((r) => kindCompatibility(frame.figure, r.fact) >= 2 && this.sharedTerms(this.indexOf(r.fact.id)!, said).shared.length > 1);
  }

  /**
   * A count of part of what it counts, no whole given ("Sixty-one of the unsellable homes",
   * "Twenty-one of the shed's members are women"), whose words tie a larger figure, a whole: the
   * one fact of its kind that gives the claimed number exactly ("61 af dem ligger i …", "97 are
   * men and 21 are women"), unless the claim rules it out (a place, a year).
   */
  private partGivenElsewhere(frame: Frame, ranked: readonly Scored[]): { scored: Scored; shared: string[] } | null {
    const figure = frame.figure;
    const whole = ranked[0]?.fact.figure.value;
    if (!frame.part || figure.kind !== "count" || typeof figure.value !== "number" || typeof whole !== "number" || !(whole > figure.value)) return null;
    // (not where that fact is a part itself, as the claim's is: "Seventeen of them are still
    // living at the hotel" is what "Eleven of the evacuated residents are still staying" gets wrong)
    if (factPart(ranked[0].fact, this.factBase)) return null;
    const giving = this.givingFacts(figure);
    if (!giving) return null;
    let found: number | null = null;
    for (const f of giving) {
      const fig = this.factBase.facts[f].figure;
      if (fig.qualifier !== "exact" || fig.kind !== "count") continue;
      const a = this.assess(f, frame);
      if ((!a.ok && a.blocker !== undefined) || this.otherEndOfChange(f, frame)) continue;
      // (two facts give it: which part is meant is anybody's guess)
      if (found !== null) return null;
      found = f;
    }
    if (found === null) return null;
    // (a number of one digit is given by too much: only in the whole's sentence — "Fire af de nye
    // stillinger i escape room-centret" are no four escape rooms)
    if (figure.value < 10 && quoteKey(this.factBase.facts[found]) !== quoteKey(ranked[0].fact)) return null;
    return { scored: { fact: this.factBase.facts[found], score: 0 }, shared: this.sharedTerms(found, this.claimKeys(frame)).shared };
  }

  /**
   * The one fact that gives a claimed number of three significant digits or more (not a year),
   * in its unit, unless the claim rules it out (a place, a year) or it is the other end of a change
   * from the one claimed. Weaker than givenElsewhere, which wants the claim's words to say nothing
   * against it: the judge takes it only where the facts the words tie are equally about the
   * figure and none of them is of its sentence ("Hjortebæk Musikskole har 1.038 elever i det nye
   * skoleår" against "Ved skoleårets start var 1.038 elever indskrevet", when the words tie the
   * school's "more than 1,000" and 1,000 pupils). +8 on test/newdocs; for two significant digits
   * +12 more but five critical errors ("The herring quota rises by 22 per cent", the cod's), so one
   * of two only where the claim names what the fact is about and says nothing that rules it out
   * (another thing of its kind: the herring's against the cod's): +6 more, none critical.
   */
  private givenAnywhere(frame: Frame): Scored | null {
    const figure = frame.figure;
    const giving = this.givingFacts(figure);
    if (!giving || typeof figure.value !== "number" || significantDigits(figure.value) < 2) return null;
    // (a number of two significant digits only where the claim names what the fact is about, and
    // nothing it is not: "The herring quota rises by 22 per cent" is no cut of the cod's)
    const two = significantDigits(figure.value) < 3;
    let found: number | null = null;
    for (const f of giving) {
      const fact = this.factBase.facts[f];
      if (fact.figure.qualifier !== "exact" || fact.figure.kind !== figure.kind || kindCompatibility(figure, fact) < 2) continue;
      const a = this.assess(f, frame);
      if (!a.ok && a.blocker !== undefined) continue;
      if (two && ((!a.ok && a.excludes) || !this.sharedTerms(f, this.claimKeys(frame)).namesIt)) continue;
      if (this.otherEndOfChange(f, frame)) continue;
      if (found !== null) return null;
      found = f;
    }
    return found === null ? null : { fact: this.factBase.facts[found], score: 0 };
  }

  /**
   * When the claim's words tie its date to facts of other dates: the one fact whose date is the
   * claimed day (day and month, and year if the claim gives one), if it is in none of those facts'
   * quotes and the words say nothing against it ("The pool reopens to the public on 16 February"
   * against "will welcome swimmers again on Monday 16 February", when the words tie the pool's
   * closing in April 2024), or to no fact at all. A day and month coincide far less easily than a number.
   */
  private dayGivenElsewhere(frame: Frame, ranked: readonly Scored[]): { scored: Scored; shared: string[] } | null {
    const d = frame.figure.date;
    if (frame.figure.kind !== "date" || frame.figure.qualifier !== "exact" || d?.day === undefined || d.month === undefined) return null;
    const giving = this.daysGiving(frame.figure);
    if (giving.length === 0 || giving.length > MAX_CANDIDATES) return null;
    // (two stored days that are the claimed one in different years: which one is meant is anybody's guess)
    if (giving.some((f) => this.factBase.facts[f].figure.value !== this.factBase.facts[giving[0]].figure.value)) return null;
    const quotes = new Set(ranked.map((r) => quoteKey(r.fact)));
    for (const f of giving) {
      if (quotes.has(quoteKey(this.factBase.facts[f]))) return null;
    }
    for (const f of giving) {
      const a = this.assess(f, frame);
      // (another verb the lexicon knows is no bar when the claim names what the fact is about:
      // "reopens" against "will welcome swimmers again"; a fact the words do not tie must share a
      // term with the claim, other than a word of saying or expecting)
      if (!a.ok && (a.blocker !== undefined || (a.excludes && !a.otherVerb))) continue;
      const { shared, namesIt } = this.sharedTerms(f, this.claimKeys(frame));
      // (not for a day of a year, which coincides with no other: "The longer opening hours take
      // effect on Monday 5 January 2026" against "Fra mandag den 5. januar 2026 kan unge …")
      // (nor for a day said with its weekday, the stored day's: "træder i kraft mandag den 11.
      // august" against "møder ind efter sommerferien mandag den 11. august")
      if (!a.ok && !namesIt && !this.sharesContent(shared) && d.year === undefined && !weekdayOfStored(frame, this.factBase.facts[f])) continue;
      return { scored: { fact: this.factBase.facts[f], score: 0 }, shared };
    }
    return null;
  }
  private byDay: Map<string, number[]> | undefined;

  /**
   * When the claim's words tie its time of day to no fact of its kind, or to facts of other times
   * in other sentences: the one fact whose time it is — the stored time, or an end of a stored
   * span of hours ("open until 6.30pm" against "from 8am to 6.30pm on weekdays"; the judge's
   * clock-span-end) — when the words say nothing against that fact and share a term with it
   * ("Lauridsen fandt de døde dyr kl. 6.30" against "Jeg fandt dem klokken halv syv om morgenen").
   * A time of day is given by few facts of a document, as a day is (see dayGivenElsewhere).
   */
  private clockGivenElsewhere(frame: Frame, ranked: readonly Scored[], noneOfKind = false): { scored: Scored; shared: string[]; byKind?: true } | null {
    const figure = frame.figure;
    if (!isClock(figure.kind) || (figure.qualifier !== "exact" && figure.qualifier !== "range")) return null;
    const [low, high] = figure.qualifier === "range" ? [figure.low, figure.high] : [figure.value, figure.value];
    if (typeof low !== "number" || typeof high !== "number") return null;
    this.byClock ??= (() => {
      const by = new Map<number, number[]>();
      this.factBase.facts.forEach((fact, f) => {
        const v = fact.figure;
        if (!isClock(v.kind)) return;
        const ends = v.qualifier === "range" ? [v.low, v.high] : v.qualifier === "exact" ? [v.value] : [];
        for (const t of new Set(ends)) if (typeof t === "number") (by.get(t) ?? by.set(t, []).get(t)!).push(f);
      });
      return by;
    })();
    // (a span of hours is given by a fact with both its ends; one time by a fact of it, or with it as an end)
    const giving = (this.byClock.get(low) ?? []).filter((f) => {
      const v = this.factBase.facts[f].figure;
      return figure.qualifier !== "range" || (v.qualifier === "range" && v.low === low && v.high === high);
    });
    if (giving.length > 1) return null;
    if (giving.length === 0) return noneOfKind ? this.soleClockSharing(frame) : null;
    const f = giving[0];
    if (ranked.some((r) => quoteKey(r.fact) === quoteKey(this.factBase.facts[f]))) return null;
    const a = this.assess(f, frame);
    if (!a.ok && (a.blocker !== undefined || (a.excludes && !a.otherVerb))) return null;
    const { shared, namesIt } = this.sharedTerms(f, this.claimKeys(frame));
    if (!a.ok && !namesIt && !this.sharesContent(shared)) return null;
    return { scored: { fact: this.factBase.facts[f], score: 0 }, shared };
  }

  /**
   * For an amount of money, a measure, a percentage or a count no fact gives, whose words tie no
   * fact of its kind: the one fact in its unit that it may be a slip of (see slipsOf: a hedged
   * amount or measure near the stored one, or any of them with the stored digits in another order),
   * that shares a term with the claim and that the words say nothing against — "The new longhouse
   * cost DKK 4.7 million to build" against "Langhuset kostede 7,4 mio. kr.", "rose by 32 per cent"
   * against 23 per cent. Measured on test/newdocs: +37 −0 for money and measures; with any number
   * within half again, +46 −21, every loss a claim of a figure the source does not give called
   * wrong (a salary, a van's price), so near but unhedged numbers are left alone. Percentages and
   * counts in another order: +15 −1; a count of two digits coincides too easily ("12 sponsorer"
   * against 21 members, +2 −2), so a count needs three.
   */
  private soleOfUnitSharing(frame: Frame): { scored: Scored; shared: string[] } | null {
    const figure = frame.figure;
    const key = slipKey(figure);
    const value = figure.value;
    if (key === undefined || typeof value !== "number" || (figure.unit !== undefined && NOT_TELLING_UNITS.has(figure.unit))) return null;
    if (this.index.factsByNumber.get(value)?.some((f) => slipKey(this.factBase.facts[f].figure) === key)) return null;
    return this.soleSharing(frame, this.slipsOf(figure, key, value));
  }

  /**
   * The facts of the claim's kind and unit (slipKey) whose point a claimed number may be a
   * writer's slip of: the same digits in another order (4.7 for 7.4, 3,200 for 2,300; three digits
   * at least for a count, whose two coincide too easily: "12 sponsorer" against 21 members), or,
   * for a hedged amount or measure, a figure within half again of it ("nearly 40 million kroner"
   * for 38.6 million). Looked up by key and by a bounded range, not by reading every fact.
   */
  private slipsOf(figure: Figure, key: string, value: number): number[] {
    const facts = this.factBase.facts;
    const point = (f: number) => facts[f].figure.qualifier !== "range" && typeof facts[f].figure.value === "number" && slipKey(facts[f].figure) === key;
    const out = new Set<number>();
    const own = digitsOf(value);
    this.byDigits ??= indexesBy(facts, (fact) => {
      const k = slipKey(fact.figure);
      const d = typeof fact.figure.value === "number" ? digitsOf(fact.figure.value) : undefined;
      return k !== undefined && d !== undefined ? `${k}|${d.key}` : undefined;
    });
    if (own && own.count >= (key === "count" ? 3 : 2)) for (const f of this.byDigits.get(`${key}|${own.key}`) ?? []) if (point(f)) out.add(f);
    if (isHedge(figure.qualifier) && unitOf(figure) !== undefined) {
      for (const f of this.index.factsByNumber.within(value / NEAR_SLIP, value * NEAR_SLIP, MAX_NEAR) ?? []) if (point(f)) out.add(f);
    }
    return [...out];
  }
  private byDigits: Map<string, number[]> | undefined;

  /**
   * For a time of day no fact gives, whose words tie no fact: the one fact of a time of day that
   * shares a term with the claim and that the words say nothing against, which it may then get
   * wrong ("Trapping shifts often begin at 4am" against "volunteers … from 5am"; "Borgermødet
   * begyndte kl. 19.30" against a meeting "fra kl. 19.00"). A document gives few times of day, so
   * one that shares a word is what the claim is about; two or more, and it is anybody's guess.
   * Measured on test/newdocs: +12 −1 (a claim of a new session, against the old one's hours).
   */
  private soleClockSharing(frame: Frame): { scored: Scored; shared: string[]; byKind: true } | null {
    this.clockFacts ??= [...new Set([...this.byClock!.values()].flat())];
    const sole = this.soleSharing(frame, this.clockFacts);
    return sole ? { ...sole, byKind: true } : null;
  }

  /**
   * Of some facts, the one that shares a term with the claim (not a word of saying) and that the
   * words say nothing against; null for none, or for two or more: which is meant is anybody's
   * guess. Bounded, as candidates are: among many such facts the words must tie one.
   */
  private soleSharing(frame: Frame, facts: readonly number[]): { scored: Scored; shared: string[] } | null {
    if (facts.length > MAX_CANDIDATES) return null;
    let found = -1;
    let sharedOf: string[] = [];
    for (const f of facts) {
      const a = this.assess(f, frame);
      if (!a.ok && (a.blocker !== undefined || (a.excludes && !a.otherVerb))) continue;
      if (this.otherEndOfChange(f, frame)) continue;
      const { shared, namesIt } = this.sharedTerms(f, this.claimKeys(frame));
      if (!namesIt && !this.sharesContent(shared)) continue;
      if (found >= 0) return null;
      found = f;
      sharedOf = shared;
    }
    return found >= 0 ? { scored: { fact: this.factBase.facts[found], score: 0 }, shared: sharedOf } : null;
  }
  private byClock: Map<number, number[]> | undefined;
  private clockFacts: number[] | undefined;

  /** The facts whose figure is the claimed day (of its year, when the claim names one). */
  private daysGiving(figure: Figure): number[] {
    const d = figure.date;
    if (d?.day === undefined || d.month === undefined) return [];
    this.byDay ??= indexesBy(this.factBase.facts, (fact) => {
      const fd = fact.figure.date;
      return fact.figure.kind === "date" && fact.figure.qualifier === "exact" && fd?.day !== undefined ? `${fd.month}-${fd.day}` : undefined;
    });
    return (this.byDay.get(`${d.month}-${d.day}`) ?? []).filter((f) => d.year === undefined || this.factBase.facts[f].figure.date?.year === d.year);
  }

  /**
   * For a claimed month and year the words tie to no fact ("Skøjtebanen åbnede i november 2024"):
   * the one fact whose figure is that month of that year, on the terms of yearOfOtherFact.
   */
  private monthOfOtherFact(frame: Frame): { scored: Scored; shared: string[] } | null {
    const d = frame.figure.date;
    if (frame.figure.qualifier !== "exact" || d?.month === undefined || d.year === undefined) return null;
    this.byMonth ??= indexesBy(this.factBase.facts, (fact) => (fact.figure.kind === "month" && fact.figure.qualifier === "exact" ? String(fact.figure.value) : undefined));
    let found: { f: number; shared: string[] } | null = null;
    for (const f of this.byMonth.get(String(frame.figure.value)) ?? []) {
      const a = this.assess(f, frame);
      if (a.ok || a.conflict || a.excludes || a.blocker !== undefined) continue;
      const shared = this.sharedIfUnnamedTime(f, frame, d.year);
      if (!shared) continue;
      if (found !== null) return null;
      found = { f, shared };
    }
    return found === null ? null : { scored: { fact: this.factBase.facts[found.f], score: 0 }, shared: found.shared };
  }

  /**
   * For a claimed time the words tie to no fact (yearOfOtherFact's `notOfAmount`, monthOfOtherFact):
   * the terms the claim shares with fact f, if no amount of f's quote is of that year and they
   * include one other than a word of saying or expecting; else null.
   */
  private sharedIfUnnamedTime(f: number, frame: Frame, year: number): string[] | null {
    // (not for a claim of a change, which the year only dates: "accidents involving e-scooters doubled in 2024")
    if (this.quoteDatesAmount(f, year) || frame.predicates.some((p) => p.known && this.isChange(p.key))) return null;
    const { shared } = this.sharedTerms(f, this.claimKeys(frame));
    return this.sharesContent(shared) ? shared : null;
  }

  /** Whether shared terms include one other than a word of saying or expecting ("ventes", "expected"). */
  private sharesContent(shared: readonly string[]): boolean {
    return shared.some((k) => !this.index.isReport(k));
  }
  private byMonth: Map<string, number[]> | undefined;

  private byYearSpan: Map<string, number[]> | undefined;

  /** The facts of a span of years from `low` to `high` (indexed once, on first use). */
  private yearSpans(low: number, high: number): readonly number[] | undefined {
    this.byYearSpan ??= indexesBy(this.factBase.facts, (f) => (f.figure.kind === "year" && f.figure.qualifier === "range" ? `${f.figure.low}-${f.figure.high}` : undefined));
    return this.byYearSpan.get(`${low}-${high}`);
  }

  /**
   * For givenElsewhere, a claimed year: the one fact whose figure is that year, if the claim's
   * words say nothing against it — they only do not say what it is about ("Vejle Pigekor blev
   * grundlagt i 1975" against "Da organist Inger Marie Thomsen i 1975 samlede elleve piger", when
   * the words tie this year's concert). `notOfAmount`, for a claim whose words tie no fact at all:
   * not a year a change of the fact's quote is of, nor for a claim of a change, and only when the
   * claim shares a term with the fact other than a word of saying or expecting.
   */
  private yearOfOtherFact(frame: Frame, notOfAmount = false): { scored: Scored; shared: string[] } | null {
    const figure = frame.figure;
    // (a year or, when the words tie no fact, a span since it, given as the source gives it:
    // "has led the collection in the parish since 2012" against "har stået for indsamlingen siden 2012";
    // not over the words' own fact: "classified as 'sufficient' since 2021" is no "badeadvarsler
    // siden 2021")
    // (or a span of years from one to another, both as the source gives them, which is telling
    // enough alone: "used openly and continuously from 1998 to 2018" against "between 1998 and
    // 2018" of a fact the extract drafted about the report's pages)
    const span = figure.qualifier === "range" && figure.low !== undefined && figure.high !== undefined;
    if (!span && figure.qualifier !== "exact" && !(notOfAmount && isBeforeOrAfter(figure.qualifier))) return null;
    const giving = span ? this.yearSpans(figure.low!, figure.high!) : this.index.factsByNumber.get(figure.value as number);
    if (!giving || giving.length > MAX_CANDIDATES) return null;
    // (a claim of when a state began is about the year it began, when no fact gives the year as it
    // does: "Banen har været i brug siden 1986" against "Banen blev anlagt i 1986"; see FigureValue.since)
    const began = figure.since === true && !giving.some((f) => this.factBase.facts[f].figure.kind === "year" && this.factBase.facts[f].figure.qualifier === figure.qualifier);
    let found: { f: number; shared: string[] } | null = null;
    for (const f of giving) {
      const fact = this.factBase.facts[f];
      if (fact.figure.kind !== "year" || (fact.figure.qualifier !== figure.qualifier && !began)) continue;
      if (span ? fact.figure.low !== figure.low || fact.figure.high !== figure.high : fact.figure.value !== figure.value) continue;
      const a = this.assess(f, frame);
      // (for a span, another thing or verb of the claim's than the fact's is no bar: the span is telling)
      if (a.ok || (!span && (a.conflict || a.excludes)) || a.blocker !== undefined) continue;
      // (and the claim shares a term with it other than a word of saying or expecting: "ventes at
      // være i drift i 2026" is no "results are expected to be published in 2026")
      const shared = span ? this.sharedTerms(f, this.claimKeys(frame)).shared : notOfAmount ? this.sharedIfUnnamedTime(f, frame, figure.value as number) : [];
      if (!shared) continue;
      if (found !== null) return null;
      found = { f, shared };
    }
    return found === null ? null : { scored: { fact: this.factBase.facts[found.f], score: 0 }, shared: found.shared };
  }

  /**
   * When the claim's words tie its figure only to facts of another kind ("Cargo volumes fell by
   * 4.1 percent" against "71.500 tons gods, et fald på 3,2 procent"): the one fact of its kind
   * that the quote of the best of them gives, if there is exactly one, it counts no thing the
   * claim does not name, and nothing rules it out.
   */
  private onlyOfKindInQuote(frame: Frame, ranked: readonly Scored[]): Scored | null {
    const top = ranked[0]?.fact;
    if (!top || !isAmount(frame.figure.kind)) return null;
    const f0 = this.indexOf(top.id)!;
    this.quoteFacts ??= indexesBy(this.factBase.facts, quoteKey);
    let found: number | null = null;
    for (const f of this.quoteFacts.get(quoteKey(top)) ?? []) {
      const fact = this.factBase.facts[f];
      if (fact === top || (kindCompatibility(frame.figure, fact) < 2 && !sameSpan(frame.figure, fact.figure))) continue;
      if (found !== null && !sameFigureValue(this.factBase.facts[found].figure, fact.figure)) return null;
      found ??= f;
    }
    if (found === null) return null;
    // (not one that counts a thing of its own that neither the claim nor the fact its words tie
    // names: "1,4 km" of a new road is not the quote's "3,2 km cykelstier")
    const said = [...this.claimKeys(frame), ...this.index.factTerms[f0].subject];
    const things = this.index.factTerms[found].subject.filter((k) => this.isThing(k));
    if (things.length > 0 && !things.some((k) => said.some((c) => this.relatedIn(c, [k]) !== undefined))) return null;
    const a = this.assess(found, frame);
    if (!a.ok && (a.excludes || a.blocker !== undefined || a.conflict)) return null;
    return { fact: this.factBase.facts[found], score: 0 };
  }

  /**
   * Whether another fact of fact f's quote, of its kind, counts the claim's head and has for its
   * event what one of these verbs says.
   */
  private quoteMateSays(f: number, verbs: readonly Slot[], head: Slot | null | undefined): boolean {
    if (!head?.known) return false;
    const kind = this.factBase.facts[f].figure.kind;
    return this.factsOfQuote(quoteKey(this.factBase.facts[f])).some(
      (g) =>
        g !== f &&
        this.factBase.facts[g].figure.kind === kind &&
        this.relatedIn(head.key, this.index.factTerms[g].subject) !== undefined &&
        verbs.some((p) => this.agreeingPredicate(p.key, this.factView(g).events) !== undefined),
    );
  }

  /** Whether another fact of fact f's quote, of its unit, is said to be of the claimed year. */
  private quoteMateOfYear(f: number, claimed: Anchor): boolean {
    const unit = unitKey(this.factBase.facts[f].figure);
    return this.factsOfQuote(quoteKey(this.factBase.facts[f])).some((g) => g !== f && unitKey(this.factBase.facts[g].figure) === unit && this.factAnchors(g).some((b) => sameYear(claimed, b)));
  }

  /** Whether fact `f` is of another time than the claim says, and a fact of its quote in its unit is of that time. */
  private ofOtherTimeThanQuoteMate(frame: Frame, f: number): boolean {
    if (this.timeScore(frame, f) !== null) return false;
    const unit = unitKey(this.factBase.facts[f].figure);
    return this.factsOfQuote(quoteKey(this.factBase.facts[f])).some((g) => g !== f && unitKey(this.factBase.facts[g].figure) === unit && (this.timeScore(frame, g) ?? 0) > 0);
  }

  private quoteFacts: Map<string, number[]> | null = null;

  /** The indexes of the facts whose quote has this key (see quoteKey), in the base's order. */
  factsOfQuote(key: string): readonly number[] {
    this.quoteFacts ??= indexesBy(this.factBase.facts, quoteKey);
    return this.quoteFacts.get(key) ?? [];
  }

  /**
   * Whether the claim names, besides the names of `group`, a person of the fact's own in full and
   * apart from them: "Trewin finished nine points clear of runner-up Declan Hesketh" against "…,
   * four ahead of the runner-up, Declan Hesketh of Arnford". Not a part of the same name ("Colin
   * Ashworth" against Brenda Ashworth's age), nor a lone name ("Regent grapes reached 22 degrees Brix").
   */
  private namesOwnPersonApart(frame: Frame, group: readonly Slot[], strong: readonly string[]): boolean {
    return strong.some(
      (k) =>
        this.classOf(k) === "name" &&
        frame.entities.some((e) => e.key === k && !group.some((x) => nextTo(x, e)) && frame.entities.some((o) => o.key !== k && !group.includes(o) && nextTo(o, e))),
    );
  }

  /** Whether a fact's figure is the only age its quote gives. */
  private onlyAgeOfQuote(f: number): boolean {
    return this.factsOfQuote(quoteKey(this.factBase.facts[f])).every((g) => g === f || this.factBase.facts[g].figure.unit !== "age");
  }

  /**
   * Whether the source document of fact `f` writes a name, in any spelling: case, accents, "ø"/"oe",
   * "å"/"aa", and a Danish genitive "s" aside ("Tjornholm", "Brantwicks"). A source with no
   * stored text writes every name.
   */
  private sourceWrites(f: number, name: string): boolean {
    const doc = this.factBase.facts[f].document;
    const key = `${doc}\u0000${name}`;
    let writes = this.sourceWritesCache.get(key);
    if (writes === undefined) {
      let text = this.sourceSkeletons.get(doc);
      if (text === undefined) this.sourceSkeletons.set(doc, (text = nameSkeleton(this.factBase.documents[doc]?.text ?? "")));
      const own = nameSkeleton(name);
      writes = text === "" || own === "" || text.includes(own) || (own.length > 3 && own.endsWith("s") && text.includes(own.slice(0, -1)));
      this.sourceWritesCache.set(key, writes);
    }
    return writes;
  }

  private readonly sourceSkeletons = new Map<string, string>();
  private readonly sourceWritesCache = new Map<string, boolean>();

  /** Whether another fact of fact f's quote (`ofKind`: of its kind and unit) has one of these terms in a role of its own. */
  private quoteNamesOwn(f: number, keys: readonly string[], ofKind = false): boolean {
    for (const g of this.factsOfQuote(quoteKey(this.factBase.facts[f]))) {
      if (g === f || (ofKind && !sameUnit(this.factBase.facts[g].figure, this.factBase.facts[f].figure))) continue;
      const gt = this.index.factTerms[g];
      if (keys.some((k) => gt.subject.includes(k) || gt.actor.includes(k) || gt.place.includes(k))) return true;
    }
    return false;
  }

  /** The facts a figure may be tied to by its number alone (see tieByFigure), if any; `hedged`: a hedged number or a bound it meets too (HEDGED). */
  private givingFacts(figure: Figure, hedged = false): readonly number[] | undefined {
    if (typeof figure.value !== "number" || !(figure.qualifier === "exact" || (hedged && HEDGED.has(figure.qualifier))) || figure.kind === "year") return undefined;
    let giving = this.index.factsByNumber.get(figure.value);
    // (a quantity in another unit of its measure: "1,4 kvadratkilometer" gives the 140 hectares too,
    // "one hour" the 60 minutes)
    if (figure.kind === "quantity") {
      for (const v of inOtherUnits(figure.value, figure.unit)) {
        const more = this.index.factsByNumber.get(v);
        if (more) giving = giving ? [...giving, ...more] : more;
      }
    }
    // (a number many facts give is no sign of any one of them: the look-up stays bounded)
    return giving && giving.length > 0 && giving.length <= MAX_CANDIDATES ? giving : undefined;
  }

  /** Whether a figure whose sentence names no term of any fact may still be tied by its number alone. */
  private mayTieByFigure(figure: Figure): boolean {
    // (not the ties of a hedged round number or of the one figure in a unit, nearHedged and
    // onlyOfUnit: with no word of the claim a term of any fact, a near number is too weak a sign —
    // "9.6 hectares" is no claim about the one 9.5 hectares of the base; "omkring 1,8 millioner
    // kroner" that a fact gives exactly may be, tieByFigure)
    // (nor a day of a year a fact gives: dayGivenElsewhere)
    if (figure.kind === "date") return figure.qualifier === "exact" && figure.date?.year !== undefined && this.daysGiving(figure).length > 0;
    // (nor a span of years a fact gives: yearOfOtherFact)
    if (figure.kind === "year" && figure.qualifier === "range" && figure.low !== undefined && figure.high !== undefined) return this.yearSpans(figure.low, figure.high) !== undefined;
    return typeof figure.value === "number" && (telling(figure.value, figure.kind) || tellingIfUnnamed(figure.value, figure.kind)) && this.givingFacts(figure, true) !== undefined;
  }

  /** Facts that share a head, topic or entity with the frame (or a broader or narrower one), of a fitting kind. */
  private candidates(frame: Frame): number[] {
    const keys = new Set<string>();
    const add = (s: Slot | null | undefined) => {
      if (s?.known) for (const k of this.related(s.key)) keys.add(k);
    };
    add(frame.head);
    frame.alternatives.forEach(add);
    add(frame.room);
    // (the other role of a person named by two: see assessHead; not the first part of a compound,
    // which only weighs where the claim's other words make the fact a candidate: 11 more false alarms)
    if (frame.head?.known && this.isPerson(frame.head.key)) {
      for (const m of frame.modifiers) if (m.known && this.isPerson(m.key)) add(m);
    }
    // (nor, under a head that is only a word of the document, a thing before it: "Sheep throughput
    // … was once 83,000" is about the sheep a fact counts, where the source says throughput of
    // cattle; not a possessor, "Sidste års cider")
    else if (frame.head?.known && frame.head.key.startsWith("~")) {
      for (const m of frame.modifiers) if (m.known && !m.key.startsWith("~") && this.isThing(m.key) && !/s$/i.test(m.text)) add(m);
    }
    frame.topic.slice(0, 4).forEach(add);
    frame.entities.forEach(add);
    frame.predicates.slice(0, 2).forEach(add);
    if (frame.head && this.isPlace(frame.head.key)) keys.add("people");
    const lists: Int32Array[] = [];
    for (const k of keys) {
      const l = this.index.byConcept.get(k);
      if (l) lists.push(l);
    }
    lists.sort((a, b) => a.length - b.length);
    const gen = this.nextGen();
    const out: number[] = [];
    const family = familyOf(frame.figure.kind);
    for (const l of lists) {
      for (let i = 0; i < l.length; i++) {
        const f = l[i];
        if (this.stamp[f] === gen) continue;
        this.stamp[f] = gen;
        if (familyOf(this.factBase.facts[f].figure.kind) !== family) continue;
        out.push(f);
        if (out.length >= MAX_CANDIDATES) return out;
      }
    }
    return out;
  }

  /**
   * Whether any term the sentence names leads (as candidates() follows keys) to a fact of one of
   * the figures' families: false means no frame of the sentence has a candidate.
   */
  private mayHaveCandidates(occurrences: readonly Occurrence[], figures: readonly Figure[]): boolean {
    let wanted = 0;
    for (const f of figures) wanted |= 1 << familyOf(f.kind);
    for (const o of occurrences) {
      if (this.familiesOf(o.key) & wanted) return true;
      if (this.isPlace(o.key) && this.familiesOf("people") & wanted) return true;
    }
    return false;
  }

  /** Bit 1 << family for each family of the facts a key leads to (itself, broader, narrower). */
  private readonly familyCache = new Map<string, number>();
  private familiesOf(key: string): number {
    let mask = this.familyCache.get(key);
    if (mask !== undefined) return mask;
    mask = 0;
    const seen = key === "people" ? [key] : this.related(key);
    for (const k of seen) {
      const l = this.index.byConcept.get(k);
      if (l) for (let i = 0; i < l.length && mask !== 3; i++) mask |= 1 << familyOf(this.factBase.facts[l[i]].figure.kind);
    }
    this.familyCache.set(key, mask);
    return mask;
  }

  /** A key, its broader concepts, and the facts' terms that have it as a broader concept. */
  private readonly relatedCache = new Map<string, string[]>();
  private related(key: string): string[] {
    let r = this.relatedCache.get(key);
    if (r) return r;
    const set = new Set(this.index.ancestors(key));
    for (const k of this.narrowerInFacts(key)) set.add(k);
    r = [...set];
    this.relatedCache.set(key, r);
    return r;
  }

  private narrowerIndex: Map<string, string[]> | null = null;
  /** Terms used by facts that have `key` among their broader concepts. */
  private narrowerInFacts(key: string): string[] {
    if (!this.narrowerIndex) {
      this.narrowerIndex = new Map();
      for (const k of this.index.byConcept.keys()) {
        for (const a of this.index.ancestors(k)) {
          if (a === k) continue;
          const list = this.narrowerIndex.get(a);
          if (list) list.push(k);
          else this.narrowerIndex.set(a, [k]);
        }
      }
    }
    return this.narrowerIndex.get(key) ?? [];
  }

  private nextGen(): number {
    if (++this.stampGen >= 0x7ffffff0) {
      this.stamp.fill(0);
      this.stampGen = 1;
    }
    return this.stampGen;
  }

  // -------------------------------------------------------------------------------------------
  // One fact against one frame

  private assess(f: number, frame: Frame): Assessment {
    const fact = this.factBase.facts[f];
    const ft = this.index.factTerms[f];
    const compat = kindCompatibility(frame.figure, fact);
    if (compat === 0) return { ok: false, why: `it stores ${withArticle(fact.figure.kind)}, the figure is ${withArticle(frame.figure.kind)}` };
    // ("There are 66 children" is no count of the "66 flere børn" there is room for; "rose by 187" may be)
    if (frame.figure.kind === "count" && !frame.more && !frame.added && fact.figure.kind === "count" && this.factMore(f) && !frame.predicates.some((p) => p.known && this.isChange(p.key))) {
      return { ok: false, why: "the fact says how many more, the claim how many in all", excludes: true };
    }
    // (nor a part of a whole that has no verb of its own, of a count a change's verb is of: "holds
    // 25 of the 47 seats" is no "Cutting eight seats")
    if (frame.figure.kind === "count" && (frame.part || frame.ofFigure || frame.whole) && !frame.more && !frame.added && frame.predicates.length === 0 && fact.figure.kind === "count" && ft.event.some((k) => this.isChange(k))) {
      return { ok: false, why: "the fact counts what a change is of, the claim a part of a whole", excludes: true };
    }
    // ("har sat 52 af de nye kameraer op" is no "fitted 44 of the 52 cameras": a part is no whole)
    if (frame.part && this.factWhole(f)) return { ok: false, why: "the claim counts a part, the fact the whole", excludes: true };
    const view = this.factView(f);
    const { strong } = view;
    // (one step per part of the frame, each its own method: V8 re-optimises a large function
    // whole whenever it meets a new object shape, at a cost that grows faster than its size)
    const t: Tally = { score: 0, why: [], entitySupport: false, headSupport: false, predicateSupport: false, otherEvent: false };
    const refused = this.assessEntities(f, frame, view, t) ?? this.assessHead(f, frame, view, t) ?? this.assessEvent(f, frame, view, t);
    if (refused) return refused;
    // A date counts nothing: the noun nearest it need not be what it is about ("The zoo opened its
    // gates in 1968" is about the zoo's opening), when the claim says what happened as the fact does.
    if (!t.headSupport && t.predicateSupport && isTime(frame.figure.kind) && frame.figure.qualifier === "exact") {
      this.assessTopic(f, frame, view, t);
      // (nor the last part of a compound: "Biografbygningen blev opført i 1938" is about the cinema's building)
      const own = t.headSupport ? undefined : firstOf(frame.modifiers, (m) => (m.known ? this.relatedIn(m.key, this.index.factTerms[f].subject) : undefined));
      if (own) {
        t.headSupport = true;
        t.why.push(`about ${own}`);
      }
    }
    let score = t.score;
    const { why, entitySupport, headSupport, predicateSupport } = t;

    // Other terms of the clause in common.
    for (const c of frame.context) {
      if (!c.known || c === frame.head) continue;
      if (ft.all.has(c.key)) score += 0.3 * this.weight(c.key);
    }

    // When: a year in the claim's clause against the fact's.
    const time = this.timeScore(frame, f);
    if (time === null) return { ok: false, why: "the claim gives another year or month", excludes: true, otherTime: true };
    score += time;
    // The value before a change is not what a claim of the present says: "dropped to 9,870"
    // against "fell to 9,215 from 9,870" is about the 9,215 (unless the claim says when); the
    // value after it is not what a claim of the value before says ("previously cost £22").
    // (enough to leave the facts "equally about" it: see the judge's margin)
    if (this.otherEndOfChange(f, frame)) score -= Math.max(2, 0.3 * Math.abs(score));
    if (compat === 3) score += 0.5;
    // How many more against how many in all ("200 more volunteers" against "740 frivillige";
    // "66 children" against "plads til 66 flere børn"): of facts the claim fits equally, one that
    // says it the same way (see the judge's margin).
    if (frame.figure.kind === "count" && fact.figure.kind === "count" && !frame.added && (frame.more === true) !== this.factMore(f)) score -= MORE_PENALTY;
    // A bound of the same sense ("by the end of July" and "before the end of August") says more.
    if (frame.figure.qualifier !== "exact" && frame.figure.qualifier === fact.figure.qualifier) score += 1;
    else if (compat === 1) score -= 100; // a fact in another unit only when nothing in the same unit is about it

    if (!headSupport && !(entitySupport && (predicateSupport || frame.predicates.length === 0))) {
      return { ok: false, why: "the claim does not say what the fact is about" };
    }
    // Of facts the claim fits equally, the one it says more of: each of the fact's own terms the
    // claim does not mention costs a little (a headline naming who approved it, against the
    // sentence that gives the cost).
    const said = this.claimKeys(frame);
    for (const k of strong) if (!this.relatedIn(k, said)) score -= 0.1;
    for (const k of ft.event) if (!this.relatedIn(k, said)) score -= 0.1;
    return { ok: true, score, why: why.join(", "), otherEvent: t.otherEvent };
  }

  /**
   * Named entities and names (support from a name the fact itself names; its context — the
   * document's cast — only weighs).
   */
  private assessEntities(f: number, frame: Frame, view: FactView, t: Tally): Refusal | null {
    const ft = this.index.factTerms[f];
    const { strong, unclassed } = view;
    // The other words of a name the fact counts by its last ("Topchef Mikkel Thorsø" for a fact of
    // Thorsø's age) are that person's: no other name, and not a name the fact lacks — unless the
    // fact gives another first name ("Lucía Ortega" is not Manuel Ortega).
    // (read only for a claim whose head has words before it, the fact's subject being that head)
    const headKey = frame.head?.known ? frame.head.key : undefined;
    const personal = headKey !== undefined && frame.modifiers.length > 0 && ft.subject.includes(headKey);
    const claimed = (k: string) => frame.modifiers.some((s) => s.key === k) || frame.entities.some((s) => s.key === k);
    const otherName =
      personal && frame.modifiers.some((m) => m.known && !ft.subject.includes(m.key)) && ft.subject.some((k) => k !== headKey && this.classOf(k) !== undefined && !claimed(k));
    const ownName = (s: Slot) => personal && !otherName && frame.modifiers.some((m) => m.start === s.start);

    // Named entities. Terms found at the same words are alternatives ("Social Democrats": the
    // Danish, Swedish or German party). In order: the fact names it in a role of its own; the fact
    // names another of its class there (not this fact); the claim names a part of a place the fact
    // names (in Aarhus, against all of Jutland: not this fact) or the whole of it (Danish, for
    // Copenhagen: weakly); the same again for the fact's context (the document's cast); who did it,
    // by name, when the fact does not say (not this fact).
    for (const group of spanGroups(frame.entities)) {
      if (personal && group.every(ownName)) continue;
      const equal = (keys: readonly string[]) => firstOf(group, (e) => (keys.includes(e.key) ? e.key : undefined));
      // (a name's lower-case reading, of no class, is no sign it is something else: "Thornbury pool")
      const classed = group.some((e) => this.classOf(e.key)) ? group.filter((e) => this.classOf(e.key)) : group;
      const rivalIn = (keys: readonly string[]) =>
        keys.find((k) => classed.every((e) => this.sameClass(this.classOf(e.key), this.classOf(k)) && !this.related(k).includes(e.key)));
      // (only where the claim says it happened there: "Washington's war" is the country's)
      const partOf = (keys: readonly string[]) =>
        keys.find((k) => group.some((e) => e.locative && e.key !== k && this.classOf(e.key) === "place" && this.index.ancestors(e.key).has(k)));
      const wholeOf = (keys: readonly string[]) => firstOf(group, (e) => keys.find((k) => k !== e.key && this.index.ancestors(k).has(e.key)));
      const own = equal(strong);
      if (own) {
        t.score += 2 * this.weight(own);
        t.entitySupport = true;
        t.why.push(`names ${own}`);
        continue;
      }
      // A place that is not said to be where it happened stands for what it is part of ("Washington's war").
      const containing = firstOf(group, (e) => (e.locative ? undefined : strong.find((k) => k !== e.key && this.index.ancestors(e.key).has(k))));
      if (containing) {
        t.score += 0.8 * this.weight(containing);
        continue;
      }
      const rival = partOf(strong) ?? rivalIn(strong);
      const inContext = rival !== undefined && firstOf(group, (e) => (ft.context.includes(e.key) ? e.key : undefined)) !== undefined;
      // (not when the claim names the fact's place or name too and the fact's source names this one
      // with it: "mellem Struer og Skive" against a fact of Skive that names Struer in its context;
      // "Byrådet i Kragsbjerg … Stortorvet" against a fact of Kragsbjerg)
      const alsoNamed =
        rival !== undefined &&
        (this.classOf(rival) === "place"
          ? frame.entities.some((e) => e.key === rival)
          : strong.every((k) => !rivalIn([k]) || frame.entities.some((e) => e.key === k)) || this.namesOwnPersonApart(frame, group, strong)) &&
        inContext;
      // (a name of the document's own, of no class the lexicon knows, is no rival to the claim's
      // name when the fact's source names that too: the canal and the borough it runs through, the
      // NHS and the "North Dales Integrated Care Board" that holds its waiting list; a weaker tie
      // — but not when another fact of the same quote is the claim's name's own: "Solaris nåede 22
      // grader Brix, Souvignier Gris 24" gives each its figure — a figure of the kind; a person's
      // age is no count of hers: "Birthe Mølgaard, 63, har haft fem master … ved Højgård"; nor a
      // place the claim names)
      const castMate =
        rival !== undefined &&
        this.classOf(rival) === "name" &&
        group.every((e) => this.classOf(e.key) !== "place") &&
        inContext &&
        !this.quoteNamesOwn(f, group.map((e) => e.key), true);
      if (rival && !alsoNamed && !castMate) return { ok: false, why: `the claim names ${group[0].text}, the fact ${rival}`, blocker: group[0].text };
      if (castMate) t.score -= 0.5;
      // A kind of a thing the fact names: "Danish parliament" for "seats in parliament".
      const kindOfThing = firstOf(group, (e) => (ft.all.has(e.key) ? undefined : unclassed.find((k) => this.index.ancestors(e.key).has(k))));
      // Who did it, by name: the fact must say it, or say nobody (the document's cast then may).
      const agentOf = (g: Slot[]) => g.some((e) => frame.agentEntities.some((a) => a.start === e.start));
      const contextual = equal(ft.context) ?? kindOfThing;
      // (a fact that names someone else as who did it; a document's own name in its context may stand for who did it)
      if (agentOf(group) && ft.actor.some((k) => this.classOf(k)) && !contextual && !wholeOf(strong)) return { ok: false, why: `the fact says who, and not ${group[0].text}`, blocker: group[0].text };
      const weak = wholeOf(strong) ?? contextual;
      if (weak) {
        t.score += 0.8 * this.weight(weak);
        continue;
      }
      const other = partOf(ft.context) ?? rivalIn(ft.context);
      if (other) return { ok: false, why: `the claim names ${group[0].text}, the fact ${other}`, blocker: group[0].text };
      if (wholeOf(ft.context)) {
        t.score += 0.3;
        continue;
      }
      if (agentOf(group) && (ft.actor.length > 0 || !contextual)) return { ok: false, why: `the fact does not say ${group[0].text}`, blocker: group[0].text };
      t.score -= 0.3;
    }
    // Capitalised words no term knows: a name the fact does not have.
    // (not one written right before a name the fact has, a part of one full name: "Farmer Hans
    // Peter Friis" against a fact of "Peter Friis", whose source reads "Hans" as "his")
    // (nor one written right after such a name as the fact's quote writes them together: "Haldon
    // Moor" in a Danish claim, where "Moor" is no word, against "Haldon Moor was designated")
    const quote = this.factBase.facts[f].quote;
    const partOfNamed = (n: Slot) =>
      frame.entities.some(
        (e) =>
          strong.includes(e.key) &&
          (this.classOf(e.key) === "name" || this.classOf(e.key) === "person") &&
          ((e.start > n.end && e.start - n.end <= 1) || (n.start > e.end && n.start - e.end <= 1 && quote.includes(`${e.text} ${n.text}`))),
      );
    const names = (personal && !otherName ? frame.names.filter((n) => !ownName(n)) : frame.names).filter((n) => !partOfNamed(n));
    if (names.length > 0) {
      // (a name its source never writes, in any spelling, is someone or somewhere the source says
      // nothing of: "Councillors in neighbouring Ashby Vale receive …" against a source of Brantwick)
      // (only a place where it happened, none of whose capitalised words the source writes:
      // "Næstved Crematorium", "at the Ulvsund Viking Centre" are the source's, translated)
      const run = (n: Slot) => frame.names.filter((m) => m === n || Math.abs(m.start - n.end) <= 3 || Math.abs(n.start - m.end) <= 3);
      const stranger = names.find((n) => n.locative && run(n).every((m) => !this.sourceWrites(f, m.text)) && !frame.entities.some((e) => Math.abs(e.start - n.end) <= 3 || Math.abs(n.start - e.end) <= 3));
      if (stranger) return { ok: false, why: `the claim names ${stranger.text}, which its source does not`, blocker: stranger.text };
      const named = strong.find((k) => { const c = this.classOf(k); return c === "person" || c === "organization" || c === "name"; });
      if (named) return { ok: false, why: `the claim names ${names[0].text}, the fact ${named}`, blocker: names[0].text };
      const agent = names.find((n) => frame.agentEntities.includes(n));
      if (agent) return { ok: false, why: `the fact does not say ${agent.text}`, blocker: agent.text };
      t.score -= 0.3 * names.length;
    }

    return null;
  }

  /** What the figure counts (or its clause is about), who, and the words that narrow it. */
  private assessHead(f: number, frame: Frame, view: FactView, t: Tally): Refusal | null {
    const ft = this.index.factTerms[f];
    const { strong, all, unclassed } = view;
    // What it counts.
    const head = frame.head?.known ? frame.head : null;
    let share = false;
    if (head) {
      // (and what is counted too: "43 floats and walking groups", "klaget 212 gange" — complaints)
      const heads = this.isPlace(head.key) ? [head.key, "people"] : [head.key, ...frame.alternatives.map((a) => a.key), ...(frame.joined?.known ? [frame.joined.key] : [])];
      // A people's name as what a fact counts ("44 Danes") counts people of that people: a claim
      // that names them ("44 Danish soldiers", "Denmark lost 44 of its people").
      const subjects: string[] = [];
      for (const k of ft.subject) {
        subjects.push(k);
        if (this.isPlace(k) && (heads[0] === k || frame.entities.some((e) => e.known && e.key === k))) subjects.push("people");
      }
      // (an age is its person's, whom the fact may name as who it is about rather than what it
      // counts: "The youngest volunteer, 16-year-old Ellie Marsh, joined …" against "Ellie Marsh
      // … is sixteen")
      // (weighing as a word before the head does: a fact that counts the person itself says more)
      const named = new Set<string>();
      // (not where the quote gives another age, whose person may be the one named: "en 85-årig …,
      // siger købmand Henrik Lauridsen, 58")
      if (frame.figure.kind === "quantity" && frame.figure.unit === "age" && this.onlyAgeOfQuote(f)) {
        // (or the group whose ages it gives: "Volunteers must be aged between 21 and 80")
        for (const k of ft.actor) if (!subjects.includes(k) && (this.classOf(k) === "name" || this.classOf(k) === "person" || this.isPerson(k))) named.add(k);
        subjects.push(...named);
      }
      let own: string | undefined;
      let via = "";
      for (const h of heads) {
        own = this.relatedIn(h, subjects);
        if (own) {
          via = h;
          break;
        }
      }
      // A person named by two roles is both ("42 volunteer firefighters" are volunteers); a thing
      // named by a compound is also of its first part ("14 of its roof timbers" for a fact of roofs,
      // "record attendance" for a fact of records, "49,000 items of rubbish"): a fact that counts
      // the word before the head counts them too, weighing less.
      let role = own !== undefined && named.has(own);
      if (!own) {
        const person = this.isPerson(head.key);
        // (a head that is only a word of the document may be people: "94 frivillige instruktører")
        const ownWord = head.key.startsWith("~") && this.classOf(head.key) === undefined;
        for (const m of frame.modifiers) {
          // (a thing named by a role is no person: "500 student flats" are no students)
          own = m.known && (person ? this.isPerson(m.key) : this.isThing(m.key) && (ownWord || !this.isPerson(m.key))) ? this.relatedIn(m.key, subjects) : undefined;
          if (own) {
            via = m.key;
            role = true;
            break;
          }
        }
      }
      // (and the places a count after a noun of room counts: "plads til 16 deltagere" against "16
      // pladser", weighing as a word before the head does)
      if (!own && frame.room?.known) {
        own = this.relatedIn(frame.room.key, subjects);
        if (own) {
          via = frame.room.key;
          role = true;
        }
      }
      // People counted by what they did count the things named for it: "21 byrådsmedlemmer stemte
      // for" are 21 of the votes of "vedtaget med 21 stemmer mod otte": votes are a kind of voting,
      // as voting for is; so are plain people: "1,350 people have signed" against "1.347 underskrifter".
      if (!own && frame.figure.kind === "count" && (this.isPerson(head.key) || head.key === "people")) {
        for (const p of frame.predicates) {
          const did = p.known ? this.index.ancestors(p.key) : undefined;
          own = did ? ft.subject.find((k) => this.isThing(k) && sharesBroader(this.index.ancestors(k), k, did)) : undefined;
          if (own) {
            via = p.key;
            role = true;
            break;
          }
        }
      }
      // (and the other way: "syv stemmer mod tre" are the votes of "members had voted seven to two",
      // people counted by the voting the claim's votes are of; or a body that voted: "the
      // committee voted seven to two")
      if (!own && frame.figure.kind === "count" && this.isThing(head.key) && !this.isPerson(head.key)) {
        const people = ft.subject.find((k) => this.isPerson(k) || k === "people") ?? ft.subject.find((k) => k !== head.key && this.isThing(k));
        const kinds = this.index.ancestors(head.key);
        if (people && ft.event.some((e) => sharesBroader(kinds, head.key, this.index.ancestors(e)))) {
          own = people;
          via = head.key;
          role = true;
        }
      }
      // What the fact counts, when it is a thing of its own (not a name).
      const counts = ft.subject.find((k) => this.isThing(k) || (k.startsWith("~") && this.classOf(k) === undefined));
      if (own) {
        // (through a broader or narrower term it says less than in the same term, and weighs no
        // more than the claim's own: "passengers" against a fact of "people" employed, rarer in
        // the source than passengers, must not outweigh a fact of passengers)
        const w = own === via && !role ? this.weight(own) : 0.5 * Math.min(this.weight(own), this.weight(via));
        t.score += (frame.counted ? 3 : 2.5) * w;
        t.headSupport = true;
        t.why.push(`counts ${own}`);
        // A fact that counts a narrower set ("eight postdoctoral researchers") is less likely what
        // a claim of the plain head ("43 researchers") is about: words of its subject the claim lacks.
        const narrower = this.unsaidSubjectWords(ft.subject, own, frame);
        if (narrower > 0) t.score -= 1.5 * narrower;
      } else if (frame.counted && counts && !this.partOrWhole(frame, f, counts)) {
        // The claim counts something else than the fact does — unless it is a sum of money the
        // fact gives, named by the claim's own word for it: "et budget på 1,8 mio. pund" against
        // "The £1.8 million scheme" (the word names the money, not what the fact's sum is of); not
        // when another sum of the quote is of that word: "£2.9 million of debt written off and …
        // £4.6 million in benefits".
        // (nor a measure of what people of the fact did, which they are not: "2.1 tonnes of
        // litter" against "volunteers removed 2.6 tonnes", whose sentence before names the litter)
        const measured = frame.figure.kind === "quantity" && frame.figure.unit !== undefined && !NOT_TELLING_UNITS.has(frame.figure.unit) && this.isPerson(counts) && !this.isPerson(head.key);
        if (measured) t.why.push(`a measure of what ${counts} did`);
        else if (!this.sameSum(frame, f) || this.quoteNamesOwn(f, heads)) return { ok: false, why: `the claim counts ${head.text}, the fact ${counts}`, conflict: true };
        else {
          t.score += 1;
          t.headSupport = true;
          t.why.push(`the same sum`);
        }
      } else if (frame.counted && counts) {
        // (a share names a part and a whole, either of which may be what a sentence counts)
        t.score += 2 * this.weight(counts);
        t.headSupport = true;
        t.why.push(`a share of ${counts}`);
        share = true;
      } else {
        const asEvent = firstOf(heads, (h) => this.relatedIn(h, ft.event));
        const anywhere = asEvent ?? firstOf(heads, (h) => this.relatedIn(h, unclassed));
        if (anywhere) {
          t.score += (asEvent ? 1.5 : 1) * this.weight(anywhere);
          t.headSupport = true;
          t.why.push(`about ${anywhere}`);
        }
      }
    }
    // The claim's subject, in words the fact does not have, where the fact names who it is about.
    if (strong.some((k) => this.classOf(k))) {
      for (const a of frame.agent) if (!a.known || !this.relatedIn(a.key, all)) t.score -= 1;
    }
    // Words that narrow it: another kind of the same thing is another thing. Readings of one
    // word are alternatives ("forbruger": consumers or consumption).
    for (const group of spanGroups(frame.modifiers)) {
      const own = firstOf(group, (m) => this.relatedIn(m.key, all));
      if (own) {
        t.score += this.weight(own);
        continue;
      }
      // (the words that narrow the whole of a share, not its part: "… of evening school participants")
      // (not the words of a name the head ends: "East Carrick District Council" is a council; a
      // head written with a capital inside the sentence, the words before it too)
      const ofName = !!head && head.start > 0 && CAPITALISED.test(head.text) && group.every((m) => m.end <= head.start && CAPITALISED.test(m.text));
      if (t.headSupport && !share && !ofName && group.some((m) => this.isThing(m.key))) {
        const rival = ft.subject.find((k) => this.isThing(k) && !(head && (this.relatedIn(k, [head.key]) || this.relatedIn(head.key, [k]))));
        if (rival) return { ok: false, why: `the claim is about ${group[0].text}, the fact about ${rival}`, excludes: true };
      }
      t.score -= 0.3;
    }
    // A count with nothing after it counts the doing of its verb, when the fact counts that: "The
    // council voted seven to four" against "by seven votes to four" (votes are a kind of voting).
    if (!t.headSupport && !frame.counted && frame.figure.kind === "count") {
      const own = firstOf(frame.predicates, (p) => (p.known ? ft.subject.find((k) => this.isThing(k) && this.index.ancestors(k).has(p.key)) : undefined));
      if (own) {
        t.score += 2 * this.weight(own);
        t.headSupport = true;
        t.why.push(`counts ${own}`);
      }
    }
    // What the clause is about, when nothing says what the figure counts.
    if (!t.headSupport && !frame.head?.known) this.assessTopic(f, frame, view, t);

    return null;
  }

  /** Whether the claim's figure is an amount of money and the fact's is the same amount. */
  private sameSum(frame: Frame, f: number): boolean {
    const stored = this.factBase.facts[f].figure;
    return frame.figure.kind === "money" && stored.kind === "money" && stored.unit === frame.figure.unit && stored.value === frame.figure.value && frame.figure.qualifier === stored.qualifier;
  }

  /** Support from what the claim's clause is about (its topic), for a fact of that subject. */
  private assessTopic(f: number, frame: Frame, view: FactView, t: Tally): void {
    const ft = this.index.factTerms[f];
    // (the first three words or phrases: the readings of one word count once, "Vesthavn" as a
    // port and as west)
    let spans = 0;
    for (let i = 0; i < frame.topic.length; i++) {
      const topic = frame.topic[i];
      if (i === 0 || topic.start !== frame.topic[i - 1].start || topic.end !== frame.topic[i - 1].end) spans++;
      if (spans > 3) break;
      if (!topic.known) continue;
      const own = this.relatedIn(topic.key, ft.subject);
      const anywhere = own ?? this.relatedIn(topic.key, view.all);
      if (anywhere) {
        t.score += (own ? 2.5 : 1.2) * this.weight(anywhere);
        t.headSupport = true;
        t.why.push(`about ${anywhere}`);
        return;
      }
    }
  }

  private assessEvent(f: number, frame: Frame, view: FactView, t: Tally): Refusal | null {
    const { all, events: factEvents } = view;
    const head = frame.head?.known ? frame.head : null;
    // What happened. The event nearest the figure decides (readings of one word are
    // alternatives; "deaths rose" does not agree with "deaths fell" through "deaths"); a head that
    // names an event ("U.S. wounded") is one. Saying and counting ("counted 347 people who
    // escaped") tell how a figure is known: they only ever agree.
    const known = frame.predicates.filter((p) => p.known);
    const events = known.filter((p) => !this.isReport(p.key));
    const eventHead = head !== null && this.typeOf(head.key) === "predicate" && !this.isReport(head.key);
    if (eventHead) events.unshift(head);
    if (events.length > 0) {
      // (a verb of the claim that says the contrary of the fact's event, and none of its readings
      // agrees with it: "The allowance rise was carried by 24 votes to 18" against "Her amendment
      // … was defeated by 24 votes to 18", though both count votes)
      const contrary = this.contraryEvent(events, factEvents);
      if (contrary) return { ok: false, why: `the claim says ${contrary.said}, the fact ${contrary.fact}`, excludes: true };
      const nearest = events.filter((p) => p.start === events[0].start && p.end === events[0].end);
      const claimsChange = nearest.some((p) => this.isChange(p.key));
      let asEvent = firstOf(nearest, (p) => this.agreeingPredicate(p.key, factEvents));
      // (a head that names an event, with a verb of its own: what the verb says happened to it
      // agrees as well — "The lighting replacement got under way in April 2023" against "the
      // project got under way in April 2023")
      if (!asEvent && eventHead && known.length > 0) {
        const verbs = events.slice(nearest.length);
        asEvent = firstOf(verbs.filter((p) => p.start === verbs[0].start), (p) => this.agreeingPredicate(p.key, factEvents));
      }
      // (a farther verb of the claim that says the fact's event, when the nearest says no change:
      // "Free parking … starts on 1 March" against "will be able to park for free from 1 March")
      if (!asEvent && !claimsChange) {
        const farther = events.slice(nearest.length).filter((p) => !this.isChange(p.key));
        asEvent = firstOf(farther, (p) => this.agreeingPredicate(p.key, factEvents));
      }
      // (a verb of a relative clause right after what the claim counts, which says what they are:
      // "repair the three footbridges that are currently closed" against "11 footbridges, three of
      // which are currently closed")
      if (!asEvent && frame.described) asEvent = firstOf(frame.described, (p) => this.agreeingPredicate(p.key, factEvents));
      // (a verb of the fact's quote says nothing of the whole a part is taken from: "fjerne 18 af
      // gadens 52 parkeringspladser" removes 18)
      const agree = asEvent ?? (this.factWhole(f) ? undefined : firstOf(nearest, (p) => this.relatedIn(p.key, all)));
      if (agree) {
        t.score += (asEvent ? 1.5 : 0.8) * this.weight(agree);
        t.predicateSupport = true;
        t.why.push(`says ${agree}`);
      } else if (factEvents.some((k) => !k.startsWith("~") && (claimsChange ? this.isChange(k) : !this.isChange(k) || this.changeSize(f)))) {
        // Only a verb the lexicon knows says for certain that it is another event — and a change
        // the claim says only contradicts a change: "sales rose" is no other event than "sold",
        // "rose" is than "fell".
        const why = `the claim says ${events[0].text}, the fact ${factEvents.join(", ")}`;
        // (what the claim counts is what the fact counts, and the fact's verb is another's — its
        // actor's — not the counted thing's: "employ four part-time staff" against "the society
        // plans to reopen with four part-time staff"; a weaker tie, not none)
        const factChanges = factEvents.some((k) => this.isChange(k));
        // (nor is a time of day's verb, when the claim names what and where as the fact does: "The
        // celebration walk will leave the Ellerby Institute at 11am" against "starting from the
        // Ellerby Institute at 10am")
        // (or only what: "Høstfesten begynder klokken 16" against "fejret ved en høstfest … kl. 14",
        // a time of day being when what it is about begins; so is a day: "Den nye bogbus
        // kører sin første tur mandag den 5. oktober" against "sender fra mandag den 5. oktober en ny
        // elektrisk bogbus på vejene". Not a month or a year, which tell the history of what it is
        // about, an event each: "In Aarhus the lights were replaced in April 2023" is not "the
        // replacement started in April 2023", "Mala had lived at the zoo since 1975" not "arrived
        // in 1975", which as a try passed three wrong claims as right)
        // (nor a rank's verb, which says only how it was placed: "came seventh", "finished fourth",
        // "ranked ninth", "kom ind på en tredjeplads")
        const schedule = (isClock(frame.figure.kind) || frame.figure.kind === "date" || frame.figure.kind === "weekday" || frame.figure.kind === "ordinal") && t.headSupport;
        // (not when another figure of its quote is what the claim's verb says: "Seventeen dead mute
        // swans were collected …, and 11 of them tested positive" has the claim's "tested positive")
        const actors = frame.counted && t.headSupport && this.index.factTerms[f].actor.length > 0 && coincidesLess(frame.figure) && !this.quoteMateSays(f, nearest, frame.head);
        if ((schedule || actors) && !claimsChange && !factChanges) {
          t.score -= 1;
          t.why.push(`(${why})`);
          return null;
        }
        const refusal: Refusal = { ok: false, why, excludes: true };
        // (neither says a change: another verb, which a number the fact gives may outweigh)
        if (!claimsChange && !factChanges) refusal.otherVerb = true;
        return refusal;
      } else {
        // (nor does a change of the fact's contradict the claim's other verb, unless the fact's
        // figure is a percentage that is no value the change went from or to, which is its size:
        // "The route carried 121,900 passengers" against "passenger numbers rose … from 121,900";
        // but the tie is weak)
        t.score -= 0.3;
        if (factEvents.some((k) => this.isChange(k))) t.otherEvent = true;
      }
    } else {
      const report = firstOf(known, (p) => this.relatedIn(p.key, all));
      if (report) {
        t.score += 1.5 * this.weight(report);
        t.predicateSupport = true;
        t.why.push(`says ${report}`);
      }
    }

    return null;
  }

  /**
   * Whether a percentage's claim and fact may count the same share in two ways: one names the
   * whole, the other the part ("Women make up 71 percent of the participants" against "71 procent
   * er kvinder"). The fact's counted thing is among the claim's other words.
   */
  private partOrWhole(frame: Frame, f: number, counts: string): boolean {
    if (frame.figure.kind !== "percent" || this.factBase.facts[f].figure.kind !== "percent") return false;
    return this.claimKeys(frame).some((k) => k !== frame.head?.key && this.relatedIn(k, [counts]) !== undefined);
  }

  private readonly saidCache = new WeakMap<Frame, string[]>();
  /** Every known term of a claim's frame. */
  private claimKeys(frame: Frame): string[] {
    let keys = this.saidCache.get(frame);
    if (!keys) {
      const set = new Set<string>();
      for (const list of [frame.alternatives, frame.modifiers, frame.topic, frame.predicates, frame.entities, frame.context, frame.agent, frame.agentEntities]) {
        for (const s of list) if (s.known) set.add(s.key);
      }
      if (frame.head?.known) set.add(frame.head.key);
      keys = [...set];
      this.saidCache.set(frame, keys);
    }
    return keys;
  }

  private readonly factViews: (FactView | undefined)[] = [];
  /** Words of a fact's subject besides the term the head matched that nothing in the claim names (at most 2): not names or places. */
  private unsaidSubjectWords(subject: readonly string[], own: string, frame: Frame): number {
    if (subject.length < 2) return 0;
    const { keys, withBroader } = this.claimedKeys(frame);
    let n = 0;
    for (const k of subject) {
      if (k === own || this.classOf(k) || this.relatedIn(own, [k]) || this.relatedIn(k, [own])) continue;
      // (the claim names it, or a word broader or narrower than it)
      if (withBroader.has(k) || [...this.index.ancestors(k)].some((a) => keys.has(a))) continue;
      if (++n === 2) break;
    }
    return n;
  }

  /** The known words of a frame's head, modifiers, topic, context and predicates, and the same with their broader concepts (once per frame). */
  private readonly claimedKeyCache = new WeakMap<Frame, { keys: Set<string>; withBroader: Set<string> }>();
  private claimedKeys(frame: Frame): { keys: Set<string>; withBroader: Set<string> } {
    let c = this.claimedKeyCache.get(frame);
    if (!c) {
      const keys = new Set<string>();
      for (const s of [frame.head, ...frame.alternatives, ...frame.modifiers, ...frame.topic, ...frame.context, ...frame.predicates]) if (s?.known) keys.add(s.key);
      const withBroader = new Set(keys);
      for (const k of keys) for (const a of this.index.ancestors(k)) withBroader.add(a);
      c = { keys, withBroader };
      this.claimedKeyCache.set(frame, c);
    }
    return c;
  }

  /** A fact's terms as assess reads them, made once per fact. */
  private factView(f: number): FactView {
    let v = this.factViews[f];
    if (!v) {
      const ft = this.index.factTerms[f];
      const all = [...ft.all];
      v = {
        strong: [...ft.subject, ...ft.place, ...ft.actor],
        all,
        events: ft.event.filter((k) => this.typeOf(k) === "predicate" && !this.isReport(k)),
        unclassed: all.filter((k) => !this.classOf(k)),
      };
      this.factViews[f] = v;
    }
    return v;
  }

  /**
   * When: the years and months of the claim's clause against the fact's. A year or month in
   * common counts for it; another one rules it out (null). A fact whose clause gives no year is
   * about its source's date.
   */
  private timeScore(frame: Frame, f: number): number | null {
    if (!isAmount(frame.figure.kind)) return 0;
    const claimed = anchorsOf(frame.others, frame.figure);
    const stored = this.factAnchors(f);
    const fact = this.factBase.facts[f];
    const docYear = Number((fact.asOf ?? this.factBase.documents[fact.document]?.date ?? "").slice(0, 4));
    // A span since a year is not a time that ended by then: "Since 2020 the cliffs … 3.2 metres a
    // year" is no figure of "between 1975 and 2020".
    const since = claimed.length === 0 ? sinceYearOf(frame.others, frame.figure) : undefined;
    if (since !== undefined) {
      const years = stored.filter((a) => a.year !== undefined);
      if (years.length > 0 && years.every((a) => a.year! < since && (a.through ?? a.year!) <= since)) return null;
    }
    // A year said relative to the writing ("this year", "sidste år") is taken from the source's
    // date: the claim speaks of the source's time.
    if (claimed.length === 0 && frame.relativeYear !== undefined && docYear > 0) {
      const year = docYear + frame.relativeYear;
      const storedYears = stored.filter((a) => a.year !== undefined);
      // (a year said from one the claim does not name, "the year before", "året forinden": of a
      // year before the source's, not one from its date)
      // ("that year": of a year the claim does not name, any)
      if (frame.relativeToText && frame.relativeYear === 0) return 0;
      if (frame.relativeToText && frame.relativeYear < 0) return storedYears.length === 0 ? -1 : storedYears.some((a) => a.year! < docYear) ? 2 : null;
      if (storedYears.length > 0) return storedYears.some((a) => a.year === year) ? 2 : null;
      // (not the value a change ended at, when the value it started from is said of that year:
      // "1,420 animals were entered, down from 1,655 in 2024" has no 1,420 of "last year")
      if (frame.relativeYear !== 0 && this.startedInYear(f, year)) return null;
      return frame.relativeYear === 0 ? 1 : -1;
    }
    // A claim that says no time is about the source's; a figure of another year is less likely.
    // (not for how many more against a fact of how many more, whose year may be what it is
    // compared with: "Det er 38 færre end i fjor")
    if (claimed.length === 0) return stored.some((a) => a.year !== undefined && a.year !== docYear) && !(frame.more && this.factMore(f)) ? -2 : 0;
    const storedYears = stored.filter((a) => a.year !== undefined);
    const storedMonths = stored.filter((a) => a.month !== undefined);
    let score = 0;
    for (const a of claimed) {
      if (a.year !== undefined) {
        if (storedYears.length > 0) {
          if (!storedYears.some((b) => sameYear(a, b))) return null;
          score += 2;
        } else if (a.year === docYear || a.through === docYear) score += 1;
        // A source writes of next year's budget or last year's result without naming the year:
        // a year next to its own may be this fact (the year itself is then unverified: see
        // yearsOf); any other is not.
        // (the value a change started from, of a year before that: "Burglaries dropped from 1,214
        // to 987" in a February report on last year may give the year before last; not for a
        // percentage, whose year is rather what a change is measured against: "steg med 27 procent
        // i forhold til 2022")
        // (a year running over into the next by the one it ends in: "the 2023/24 school year" in
        // 2025; not when the quote gives a figure of its unit for that year: "186 tonnes over the
        // year, compared with 131 tonnes in 2021-22")
        else if (docYear > 0 && (Math.abs(a.year - docYear) === 1 || (a.through !== undefined && Math.abs(a.through - docYear) === 1 && !this.quoteMateOfYear(f, a)) || (a.year === docYear - 2 && frame.figure.kind !== "percent" && this.changeOf(f).previous))) score -= 1;
        else return null;
      }
      if (a.month !== undefined && storedMonths.length > 0) {
        if (!storedMonths.some((b) => b.month === a.month && (a.year === undefined || b.year === undefined || a.year === b.year))) return null;
        score += 2;
      }
    }
    return score;
  }

  /**
   * Whether another fact of fact f's quote, an amount of a change, is known to be of that year:
   * "up from 27 per cent in 2019" dates a value, not what else happened then ("The orchard was
   * planted in 2011 on 2.4 hectares" dates the planting; +4 on test/newdocs, where any amount
   * of the quote counted before).
   */
  private quoteDatesAmount(f: number, year: number): boolean {
    for (const g of this.factsOfQuote(quoteKey(this.factBase.facts[f]))) {
      if (g === f || !isAmount(this.factBase.facts[g].figure.kind)) continue;
      const change = this.changeOf(g);
      if ((change.previous || change.change) && this.factAnchors(g).some((a) => a.year === year)) return true;
    }
    return false;
  }

  /** Whether fact f's figure is the value a change of its quote ended at, and the value it started from is of that year. */
  private startedInYear(f: number, year: number): boolean {
    const change = this.changeOf(f);
    // (a percentage that is the change's size is of both years: "rose by 32% on the previous year")
    if (!change.change || change.previous || this.changeSize(f)) return false;
    // (a value of the fact's unit: not a percentage "up 22 percent on the previous year")
    const unit = unitKey(this.factBase.facts[f].figure);
    for (const g of this.factsOfQuote(quoteKey(this.factBase.facts[f]))) {
      if (g !== f && this.changeOf(g).previous && unitKey(this.factBase.facts[g].figure) === unit && this.factAnchors(g).some((a) => a.year === year)) return true;
    }
    return false;
  }

  /** factWhole by fact, read once (see readOnce). */
  private wholes: Uint8Array | null = null;
  private factWhole(f: number): boolean {
    return readOnce((this.wholes ??= new Uint8Array(this.factBase.facts.length)), f, () => factWhole(this.factBase.facts[f], this.factBase));
  }

  /** factMore by fact, read once (see readOnce). */
  private mores: Uint8Array | null = null;
  private factMore(f: number): boolean {
    return readOnce((this.mores ??= new Uint8Array(this.factBase.facts.length)), f, () => factMore(this.factBase.facts[f], this.factBase, this.index));
  }

  private factIndexes: Map<string, number> | null = null;
  /** Whether a fact's quote, or its paragraph before the quote, names the year (read when asked: only a claimed change "since" a year asks). */
  namesYear(factId: string, year: number): boolean {
    const f = this.indexOf(factId);
    return f !== undefined && namesYearUpTo(this.factBase.facts[f], this.factBase, year);
  }

  /** A fact's position in the fact base, by id. */
  indexOf(factId: string): number | undefined {
    this.factIndexes ??= new Map(this.factBase.facts.map((f, i) => [f.id, i]));
    return this.factIndexes.get(factId);
  }

  /**
   * The years a fact is known to be of: those its clause names (or says relative to its source's
   * date), else its source's year and the years its source's lead names (inferred: "Aarhus, 27
   * February 2025 – Skovlund made a profit of 412 million in 2024 …": the figures after it are of
   * 2024 unless they say otherwise; "… vedtog budgettet for 2026": of 2026). Undefined for an unknown id.
   */
  yearsOf(factId: string): { years: number[]; inferred: boolean; anchors: readonly Anchor[] } | undefined {
    const f = this.indexOf(factId);
    if (f === undefined) return undefined;
    const anchors = this.factAnchors(f).filter((a) => a.year !== undefined);
    // (a financial year is of both its years)
    const named = anchors.flatMap((a) => (a.through !== undefined ? [a.year!, a.through] : [a.year!]));
    if (named.length > 0) return { years: named, inferred: false, anchors };
    const fact = this.factBase.facts[f];
    const docYear = Number((fact.asOf ?? this.factBase.documents[fact.document]?.date ?? "").slice(0, 4));
    if (docYear <= 0) return { years: [], inferred: true, anchors: [] };
    const lead = fact.asOf ? [] : this.leadYears(fact.document).filter((y) => y !== docYear);
    const years = [docYear, ...lead];
    return { years, inferred: true, anchors: years.map((year) => ({ year })) };
  }

  private readonly leadYearCache = new Map<string, number[]>();
  /**
   * The years a document's lead names: its first paragraph with a fact that is not its dateline's
   * date (and no paragraph after the second), as year and date facts, and the years that date
   * its amounts there.
   */
  private leadYears(document: string): number[] {
    let years = this.leadYearCache.get(document);
    if (years) return years;
    const facts: number[] = [];
    for (let i = 0; i < this.factBase.facts.length; i++) if (this.factBase.facts[i].document === document) facts.push(i);
    const paragraphs = [...new Set(facts.map((i) => this.factBase.facts[i].paragraph))].sort((a, b) => a - b);
    const out = new Set<number>();
    for (const p of paragraphs.slice(0, 2)) {
      for (const i of facts) {
        const fact = this.factBase.facts[i];
        if (fact.paragraph !== p) continue;
        const fig = fact.figure;
        if (fig.kind === "year" && fig.qualifier === "exact" && typeof fig.value === "number") out.add(fig.value);
        for (const a of this.factAnchors(i)) if (a.year !== undefined) out.add(a.year);
      }
      if (out.size > 0) break;
    }
    years = [...out];
    this.leadYearCache.set(document, years);
    return years;
  }

  /**
   * Whether fact f's figure is the other end of a change than the one the claim states: the value
   * before it for a claim of the present (unless the claim says when), the value after it for a
   * claim of the value before. (A claim that says it is the value the change ended at — "fell to
   * 6,513 last year" — is not about the value it started from, even when it says when.)
   */
  private otherEndOfChange(f: number, frame: Frame): boolean {
    const change = this.changeOf(f);
    // (a change to come starts from the present value: "is to move …, doubling its floor space from
    // 140 to 310" — a claim that says no future may be about either end; one that does, "will have",
    // is about the end)
    if (frame.previous) return change.change && !change.previous;
    // (nor is a claim of now about the value a change to come ends at: "koster i dag 22 pund"
    // against "will rise from £18 to £22 a month in April")
    if (frame.now && change.future && change.change && !change.previous) return true;
    return change.previous && (frame.current === true || frame.saidNew === true || (!saysWhen(frame) && !(change.future && !frame.future)));
  }

  /** Whether fact f's figure is a percentage that is the size of its quote's change, not a value it went from or to. */
  private changeSize(f: number): boolean {
    return this.factBase.facts[f].figure.kind === "percent" && !this.changeOf(f).level;
  }

  private readonly changes: (FactChange | undefined)[] = [];
  /** Whether fact f's figure is the value before a change in its quote, and whether it gives one (compiled with the fact base, else read once). */
  private changeOf(f: number): FactChange {
    let c = this.changes[f];
    if (c === undefined) {
      const fact = this.factBase.facts[f];
      c = fact.anchors !== undefined ? (fact.change ?? NO_CHANGE) : factChange(fact, this.factBase, this.index);
      this.changes[f] = c;
    }
    return c;
  }

  private readonly spanCache = new Map<string, readonly { year: number; qualifier: Qualifier }[]>();
  /**
   * The years a fact's quote gives as the start or the end of a span ("since 2019", "siden 2019",
   * "by 2030"): read from the quote when first asked for.
   */
  spansOf(factId: string): readonly { year: number; qualifier: Qualifier }[] {
    let list = this.spanCache.get(factId);
    if (!list) {
      const f = this.indexOf(factId);
      const fact = f === undefined ? undefined : this.factBase.facts[f];
      const lang = (fact && this.factBase.documents[fact.document]?.language) || "en";
      // (a percentage in a quote that names the year a change starts from is the change since then:
      // "Membership has grown from 862 in 2019, an increase of 37 per cent" is 37 percent since 2019)
      const rate = fact?.figure.kind === "percent";
      list = (fact ? parseFigures(fact.quote, lang) : []).flatMap((x) => {
        const year = yearOf(x);
        if (year === undefined) return [];
        if (x.qualifier === "after" || x.qualifier === "before") return [{ year, qualifier: x.qualifier }];
        return rate && x.qualifier === "exact" && x.kind === "year" && startsChange(fact.quote, x.start, lang) ? [{ year, qualifier: "after" as Qualifier }] : [];
      });
      this.spanCache.set(factId, list);
    }
    return list;
  }

  private readonly anchorCache = new Map<number, readonly Anchor[]>();
  /** When the fact's figure is of (compiled with the fact base, else read from its quote when first needed). */
  private factAnchors(f: number): readonly Anchor[] {
    let list = this.anchorCache.get(f);
    if (!list) {
      const fact = this.factBase.facts[f];
      list = fact.anchors ?? factAnchors(fact, this.factBase, this.index);
      this.anchorCache.set(f, list);
    }
    return list;
  }

  // -------------------------------------------------------------------------------------------
  // Terms

  /** The first of `keys` that is `key`, broader or narrower than it. */
  private relatedIn(key: string, keys: readonly string[]): string | undefined {
    if (keys.length === 0) return undefined;
    const up = this.index.ancestors(key);
    for (const k of keys) if (up.has(k) || this.index.ancestors(k).has(key)) return k;
    return undefined;
  }

  /** A rise or a fall (or a kind of one: "double", "cut"): a change of a value, whatever the event. */
  private isChange(key: string): boolean {
    return isChange(key, this.index);
  }

  /**
   * A verb of the claim (all readings of its words) that says the contrary of an event of the fact
   * and agrees with none: the words and the fact's event. Contraries are the lexicon's `opposite`
   * (either way round), of the event or of what it is a kind of ("vetoed" is a rejection).
   */
  private contraryEvent(events: readonly Slot[], factEvents: readonly string[]): { said: string; fact: string } | undefined {
    if (factEvents.length === 0) return undefined;
    for (const p of events) {
      const mine = this.index.ancestors(p.key);
      const against = this.oppositesOf(p.key);
      const fact = factEvents.find((k) => {
        const up = this.index.ancestors(k);
        for (const o of against) if (up.has(o)) return true;
        for (const o of this.oppositesOf(k)) if (mine.has(o)) return true;
        return false;
      });
      if (!fact) continue;
      const readings = events.filter((q) => q.start === p.start && q.end === p.end);
      if (readings.some((q) => this.agreeingPredicate(q.key, factEvents))) continue;
      return { said: p.text, fact };
    }
    return undefined;
  }

  /** The opposites of a term and of what it is a kind of, once per term. */
  private oppositesOf(key: string): ReadonlySet<string> {
    let set = this.oppositeCache.get(key);
    if (!set) {
      const out = new Set<string>();
      for (const up of this.index.ancestors(key)) for (const o of this.terms(up)?.opposite ?? []) out.add(o);
      this.oppositeCache.set(key, (set = out));
    }
    return set;
  }

  private readonly oppositeCache = new Map<string, ReadonlySet<string>>();

  /** An event of the fact that agrees with a predicate: the same, broader, narrower, or a sibling. */

  private agreeingPredicate(p: string, event: readonly string[]): string | undefined {
    const direct = this.relatedIn(p, event);
    if (direct) return direct;
    const parents = this.terms(p)?.broader ?? [];
    if (parents.length === 0) return undefined;
    return event.find((k) => (this.terms(k)?.broader ?? []).some((b) => parents.includes(b)));
  }

  private terms(key: string) {
    return this.index.term(key)?.concept;
  }

  /** The class of a named entity: place, person, organization, or name (a document's own, class unknown). */
  private classOf(key: string): string | undefined {
    const k = this.index.kindOf(key);
    return k === "place" || k === "person" || k === "organization" || k === "name" ? k : undefined;
  }

  private sameClass(a: string | undefined, b: string | undefined): boolean {
    if (!a || !b) return false;
    if (a === b) return true;
    const person = (x: string) => x === "person" || x === "organization" || x === "name";
    return (a === "name" && person(b)) || (b === "name" && person(a));
  }

  private typeOf(key: string): string {
    return this.classOf(key) ? "entity" : (this.index.kindOf(key) ?? "thing");
  }

  /** Saying and counting: a report concept, or a kind of one. */
  private isReport(key: string): boolean {
    return this.index.isReport(key);
  }

  /**
   * Whether what the claim's figure counts or is about is a known thing the fact names in no role,
   * or a word no term knows that the fact's quote does not have ("412 rowers" against "412 kasser øl").
   */
  private namesOtherThing(frame: Frame, f: number): boolean {
    const said = frame.head;
    if (said && !said.known) {
      if (!frame.counted) return false;
      const word = said.text.toLowerCase();
      return !this.factBase.facts[f].quote.toLowerCase().includes(word.slice(0, Math.max(4, word.length - 2)));
    }
    const head = said?.known ? said : null;
    if (!head || this.index.kindOf(head.key) !== "thing") return false;
    const all = [...this.index.factTerms[f].all];
    return this.relatedIn(head.key, all) === undefined && !frame.alternatives.some((a) => this.relatedIn(a.key, all) !== undefined);
  }

  private isThing(key: string): boolean {
    return this.index.kindOf(key) === "thing" && !key.startsWith("~");
  }

  /** A kind of people ("firefighters", "volunteers"), not people themselves. */
  private isPerson(key: string): boolean {
    return key !== "people" && this.isThing(key) && this.index.ancestors(key).has("people");
  }

  private isPlace(key: string): boolean {
    return this.terms(key)?.class === "place";
  }

  /** Rarer terms say more: ln(1 + facts / facts using it). */
  private weight(key: string): number {
    const df = this.index.df(key);
    return Math.log(1 + this.n / Math.max(1, df));
  }
}

interface FactView {
  /** Terms of the fact's own roles: what it counts, where, who. */
  strong: string[];
  all: string[];
  /** Its events that say what happened (not how it is known). */
  events: string[];
  /** Its terms that are no named entity. */
  unclassed: string[];
}

/** Known slots grouped by the words they cover. */
function spanGroups(slots: readonly Slot[]): Slot[][] {
  // (a frame has a few modifiers: a look through the groups, not a map of "start:end" strings)
  const groups: Slot[][] = [];
  for (const s of slots) {
    if (!s.known) continue;
    const g = groups.find((x) => x[0].start === s.start && x[0].end === s.end);
    if (g) g.push(s);
    else groups.push([s]);
  }
  return groups;
}

/** One key per quote of a document: the facts it gives share it. */
export function quoteKey(fact: Fact): string {
  return `${fact.document}\n${fact.quote}`;
}

/** Fact indexes by a key of each fact (facts with none are left out), in the base's order. */
export function indexesBy(facts: readonly Fact[], keyOf: (fact: Fact) => string | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  facts.forEach((fact, f) => {
    const key = keyOf(fact);
    if (key === undefined) return;
    const list = out.get(key);
    if (list) list.push(f);
    else out.set(key, [f]);
  });
  return out;
}

function firstOf<T>(items: readonly T[], fn: (x: T) => string | undefined): string | undefined {
  for (const x of items) {
    const r = fn(x);
    if (r) return r;
  }
  return undefined;
}

/** A kind's name after "a" or "an": "a count", "an ordinal". */
function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

/** 0 for amounts, 1 for the rest (times, times of day, ranks; kindCompatibility tells those apart). */
function familyOf(kind: string): number {
  return isAmount(kind) ? 0 : 1;
}

export function significantDigits(n: number): number {
  return String(n).replace(/^0\.0*|\.|0+$/g, "").length;
}

/**
 * A number that is a sign of the one fact giving it, whatever words the claim says it with: an
 * amount of money or a measure of two or more significant digits in the same unit ("9.5
 * hectares", "68,4 mio. kr."), any other number of four or more ("6,541 were offered a place"; not
 * "412 members" nor "53.2 percent"). Measured on claims about unseen documents: counts and
 * percentages of three digits coincide with another thing's figure too often — unless what the
 * claim counts is no known thing the fact names in no role (see tellingIfUnnamed). When the claim's
 * words do tie the figure, but only to facts of another kind (a count where it says an amount of
 * money), those words are no rival reading: then any amount of money or measure tells, and any
 * other number of two or more significant digits ("386 fines", "12 percent"; not "5 procent").
 */
function telling(value: number, kind: FigureKind, wordsTieOtherKind = false): boolean {
  const unit = kind === "money" || kind === "quantity";
  if (wordsTieOtherKind) return unit || significantDigits(value) >= 2;
  return significantDigits(value) >= (unit ? 2 : 4);
}

/** A number of two significant digits or more: one digit coincides too easily ("Two babies were born"). */
function coincidesLess(figure: Figure): boolean {
  return typeof figure.value === "number" && significantDigits(figure.value) >= 2;
}

/**
 * A number of three significant digits or more ("212 transfers", "27.4 per cent"): telling when
 * the claim names no thing of its own the fact does not name, nor counts a word the fact's quote
 * lacks (the caller checks that). Measured: +3 claims on unseen documents, none lost (+6 without
 * the quote's word, which ties "412 rowers" to "412 kasser øl"; +14 with no check, but a critical
 * error: "Energy costs climbed by 12.6 percent", the source's rise of visitors).
 */
function tellingIfUnnamed(value: number, kind: FigureKind): boolean {
  return kind !== "money" && kind !== "quantity" && significantDigits(value) >= 3;
}

/**
 * 0: never comparable (a count and a date); 1: same family, other unit (judged unverified);
 * 2: comparable; 3: the same kind of date.
 */
export function kindCompatibility(figure: Figure, fact: Fact): number {
  const a = figure.kind;
  const b = fact.figure.kind;
  if (isAmount(a) && isAmount(b)) {
    // A fraction of one is no number of things ("about .75 of the 300 workers"): a share, not a count.
    const fraction = (v: FigureValue) => isCountLike(v.kind) && typeof v.value === "number" && v.value > 0 && v.value < 1;
    if (fraction(figure) !== fraction(fact.figure)) return 0;
    return unitKey(figure) === unitKey(fact.figure) ? 2 : 1;
  }
  // (a time of day only with one: "at 11am" against "10am"; a rank only with a rank)
  if (isClock(a) || isClock(b)) return isClock(a) && isClock(b) ? 3 : 0;
  // (and a week of the year only with one: "uge 41" is no third place)
  if (isOrdinal(a) || isOrdinal(b)) return isOrdinal(a) && isOrdinal(b) && figure.unit === fact.figure.unit ? 3 : 0;
  if (isTime(a) && isTime(b)) {
    // A span of years has bounds instead of date parts (and says nothing of a day or month: "the
    // 1950s clubhouse" is no date of the fire "on 28 April 2024").
    if (b === "year" && fact.figure.qualifier === "range" && (a === "date" || a === "month")) return 0;
    const stored = fact.figure.date ?? (b === "year" && fact.figure.low !== undefined ? { year: fact.figure.low } : {});
    const claimed = figure.date ?? (a === "year" && figure.low !== undefined ? { year: figure.low } : {});
    const shared = (Object.keys(claimed) as (keyof typeof claimed)[]).some((p) => claimed[p] !== undefined && stored[p] !== undefined);
    if (!shared) return 0;
    return a === b ? 3 : 2;
  }
  return 0;
}

/**
 * Whether the year at `at` in a quote dates the value a change starts from: a few words after the
 * pack's word for it, in the same clause ("grown from 862 in 2019", "steget fra 14.600 kr. i 2019").
 */
function startsChange(quote: string, at: number, lang: Lang): boolean {
  // (the clause's words before the year: a comma, colon or semicolon ends a clause, a dot may be an abbreviation's)
  const before = quote.slice(Math.max(0, at - 40), at).split(/[,;:!?](?!\d)/).pop()!;
  const words = before.toLowerCase().split(/\s+/).filter(Boolean);
  const from = grammarOf(lang).previousValue;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 5; i--, n++) if (from.has(words[i])) return true;
  return false;
}

/** Two numbers of which one is half the other or less. */
function farApart(a: number, b: number): boolean {
  return a > 0 && b > 0 && (a >= 2 * b || b >= 2 * a);
}

/** Two slots one space apart (the words of one name: "Declan Hesketh"). */
function nextTo(a: Slot, b: Slot): boolean {
  return a.end + 1 === b.start || b.end + 1 === a.start;
}

/** Whether a term's ancestors (`of`, besides the term `key` itself) include one of `others`. */
function sharesBroader(of: ReadonlySet<string>, key: string, others: ReadonlySet<string>): boolean {
  for (const a of of) if (a !== key && others.has(a)) return true;
  return false;
}
