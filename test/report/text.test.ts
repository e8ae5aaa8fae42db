import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/report/index.js";
import { formatText, NOTHING_TO_CHECK, textFormatter } from "../../src/report/text.js";
import type { Report } from "../../src/types.js";
import { claim, report, sampleReport } from "./reports.js";

const style = new Chalk({ level: 0 });
const options = { style, failOn: "mismatch" as const, toolVersion: "0.1.0", cwd: "/repo" };

describe("formatText", () => {
  it("labels a source with its document id and paragraph, not its full title", () => {
    const out = formatText(sampleReport(), { style });
    expect(out).toContain("  3:23  ✖ mismatch    122,000 vs more than 124,000  kabul-report ¶4 [kabul-evacuated]\n");
    expect(out).not.toContain("Evacuation from Kabul");
    for (const line of out.split("\n")) expect(line.length, line).toBeLessThan(120);
  });

  it("keeps the columns aligned for claims written one by one (a stream)", () => {
    const stream = textFormatter.stream!(options);
    const short = claim("-", 1, 1, "5 x.", [{ text: "5", verdict: "mismatch", reason: "r", line: 1, column: 1, fact: null }]);
    const long = claim("-", 4, 37, "6 y.", [{ text: "6", verdict: "mismatch", reason: "r", line: 4, column: 37, fact: null }]);
    const out = stream.result(short) + stream.result(long);
    const heads = out.split("\n").filter((l) => /^\d/.test(l));
    expect(heads).toHaveLength(2);
    expect(heads[0].indexOf("✖")).toBe(heads[1].indexOf("✖"));
  });

  it("has one wording when there is nothing to check, and counts suppressed claims", () => {
    const none: Report = { ...report([]), withoutFigures: ["-"] };
    expect(formatText(none, { style })).toBe(`${NOTHING_TO_CHECK}\n`);
    expect(formatText(report([]), { style })).toBe(`${NOTHING_TO_CHECK}\n`);
    const suppressed = { claim: "45 Danes were killed.", location: { file: "a.md", line: 3, column: 1 } };
    const all: Report = { ...report([]), suppressed: [suppressed, suppressed, suppressed] };
    expect(formatText(all, { style })).toBe("no claim checked: 3 claims suppressed\n");
    const some: Report = { ...sampleReport(), suppressed: [suppressed] };
    expect(formatText(some, { style })).toMatch(/✖ 2 mismatches, 1 close, 2 unverified, 1 match in 2 files \(1 claim suppressed\)\n$/);
  });
});

describe("--quiet, the same in every format", () => {
  it("keeps only the checks at or above --fail-on; the summary still counts everything", async () => {
    const quiet = { ...options, quiet: true };
    const text = await formatReport(sampleReport(), "text", quiet);
    expect(text).toContain("122,000 vs more than 124,000");
    expect(text).not.toContain("2,400 vs 2,448"); // close
    expect(text).not.toContain("13 vs 13"); // the matching figure of a mismatching claim
    const json = JSON.parse(await formatReport(sampleReport(), "json", quiet));
    expect(json.results.flatMap((r: any) => r.checks.map((c: any) => c.verdict))).toEqual(["mismatch", "mismatch"]);
    expect(json.summary.claims).toBe(6);
    expect((await formatReport(sampleReport(), "unix", quiet)).trimEnd().split("\n").map((l) => l.split(": ")[1])).toEqual(["mismatch", "mismatch"]);
    expect((await formatReport(sampleReport(), "github", { ...quiet, verbose: true })).trimEnd().split("\n").map((l) => l.slice(0, l.indexOf(" ")))).toEqual(["::error", "::error"]);
    const sarif = JSON.parse(await formatReport(sampleReport(), "sarif", quiet));
    expect(sarif.runs[0].results.map((r: any) => r.level)).toEqual(["error", "error"]);
    const closeToo = JSON.parse(await formatReport(sampleReport(), "json", { ...quiet, failOn: "close" }));
    expect(closeToo.results.flatMap((r: any) => r.checks.map((c: any) => c.verdict))).toEqual(["mismatch", "close", "close", "mismatch"]);
  });
});
