// Verdicts ranked: a claim's verdict is its worst figure's, a run's its worst claim's.
import { VERDICT_RANK, type Verdict } from "../types.js";

/** The worse of two verdicts (mismatch > close > unverified > match). */
export function worse(a: Verdict, b: Verdict): Verdict {
  return VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a;
}

/** The worst of some verdicts; `empty` when there are none. */
export function worstOf<T extends Verdict | null>(verdicts: Iterable<Verdict>, empty: T): Verdict | T {
  let w: Verdict | T = empty;
  for (const v of verdicts) w = w === null ? v : worse(w as Verdict, v);
  return w;
}

/** True when `verdict` is at or above `threshold`. */
export function atLeast(verdict: Verdict, threshold: Verdict): boolean {
  return VERDICT_RANK[verdict] >= VERDICT_RANK[threshold];
}
