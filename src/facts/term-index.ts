// The matcher's view of the fact base and the built-in lexicon, built once per load.
//
// Terms: every concept the matcher can find in a sentence — the lexicon's, the fact base's own
// (vocabulary files; a concept with a lexicon id adds phrases to it), and the inline terms of facts.
// Inline terms with the same phrases are one term (their key is made from the phrases), so a word
// that many drafted facts list is one term with one posting list and a true document frequency.
//
// Posting lists: for each term key, the facts that use it (per role and in any role), as sorted
// typed arrays, so the matcher intersects and counts instead of scanning; facts by number, for the
// "that figure belongs to another fact" hint. Built in one pass (O(phrases + terms)).
import { ROLES, type Concept, type FactBase, type Role, type TermPhrase } from "../types.js";
import { lexiconIfLoaded, type Lexicon } from "./lexicon.js";

/** A concept as the matcher uses it, under its term key. */
export interface Term {
  key: string;
  concept: Concept;
}

export interface TermIndex {
  /** Terms by key: lexicon ids, fact-base concept ids, "~…" keys of inline terms. */
  terms: Map<string, Term>;
  /** Phrases keyed by their first normalised (lower-cased, stemmed) token. */
  byFirstToken: Map<string, Array<{ key: string; phrase: TermPhrase }>>;
  /** Keys of one-word phrases by that word's normalised token (for splitting compounds). */
  singleWord: Map<string, string[]>;
  /** The term key of each concept id a fact names (inline ids map to their shared key). */
  keyOf: (conceptId: string) => string;
  /** Per fact: the term keys of each role, and of all roles. */
  factTerms: FactTerms[];
  /** For each role, the facts that use a term in that role (ascending fact indexes). */
  byRole: Record<Role, Map<string, Int32Array>>;
  /** For each term, the facts that use it in any role (ascending, each fact once). */
  byConcept: Map<string, Int32Array>;
  /** Facts by the number they state (counts, amounts, years; the year of a date or month). */
  factsByNumber: NumberIndex;
  /** A term and everything it is a kind or part of (transitively), memoised. */
  ancestors: (key: string) => ReadonlySet<string>;
  /** How many facts use a term in a role of their own (context only when no fact does). */
  df: (key: string) => number;
  /**
   * What a term stands for: its class (an entity), else its declared type, else — for a fact
   * base's own concepts and inline terms, which rarely say — a name when it is written with a
   * capital, else what the facts use it as: a predicate when they name it as an event more often
   * than in any other role, else a thing.
   */
  kindOf: (key: string) => "place" | "person" | "organization" | "name" | "thing" | "predicate" | "light" | undefined;
}

export type FactTerms = Record<Role, string[]> & { all: ReadonlySet<string> };

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
}

/** The posting lists of a fact base: plain typed arrays, so they can be cached with it. */
export interface Postings {
  byRole: Record<Role, Map<string, Int32Array>>;
  byConcept: Map<string, Int32Array>;
  /** NumberIndex arrays. */
  numbers: Float64Array;
  numberFacts: Int32Array;
}

const isInline = (id: string) => id.includes("/");

function phraseKey(p: TermPhrase): string {
  return `${p.lang}:${p.exact ? "=" : ""}${p.caseSensitive ? "^" : ""}${p.capitals ? p.capitals.map(Number).join("") : ""}:${p.tokens.join(" ")}${p.forms ? `/${p.forms.join(" ")}` : ""}`;
}

/** The shared key of an inline term: its class and phrases. */
export function inlineKey(c: Concept): string {
  return `~${c.class ?? ""}|${c.phrases.map(phraseKey).sort().join("|")}`;
}

/** Concept id → term key for a fact base (inline ids to their shared key, others unchanged). */
function keyFunction(fb: FactBase): (id: string) => string {
  const keys = new Map<string, string>();
  return (id: string) => {
    if (!isInline(id)) return id;
    let k = keys.get(id);
    if (k === undefined) {
      const c = fb.concepts[id];
      k = c ? inlineKey(c) : id;
      keys.set(id, k);
    }
    return k;
  };
}

export function buildPostings(fb: FactBase): Postings {
  const keyOf = keyFunction(fb);
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
        const key = keyOf(ids[j]);
        const list = byRole.get(key);
        if (!list) byRole.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
        const all = any.get(key);
        if (!all) any.set(key, [i]);
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

/** The lexicon's concepts with the fact base's own: a fact-base concept with a lexicon id adds its phrases. */
function mergedTerms(fb: FactBase, lexicon: Lexicon | undefined, keyOf: (id: string) => string): Map<string, Term> {
  const terms = new Map<string, Term>();
  if (lexicon) for (const [id, c] of lexicon.concepts) terms.set(id, { key: id, concept: c });
  for (const [id, c] of Object.entries(fb.concepts)) {
    const key = keyOf(id);
    const known = terms.get(key);
    if (!known) {
      terms.set(key, { key, concept: isInline(id) ? { ...c, id: key } : c });
      continue;
    }
    if (isInline(id)) continue; // the same inline phrases again
    const have = new Set(known.concept.phrases.map(phraseKey));
    const extra = c.phrases.filter((p) => !have.has(phraseKey(p)));
    const merged: Concept = { ...known.concept, phrases: [...known.concept.phrases, ...extra] };
    if (c.class && !merged.class) merged.class = c.class;
    if (c.broader) merged.broader = [...new Set([...(merged.broader ?? []), ...c.broader])];
    terms.set(key, { key, concept: merged });
  }
  return terms;
}

/**
 * The term index of a fact base. `postings` may come from the fact-base cache (they are a pure
 * function of the fact base); `lexicon` defaults to the loaded built-in lexicon.
 */
export function buildTermIndex(fb: FactBase, options: { postings?: Postings; lexicon?: Lexicon } = {}): TermIndex {
  const keyOf = keyFunction(fb);
  const postings = options.postings ?? buildPostings(fb);
  const terms = mergedTerms(fb, options.lexicon ?? lexiconIfLoaded(), keyOf);
  const byFirstToken: TermIndex["byFirstToken"] = new Map();
  const singleWord: TermIndex["singleWord"] = new Map();
  for (const { key, concept } of terms.values()) {
    for (const phrase of concept.phrases) {
      const first = phrase.tokens[0];
      if (first === undefined) continue;
      let list = byFirstToken.get(first);
      if (!list) byFirstToken.set(first, (list = []));
      list.push({ key, phrase });
      if (phrase.tokens.length === 1 && !phrase.caseSensitive && !phrase.capitals) {
        const keys = singleWord.get(first);
        if (!keys) singleWord.set(first, [key]);
        else if (!keys.includes(key)) keys.push(key);
      }
    }
  }
  const factTerms: FactTerms[] = fb.facts.map((f) => {
    const out = { all: new Set<string>() } as FactTerms & { all: Set<string> };
    for (const role of ROLES) {
      out[role] = (f.terms[role] ?? []).map(keyOf);
      for (const k of out[role]) out.all.add(k);
    }
    return out;
  });
  const ancestorCache = new Map<string, ReadonlySet<string>>();
  const ancestors = (key: string): ReadonlySet<string> => {
    let set = ancestorCache.get(key);
    if (set) return set;
    const out = new Set<string>([key]);
    ancestorCache.set(key, out); // a cycle ends here
    const stack = [...(terms.get(key)?.concept.broader ?? [])];
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (out.has(b)) continue;
      out.add(b);
      for (const up of terms.get(b)?.concept.broader ?? []) stack.push(up);
    }
    set = out;
    ancestorCache.set(key, set);
    return set;
  };
  const { byRole, byConcept } = postings;
  const kinds = new Map<string, ReturnType<TermIndex["kindOf"]>>();
  const kindOf = (key: string): ReturnType<TermIndex["kindOf"]> => {
    if (kinds.has(key)) return kinds.get(key);
    const c = terms.get(key)?.concept;
    let k: ReturnType<TermIndex["kindOf"]>;
    if (!c) k = undefined;
    else if (c.class) k = c.class;
    else if (c.type) k = c.type;
    else if (options.lexicon?.concepts.has(key) || lexiconIfLoaded()?.concepts.has(key)) k = "thing";
    // A document's own capitalised word ("Oldbridge", "Fjordbo"): a name of unknown class.
    else if (c.phrases.length > 0 && c.phrases.every((p) => p.capitals?.[0] && !p.caseSensitive)) k = "name";
    else {
      const asEvent = byRole.event.get(key)?.length ?? 0;
      const other = Math.max(...(["subject", "place", "actor", "context"] as Role[]).map((r) => byRole[r].get(key)?.length ?? 0));
      k = asEvent > other ? "predicate" : "thing";
    }
    kinds.set(key, k);
    return k;
  };
  return {
    kindOf,
    terms,
    byFirstToken,
    singleWord,
    keyOf,
    factTerms,
    byRole,
    byConcept,
    factsByNumber: new NumberIndex(postings.numbers, postings.numberFacts),
    ancestors,
    // How specific a term is: how many facts name it in a role of their own (a document's cast,
    // in every fact's context, is not made common by that).
    df: (key) => (byRole.subject.get(key)?.length ?? 0) + (byRole.event.get(key)?.length ?? 0) + (byRole.place.get(key)?.length ?? 0) + (byRole.actor.get(key)?.length ?? 0) || (byConcept.get(key)?.length ?? 0),
  };
}
