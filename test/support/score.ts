// Scoring labelled claims the way the shared evaluation scorer does: a claim's verdict is its
// worst figure's (a claim with no result is "unverified"); it is right when the verdict is one of
// `accept` and, for match/close/mismatch, a cited fact's JSON holds one of the `value` strings.
// A "match" where match is not accepted is critical; a mismatch/close where neither is accepted is
// a false alarm.
import type { ClaimResult, Verdict } from "../../src/types.js";

export interface LabelledClaim {
  id: string;
  cat?: string;
  claim: string;
  accept: Verdict[];
  value?: string[];
}

export interface Scored {
  item: LabelledClaim;
  verdict: Verdict;
  ok: boolean;
  why: string;
  critical: boolean;
  falseAlarm: boolean;
}

const RANK: Record<Verdict, number> = { match: 0, unverified: 1, close: 2, mismatch: 3 };

export function scoreClaim(item: LabelledClaim, results: ClaimResult[]): Scored {
  const verdict = results.length ? results.reduce<Verdict>((w, r) => (RANK[r.verdict] > RANK[w] ? r.verdict : w), "match") : "unverified";
  let ok = item.accept.includes(verdict);
  let why = ok ? "" : `verdict ${verdict}, expected ${item.accept.join("|")}`;
  if (ok && item.value && verdict !== "unverified") {
    const facts = results.flatMap((r) => r.checks.map((c) => c.fact).filter(Boolean));
    const text = JSON.stringify(facts).toLowerCase();
    if (!item.value.some((v) => text.includes(v.toLowerCase()))) {
      ok = false;
      why = `verdict ${verdict} but no cited fact contains ${item.value.join("|")}`;
    }
  }
  const critical = verdict === "match" && !item.accept.includes("match");
  const falseAlarm = (verdict === "mismatch" || verdict === "close") && !item.accept.includes("mismatch") && !item.accept.includes("close");
  return { item, verdict, ok, why, critical, falseAlarm };
}

export function parseJsonl(text: string): LabelledClaim[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledClaim);
}

export function summary(scored: Scored[]): { accuracy: number; ok: number; n: number; critical: number; falseAlarms: number; failures: string[] } {
  const ok = scored.filter((s) => s.ok).length;
  return {
    accuracy: scored.length ? ok / scored.length : 0,
    ok,
    n: scored.length,
    critical: scored.filter((s) => s.critical).length,
    falseAlarms: scored.filter((s) => s.falseAlarm).length,
    failures: scored.filter((s) => !s.ok).map((s) => `${s.item.id} "${s.item.claim}": ${s.why}${s.critical ? " [CRITICAL]" : ""}`),
  };
}
