import { describe, expect, it } from "vitest";
import { formatUnix } from "../../src/report/unix.js";
import { claim, report, sampleReport } from "./reports.js";

describe("formatUnix", () => {
  it("prints one path:line:col: verdict: message line per finding, in input order", () => {
    expect(formatUnix(sampleReport())).toBe(
      [
        "drafts/a.md:3:23: mismatch: 122,000 vs more than 124,000: differs from the stored figure by 1.6% [kabul-evacuated]",
        "drafts/a.md:7:10: close: 2,400 vs 2,448: rounded: stated as exact [us-deaths]",
        "drafts/a.md:9:1: unverified: Dozens: no fact is about this figure",
        "drafts/b.md:1:9: close: 20.000 vs 20.722: rounded: stated as exact [dk-deployed]",
        "drafts/b.md:1:48: mismatch: 2011 vs 2001: the stored year is 2001 [dk-first-deployment]",
        "drafts/b.md:6:37: unverified: tre år vs 15 mia. kr.: the fact states no comparable figure [dk-cost]",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when every figure matches", () => {
    const r = report([claim("a.md", 1, 1, "43 soldiers died.", [{ text: "43", verdict: "match", reason: "equal", line: 1, column: 1, fact: { id: "x", display: "43", value: 43 } }])]);
    expect(formatUnix(r)).toBe("");
    expect(formatUnix(report([]))).toBe("");
  });

  it("names one fact id per line: a fact the reason mentions is in parentheses, not brackets", () => {
    const r = report([
      claim("-", 1, 1, "44 Danes and 2,448 Americans were killed.", [
        { text: "44", verdict: "unverified", reason: "no stored fact covers it; 44 is the stored figure for another fact: The mission cost 44 Danes their lives. [danes-killed]", line: 1, column: 1, fact: null },
        { text: "2,448", verdict: "mismatch", reason: "the source says 2,461; 2,448 is the stored figure for another fact: X. [americans-killed]", line: 1, column: 14, fact: { id: "americans-update", display: "2,461", value: 2461 } },
      ]),
    ]);
    const lines = formatUnix(r).trimEnd().split("\n");
    for (const line of lines) expect(line.match(/\[[a-z0-9-]+\]/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(lines[0]).toBe("-:1:1: unverified: 44: no stored fact covers it; 44 is the stored figure for another fact: The mission cost 44 Danes their lives. (danes-killed)");
    expect(lines[1]).toMatch(/\(americans-killed\) \[americans-update\]$/);
  });

  it("writes problems with the inputs as lines too: a failing run always says why", () => {
    const r = { ...report([]), notices: [
      { kind: "unused-directive" as const, file: "drafts/a.md", line: 1, column: 1, message: "unused factcheck-disable-next-line directive (nothing was suppressed)" },
      { kind: "unreadable" as const, file: "drafts/locked", message: "cannot read the folder: permission denied" },
    ] };
    expect(formatUnix(r)).toBe(
      "drafts/a.md:1:1: warning: unused factcheck-disable-next-line directive (nothing was suppressed)\ndrafts/locked: error: cannot read the folder: permission denied\n",
    );
  });

  it("keeps each finding on one line, whatever the claim, reason or file name hold", () => {
    const r = report([
      claim("dir\nname/a\r\n.md", 2, 4, "x", [
        { text: "12\n000", verdict: "mismatch", reason: "bad\r\n::error::forged\u001b[31m", line: 2, column: 4, fact: { id: "id\nx", display: "13\u2028000", value: 13000 } },
        { text: "5\u202e", verdict: "unverified", reason: "none\u0085", line: 3, column: 1, fact: null },
      ]),
    ]);
    const out = formatUnix(r);
    const lines = out.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("dir\\x0aname/a\\x0d\\x0a.md:2:4: mismatch: 12\\x0a000 vs 13\\u2028000: bad\\x0d\\x0a::error::forged\\x1b[31m [id\\x0ax]");
    expect(lines[1]).toBe("dir\\x0aname/a\\x0d\\x0a.md:3:1: unverified: 5\\u202e: none\\x85");
    // eslint-disable-next-line no-control-regex
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
  });
});
