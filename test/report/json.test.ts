import { describe, expect, it } from "vitest";
import { formatJson, jsonAt } from "../../src/report/json.js";
import { summarise } from "../../src/pipeline.js";
import type { ClaimResult } from "../../src/types.js";

const result = (line: number): ClaimResult => ({
  claim: `claim ${line} with "quotes" and \n newline`,
  lang: "en",
  location: { file: "-", line, column: 1 },
  verdict: "match",
  checks: [],
});

describe("formatJson", () => {
  it.each([0, 1, 3])("is exactly JSON.stringify of the report with %i results", (n) => {
    const report = summarise(Array.from({ length: n }, (_, i) => result(i + 1)), 0, [], n === 3 ? ["a warning"] : []);
    const expected = JSON.stringify({ results: report.results, summary: report.summary, ...(n === 3 ? { warnings: ["a warning"] } : {}) }, null, 2);
    expect(formatJson(report)).toBe(`${expected}\n`);
  });
});

describe("jsonResult + jsonEnd (streamed JSON)", () => {
  it.each([0, 1, 3])("join to exactly formatJson's output with %i results", async (n) => {
    const { jsonEnd, jsonResult } = await import("../../src/report/json.js");
    const report = summarise(Array.from({ length: n }, (_, i) => result(i + 1)), 0, [], n === 3 ? ["a warning"] : []);
    const streamed = report.results.map((r, i) => jsonResult(r, i === 0)).join("") + jsonEnd(report, n);
    expect(streamed).toBe(formatJson(report));
  });
});

describe("a value at a depth of the document", () => {
  it("is JSON.stringify(v, null, 2) with every line indented by the pad, for any pad", () => {
    const values = [{ a: 1, b: [1, { c: "x\ny" }], d: null, e: [], f: {} }, [], {}, "s\n", 3, [[1]], { nested: { deeper: [1, 2, { x: true }] } }];
    for (const v of values) {
      for (const pad of ["", "  ", "    ", "      ", " ".repeat(16), " ".repeat(18), "\t", "   "]) {
        expect(jsonAt(v, pad), `${JSON.stringify(v)} at ${JSON.stringify(pad)}`).toBe(JSON.stringify(v, null, 2).replace(/\n/g, `\n${pad}`));
      }
    }
  });
});
