// The matcher's view of the fact base: phrases by their first normalised token, facts by concept
// (sorted posting lists per role, so that the matcher intersects instead of scanning) and by
// number. Built in one pass over the fact base (O(total phrases + total terms)); the posting lists
// are typed arrays, so a fact base of 100,000 facts indexes in milliseconds.
import { ROLES, type FactBase, type Role, type TermPhrase } from "../types.js";

export interface TermIndex {
  /** Phrases keyed by their first normalised (lower-cased, stemmed) token. */
  byFirstToken: Map<string, Array<{ concept: string; phrase: TermPhrase }>>;
  /**
   * For each concept id, the facts (indexes into fb.facts) that use it, with the role, by fact
   * then role. A read-only view: each list is built from `byRole` when first asked for.
   */
  factsByConcept: ReadonlyMap<string, Array<{ fact: number; role: Role }>>;
  /** For each role, the facts that use a concept in that role (ascending fact indexes). */
  byRole: Record<Role, Map<string, Int32Array>>;
  /** For each concept, the facts that use it in any role (ascending, each fact once). */
  byConcept: Map<string, Int32Array>;
  /**
   * Facts by the number they state: a numeric value (count, percent, money, quantity, year), and
   * the year of a date or month. Vague figures and ranges are not indexed here (no single number).
   */
  factsByNumber: NumberIndex;
}

/** Facts by number, ascending by fact; a lookup is a binary search in two sorted typed arrays. */
export class NumberIndex {
  constructor(
    /** Numbers, ascending, one entry per (number, fact). */
    readonly numbers: Float64Array,
    /** The fact of each entry (ascending within a number). */
    readonly facts: Int32Array,
  ) {}
  get(n: number): number[] | undefined {
    const nums = this.numbers;
    let lo = 0;
    let hi = nums.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= nums.length || nums[lo] !== n) return undefined;
    const out: number[] = [];
    for (let i = lo; i < nums.length && nums[i] === n; i++) out.push(this.facts[i]);
    return out;
  }
  has(n: number): boolean {
    return this.get(n) !== undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** concept → (fact, role) list, materialised from the per-role posting lists on demand. */
class FactsByConcept implements ReadonlyMap<string, Array<{ fact: number; role: Role }>> {
  private readonly built = new Map<string, Array<{ fact: number; role: Role }>>();
  constructor(
    private readonly byRole: TermIndex["byRole"],
    private readonly byConcept: TermIndex["byConcept"],
  ) {}
  get size(): number {
    return this.byConcept.size;
  }
  has(concept: string): boolean {
    return this.byConcept.has(concept);
  }
  get(concept: string): Array<{ fact: number; role: Role }> | undefined {
    if (!this.byConcept.has(concept)) return undefined;
    let list = this.built.get(concept);
    if (!list) {
      list = [];
      for (const role of ROLES) for (const fact of this.byRole[role].get(concept) ?? []) list.push({ fact, role });
      const order = new Map(ROLES.map((r, i) => [r, i]));
      list.sort((a, b) => a.fact - b.fact || order.get(a.role)! - order.get(b.role)!);
      this.built.set(concept, list);
    }
    return list;
  }
  forEach(fn: (value: Array<{ fact: number; role: Role }>, key: string, map: ReadonlyMap<string, Array<{ fact: number; role: Role }>>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  *entries(): MapIterator<[string, Array<{ fact: number; role: Role }>]> {
    for (const k of this.byConcept.keys()) yield [k, this.get(k)!];
  }
  keys(): MapIterator<string> {
    return this.byConcept.keys();
  }
  *values(): MapIterator<Array<{ fact: number; role: Role }>> {
    for (const k of this.byConcept.keys()) yield this.get(k)!;
  }
  [Symbol.iterator](): MapIterator<[string, Array<{ fact: number; role: Role }>]> {
    return this.entries();
  }
}

/** The posting lists of a fact base: plain typed arrays, so they can be cached with it. */
export interface Postings {
  byRole: Record<Role, Map<string, Int32Array>>;
  byConcept: Map<string, Int32Array>;
  /** NumberIndex arrays. */
  numbers: Float64Array;
  numberFacts: Int32Array;
}

export function buildPostings(fb: FactBase): Postings {
  const lists = {} as Record<Role, Map<string, number[]>>;
  for (const role of ROLES) lists[role] = new Map();
  const any = new Map<string, number[]>();
  const facts = fb.facts;
  for (let i = 0; i < facts.length; i++) {
    const terms = facts[i].terms;
    for (const role of ROLES) {
      const ids = terms[role];
      if (!ids) continue;
      const byRole = lists[role];
      for (let j = 0; j < ids.length; j++) {
        const concept = ids[j];
        const list = byRole.get(concept);
        if (!list) byRole.set(concept, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
        const all = any.get(concept);
        if (!all) any.set(concept, [i]);
        else if (all[all.length - 1] !== i) all.push(i);
      }
    }
  }
  const byRole = {} as Postings["byRole"];
  for (const role of ROLES) byRole[role] = new Map([...lists[role]].map(([c, l]) => [c, Int32Array.from(l)]));
  return { byRole, byConcept: new Map([...any].map(([c, l]) => [c, Int32Array.from(l)])), ...numberIndex(fb) };
}

function numberIndex(fb: FactBase): Pick<Postings, "numbers" | "numberFacts"> {
  const entries: Array<[number, number]> = [];
  fb.facts.forEach((fact, i) => {
    const figure = fact.figure;
    const n = typeof figure.value === "number" ? figure.value : undefined;
    if (n !== undefined && !Number.isNaN(n)) entries.push([n, i]);
    const year = figure.date?.year;
    if (year !== undefined && year !== n) entries.push([year, i]);
  });
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { numbers: Float64Array.from(entries, (e) => e[0]), numberFacts: Int32Array.from(entries, (e) => e[1]) };
}

/**
 * The term index of a fact base. `postings` may come from the fact-base cache (they are a pure
 * function of the fact base).
 */
export function buildTermIndex(fb: FactBase, postings: Postings = buildPostings(fb)): TermIndex {
  const byFirstToken: TermIndex["byFirstToken"] = new Map();
  for (const concept of Object.values(fb.concepts)) {
    for (const phrase of concept.phrases) {
      const first = phrase.tokens[0];
      if (first !== undefined) push(byFirstToken, first, { concept: concept.id, phrase });
    }
  }
  const { byRole, byConcept } = postings;
  return {
    byFirstToken,
    factsByConcept: new FactsByConcept(byRole, byConcept),
    byRole,
    byConcept,
    factsByNumber: new NumberIndex(postings.numbers, postings.numberFacts),
  };
}
