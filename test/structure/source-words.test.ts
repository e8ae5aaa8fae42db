// No word of any source document in the code: language knowledge lives in the packs and the
// lexicon (data), document knowledge in fact bases (issue "any source document").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../e2e/run.js";

const ARTICLE = /tajik|tadsjik|taliban|laden|bagram|flygtning|refugee|babyer|dræbt/i;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

describe("src/", () => {
  it("names no word of the shipped article", () => {
    const hits = tsFiles(join(ROOT, "src")).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (ARTICLE.test(line) ? [`${file.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
