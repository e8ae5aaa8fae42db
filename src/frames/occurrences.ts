// Where a sentence names a term of the lexicon or the fact base: each word tried as written, by its
// English and Danish stems and without a genitive -s; multi-word phrases with at most one word
// between their words; a term inside a longer term of another concept dropped ("Afghan" inside
// "Afghan soldiers"). Words written as one compound ("fødevarepriserne") are split into known
// parts when the language writes compounds. Linear in the sentence: every word is looked up once.
import type { TermIndex } from "../facts/term-index.js";
import { stem, tokenStem, type Token } from "../text/tokens.js";
import type { LexiconEntry } from "../facts/lexicon.js";
import type { Lang, TermPhrase } from "../types.js";
import { grammarOf, type Grammar } from "./grammar.js";

export interface Occurrence {
  /** Term key (see TermIndex). */
  key: string;
  /** Token range [first, last] and character range [start, end). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Part of a compound word: its head (the last part) or a modifier part. */
  part?: "head" | "modifier";
  /** Every word is one of the phrase's forms as listed (not only the same stem). */
  exact?: boolean;
  /** Words between the phrase's words that are not part of it ("lost [their] lives", "cost [44 Danish] lives"). */
  gaps?: number[];
}

export function findOccurrences(tokens: readonly Token[], index: TermIndex, lang: Lang, inFigure: Uint8Array | null = null): Occurrence[] {
  const out: Occurrence[] = [];
  const foreign: Occurrence[] = [];
  const grammar = grammarOf(lang);
  const { stop } = grammar;
  const infoOf = wordInfo(index);
  // (one look-up per word: its phrases, and the bits of its keys for the sentence's filter)
  const infos: WordInfo[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) infos[i] = infoOf(tokens[i]);
  let filtered = false;
  // Terms found at this word so far (the same term at the same words is found once).
  const here: Occurrence[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    here.length = 0;
    let isStop: boolean | undefined;
    for (const plan of infos[i].plans) {
      const { key: term, phrase } = plan;
      const own = plan.anyLanguage || plan.lang === lang;
      // (a word written as is because it is another word elsewhere is no other language's word at all)
      if (!own && plan.exact) continue;
      // Another language's word only where it is not a function word here ("men", "by").
      if (!own && (isStop ??= stop.has(t.lower))) continue;
      let m: ReturnType<typeof matchPhrase>;
      if (plan.how < 0) {
        // (a longer phrase needs its second word somewhere in the sentence: "the" starts a hundred;
        // a bit per key, not a set of strings: millions of these tests in a large run)
        if (!filtered) {
          sentenceFilter(infos);
          filtered = true;
        }
        if (!hasBit(plan.second) && !(plan.secondForm >= 0 && hasBit(plan.secondForm))) continue;
        m = matchPhrase(tokens, i, phrase, inFigure, plan.figureGaps, grammar, plan.tightEnd);
      } else m = { last: i, exact: plan.how === 2, gaps: NO_GAPS };
      if (!m) continue;
      const { last } = m;
      let before: Occurrence | undefined;
      for (const o of here) if (o.key === term && o.last === last) before = o;
      if (before) {
        // The same term at the same words again: a listed form beats a shared stem.
        if (m.exact && !before.exact) before.exact = true;
        continue;
      }
      const o: Occurrence = { key: term, first: i, last, start: t.start, end: tokens[last].end, part: undefined, exact: undefined, gaps: undefined };
      here.push(o);
      if (m.exact) o.exact = true;
      if (m.gaps.length > 0) o.gaps = m.gaps;
      (own ? out : foreign).push(o);
    }
  }
  // Another language's terms count only where no term of the sentence's own language stands.
  if (foreign.length > 0) {
    const covered = new Uint8Array(tokens.length);
    for (const o of out) for (let i = o.first; i <= o.last; i++) covered[i] = 1;
    for (const o of foreign) {
      let free = true;
      for (let i = o.first; i <= o.last && free; i++) if (covered[i]) free = false;
      if (free) out.push(o);
    }
  }
  const kept = preferListed(longestMatches(withoutBrokenGaps(inFigure ? countedAfterFigure(out, inFigure, index) : out)));
  if (!grammarOf(lang).compounds.split) return kept;
  return [...kept, ...compoundParts(tokens, kept, index, lang)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A function of a term index and a word, computed once per distinct word and index (words repeat:
 * a draft has far fewer distinct words than words); each memo is emptied past 100,000 entries.
 */
function memoPerIndex<A, V>(keyOf: (a: A) => string, compute: (index: TermIndex, a: A) => V): (index: TermIndex) => (a: A) => V {
  const memos = new WeakMap<TermIndex, (a: A) => V>();
  return (index) => {
    let f = memos.get(index);
    if (!f) {
      const memo = new Map<string, V>();
      f = (a) => {
        const key = keyOf(a);
        let v = memo.get(key);
        if (v === undefined && !memo.has(key)) {
          v = compute(index, a);
          if (memo.size > 100_000) memo.clear();
          memo.set(key, v);
        }
        return v as V;
      };
      memos.set(index, f);
    }
    return f;
  };
}
const asIs = (word: string) => word;

/**
 * The keys a word is looked up by: as written, its English and Danish stems, without a genitive
 * -s. A phrase's word matches a token only when it is one of these (or the form listed is the
 * token as written: see tokenMatches).
 */
const wordKeys = memoPerIndex(asIs, (_index, word: string): readonly string[] => [...new Set([word, stem(word, "en"), stem(word, "da"), withoutGenitive(word)])]);

/**
 * A Bloom filter of the keys of a sentence's words (one bit per key): a phrase whose second word's
 * bit is not set is not in the sentence. A set bit may be another key's (then matchPhrase says no).
 */
const FILTER_BITS = 4096;
const filter = new Uint32Array(FILTER_BITS / 32);
function sentenceFilter(infos: readonly WordInfo[]): void {
  filter.fill(0);
  for (const info of infos) for (const b of info.keyBits) filter[b >>> 5] |= 1 << (b & 31);
}
function hasBit(b: number): boolean {
  return (filter[b >>> 5] & (1 << (b & 31))) !== 0;
}
/** A key's bit in the filter (FNV-1a). */
function keyBit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (FILTER_BITS - 1);
}

/** The phrases that may start at a word: those of each of its keys (wordKeys), in that order, each once. */
const wordEntries = memoPerIndex(asIs, (index, word: string): readonly LexiconEntry[] => {
  const found: LexiconEntry[] = [];
  for (const key of wordKeys(index)(word)) for (const e of index.phrases(key)) if (!found.includes(e)) found.push(e);
  return found.length ? found : NONE;
});
const NONE: readonly LexiconEntry[] = [];
const NO_GAPS: number[] = [];

/**
 * A phrase that may start at a word as written, with how a one-word phrase matches it (see
 * tokenMatches; -1 for a longer phrase, matched in the sentence) and, for a longer one, the filter
 * bits of its second word and of its listed form (or -1). A word matches a phrase's first word the
 * same way wherever it stands, so that is found once per distinct word (wordInfo).
 */
type Plan = { key: string; phrase: TermPhrase; exact: boolean; anyLanguage: boolean; lang: Lang; how: -1 | 1 | 2; second: number; secondForm: number; figureGaps: boolean; tightEnd: boolean };
/** What a word as written leads to: the phrases that may start at it (its plans) and the filter bits of its keys (wordKeys). */
type WordInfo = { plans: readonly Plan[]; keyBits: readonly number[] };
const wordInfo = memoPerIndex(
  (token: Token) => token.raw,
  (index, token): WordInfo => {
    const list: Plan[] = [];
    for (const entry of wordEntries(index)(token.lower)) {
      // (a longer phrase is tried in the sentence only where its first word is this one)
      let how = tokenMatches(token, entry.phrase.tokens[0], entry.phrase, 0);
      if (how <= 0 && entry.key.startsWith("~") && sameWordInOtherLanguage(token, entry.phrase)) how = 1;
      if (how <= 0) continue;
      // (the entry's fields copied in: one object to load per phrase tried, not two)
      const { key, phrase } = entry;
      const { tokens, forms } = phrase;
      const longer = tokens.length > 1;
      list.push({
        key,
        phrase,
        exact: phrase.exact === true,
        // (a name is written alike in every language; a word of the lexicon written as is only
        // in its own: the Danish "=love" (laws) is no English "love", "=sad" (sat) no "sad")
        anyLanguage: phrase.exact === true && (key.startsWith("~") || NAMED_KINDS.has(index.kindOf(key) ?? "")),
        lang: phrase.lang,
        how: longer ? -1 : (how as 1 | 2),
        second: longer ? keyBit(tokens[1]) : -1,
        secondForm: longer && forms?.[1] !== undefined ? keyBit(forms[1]) : -1,
        // (a light verb's or an adverb's phrase holds no figure: "faldt til 987 sidste år" is no "til
        // sidst"; nor one that opens with an auxiliary: "was 41 minutes against a target" is no "was against")
        figureGaps: longer && index.kindOf(key) !== "light" && !grammarOf(phrase.lang).auxiliaries.has(forms?.[0] ?? tokens[0]),
        // (a thing's phrase that ends with a preposition: no word before that preposition)
        tightEnd: longer && index.kindOf(key) === "thing" && grammarOf(phrase.lang).prepositions.has(tokens[tokens.length - 1]),
      });
    }
    return { plans: list.length ? list : NO_PLANS, keyBits: wordKeys(index)(token.lower).map(keyBit) };
  },
);
const NO_PLANS: readonly Plan[] = [];
/** Kinds of concepts whose phrases are names. */
export const NAMED_KINDS: ReadonlySet<string> = new Set(["place", "person", "organization", "name"]);

/** Known parts of words no term covers: "fødevarepriserne" → fødevare (modifier) + priserne (head). */
function compoundParts(tokens: readonly Token[], found: Occurrence[], index: TermIndex, lang: Lang): Occurrence[] {
  const covered = new Uint8Array(tokens.length);
  for (const o of found) for (let i = o.first; i <= o.last; i++) covered[i] = 1;
  const out: Occurrence[] = [];
  const compoundOf = compounds(index, lang);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i];
    const parts = compoundOf(t.lower);
    if (!parts) continue;
    // (a modifier part that reads as a verb is a noun's stem: "voksen|billet" is no growing ticket)
    for (const key of parts.modifiers) {
      const kind = index.kindOf(key);
      if (kind === "predicate" || kind === "light" || kind === "report") continue;
      out.push({ key, first: i, last: i, start: t.start, end: t.end, part: "modifier", exact: undefined, gaps: undefined });
    }
    for (const key of parts.head) out.push({ key, first: i, last: i, start: t.start, end: t.end, part: "head", exact: undefined, gaps: undefined });
  }
  return out;
}

/** splitCompound once per distinct word, fact base and language. */
const compoundsIn = new Map<Lang, (index: TermIndex) => (word: string) => ReturnType<typeof splitCompound>>();
function compounds(index: TermIndex, lang: Lang): (word: string) => ReturnType<typeof splitCompound> {
  let perIndex = compoundsIn.get(lang);
  if (!perIndex) compoundsIn.set(lang, (perIndex = memoPerIndex(asIs, (ix, word: string) => splitCompound(word, ix, lang))));
  return perIndex(index);
}

const MIN_HEAD = 3;
const NUMBERS_ONLY: readonly string[] = [];
const MIN_MODIFIER = 2;

function notLight(keys: readonly string[] | undefined, index: TermIndex): readonly string[] | undefined {
  if (!keys || !keys.some((k) => index.kindOf(k) === "light")) return keys;
  const own = keys.filter((k) => index.kindOf(k) !== "light");
  return own.length > 0 ? own : undefined;
}

function known(word: string, index: TermIndex, lang: Lang): readonly string[] | undefined {
  return index.singleWord(word, lang) ?? index.singleWord(stem(word, lang), lang);
}

/**
 * The longest known head (last part) of a word, and its known modifier parts (a linking s or e
 * dropped; the modifier may itself be a compound). Null when no part is known.
 */
export function splitCompound(word: string, index: TermIndex, lang: Lang, depth = 0): { head: readonly string[]; modifiers: readonly string[] } | null {
  const chars = Array.from(word);
  if (chars.length < MIN_HEAD + MIN_MODIFIER || /\p{N}/u.test(word)) return null;
  const linking = grammarOf(lang).compounds.linking;
  // (a last part the language writes so wins over a longer one known only by its stem or from
  // another language: "ungdoms|ledigheden" is youth unemployment, not "ungdom|sledigheden", whose
  // stem "sled" is a sledge; "vandrer|hjemmet" is no "vandrerhj|emmet", no English "met")
  let byStem: { head: readonly string[]; modifiers: readonly string[] } | null = null;
  for (let k = MIN_MODIFIER; k <= chars.length - MIN_HEAD; k++) {
    const head = chars.slice(k).join("");
    // (a last part that only numbers — "eksport|andelen", "gæste|antallet" — counts the first)
    const numbers = grammarOf(lang).quantityNouns.has(head);
    // (nor is a light verb's stem a last part: "tid|ligere", "bil|ligste" are no lying down)
    const asWritten = numbers ? NUMBERS_ONLY : notLight(index.singleWord(head, lang, true), index);
    const headKeys = asWritten ?? (numbers ? undefined : notLight(known(head, index, lang), index));
    if (!headKeys) continue;
    const prefix = chars.slice(0, k).join("");
    let modifiers = known(prefix, index, lang);
    if (!modifiers) {
      for (const l of linking) {
        if (prefix.length > MIN_MODIFIER + l.length && prefix.endsWith(l)) {
          modifiers = known(prefix.slice(0, -l.length), index, lang);
          if (modifiers) break;
        }
      }
    }
    if (!modifiers && depth === 0) {
      const inner = splitCompound(prefix, index, lang, 1) ?? (linking.some((l) => prefix.endsWith(l)) ? splitCompound(prefix.slice(0, -1), index, lang, 1) : null);
      if (inner) modifiers = [...inner.modifiers, ...inner.head];
    }
    // Both parts must be known words: "deltog" is not "del" + "tog".
    if (!modifiers) continue;
    const split = numbers ? { head: modifiers, modifiers: [] } : { head: headKeys, modifiers };
    if (asWritten) return split;
    byStem ??= split;
  }
  return byStem;
}

/**
 * Right after a figure, a word that names a thing is what the figure counts, not the first word
 * of a verb phrase: "94 points out of a possible 110" is no "points out" (said).
 */
function countedAfterFigure(occurrences: Occurrence[], inFigure: Uint8Array, index: TermIndex): Occurrence[] {
  let things: Set<number> | undefined;
  for (const o of occurrences) {
    if (o.first === o.last && o.first > 0 && inFigure[o.first - 1] && !inFigure[o.first] && index.kindOf(o.key) === "thing") (things ??= new Set()).add(o.first);
  }
  if (!things) return occurrences;
  const t = things;
  return occurrences.filter((o) => !(o.last > o.first && t.has(o.first) && index.kindOf(o.key) !== "thing"));
}

/**
 * Drop a term that lies inside a longer term: "Afghan soldiers" is about soldiers, not about
 * Afghans; "border guards" is not a border crossing; "Mette Frederiksen" once, not "Frederiksen" too.
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
        if (p !== o && p.start <= o.start && p.end >= o.end && p.end - p.start > o.end - o.start && !inGaps(o, p)) return true;
      }
    }
    return false;
  };
  return occurrences.filter((o) => !contained(o));
}

/**
 * A phrase that skips a word which, with one of the phrase's own words, makes another phrase is
 * not there: "took [place] in" is no "took in", "took place" stands.
 */
function withoutBrokenGaps(occurrences: Occurrence[]): Occurrence[] {
  if (!occurrences.some((o) => o.gaps)) return occurrences;
  const whole = occurrences.filter((o) => !o.gaps && o.last > o.first);
  return occurrences.filter((o) => {
    if (!o.gaps) return true;
    return !whole.some((w) => o.gaps!.some((g) => g >= w.first && g <= w.last) && !(w.first > o.first && w.last < o.last && allGaps(w, o)));
  });
}

function allGaps(w: Occurrence, o: Occurrence): boolean {
  for (let i = w.first; i <= w.last; i++) if (!o.gaps!.includes(i)) return false;
  return true;
}

/** All of o's words are words another phrase skipped over. */
function inGaps(o: Occurrence, p: Occurrence): boolean {
  if (!p.gaps) return false;
  for (let i = o.first; i <= o.last; i++) if (!p.gaps.includes(i)) return false;
  return true;
}

/** Words of figures a phrase may span ("two hundred and forty-five thousand"). */
const MAX_FIGURE_WORDS = 8;

/**
 * Does the phrase start at token i? Its last token, whether every word is a listed form, and the
 * words skipped between two of its words: one word, and any words of a figure ("cost 44 Danish
 * lives", "kostet 44 danskere livet") where figureGaps; null when it does not match.
 */
function matchPhrase(
  tokens: readonly Token[],
  i: number,
  phrase: TermPhrase,
  inFigure: Uint8Array | null,
  figureGaps: boolean,
  { conjunctions, prepositions, determiners, timeWords, calendarNames, partitive }: Grammar,
  tightEnd = false,
): { last: number; exact: boolean; gaps: number[] } | null {
  let j = i;
  const gaps: number[] = [];
  let words = 0;
  let figureWords = 0;
  let figure = false;
  let exact = true;
  for (let k = 0; k < phrase.tokens.length; k++) {
    let how = 0;
    while (j < tokens.length) {
      // (no phrase runs across a comma or a dash: "visitors in 2024, the highest number" is no "visitor numbers")
      if (k > 0 && tokens[j].pause) return null;
      how = tokenMatches(tokens[j], phrase.tokens[k], phrase, k);
      // (a figure's own word past a gap with another word in it is the figure's, not the
      // phrase's: "the work ran five weeks over" is no "working week"; "open 84 hours a week" is
      // opening hours)
      if (how > 0 && words > 0 && inFigure?.[j]) how = 0;
      if (how > 0) break;
      if (k === 0) return null;
      // (nor before the preposition that ends a noun's phrase, which is then the word's between:
      // "Grundene sælges til 175 kr." sells the plots, it gives no reason, "grundene til"; a verb's
      // particle may stand apart: "handing a patient over")
      if (tightEnd && k === phrase.tokens.length - 1) return null;
      // One word may stand between two of the phrase's words; around a figure, its noun phrase too.
      // (a figure's words are few: a longer run of them is a list, which no phrase spans)
      if (inFigure?.[j]) {
        if (!figureGaps) return null;
        figure = true;
        if (++figureWords > MAX_FIGURE_WORDS) return null;
      } else if (++words > (figure ? 3 : 1)) return null;
      // (nor across a conjunction: "195 passengers and 32 cars" is no "passenger cars")
      else if (conjunctions.has(tokens[j].lower)) return null;
      // (nor across a preposition between a word and a figure: "a car park with 620 spaces" is no
      // "parking spaces"; "voted 27 to 6 in favour" still votes in favour)
      else if (inFigure?.[j + 1] && !inFigure[j - 1] && prepositions.has(tokens[j].lower)) return null;
      gaps.push(j);
      j++;
    }
    if (how === 0) return null;
    if (how === 1) exact = false;
    if (k < phrase.tokens.length - 1) j++;
  }
  // A particle past a figure that opens a time phrase is a preposition of its own: "The mart took
  // €2.63 million on the day" took nobody on, "voted nine to three in June" voted nobody in
  // ("waited 16 weeks for a hip operation" still waits for).
  if (figure && prepositions.has(tokens[j].lower)) {
    const next = tokens[j + 1];
    const after = tokens[j + 2];
    if (next && after && !next.pause && determiners.has(next.lower) && timeWords.has(after.lower)) return null;
    if (next && !tokens[j].pause && calendarNames.has(next.lower)) return null;
    // (nor the partitive right after the figure, before the whole's determiner: "har sat 52 af de
    // nye kameraer op" set up 52 of the cameras, and allocated nothing)
    if (next && inFigure?.[j - 1] && partitive.has(tokens[j].lower) && determiners.has(next.lower)) return null;
  }
  // A figure inside the phrase must have a word of the phrase on each side.
  return { last: j, exact, gaps };
}

/** 0: no; 1: the same stem; 2: a listed form (or a name's word). */
function tokenMatches(token: Token, want: string, phrase: TermPhrase, k: number): 0 | 1 | 2 {
  if (phrase.caseSensitive && token.raw !== token.raw.toUpperCase()) return 0;
  if (phrase.capitals?.[k] && token.raw[0] === token.raw[0].toLowerCase()) return 0;
  if (phrase.exact) return token.lower === want || withoutGenitive(token.lower) === want ? 2 : 0;
  const form = phrase.forms?.[k] ?? want;
  // (the stem itself is a listed form only when it is the form listed: "som" is not "sommer")
  if (token.lower === form) return 2;
  if (tokenStem(token, phrase.lang) !== want) return 0;
  // Same stem: also the same word, told by its base ("prisen" ~ "priserne"; "leder" is not "ledig").
  return sameBase(token.lower, form, phrase.lang) ? 1 : 0;
}

/**
 * A document's own word (no lexicon term: "sensors", "festival") written in the other language's
 * way: the same word by that language's stem and base ("sensorerne" for "sensors"). Borrowed words
 * are written so across both; a one-word phrase, in lower case, of five letters or more.
 */
function sameWordInOtherLanguage(token: Token, phrase: TermPhrase): boolean {
  if (phrase.tokens.length !== 1 || phrase.exact || phrase.caseSensitive || phrase.capitals?.[0]) return false;
  const form = phrase.forms?.[0] ?? phrase.tokens[0];
  if (form.length < 5 || token.lower.length < 5) return false;
  // (the other language's stem: Danish strips English plurals too; a Danish word's own stem
  // already takes the English endings, "trailere" ~ "trailers")
  const other: Lang = phrase.lang === "en" ? "da" : "en";
  return stem(token.lower, other) === stem(form, other) && sameBase(token.lower, form, other);
}

/**
 * Of terms found at exactly the same words, those listing the words as written win over those
 * that only share a stem ("vandt" is listed under win; it only stems like "vand", water).
 */
function preferListed(occurrences: Occurrence[]): Occurrence[] {
  const listed = new Set<string>();
  for (const o of occurrences) if (o.exact) listed.add(`${o.first}:${o.last}`);
  if (listed.size === 0) return occurrences;
  return occurrences.filter((o) => o.exact || !listed.has(`${o.first}:${o.last}`));
}

/**
 * Two forms of one word: without their inflectional endings they are the same, give or take a
 * letter ("prisen" ~ "priserne", "raised" ~ "raise"; not "leder" ~ "ledig", "supporters" ~ "support").
 */
function sameBase(a: string, b: string, lang: Lang): boolean {
  const endings = grammarOf(lang).inflections;
  const base = (w: string) => {
    for (const e of endings) if (w.length - e.length >= 3 && w.endsWith(e)) return w.slice(0, -e.length);
    return w;
  };
  const x = base(a);
  const y = base(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.length - short.length <= 1 && long.startsWith(short);
}

/** Danish and English genitive of a name: "Danmarks", "Tysklands" ("USA's" splits at the apostrophe). */
export function withoutGenitive(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}
