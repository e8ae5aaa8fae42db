// A checker for a source text drafted by `extract` with no hand editing, as a newsroom would add
// it (in-process; the text and its fact base go to a temporary folder).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { draftYaml, extractFacts } from "../../src/facts/extract.js";
import { loadFactBase } from "../../src/facts/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { Checker } from "../../src/pipeline.js";
import { DEFAULT_JUDGE_OPTIONS, type ClaimResult, type Lang, type Verdict } from "../../src/types.js";

let count = 0;

export async function checkerFor(text: string, lang: Lang, date = "2025-03-01"): Promise<Checker> {
  const dir = mkdtempSync(join(tmpdir(), "factcheck-extracted-"));
  try {
    const id = `doc${++count}`;
    const draft = await extractFacts(text, { id, lang, date, markdown: false });
    writeFileSync(join(dir, `${id}.txt`), text);
    writeFileSync(join(dir, `${id}.yaml`), draftYaml(draft, { id, title: id, date, textPath: `${id}.txt`, source: `${id}.txt` }));
    const fb = await loadFactBase([join(dir, `${id}.yaml`)]);
    return new Checker(fb, buildTermIndex(fb, { lexicon: await loadLexicon() }), { judge: DEFAULT_JUDGE_OPTIONS });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result of checking one claim, as one line of input (none at run time when it has no figure). */
export function claimResultOf(checker: Checker, claim: string): ClaimResult {
  return checker.checkBlock({ text: claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0];
}

/** The verdict of one claim (the worst of its figures), or null when it has none. */
export function verdictOf(checker: Checker, claim: string): Verdict | null {
  return claimResultOf(checker, claim)?.verdict ?? null;
}

/** Each figure of one claim with its verdict: [the figure as the claim says it, verdict]. */
export function figureVerdictsOf(checker: Checker, claim: string): [string, Verdict][] {
  return (claimResultOf(checker, claim)?.checks ?? []).map((c) => [c.figure.text, c.verdict]);
}
