// A value said of now after one said of a time to come ("16 fraktioner mod 11 i dag") is the value
// the change starts from: a claim of the time to come is about the other one.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { draftYaml, extractFacts } from "../../src/facts/extract.js";
import { loadFactBase } from "../../src/facts/index.js";
import { loadLexicon } from "../../src/facts/lexicon.js";
import { buildTermIndex } from "../../src/facts/term-index.js";
import { Checker } from "../../src/pipeline.js";
import { DEFAULT_JUDGE_OPTIONS, type Lang } from "../../src/types.js";

const tmp = mkdtempSync(join(tmpdir(), "factcheck-now-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function checkerFor(text: string, lang: Lang): Promise<Checker> {
  const draft = await extractFacts(text, { id: "doc", lang, date: "2025-03-01", markdown: false });
  const file = join(tmp, `doc-${lang}.yaml`);
  writeFileSync(join(tmp, `doc-${lang}.txt`), text);
  writeFileSync(file, draftYaml(draft, { id: "doc", title: "doc", date: "2025-03-01", textPath: `doc-${lang}.txt`, source: `doc-${lang}.txt` }));
  const fb = await loadFactBase([file]);
  return new Checker(fb, buildTermIndex(fb, { lexicon: await loadLexicon() }), { judge: DEFAULT_JUDGE_OPTIONS });
}

const verdict = (checker: Checker, claim: string) => checker.checkBlock({ text: claim, spans: [{ offset: 0, line: 1, column: 1 }] }, "-")[0]?.verdict;

describe("a value of now against one of a time to come", () => {
  it("ties a claim of the time to come to the value it comes to (Danish)", async () => {
    const checker = await checkerFor("Kommunen udvider genbrugspladsen i Vesterby. På den nye plads skal borgerne sortere affaldet i 16 fraktioner mod 11 i dag.", "da");
    expect(verdict(checker, "På den nye plads skal affaldet sorteres i 16 fraktioner.")).toBe("match");
    expect(verdict(checker, "På den nye plads skal affaldet sorteres i 11 fraktioner.")).toBe("mismatch");
  });
});
