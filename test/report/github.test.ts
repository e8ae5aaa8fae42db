import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub, githubFormatter } from "../../src/report/github.js";
import { claim, report, sampleReport } from "./reports.js";

const START = /^::(error|warning|notice) /;

function lines(out: string): string[] {
  expect(out.endsWith("\n")).toBe(true);
  return out.slice(0, -1).split("\n");
}

describe("formatGithub", () => {
  it("gives mismatches first, then close, stable within a kind, and no notices by default", () => {
    const out = lines(formatGithub(sampleReport(), { includeNotices: false }));
    expect(out.map((l) => l.slice(0, l.indexOf("::", 2)))).toEqual([
      "::error file=drafts/a.md,line=3,col=23,endColumn=30,title=factcheck%3A mismatch",
      "::error file=drafts/b.md,line=1,col=48,endColumn=52,title=factcheck%3A mismatch",
      "::warning file=drafts/a.md,line=7,col=10,endColumn=15,title=factcheck%3A close",
      "::warning file=drafts/b.md,line=1,col=9,endColumn=15,title=factcheck%3A close",
    ]);
  });

  it("says claimed vs stored, the reason, the fact and the source", () => {
    const [first] = lines(formatGithub(sampleReport(), { includeNotices: false }));
    expect(first).toBe(
      "::error file=drafts/a.md,line=3,col=23,endColumn=30,title=factcheck%3A mismatch::" +
        "Claimed 122,000 vs stored more than 124,000: differs from the stored figure by 1.6%25 [kabul-evacuated]%0A" +
        "Source: “More than 124,000 people were evacuated.” — Evacuation from Kabul, 2022-03-01, paragraph 4",
    );
  });

  it("adds unverified figures as notices, last, when asked", () => {
    const out = lines(formatGithub(sampleReport(), { includeNotices: true }));
    expect(out.map((l) => l.match(START)![1])).toEqual(["error", "error", "warning", "warning", "notice", "notice"]);
    expect(out[4]).toBe("::notice file=drafts/a.md,line=9,col=1,endColumn=7,title=factcheck%3A unverified::Claimed Dozens: no fact is about this figure");
    expect(out[5]).toBe(
      "::notice file=drafts/b.md,line=6,col=37,endColumn=43,title=factcheck%3A unverified::" +
        "Claimed tre år vs stored 15 mia. kr.: the fact states no comparable figure [dk-cost]%0A" +
        "Source: “Indsatsen kostede 15 mia. kr.” — Danmark i Afghanistan, 2023, paragraph 20",
    );
  });

  it("gives endLine only when the figure ends on another line, and no location for stdin", () => {
    const r = report([claim("-", 1, 1, "x", [{ text: "5", verdict: "mismatch", reason: "r", line: 1, column: 3, fact: null }])]);
    const multi = claim("a.md", 2, 1, "x", [{ text: "5", verdict: "close", reason: "r", line: 2, column: 70, fact: null }]);
    multi.checks[0]!.figure.location = { file: "a.md", line: 2, column: 70, endLine: 3, endColumn: 4 };
    r.results.push(multi);
    expect(lines(formatGithub(r, { includeNotices: false }))).toEqual([
      "::error title=factcheck%3A mismatch::Claimed 5: r",
      "::warning file=a.md,line=2,endLine=3,col=70,endColumn=4,title=factcheck%3A close::Claimed 5: r",
    ]);
  });

  it("annotates problems with the inputs: unreadable ones first as errors, unused directives before close", () => {
    const r = {
      ...sampleReport(),
      notices: [
        { kind: "unused-directive" as const, file: "drafts/a.md", line: 12, column: 1, message: "unused factcheck-disable-next-line directive (nothing was suppressed)" },
        { kind: "cut-off" as const, file: "drafts/deep.md", line: 40, column: 1, message: "Markdown nested more than 1000 levels deep: nothing from here on is checked" },
      ],
    };
    const out = lines(formatGithub(r, { includeNotices: false }));
    expect(out.map((l) => l.slice(0, l.indexOf("::", 2)))).toEqual([
      "::error file=drafts/deep.md,line=40,col=1,title=factcheck%3A not checked to the end",
      "::error file=drafts/a.md,line=3,col=23,endColumn=30,title=factcheck%3A mismatch",
      "::error file=drafts/b.md,line=1,col=48,endColumn=52,title=factcheck%3A mismatch",
      "::warning file=drafts/a.md,line=12,col=1,title=factcheck%3A unused directive",
      "::warning file=drafts/a.md,line=7,col=10,endColumn=15,title=factcheck%3A close",
      "::warning file=drafts/b.md,line=1,col=9,endColumn=15,title=factcheck%3A close",
    ]);
    expect(out[3]).toMatch(/::unused factcheck-disable-next-line directive \(nothing was suppressed\)$/);
  });

  it("prints nothing when there is nothing to report", () => {
    const r = report([claim("a.md", 1, 1, "x", [{ text: "5", verdict: "unverified", reason: "r", line: 1, column: 1, fact: null }])]);
    expect(formatGithub(r, { includeNotices: false })).toBe("");
    expect(formatGithub(report([]), { includeNotices: true })).toBe("");
  });
});

describe("formatGithub with hostile input", () => {
  const hostile = () =>
    report([
      claim("docs/100% sure,a:b.md", 4, 2, "x", [
        {
          text: "12%\r\n::error::pwned",
          verdict: "mismatch",
          reason: "line1\n::set-output name=x::y",
          line: 4,
          column: 2,
          fact: { id: "f,1:x", display: "13 \u001b[31mred\u001b[0m", value: 13 },
          source: { quote: "q\r\n::warning file=x::forged", title: "T, \u202eevil", date: "2020", paragraph: 1 },
        },
      ]),
      claim("a\nb.md", 1, 1, "x", [
        { text: "::notice::hi", verdict: "close", reason: "%0A%25", line: 1, column: 1, fact: null },
        { text: "7", verdict: "unverified", reason: "\r", line: 1, column: 20, fact: null },
      ]),
    ]);

  it("escapes data and properties exactly as @actions/core does", () => {
    expect(escapeData("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac:d,e");
    expect(escapeProperty("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac%3Ad%2Ce");
    expect(escapeProperty("%3A")).toBe("%253A");
  });

  it("keeps one command per finding, each line starting with a command", () => {
    const out = formatGithub(hostile(), { includeNotices: true });
    const ls = lines(out);
    expect(ls).toHaveLength(3);
    for (const l of ls) expect(l).toMatch(START);
    // No raw CR anywhere (the runner splits lines on CR too), no escape characters.
    expect(out.slice(0, -1)).not.toMatch(/[\r\u001b\u202e]/);
    expect(ls[0]).toBe(
      "::error file=docs/100%25 sure%2Ca%3Ab.md,line=4,col=2,endColumn=21,title=factcheck%3A mismatch::" +
        "Claimed 12%25%0D%0A::error::pwned vs stored 13 \\x1b[31mred\\x1b[0m: line1%0A::set-output name=x::y [f,1:x]%0A" +
        "Source: “q%0D%0A::warning file=x::forged” — T, \\u202eevil, 2020, paragraph 1",
    );
    expect(ls[1]).toBe("::warning file=a%0Ab.md,line=1,col=1,endColumn=13,title=factcheck%3A close::Claimed ::notice::hi: %250A%2525");
    expect(ls[2]).toBe("::notice file=a%0Ab.md,line=1,col=20,endColumn=21,title=factcheck%3A unverified::Claimed 7: %0D");
  });

  it("parses back, as the runner does, to the original text", () => {
    // The runner: command up to the first "::" after the start, name up to the first space,
    // properties split on "," and each on its first "="; then unescape.
    const unescape = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
    const [first] = lines(formatGithub(hostile(), { includeNotices: false }));
    const end = first!.indexOf("::", 2);
    const info = first!.slice(2, end);
    const [cmd, props] = [info.slice(0, info.indexOf(" ")), info.slice(info.indexOf(" ") + 1)];
    expect(cmd).toBe("error");
    const parsed = Object.fromEntries(props!.split(",").map((p) => [p.slice(0, p.indexOf("=")), unescape(p.slice(p.indexOf("=") + 1))]));
    expect(parsed).toEqual({ file: "docs/100% sure,a:b.md", line: "4", col: "2", endColumn: "21", title: "factcheck: mismatch" });
    expect(unescape(first!.slice(end + 2)).split("\n")[0]).toBe("Claimed 12%\r");
  });
});

describe("the github stream", () => {
  // (a draft of any size is checked claim by claim: only the lines to annotate are held, never the claims)
  it("holds only annotations and gives exactly what formatGithub gives, with and without notices", () => {
    expect(githubFormatter.streamsAnyInput).toBe(true);
    for (const verbose of [false, true]) {
      const r = sampleReport();
      const stream = githubFormatter.stream!({ style: new Chalk({ level: 0 }), failOn: "mismatch", toolVersion: "0.1.0", cwd: "/repo", verbose });
      const pieces = r.results.map((x) => stream.result(x));
      expect(pieces.every((p) => p === "")).toBe(true);
      expect(stream.end({ ...r, results: [] })).toBe(formatGithub(r, { includeNotices: verbose }));
    }
  });
});
