// Multi-token phrase lookup ("more than", "ca.", "by the end of", "per cent"), keyed by the first
// token so that a lookup costs a map probe plus a few comparisons.
import { tokenize, type Tok } from "./tokens.js";

interface Phrase<T> {
  toks: string[];
  /** The token must touch the previous one (no space), as "." in "ca.". */
  adj: boolean[];
  data: T;
}

export interface PhraseMatch<T> {
  /** Index of the first token after the phrase. */
  end: number;
  data: T;
}

export class PhraseTable<T> {
  private readonly map = new Map<string, Phrase<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [text, data] of entries) {
      const toks = tokenize(text);
      if (toks.length === 0) continue;
      const phrase: Phrase<T> = {
        toks: toks.map((t) => t.low),
        adj: toks.map((t, k) => k > 0 && t.gap === 0),
        data,
      };
      const key = phrase.toks[0];
      let list = this.map.get(key);
      if (!list) this.map.set(key, (list = []));
      list.push(phrase);
    }
    for (const list of this.map.values()) list.sort((a, b) => b.toks.length - a.toks.length);
  }

  has(low: string): boolean {
    return this.map.has(low);
  }

  /** Every phrase that starts at token i, longest first. */
  matches(toks: readonly Tok[], i: number): PhraseMatch<T>[] {
    const t = toks[i];
    if (!t) return [];
    const list = this.map.get(t.low);
    if (!list) return [];
    const out: PhraseMatch<T>[] = [];
    for (const p of list) {
      if (matchPhrase(toks, i, p)) out.push({ end: i + p.toks.length, data: p.data });
    }
    return out;
  }

  longest(toks: readonly Tok[], i: number): PhraseMatch<T> | null {
    const t = toks[i];
    if (!t) return null;
    const list = this.map.get(t.low);
    if (!list) return null;
    for (const p of list) if (matchPhrase(toks, i, p)) return { end: i + p.toks.length, data: p.data };
    return null;
  }
}

function matchPhrase<T>(toks: readonly Tok[], i: number, p: Phrase<T>): boolean {
  for (let k = 0; k < p.toks.length; k++) {
    const t = toks[i + k];
    if (!t || t.low !== p.toks[k]) return false;
    if (p.adj[k] && t.gap !== 0) return false;
  }
  return true;
}
