// The lexicon's data files compiled at build time (src/facts/lexicon-source.ts): a concept is
// declared once in src/lang/concepts and given its phrases per language.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compileLexicon } from "../../src/facts/lexicon-source.js";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function langDir(concepts: string, en: string): string {
  dir = mkdtempSync(join(tmpdir(), "factcheck-lexicon-"));
  mkdirSync(join(dir, "concepts"));
  mkdirSync(join(dir, "en", "lexicon"), { recursive: true });
  writeFileSync(join(dir, "concepts", "predicates-work.yaml"), concepts);
  writeFileSync(join(dir, "en", "lexicon", "predicates-work.yaml"), en);
  return dir;
}

describe("compileLexicon", () => {
  it("gives a declared concept its phrases and type", () => {
    const [manage] = compileLexicon(langDir("manage: {type: predicate}\n", "manage: [manage, managed]\n"), ["en"]);
    expect(manage.id).toBe("manage");
    expect(manage.type).toBe("predicate");
    expect(manage.phrases.map((p) => p.text)).toEqual(["manage", "managed"]);
  });

  it("makes opposites hold both ways: a concept declared the opposite of another is that one's too", () => {
    const concepts = compileLexicon(langDir("approve: {type: predicate}\nreject: {type: predicate, opposite: [approve]}\n", "approve: [approve]\nreject: [reject]\n"), ["en"]);
    const byId = new Map(concepts.map((c) => [c.id, c]));
    expect(byId.get("reject")!.opposite).toEqual(["approve"]);
    expect(byId.get("approve")!.opposite).toEqual(["reject"]);
  });

  it("refuses a language file's entry that no concept declares, naming the file and the id", () => {
    const root = langDir("work: {type: predicate}\n", "work: [work]\nmanage: [manage, managed]\n");
    expect(() => compileLexicon(root, ["en"])).toThrow(`${join(root, "en", "lexicon", "predicates-work.yaml")}: "manage" is no concept of ${join(root, "concepts")}`);
  });
});
