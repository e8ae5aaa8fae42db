// The matcher's view of the fact base: phrases by their first normalised token, facts by concept
// and by number. Built in one pass over the fact base (O(total phrases + total terms)).
import type { FactBase, Role, TermPhrase } from "../types.js";

export interface TermIndex {
  /** Phrases keyed by their first normalised (lower-cased, stemmed) token. */
  byFirstToken: Map<string, Array<{ concept: string; phrase: TermPhrase }>>;
  /** For each concept id, the facts (indexes into fb.facts) that use it, with the role. */
  factsByConcept: Map<string, Array<{ fact: number; role: Role }>>;
  /**
   * Facts by the number they state: a numeric value (count, percent, money, quantity, year), and
   * the year of a date or month. Vague figures and ranges are not indexed here (no single number).
   */
  factsByNumber: Map<number, number[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildTermIndex(fb: FactBase): TermIndex {
  const byFirstToken: TermIndex["byFirstToken"] = new Map();
  const factsByConcept: TermIndex["factsByConcept"] = new Map();
  const factsByNumber: TermIndex["factsByNumber"] = new Map();

  for (const concept of Object.values(fb.concepts)) {
    for (const phrase of concept.phrases) {
      const first = phrase.tokens[0];
      if (first !== undefined) push(byFirstToken, first, { concept: concept.id, phrase });
    }
  }

  fb.facts.forEach((fact, i) => {
    for (const role of Object.keys(fact.terms) as Role[]) {
      for (const concept of fact.terms[role]) push(factsByConcept, concept, { fact: i, role });
    }
    const numbers = new Set<number>();
    if (typeof fact.figure.value === "number") numbers.add(fact.figure.value);
    if (fact.figure.date?.year !== undefined) numbers.add(fact.figure.date.year);
    for (const n of numbers) push(factsByNumber, n, i);
  });

  return { byFirstToken, factsByConcept, factsByNumber };
}
