// Match stage: which stored fact is a figure about? A fact is tied to a figure only when the
// sentence names the fact's subject and its event (any synonym, any inflection, either
// language), no named entity in the figure's clause contradicts it, and the kinds agree.
// Candidates come from the term index (concept → facts), never from a scan of the fact base.
import type { Considered, Fact, FactBase, Figure, Role, TermPhrase } from "../types.js";
import type { TermIndex } from "../facts/term-index.js";
import { stem, tokenize, type Token } from "../text/tokens.js";

export interface Occurrence {
  concept: string;
  /** Token range [first, last] and character range [start, end). */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Tie {
  figure: Figure;
  /** Every fact that shares the top score (the judge picks among them). */
  best: Fact[];
  /** Other tied facts, best first, with their scores (for disagreeing sources). */
  others: { fact: Fact; score: number }[];
  topScore: number;
  /** Why nothing was tied (empty when something was). */
  reason: string;
  considered: Considered[];
}

// Words that end one clause and start the next when a sentence holds several figures.
const CONJUNCTIONS = new Set(["and", "but", "while", "whereas", "whilst", "og", "men", "mens", "samt", "hvorimod", "plus"]);
/** At most this many tokens may stand between the words of a multi-word term ("lost their lives"). */
const MAX_GAP = 1;
const NUMERIC = new Set(["count", "vague", "percent", "money", "quantity"]);
const DATES = new Set(["year", "date", "month", "weekday"]);

interface Scored {
  fact: number;
  score: number;
}

export class Matcher {
  /** Every concept a fact names, in any role (for the entity check). */
  private readonly factConcepts: Set<string>[];

  constructor(
    readonly factBase: FactBase,
    private readonly index: TermIndex,
  ) {
    this.factConcepts = factBase.facts.map((f) => new Set(Object.values(f.terms).flat()));
  }

  /** Every term of the fact base that the sentence names. */
  findOccurrences(tokens: Token[]): Occurrence[] {
    const out: Occurrence[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const keys = new Set([t.lower, stem(t.lower, "en"), stem(t.lower, "da"), withoutGenitive(t.lower)]);
      for (const key of keys) {
        const entries = this.index.byFirstToken.get(key);
        if (!entries) continue;
        for (const { concept, phrase } of entries) {
          const last = matchPhrase(tokens, i, phrase);
          if (last < 0) continue;
          const id = `${concept}:${i}:${last}`;
          if (seen.has(id)) continue;
          seen.add(id);
          out.push({ concept, first: i, last, start: t.start, end: tokens[last].end });
        }
      }
    }
    return longestMatches(out);
  }

  /** Tie each figure of a sentence to the facts it is about. */
  matchSentence(text: string, figures: Figure[], verbose = false): Tie[] {
    const tokens = tokenize(text);
    const occurrences = this.findOccurrences(tokens);
    const clauseOf = clauseFinder(text, tokens, figures);
    const byConcept = new Map<string, Occurrence[]>();
    for (const o of occurrences) {
      const list = byConcept.get(o.concept);
      if (list) list.push(o);
      else byConcept.set(o.concept, [o]);
    }
    return figures.map((figure) => this.tieFigure(figure, tokens, occurrences, byConcept, clauseOf, verbose));
  }

  private factsWithRole(byConcept: Map<string, Occurrence[]>, role: Role): Set<number> {
    const out = new Set<number>();
    for (const concept of byConcept.keys()) {
      for (const entry of this.index.factsByConcept.get(concept) ?? []) if (entry.role === role) out.add(entry.fact);
    }
    return out;
  }

  private tieFigure(
    figure: Figure,
    tokens: Token[],
    occurrences: Occurrence[],
    byConcept: Map<string, Occurrence[]>,
    clauseOf: (offset: number) => number,
    verbose: boolean,
  ): Tie {
    const facts = this.factBase.facts;
    const withSubject = this.factsWithRole(byConcept, "subject");
    const withEvent = this.factsWithRole(byConcept, "event");
    const [small, large] = withSubject.size <= withEvent.size ? [withSubject, withEvent] : [withEvent, withSubject];
    const figureClause = clauseOf(figure.start);
    const figureToken = tokenIndexAt(tokens, figure.start);
    const considered: Considered[] = [];
    const scored: Scored[] = [];
    const blockedBy: string[] = [];
    const wrongKind: number[] = [];

    for (const f of small) {
      if (!large.has(f)) continue;
      const fact = facts[f];
      const compat = kindCompatibility(figure, fact);
      if (compat === 0) {
        wrongKind.push(f);
        if (verbose) considered.push({ fact: fact.id, tied: false, why: `it stores a ${fact.figure.kind}, the figure is a ${figure.kind}` });
        continue;
      }
      const subject = this.bestOccurrence(fact.terms.subject, byConcept, clauseOf, figureClause, figureToken);
      const event = this.bestOccurrence(fact.terms.event, byConcept, clauseOf, figureClause, figureToken);
      if (!subject || !event) continue;
      const blocker = this.blockingEntity(f, occurrences, clauseOf, new Set([figureClause, subject.clause, event.clause]));
      if (blocker) {
        blockedBy.push(`${blocker} (${fact.id})`);
        if (verbose) considered.push({ fact: fact.id, tied: false, why: `the claim names ${blocker}, which this fact does not involve` });
        continue;
      }
      let score = (event.own ? 4 : 1) + (subject.own ? 3 : 1) - 0.01 * (event.distance + subject.distance);
      for (const role of ["place", "actor", "context"] as const) {
        const o = this.bestOccurrence(fact.terms[role], byConcept, clauseOf, figureClause, figureToken);
        if (o) score += o.own ? 1 : 0.5;
      }
      if (compat === 1) score -= 100; // a fact in another unit only when nothing in the same unit is about it
      else if (compat === 3) score += 0.5; // the same kind of date (a year for a year)
      scored.push({ fact: f, score });
      if (verbose) considered.push({ fact: fact.id, tied: true, why: `names its subject (${subject.text}) and event (${event.text}); score ${score.toFixed(2)}` });
    }

    if (verbose) {
      // Facts that share only some terms, so --verbose can say what was missing.
      for (const f of new Set([...withSubject, ...withEvent])) {
        if (withSubject.has(f) && withEvent.has(f)) continue;
        const missing = withSubject.has(f) ? "event" : "subject";
        considered.push({ fact: facts[f].id, tied: false, why: `the claim does not name its ${missing}` });
      }
    }

    scored.sort((a, b) => b.score - a.score);
    if (scored.length > 0) {
      const top = scored[0].score;
      const best = scored.filter((s) => top - s.score < 1e-9).map((s) => facts[s.fact]);
      const others = scored.filter((s) => top - s.score >= 1e-9).map((s) => ({ fact: facts[s.fact], score: s.score }));
      return { figure, best, others, topScore: top, reason: "", considered };
    }
    const reason = this.noTieReason(figure, withSubject, withEvent, blockedBy, wrongKind);
    return { figure, best: [], others: [], topScore: 0, reason, considered };
  }

  private noTieReason(figure: Figure, withSubject: Set<number>, withEvent: Set<number>, blockedBy: string[], wrongKind: number[]): string {
    const facts = this.factBase.facts;
    if (blockedBy.length > 0) return `no stored fact covers it: the claim names ${blockedBy[0].replace(/ \(.*/, "")}, which the related fact ${blockedBy[0].replace(/.* \(/, "(").replace(/[()]/g, "")} does not involve`;
    if (wrongKind.length > 0) return `no stored ${figure.kind} is about this: the related fact ${facts[wrongKind[0]].id} stores a ${facts[wrongKind[0]].figure.kind}`;
    const partial = [...withSubject].find((f) => !withEvent.has(f));
    if (partial !== undefined) return `no stored fact covers it: ${facts[partial].id} has the same subject but another event (${facts[partial].statement})`;
    const partialEvent = [...withEvent].find((f) => !withSubject.has(f));
    if (partialEvent !== undefined && withEvent.size <= 3) return `no stored fact covers it: no stored figure is about this subject`;
    return "no stored fact covers it";
  }

  /** The occurrence of any of `concepts` that best serves the figure: its own clause, then nearest. */
  private bestOccurrence(
    concepts: string[],
    byConcept: Map<string, Occurrence[]>,
    clauseOf: (offset: number) => number,
    figureClause: number,
    figureToken: number,
  ): { own: boolean; distance: number; clause: number; text: string } | null {
    let best: { own: boolean; distance: number; clause: number; text: string } | null = null;
    for (const c of concepts) {
      for (const o of byConcept.get(c) ?? []) {
        const clause = clauseOf(o.start);
        const own = clause === figureClause;
        const distance = o.first > figureToken ? o.first - figureToken : figureToken - o.last;
        if (!best || (own && !best.own) || (own === best.own && distance < best.distance)) {
          best = { own, distance: Math.max(0, distance), clause, text: c };
        }
      }
    }
    return best;
  }

  /** A named entity in the relevant clauses that the fact does not involve, if any. */
  private blockingEntity(f: number, occurrences: Occurrence[], clauseOf: (offset: number) => number, clauses: Set<number>): string | null {
    const own = this.factConcepts[f];
    const concepts = this.factBase.concepts;
    for (const o of occurrences) {
      if (own.has(o.concept) || !concepts[o.concept]?.class || !clauses.has(clauseOf(o.start))) continue;
      // "Afghan" inside "Afghan government soldiers" belongs to the fact's own term.
      const inside = occurrences.some((p) => p !== o && own.has(p.concept) && p.start <= o.start && p.end >= o.end);
      if (!inside) return o.concept;
    }
    return null;
  }
}

/**
 * Drop a term that lies inside a longer term of another concept: "Afghan soldiers" is about
 * soldiers, not about Afghans (refugees); "border guards" is not a border crossing.
 */
function longestMatches(occurrences: Occurrence[]): Occurrence[] {
  if (occurrences.length < 2) return occurrences;
  // Containers start at most a phrase's length before what they contain: look only there, so
  // this stays linear in the number of terms found (a 10 MB line must not go quadratic).
  const byFirst = new Map<number, Occurrence[]>();
  let longest = 0;
  for (const o of occurrences) {
    const list = byFirst.get(o.first);
    if (list) list.push(o);
    else byFirst.set(o.first, [o]);
    longest = Math.max(longest, o.last - o.first);
  }
  const contained = (o: Occurrence): boolean => {
    for (let first = o.first; first >= o.first - longest && first >= 0; first--) {
      for (const p of byFirst.get(first) ?? []) {
        if (p.concept !== o.concept && p.start <= o.start && p.end >= o.end && p.end - p.start > o.end - o.start) return true;
      }
    }
    return false;
  };
  return occurrences.filter((o) => !contained(o));
}

/** The token index of the token that contains (or follows) a character offset. */
function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

/** Does the phrase start at token i? Returns the index of its last token, or -1. */
function matchPhrase(tokens: Token[], i: number, phrase: TermPhrase): number {
  let j = i;
  let gaps = 0;
  for (let k = 0; k < phrase.tokens.length; k++) {
    let found = false;
    while (j < tokens.length) {
      if (tokenMatches(tokens[j], phrase.tokens[k], phrase)) {
        found = true;
        break;
      }
      if (k === 0 || gaps >= MAX_GAP) return -1;
      gaps++;
      j++;
    }
    if (!found) return -1;
    if (k < phrase.tokens.length - 1) j++;
  }
  return j;
}

function tokenMatches(token: Token, want: string, phrase: TermPhrase): boolean {
  if (phrase.caseSensitive && token.raw !== token.raw.toUpperCase()) return false;
  if (phrase.exact) return token.lower === want || withoutGenitive(token.lower) === want;
  return token.lower === want || stem(token.lower, phrase.lang) === want;
}

/** Danish and English genitive of a name: "Afghanistans", "Tadsjikistans" (USA's splits at the '). */
function withoutGenitive(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/**
 * 0: never comparable (a count and a date); 1: same family, other unit (judged unverified);
 * 2: comparable; 3: the same kind of date.
 */
function kindCompatibility(figure: Figure, fact: Fact): number {
  const a = figure.kind;
  const b = fact.figure.kind;
  if (NUMERIC.has(a) && NUMERIC.has(b)) {
    const unitA = a === "vague" ? "count" : a === "count" ? "count" : `${a}:${figure.unit ?? ""}`;
    const unitB = b === "vague" ? "count" : b === "count" ? "count" : `${b}:${fact.figure.unit ?? ""}`;
    return unitA === unitB ? 2 : 1;
  }
  if (DATES.has(a) && DATES.has(b)) {
    const stored = fact.figure.date ?? {};
    // A span of years has bounds instead of date parts.
    const claimed = figure.date ?? (a === "year" && figure.low !== undefined ? { year: figure.low } : {});
    const shared = (Object.keys(claimed) as (keyof typeof claimed)[]).some((p) => claimed[p] !== undefined && stored[p] !== undefined);
    if (!shared) return 0;
    return a === b ? 3 : 2;
  }
  return 0;
}

/**
 * Clause index of a character offset. Clauses only matter between figures: the boundary between
 * two figures is the last semicolon, else the last conjunction, else the last comma between them.
 */
function clauseFinder(text: string, tokens: Token[], figures: Figure[]): (offset: number) => number {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const boundaries: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i].end;
    const to = sorted[i + 1].start;
    if (to <= from) continue;
    const between = text.slice(from, to);
    let cut = -1;
    const semi = between.lastIndexOf(";");
    if (semi >= 0) cut = from + semi;
    if (cut < 0) {
      for (let t = tokens.length - 1; t >= 0; t--) {
        const tok = tokens[t];
        if (tok.start >= from && tok.end <= to && CONJUNCTIONS.has(tok.lower)) {
          cut = tok.start;
          break;
        }
      }
    }
    if (cut < 0) {
      const comma = between.lastIndexOf(",");
      if (comma >= 0) cut = from + comma;
    }
    if (cut >= 0) boundaries.push(cut);
  }
  return (offset: number) => {
    let n = 0;
    for (const b of boundaries) if (offset >= b) n++;
    return n;
  };
}
