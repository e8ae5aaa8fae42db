// Makes a Language from a pack's data (pack.yaml, already parsed at build time) and its stemmer.
// Nothing here knows a language: look-ups are built from the data, sets on first use.
import { hasNumberChar } from "./chars.js";
import type { Language, PackData } from "./index.js";

export function definePack(data: unknown, stemmer: (word: string) => string): Language {
  const pack = data as PackData;
  const { small, compound } = pack.numbers;

  // Compound numbers ("syvogfyrre"): units 1..9 and tens 20..90 from the small numbers.
  const units: Record<string, number> = {};
  const tens: Record<string, number> = {};
  for (const [w, v] of Object.entries(small)) {
    if (v >= 1 && v <= 9) units[w] = v;
    if (v >= 20 && v % 10 === 0) tens[w] = v;
  }
  if (compound?.units) Object.assign(units, compound.units);

  function oneWordCompound(low: string): number | null {
    if (!compound || !compound.oneWord) return null;
    const k = low.indexOf(compound.joiner);
    if (k <= 0) return null;
    // The first joiner splits it: no unit word contains the joiner ("otteogfyrre").
    const a = low.slice(0, k);
    const b = low.slice(k + compound.joiner.length);
    const [u, t] = compound.unitsFirst ? [a, b] : [b, a];
    return Object.hasOwn(units, u) && Object.hasOwn(tens, t) ? tens[t] + units[u] : null;
  }

  const months = pack.calendar.months;
  const weekdays = pack.calendar.weekdays;
  const past = pack.calendar.pastWeekdaySuffix;
  const possessive = pack.calendar.possessiveWeekdaySuffixes;

  // Stems are memoised: claims and fact bases repeat their words.
  const stems = new Map<string, string>();

  let words: Language["words"] | undefined;
  const set = (xs: readonly string[]) => new Set(xs);

  return {
    ...pack,
    stem(word: string): string {
      let s = stems.get(word);
      if (s === undefined) {
        s = hasNumberChar(word) ? word : stemmer(word);
        if (stems.size > 50_000) stems.clear();
        stems.set(word, s);
      }
      return s;
    },
    smallNumber(low: string): number | null {
      return Object.hasOwn(small, low) ? small[low] : oneWordCompound(low);
    },
    monthNumber(low: string): number | null {
      const k = months.indexOf(low);
      return k >= 0 ? k + 1 : null;
    },
    weekdayNumber(low: string): number | null {
      let k = weekdays.indexOf(low);
      if (k < 0 && past && low.endsWith(past)) k = weekdays.indexOf(low.slice(0, -past.length));
      for (const s of possessive) if (k < 0 && low.endsWith(s)) k = weekdays.indexOf(low.slice(0, -s.length));
      return k >= 0 ? k + 1 : null;
    },
    get words() {
      const g = pack.grammar;
      return (words ??= {
        stop: set(g.stopWords),
        auxiliaries: set(g.auxiliaries),
        conjunctions: set(g.conjunctions),
        relative: set(g.relativeWords),
        prepositions: set(g.prepositions),
        determiners: set(g.determiners),
        negations: set(g.negations),
      });
    },
  };
}
