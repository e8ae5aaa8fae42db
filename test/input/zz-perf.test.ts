import { it } from "vitest";
import { readFileSync } from "node:fs";
import { parseMarkdown, loadMarkdown } from "../../src/input/markdown.js";
it("perf", async () => {
  const base = readFileSync("test/fixtures/drafts/en-report.md", "utf8").replace(/^---[^]*?---\n/, "");
  const para = "The camp held **2,448** people by the end of *August*, and [a link](http://x/1) said 347 refugees &amp; more\\*.\nSecond line with 12 % and `code` and <b>html</b>.\n\n";
  let big = ""; while (big.length < 1e7) big += base + "\n" + para;
  let one = ""; while (one.length < 1e6) one += "Word 12 and **bold 13** and [l](u) and &amp; x\\* y. ";
  let plain = ""; while (plain.length < 1e7) plain += "The camp held 2,448 people by the end of August, and a report said 347 refugees came.\nSecond line with 12 % more.\n\n";
  const md = await loadMarkdown();
  for (const [name, text] of [["mixed", big], ["oneline", one], ["plain", plain]] as const) {
  for (let k = 0; k < 2; k++) {
    let t = performance.now();
    md.parse(text, {});
    const p = performance.now() - t;
    t = performance.now();
    const r = await parseMarkdown(text);
    const a = performance.now() - t;
    console.log(`${name} ${(text.length/1e6).toFixed(1)} MB: parse only ${p.toFixed(0)} ms (${(text.length/1e6/(p/1000)).toFixed(1)} MB/s), ours ${a.toFixed(0)} ms → ${(text.length/1e6/(a/1000)).toFixed(1)} MB/s, ${r.blocks.length} blocks`);
  }}
}, 120000);
