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
import { ROLES, type Concept, type FactBase, type Lang, type Role, type TermPhrase } from "../types.js";
import { grammarOf } from "../frames/grammar.js";
import { stem } from "../text/tokens.js";
import { lexiconIfLoaded, type Lexicon, type LexiconEntry } from "./lexicon.js";

/** A concept as the matcher uses it, under its term key. */
export interface Term {
  key: string;
  concept: Concept;
}

export interface TermIndex {
  /** A term by key: a fact base's own concept or inline term, else the lexicon's. */
  term: (key: string) => Term | undefined;
  /** The phrases of every term whose first normalised (lower-cased, stemmed) token is `token`. */
  phrases: (token: string) => readonly LexiconEntry[];
  /**
   * Keys of one-word phrases of `word` (a normalised token), for splitting compounds: the
   * language's own, else another's (`ownOnly`: the language's own alone).
   */
  singleWord: (word: string, lang: Lang, ownOnly?: boolean) => readonly string[] | undefined;
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
  /**
   * What a term stands for: its class (an entity), else its declared type, else — for a fact
   * base's own concepts and inline terms, which rarely say — a name when it is written with a
   * capital, else what the facts use it as: a predicate when they name it as an event at least as
   * often as what they count, else a thing.
   */
  kindOf: (key: string) => "place" | "person" | "organization" | "name" | "thing" | "predicate" | "light" | "report" | undefined;
  /** Saying and counting (a report concept, or a kind of one): how a figure is known. */
  isReport: (key: string) => boolean;
  /** How many facts use a term in a role of their own (context only when no fact does). */
  df: (key: string) => number;
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
    const lo = this.firstAtLeast(n);
    if (lo >= nums.length || nums[lo] !== n) return undefined;
    const out: number[] = [];
    for (let i = lo; i < nums.length && nums[i] === n; i++) out.push(this.facts[i]);
    return out;
  }

  /** The facts of the numbers in [low, high], or null when there are more than `max` (a bounded look-up). */
  within(low: number, high: number, max: number): number[] | null {
    const nums = this.numbers;
    const out: number[] = [];
    for (let i = this.firstAtLeast(low); i < nums.length && nums[i] <= high; i++) {
      if (out.length === max) return null;
      out.push(this.facts[i]);
    }
    return out;
  }

  /** The first entry whose number is n or more (binary search). */
  private firstAtLeast(n: number): number {
    const nums = this.numbers;
    let lo = 0;
    let hi = nums.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
const NO_KEYS: readonly string[] = [];
/** The shortest first part and last part of a compound a document's own word is split into (characters of its stem). */
const MIN_MODIFIER = 3;
const MIN_HEAD = 4;

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

/**
 * The fact base's own terms: its concepts (one with a lexicon id adds its phrases to the
 * lexicon's concept) and its inline terms, each once under its key.
 */
function ownTerms(fb: FactBase, lexicon: Lexicon | undefined, keyOf: (id: string) => string): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const [id, c] of Object.entries(fb.concepts)) {
    const key = keyOf(id);
    if (terms.has(key)) continue; // the same inline phrases again
    const known = isInline(id) ? undefined : lexicon?.concept(id);
    if (!known) {
      terms.set(key, { key, concept: isInline(id) ? { ...c, id: key } : c });
      continue;
    }
    // The lexicon's class, type and broader concepts with the fact base's phrases (the lexicon's
    // own phrases are found in its table).
    const merged: Concept = { id, phrases: c.phrases };
    const cls = known.class ?? c.class;
    if (cls) merged.class = cls;
    const type = known.type ?? c.type;
    if (type) merged.type = type;
    const broader = [...new Set([...(known.broader ?? []), ...(c.broader ?? [])])];
    if (broader.length) merged.broader = broader;
    const opposite = [...new Set([...(known.opposite ?? []), ...(c.opposite ?? [])])];
    if (opposite.length) merged.opposite = opposite;
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
  const lexicon = options.lexicon ?? lexiconIfLoaded();
  const own = ownTerms(fb, lexicon, keyOf);
  const ownPhrases = new Map<string, LexiconEntry[]>();
  for (const { key, concept } of own.values()) {
    for (const phrase of concept.phrases) {
      const first = phrase.tokens[0];
      if (first === undefined) continue;
      let list = ownPhrases.get(first);
      if (!list) ownPhrases.set(first, (list = []));
      list.push({ key, phrase });
    }
  }
  const lexiconTerms = new Map<string, Term | null>();
  const term = (key: string): Term | undefined => {
    const t = own.get(key);
    if (t) return t;
    let l = lexiconTerms.get(key);
    if (l === undefined) {
      const c = lexicon?.concept(key);
      l = c ? { key, concept: c } : null;
      lexiconTerms.set(key, l);
    }
    return l ?? undefined;
  };
  const phrases = (token: string): readonly LexiconEntry[] => {
    const a = lexicon?.phrases(token) ?? [];
    const b = ownPhrases.get(token);
    return b ? (a.length ? [...a, ...b] : b) : a;
  };
  const singles = new Map<string, readonly string[] | undefined>();
  // (of the word's own language when it has the word: the Danish "brande" of "bygningsbrande" is
  // fires, not brands; a loan word, the "hike" of "nattehike", from another)
  const singleWord = (word: string, lang: Lang, ownOnly = false): readonly string[] | undefined => {
    const id = `${ownOnly ? "=" : ""}${lang}:${word}`;
    if (singles.has(id)) return singles.get(id);
    const own: string[] = [];
    const other: string[] = [];
    for (const { key, phrase } of phrases(word)) {
      const keys = phrase.lang === lang ? own : other;
      if (phrase.tokens.length === 1 && !phrase.caseSensitive && !phrase.capitals && !keys.includes(key)) keys.push(key);
    }
    const r = own.length ? own : other.length && !ownOnly ? other : undefined;
    if (singles.size > 50_000) singles.clear();
    singles.set(id, r);
    return r;
  };
  // (a one-word phrase of the language listed as written only: "=boller", whose stem is "bolig"'s)
  const exactWord = (word: string, lang: Lang): readonly string[] | undefined => {
    const keys: string[] = [];
    for (const { key, phrase } of phrases(word)) if (phrase.lang === lang && phrase.exact && phrase.tokens.length === 1 && !phrase.caseSensitive && !phrase.capitals && !term(key)?.concept.class && !keys.includes(key)) keys.push(key);
    return keys.length ? keys : undefined;
  };
  const factTerms: FactTerms[] = fb.facts.map((f) => {
    const out = { all: new Set<string>() } as FactTerms & { all: Set<string> };
    for (const role of ROLES) {
      out[role] = (f.terms[role] ?? []).map(keyOf);
      for (const k of out[role]) out.all.add(k);
    }
    return out;
  });
  // A document's own word written as a compound is a kind of its last part, when that part is a
  // term: "keramikholdene" are "hold", "privatbiler" are "biler", "vadefugle" are "fugle"; in
  // English a thing only ("waterwheel" a wheel; the pack's compounds.heads).
  const isThing = (key: string): boolean => {
    const c = term(key)?.concept;
    return !!c && !c.class && (c.type === undefined || c.type === "thing");
  };
  // (English: a thing's one-word phrase written so, "wheel" of "waterwheel"; by the stem,
  // "cardholders" would be "holdings")
  const writtenThing = (word: string, lang: Lang): string[] | undefined => {
    let keys: string[] | undefined;
    for (const { key, phrase } of phrases(stem(word, lang))) {
      if (phrase.lang !== lang || phrase.tokens.length !== 1 || phrase.caseSensitive || phrase.capitals || phrase.text.toLowerCase() !== word || !isThing(key)) continue;
      if (!(keys ??= []).includes(key)) keys.push(key);
    }
    return keys;
  };
  const heads = (key: string): readonly string[] => {
    const t = key.startsWith("~") ? own.get(key) : undefined;
    if (!t || t.concept.broader?.length) return NO_KEYS;
    let out: string[] | undefined;
    for (const p of t.concept.phrases) {
      const mode = grammarOf(p.lang).compounds.heads;
      if (p.tokens.length !== 1 || p.caseSensitive || p.capitals?.some(Boolean) || mode === "none") continue;
      const chars = Array.from(p.tokens[0]);
      // (the word as written too: a last part the lexicon lists only as written, "=boller" of
      // "fastelavnsboller", is not found by the stem)
      const written = Array.from(p.text.toLowerCase());
      for (let k = MIN_MODIFIER; k <= Math.max(chars.length, written.length) - MIN_HEAD; k++) {
        let keys: readonly string[] | undefined;
        if (mode === "thing") keys = k <= written.length - MIN_HEAD ? writtenThing(written.slice(k).join(""), p.lang) : undefined;
        else {
          const part = chars.slice(k).join("");
          keys = k <= chars.length - MIN_HEAD ? (singleWord(part, p.lang) ?? singleWord(stem(part, p.lang), p.lang)) : undefined;
          keys ??= written.length > chars.length ? exactWord(written.slice(k).join(""), p.lang) : undefined;
        }
        const known = keys?.filter((h) => h !== key);
        if (!known?.length) continue;
        for (const h of known) if (!(out ??= []).includes(h)) out.push(h);
        break; // (the longest known last part)
      }
    }
    return out ?? NO_KEYS;
  };
  const ancestorCache = new Map<string, ReadonlySet<string>>();
  const ancestors = (key: string): ReadonlySet<string> => {
    let set = ancestorCache.get(key);
    if (set) return set;
    const out = new Set<string>([key]);
    ancestorCache.set(key, out); // a cycle ends here
    const stack = [...(term(key)?.concept.broader ?? []), ...heads(key)];
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (out.has(b)) continue;
      out.add(b);
      for (const up of term(b)?.concept.broader ?? []) stack.push(up);
      for (const up of heads(b)) stack.push(up);
    }
    set = out;
    ancestorCache.set(key, set);
    return set;
  };
  const { byRole, byConcept } = postings;
  const kinds = new Map<string, ReturnType<TermIndex["kindOf"]>>();
  const kindOf = (key: string): ReturnType<TermIndex["kindOf"]> => {
    const known = kinds.get(key);
    if (known !== undefined || kinds.has(key)) return known;
    const c = term(key)?.concept;
    let k: ReturnType<TermIndex["kindOf"]>;
    if (!c) k = undefined;
    else if (c.class) k = c.class;
    else if (c.type) k = c.type;
    else if (lexicon?.has(key)) k = "thing";
    // A document's own capitalised word ("Oldbridge", "Fjordbo"): a name of unknown class.
    else if (c.phrases.length > 0 && c.phrases.every((p) => p.capitals?.[0] && !p.caseSensitive)) k = "name";
    else {
      const asEvent = byRole.event.get(key)?.length ?? 0;
      const asSubject = byRole.subject.get(key)?.length ?? 0;
      k = asEvent > 0 && asEvent >= asSubject ? "predicate" : "thing";
    }
    kinds.set(key, k);
    return k;
  };
  const reports = new Map<string, boolean>();
  const isReport = (key: string): boolean => {
    let r = reports.get(key);
    if (r === undefined) {
      r = false;
      for (const k of ancestors(key)) if (kindOf(k) === "report") r = true;
      reports.set(key, r);
    }
    return r;
  };
  return {
    kindOf,
    isReport,
    term,
    phrases,
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
