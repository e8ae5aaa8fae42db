import { it } from "vitest";
import { readFileSync } from "node:fs";
import { readInputFile } from "../../src/input/files.js";
import { positionAt } from "../../src/text/positions.js";
it("x", async () => {
  for (const f of ["en-report.md", "da-rapport.md", "da-bom.md", "en-notes.txt", "da-noter.txt"]) {
    const path = "test/fixtures/drafts/" + f;
    const r = await readInputFile(path);
    const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
    console.log("==", f, r.kind);
    for (const b of r.blocks) {
      const out: string[] = [];
      for (const m of b.text.matchAll(/\d+/g)) {
        const pos = positionAt(b.text, b.spans, m.index!);
        const at = [...lines[pos.line - 1]].slice(pos.column - 1).join("");
        out.push(`${m[0]}@${pos.line}:${pos.column}${at.startsWith(m[0]) ? "" : " BAD(" + at + ")"}`);
      }
      console.log(JSON.stringify(b.text), out.join(" "));
    }
    for (const d of r.directives) console.log(JSON.stringify(d));
  }
});
