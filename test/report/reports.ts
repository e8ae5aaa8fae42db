// Hand-made reports for the formatter tests: two files, every verdict, claims with two figures,
// unverified figures with and without a fact.
import type { Check, ClaimResult, Lang, Report, SourceRef, Verdict } from "../../src/types.js";

export interface CheckSpec {
  text: string;
  verdict: Verdict;
  reason: string;
  /** Line and column of the figure; the end column is column + code points of text. */
  line: number;
  column: number;
  fact?: { id: string; display: string; value: number } | null;
  source?: Partial<SourceRef> | null;
}

export function check(file: string, s: CheckSpec): Check {
  const endColumn = s.column + [...s.text].length;
  const fact = s.fact
    ? {
        id: s.fact.id,
        statement: `Statement of ${s.fact.id}.`,
        value: s.fact.value,
        display: s.fact.display,
        figure: { kind: "count" as const, qualifier: "exact" as const, value: s.fact.value },
      }
    : null;
  const source: SourceRef | null =
    s.fact && s.source !== null
      ? {
          document: "kabul-report",
          title: "Evacuation from Kabul",
          date: "2022-03-01",
          paragraph: 4,
          quote: "More than 124,000 people were evacuated.",
          language: "en",
          ...s.source,
        }
      : null;
  return {
    figure: {
      kind: "count",
      qualifier: "exact",
      value: s.fact?.value ?? 0,
      text: s.text,
      start: 0,
      end: s.text.length,
      location: { file, line: s.line, column: s.column, endLine: s.line, endColumn },
    },
    verdict: s.verdict,
    rule: "test",
    reason: s.reason,
    fact,
    source,
  };
}

const RANK: Record<Verdict, number> = { match: 0, unverified: 1, close: 2, mismatch: 3 };

export function claim(file: string, line: number, column: number, text: string, checks: CheckSpec[], lang: Lang = "en"): ClaimResult {
  const built = checks.map((c) => check(file, c));
  const verdict = built.reduce<Verdict>((w, c) => (RANK[c.verdict] > RANK[w] ? c.verdict : w), "match");
  return {
    claim: text,
    lang,
    location: { file, line, column, endLine: line, endColumn: column + [...text].length },
    verdict,
    checks: built,
  };
}

export function report(results: ClaimResult[], warnings: string[] = []): Report {
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  return {
    results,
    summary: {
      claims: results.length,
      match: count("match"),
      close: count("close"),
      mismatch: count("mismatch"),
      unverified: count("unverified"),
      files: new Set(results.map((r) => r.location.file)).size,
    },
    withoutFigures: [],
    warnings,
  };
}

/**
 * drafts/a.md: a claim with a mismatch and a match, a close claim, an unverified claim with no fact.
 * drafts/b.md (Danish): a claim with a close and a mismatch figure, a matching claim, and an
 * unverified figure that has a fact but no comparable figure.
 */
export function sampleReport(): Report {
  return report([
    claim("drafts/a.md", 3, 1, "The airlift evacuated 122,000 people, and 13 US service members died.", [
      { text: "122,000", verdict: "mismatch", reason: "differs from the stored figure by 1.6%", line: 3, column: 23, fact: { id: "kabul-evacuated", display: "more than 124,000", value: 124000 } },
      { text: "13", verdict: "match", reason: "equal", line: 3, column: 43, fact: { id: "kabul-us-deaths", display: "13", value: 13 }, source: { quote: "13 US service members were killed.", paragraph: 7 } },
    ]),
    claim("drafts/a.md", 7, 5, "Some 2,400 American soldiers died in Afghanistan.", [
      { text: "2,400", verdict: "close", reason: "rounded: stated as exact", line: 7, column: 10, fact: { id: "us-deaths", display: "2,448", value: 2448 }, source: { document: "cost-of-war", title: "Costs of War", date: "2021-08", paragraph: 2, quote: "2,448 American service members died." } },
    ]),
    claim("drafts/a.md", 9, 1, "Dozens of interpreters were left behind.", [
      { text: "Dozens", verdict: "unverified", reason: "no fact is about this figure", line: 9, column: 1, fact: null },
    ]),
    claim(
      "drafts/b.md",
      1,
      1,
      "Omkring 20.000 danske soldater var udsendt fra 2011.",
      [
        { text: "20.000", verdict: "close", reason: "rounded: stated as exact", line: 1, column: 9, fact: { id: "dk-deployed", display: "20.722", value: 20722 }, source: { document: "dk-report", title: "Danmark i Afghanistan", date: "2023", paragraph: 12, quote: "I alt 20.722 danske soldater blev udsendt.", language: "da" } },
        { text: "2011", verdict: "mismatch", reason: "the stored year is 2001", line: 1, column: 48, fact: { id: "dk-first-deployment", display: "2001", value: 2001 }, source: { document: "dk-report", title: "Danmark i Afghanistan", date: "2023", paragraph: 3, quote: "De første soldater blev udsendt i 2001.", language: "da" } },
      ],
      "da",
    ),
    claim("drafts/b.md", 4, 1, "43 danske soldater faldt.", [
      { text: "43", verdict: "match", reason: "equal", line: 4, column: 1, fact: { id: "dk-deaths", display: "43", value: 43 } },
    ], "da"),
    claim("drafts/b.md", 6, 3, "Operationen kostede 15 mia. kr. på tre år.", [
      { text: "tre år", verdict: "unverified", reason: "the fact states no comparable figure", line: 6, column: 37, fact: { id: "dk-cost", display: "15 mia. kr.", value: 15e9 }, source: { document: "dk-report", title: "Danmark i Afghanistan", date: "2023", paragraph: 20, quote: "Indsatsen kostede 15 mia. kr.", language: "da" } },
    ], "da"),
  ]);
}
