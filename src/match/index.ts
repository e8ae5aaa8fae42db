// Match stage: which stored fact is a figure about? A fact is tied to a figure only when the
// sentence names the fact's subject and its event (any synonym, any inflection, either
// language), no named entity in the figure's clause contradicts it, and the kinds agree.
// Candidates come from the term index (concept → facts), never from a scan of the fact base.
import { ROLES, type Considered, type Fact, type FactBase, type Figure, type Role, type TermPhrase } from "../types.js";
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

/** The sentence as one figure sees it. */
interface Scene {
  figure: Figure;
  occurrences: Occurrence[];
  byConcept: Map<string, Occurrence[]>;
  clauseOf: (offset: number) => number;
  figureClause: number;
  figureToken: number;
}

type Assessment =
  | { outcome: "wrong-kind" }
  | { outcome: "unnamed" }
  | { outcome: "blocked"; entity: string }
  | { outcome: "tied"; score: number; subject: string; event: string };

/** What came closest when nothing is tied (facts by index). */
interface Untied {
  blocked?: { entity: string; fact: number };
  wrongKind?: number;
  subjectOnly?: number;
  eventOnly?: number;
  eventSize: number;
}

interface Scored {
  fact: number;
  score: number;
}

export class Matcher {
  /** Every concept a fact names, in any role (for the entity check); built per fact when first needed. */
  private readonly factConcepts: Array<Set<string> | undefined>;
  /** Posting lists restricted to one kind family (see familyList), built when first needed. */
  private readonly familyLists = new Map<string, Int32Array>();
  /** Per entity and kind family: its facts by role and concept (see entityIndex). */
  private readonly entityIndexes = new Map<string, Map<string, Int32Array>>();
  /** Scratch marks for set operations over fact indexes (a mark equal to `stampGen` is set). */
  private stamp: Int32Array | null = null;
  private stampGen = 0;

  constructor(
    readonly factBase: FactBase,
    private readonly index: TermIndex,
  ) {
    this.factConcepts = new Array(factBase.facts.length);
  }

  private conceptsOf(f: number): Set<string> {
    let set = this.factConcepts[f];
    if (!set) {
      set = new Set(Object.values(this.factBase.facts[f].terms).flat());
      this.factConcepts[f] = set;
    }
    return set;
  }

  /** Every term of the fact base that the sentence names. */
  findOccurrences(tokens: Token[]): Occurrence[] {
    const out: Occurrence[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const en = stem(t.lower, "en");
      const da = stem(t.lower, "da");
      const bare = withoutGenitive(t.lower);
      for (let k = 0; k < 4; k++) {
        // The word as written, its English and Danish stems, and without a genitive -s (each once).
        const key = k === 0 ? t.lower : k === 1 ? en : k === 2 ? da : bare;
        if ((k >= 1 && key === t.lower) || (k >= 2 && key === en) || (k === 3 && key === da)) continue;
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
    // --verbose lists every fact that shares a term: that needs the full scan. Otherwise only the
    // facts that can be tied are looked at, with exactly the same outcome.
    if (verbose) return this.tieFigureFull(figure, tokens, occurrences, byConcept, clauseOf);
    return this.tieFigureIndexed(figure, tokens, occurrences, byConcept, clauseOf);
  }

  /**
   * tieFigureFull without the scan. The facts that name a subject and an event of the sentence
   * are the intersection of posting lists (driven by the shortest, galloping through the others);
   * of those, only facts of the figure's kind family can be tied (others are "wrong kind"), and
   * only facts involving every named entity that stands alone in the figure's clause (others are
   * blocked by it). Those few are scored in the order the full scan visits them, so ties, scores
   * and the order among equal scores are the same; when nothing is tied, the reason is derived
   * from the first facts the full scan would have seen.
   */
  private tieFigureIndexed(
    figure: Figure,
    tokens: Token[],
    occurrences: Occurrence[],
    byConcept: Map<string, Occurrence[]>,
    clauseOf: (offset: number) => number,
  ): Tie {
    const facts = this.factBase.facts;
    const concepts = [...byConcept.keys()];
    const subjectLists = this.lists("subject", concepts);
    const eventLists = this.lists("event", concepts);
    const subjectSize = this.unionSize(subjectLists);
    const eventSize = this.unionSize(eventLists);
    // The full scan walks the smaller of the two sets (the subject's on a tie), concept by concept.
    const smallRole: Role = subjectSize <= eventSize ? "subject" : "event";
    const figureClause = clauseOf(figure.start);
    const figureToken = tokenIndexAt(tokens, figure.start);
    const family = familyOf(figure.kind);

    // Named entities in the figure's clause that no other term contains block every fact that
    // does not involve them. Only facts of the figure's kind family can be tied.
    const hard: string[] = [];
    for (const o of occurrences) {
      if (!this.factBase.concepts[o.concept]?.class || clauseOf(o.start) !== figureClause) continue;
      if (occurrences.some((p) => p !== o && p.start <= o.start && p.end >= o.end)) continue;
      if (!hard.includes(o.concept)) hard.push(o.concept);
    }
    const groups: Int32Array[][] = [];
    if (hard.length > 0) {
      // The entity with the fewest facts: its own index of them by role and concept.
      const size = (c: string) => this.index.byConcept.get(c)?.length ?? 0;
      const entity = hard.reduce((a, b) => (size(b) < size(a) ? b : a));
      const sub = this.entityIndex(entity, family);
      const pick = (role: Role) => concepts.map((c) => sub.get(`${role}|${c}`)).filter((l): l is Int32Array => l !== undefined);
      groups.push(pick("subject"), pick("event"));
      for (const h of hard) if (h !== entity) groups.push([this.index.byConcept.get(h) ?? new Int32Array(0)]);
    } else {
      const pick = (role: Role) => concepts.map((c) => this.familyList(role, c, family)).filter((l): l is Int32Array => l !== undefined);
      groups.push(pick("subject"), pick("event"));
    }
    const candidates = this.intersect(groups);
    if (candidates.length > 1) {
      const rank = new Map(concepts.map((c, i) => [c, i]));
      const key = (f: number): number => {
        let r = Infinity;
        for (const c of facts[f].terms[smallRole]) {
          const k = rank.get(c);
          if (k !== undefined && k < r) r = k;
        }
        return r;
      };
      const keys = new Map(candidates.map((f) => [f, key(f)]));
      candidates.sort((a, b) => keys.get(a)! - keys.get(b)! || a - b);
    }

    const scene: Scene = { figure, occurrences, byConcept, clauseOf, figureClause, figureToken };
    const scored: Scored[] = [];
    for (const f of candidates) {
      const a = this.assess(f, scene);
      if (a.outcome === "tied") scored.push({ fact: f, score: a.score });
    }
    if (scored.length > 0) return this.tieOf(figure, scored, []);

    // Nothing tied: say why, as the full scan would (its first blocked fact, else its first fact
    // of the wrong kind, else a fact that names only the subject or only the event).
    const large = smallRole === "subject" ? eventLists : subjectLists;
    const smallLists = (fam: number | null): Int32Array[] =>
      concepts.map((c) => (fam === null ? this.index.byRole[smallRole].get(c) : this.familyList(smallRole, c, fam))).filter((l): l is Int32Array => l !== undefined);
    const blocked = this.firstInOrder(smallLists(family), large, (f) => kindCompatibility(figure, facts[f]) !== 0);
    if (blocked !== undefined) {
      const a = this.assess(blocked, scene);
      if (a.outcome === "blocked") return this.untied(figure, { blocked: { entity: a.entity, fact: blocked }, eventSize }, []);
    }
    const wrongKind = this.firstInOrder(smallLists(null), large, () => true);
    if (wrongKind !== undefined) return this.untied(figure, { wrongKind, eventSize }, []);
    // The intersection is empty: the first fact with the subject has another event.
    const subjectOnly = this.firstInOrder(subjectLists, [], () => true);
    const eventOnly = this.firstInOrder(eventLists, [], () => true);
    return this.untied(figure, { subjectOnly, eventOnly, eventSize }, []);
  }

  private untied(figure: Figure, why: Untied, considered: Considered[]): Tie {
    return { figure, best: [], others: [], topScore: 0, reason: this.reasonFor(figure, why), considered };
  }

  /** What one fact makes of a figure: the steps both the index and the full scan take. */
  private assess(f: number, scene: Scene): Assessment {
    const { figure, occurrences, byConcept, clauseOf, figureClause, figureToken } = scene;
    const fact = this.factBase.facts[f];
    const compat = kindCompatibility(figure, fact);
    if (compat === 0) return { outcome: "wrong-kind" };
    const subject = this.bestOccurrence(fact.terms.subject, byConcept, clauseOf, figureClause, figureToken);
    const event = this.bestOccurrence(fact.terms.event, byConcept, clauseOf, figureClause, figureToken);
    if (!subject || !event) return { outcome: "unnamed" };
    const entity = this.blockingEntity(f, occurrences, clauseOf, new Set([figureClause, subject.clause, event.clause]));
    if (entity) return { outcome: "blocked", entity };
    const score = this.score(fact, compat, subject, event, scene);
    return { outcome: "tied", score, subject: subject.text, event: event.text };
  }

  /** Posting lists of the concepts for a role (concepts no fact uses in that role are left out). */
  private lists(role: Role, concepts: string[]): Int32Array[] {
    const out: Int32Array[] = [];
    for (const c of concepts) {
      const l = this.index.byRole[role].get(c);
      if (l) out.push(l);
    }
    return out;
  }

  /** A role's posting list of a concept, restricted to facts of one kind family. */
  private familyList(role: Role, concept: string, family: number): Int32Array | undefined {
    const full = this.index.byRole[role].get(concept);
    if (!full) return undefined;
    const key = `${family}|${role}|${concept}`;
    let l = this.familyLists.get(key);
    if (!l) {
      const facts = this.factBase.facts;
      l = full.filter((f) => familyOf(facts[f].figure.kind) === family);
      this.familyLists.set(key, l);
    }
    return l;
  }

  /**
   * The facts of one kind family that involve an entity, by "role|concept" (ascending), built
   * from the entity's posting list when first needed: a claim naming a place then costs about
   * the facts of that place with the sentence's terms, not every fact with the same event.
   */
  private entityIndex(entity: string, family: number): Map<string, Int32Array> {
    const key = `${family}|${entity}`;
    let sub = this.entityIndexes.get(key);
    if (!sub) {
      const facts = this.factBase.facts;
      const lists = new Map<string, number[]>();
      for (const f of this.index.byConcept.get(entity) ?? []) {
        const fact = facts[f];
        if (familyOf(fact.figure.kind) !== family) continue;
        for (const role of ROLES) {
          for (const c of fact.terms[role] ?? []) {
            const k = `${role}|${c}`;
            const list = lists.get(k);
            if (!list) lists.set(k, [f]);
            else if (list[list.length - 1] !== f) list.push(f);
          }
        }
      }
      sub = new Map([...lists].map(([k, l]) => [k, Int32Array.from(l)]));
      this.entityIndexes.set(key, sub);
    }
    return sub;
  }

  private marks(): { stamp: Int32Array; gen: number } {
    if (!this.stamp || this.stamp.length < this.factBase.facts.length || this.stampGen >= 0x7ffffff0) {
      this.stamp = new Int32Array(Math.max(1, this.factBase.facts.length));
      this.stampGen = 0;
    }
    return { stamp: this.stamp, gen: ++this.stampGen };
  }

  /** Size of the union of sorted posting lists. */
  private unionSize(lists: Int32Array[]): number {
    if (lists.length === 0) return 0;
    if (lists.length === 1) return lists[0].length;
    const { stamp, gen } = this.marks();
    let n = 0;
    for (const l of lists) {
      for (let i = 0; i < l.length; i++) {
        if (stamp[l[i]] !== gen) {
          stamp[l[i]] = gen;
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Facts in every group (a group is a union of sorted posting lists), ascending. Driven by the
   * group with the fewest entries; membership in the others by galloping search, so the cost is
   * about the size of the smallest group, not of the largest.
   */
  private intersect(groups: Int32Array[][]): number[] {
    if (groups.some((g) => g.length === 0)) return [];
    const total = (g: Int32Array[]) => g.reduce((n, l) => n + l.length, 0);
    let driverAt = 0;
    for (let i = 1; i < groups.length; i++) if (total(groups[i]) < total(groups[driverAt])) driverAt = i;
    const driverLists = groups[driverAt];
    let driver: Int32Array;
    if (driverLists.length === 1) driver = driverLists[0];
    else {
      const merged = new Int32Array(total(driverLists));
      let k = 0;
      for (const l of driverLists) {
        merged.set(l, k);
        k += l.length;
      }
      merged.sort();
      driver = merged;
    }
    const others = groups.filter((_, i) => i !== driverAt);
    const cursors = others.map((g) => new Array<number>(g.length).fill(0));
    const out: number[] = [];
    let prev = -1;
    for (let i = 0; i < driver.length; i++) {
      const f = driver[i];
      if (f === prev) continue;
      prev = f;
      let inAll = true;
      for (let g = 0; g < others.length && inAll; g++) {
        let found = false;
        const lists = others[g];
        for (let j = 0; j < lists.length; j++) {
          const at = gallop(lists[j], f, cursors[g][j]);
          cursors[g][j] = at;
          if (at < lists[j].length && lists[j][at] === f) {
            found = true;
            break;
          }
        }
        inAll = found;
      }
      if (inAll) out.push(f);
    }
    return out;
  }

  /**
   * The first fact, in the order the full scan visits a role's set (its concepts in sentence
   * order, each list ascending, a fact at its first appearance), that is in `large` (any of its
   * lists; no lists: no condition) and passes `ok`.
   */
  private firstInOrder(small: Int32Array[], large: Int32Array[], ok: (f: number) => boolean): number | undefined {
    if (small.length === 0) return undefined;
    const { stamp, gen } = small.length > 1 ? this.marks() : { stamp: null, gen: 0 };
    for (const l of small) {
      for (let i = 0; i < l.length; i++) {
        const f = l[i];
        if (stamp) {
          if (stamp[f] === gen) continue;
          stamp[f] = gen;
        }
        if (large.length > 0 && !large.some((x) => contains(x, f))) continue;
        if (ok(f)) return f;
      }
    }
    return undefined;
  }

  /** Why a figure is not tied, from the first fact that came close. */
  private reasonFor(figure: Figure, why: Untied): string {
    const facts = this.factBase.facts;
    if (why.blocked) return `no stored fact covers it: the claim names ${why.blocked.entity}, which the related fact ${facts[why.blocked.fact].id} does not involve`;
    if (why.wrongKind !== undefined) return `no stored ${figure.kind} is about this: the related fact ${facts[why.wrongKind].id} stores a ${facts[why.wrongKind].figure.kind}`;
    if (why.subjectOnly !== undefined) return `no stored fact covers it: ${facts[why.subjectOnly].id} has the same subject but another event (${facts[why.subjectOnly].statement})`;
    if (why.eventOnly !== undefined && why.eventSize <= 3) return `no stored fact covers it: no stored figure is about this subject`;
    return "no stored fact covers it";
  }

  private score(fact: Fact, compat: number, subject: { own: boolean; distance: number }, event: { own: boolean; distance: number }, scene: Scene): number {
    const { byConcept, clauseOf, figureClause, figureToken } = scene;
    let score = (event.own ? 4 : 1) + (subject.own ? 3 : 1) - 0.01 * (event.distance + subject.distance);
    for (const role of ["place", "actor", "context"] as const) {
      const o = this.bestOccurrence(fact.terms[role], byConcept, clauseOf, figureClause, figureToken);
      if (o) score += o.own ? 1 : 0.5;
    }
    if (compat === 1) score -= 100; // a fact in another unit only when nothing in the same unit is about it
    else if (compat === 3) score += 0.5; // the same kind of date (a year for a year)
    return score;
  }

  private tieOf(figure: Figure, scored: Scored[], considered: Considered[]): Tie {
    const facts = this.factBase.facts;
    scored.sort((a, b) => b.score - a.score);
    const top = scored[0].score;
    const best = scored.filter((s) => top - s.score < 1e-9).map((s) => facts[s.fact]);
    const others = scored.filter((s) => top - s.score >= 1e-9).map((s) => ({ fact: facts[s.fact], score: s.score }));
    return { figure, best, others, topScore: top, reason: "", considered };
  }

  /** The full scan, for --verbose: every fact that shares a subject or an event with the sentence. */
  private tieFigureFull(
    figure: Figure,
    tokens: Token[],
    occurrences: Occurrence[],
    byConcept: Map<string, Occurrence[]>,
    clauseOf: (offset: number) => number,
  ): Tie {
    const facts = this.factBase.facts;
    const withSubject = this.factsWithRole(byConcept, "subject");
    const withEvent = this.factsWithRole(byConcept, "event");
    const [small, large] = withSubject.size <= withEvent.size ? [withSubject, withEvent] : [withEvent, withSubject];
    const scene: Scene = { figure, occurrences, byConcept, clauseOf, figureClause: clauseOf(figure.start), figureToken: tokenIndexAt(tokens, figure.start) };
    const considered: Considered[] = [];
    const scored: Scored[] = [];
    let blocked: Untied["blocked"];
    let wrongKind: number | undefined;

    for (const f of small) {
      if (!large.has(f)) continue;
      const fact = facts[f];
      const a = this.assess(f, scene);
      if (a.outcome === "wrong-kind") {
        wrongKind ??= f;
        considered.push({ fact: fact.id, tied: false, why: `it stores a ${fact.figure.kind}, the figure is a ${figure.kind}` });
      } else if (a.outcome === "blocked") {
        blocked ??= { entity: a.entity, fact: f };
        considered.push({ fact: fact.id, tied: false, why: `the claim names ${a.entity}, which this fact does not involve` });
      } else if (a.outcome === "tied") {
        scored.push({ fact: f, score: a.score });
        considered.push({ fact: fact.id, tied: true, why: `names its subject (${a.subject}) and event (${a.event}); score ${a.score.toFixed(2)}` });
      }
    }
    // Facts that share only some terms, so --verbose can say what was missing.
    for (const f of new Set([...withSubject, ...withEvent])) {
      if (withSubject.has(f) && withEvent.has(f)) continue;
      const missing = withSubject.has(f) ? "event" : "subject";
      considered.push({ fact: facts[f].id, tied: false, why: `the claim does not name its ${missing}` });
    }

    if (scored.length > 0) return this.tieOf(figure, scored, considered);
    const subjectOnly = [...withSubject].find((f) => !withEvent.has(f));
    const eventOnly = [...withEvent].find((f) => !withSubject.has(f));
    return this.untied(figure, { blocked, wrongKind, subjectOnly, eventOnly, eventSize: withEvent.size }, considered);
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
    const own = this.conceptsOf(f);
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

/** 0 for numeric kinds, 1 for dates: figures are only ever comparable within a family. */
function familyOf(kind: string): number {
  return NUMERIC.has(kind) ? 0 : 1;
}

/** The first index at or after `from` whose value is >= f (exponential, then binary search). */
function gallop(list: Int32Array, f: number, from: number): number {
  let lo = from;
  if (lo >= list.length || list[lo] >= f) return lo;
  let step = 1;
  let hi = lo + 1;
  while (hi < list.length && list[hi] < f) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > list.length) hi = list.length;
  // list[lo] < f; answer in (lo, hi]
  lo++;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < f) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function contains(list: Int32Array, f: number): boolean {
  const at = gallop(list, f, 0);
  return at < list.length && list[at] === f;
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
