import { readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { artifactUri, FINGERPRINT_KEY, formatSarif, sarifStream, type SarifOptions } from "../../src/report/sarif.js";
import { formatJson } from "../../src/report/json.js";
import type { Report } from "../../src/types.js";
import { claim, report, sampleReport } from "./reports.js";

const schema = JSON.parse(readFileSync(new URL("../fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8"));
// CommonJS packages: under NodeNext their default import is module.exports, whose `default` is
// the class (or plugin) itself.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/* eslint-disable @typescript-eslint/no-explicit-any */
function sarif(r: Report, options: Partial<SarifOptions> = {}): any {
  const out = formatSarif(r, { toolVersion: "0.1.0", ...options });
  expect(out.endsWith("}\n")).toBe(true);
  const doc = JSON.parse(out);
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return doc;
}

function fingerprints(r: Report): string[] {
  return sarif(r).runs[0].results.map((x: any) => x.partialFingerprints[FINGERPRINT_KEY]);
}

describe("formatSarif", () => {
  it("is checked by a validator that rejects invalid SARIF", () => {
    const doc = JSON.parse(formatSarif(sampleReport(), { toolVersion: "0.1.0" }));
    expect(validate(doc)).toBe(true);
    doc.runs[0].results[0].level = "fatal";
    expect(validate(doc)).toBe(false);
    delete doc.runs[0].results[0].level;
    doc.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(doc)).toBe(false);
    expect(validate({ version: "2.1.0" })).toBe(false);
  });

  it("validates against the OASIS SARIF 2.1.0 schema and describes the tool", () => {
    const doc = sarif(sampleReport());
    expect(doc.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(doc.version).toBe("2.1.0");
    expect(doc.runs).toHaveLength(1);
    const run = doc.runs[0];
    expect(run.columnKind).toBe("unicodeCodePoints");
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: "factcheck", informationUri: "https://github.com/factcheck/factcheck", version: "0.1.0", semanticVersion: "0.1.0" });
    expect(driver.rules.map((r: any) => [r.id, r.defaultConfiguration.level])).toEqual([
      ["factcheck/mismatch", "error"],
      ["factcheck/close", "warning"],
      ["factcheck/unverified", "note"],
      ["factcheck/unused-disable-directive", "warning"],
    ]);
    for (const rule of driver.rules) {
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text, rule.help.markdown]) expect(text.length).toBeGreaterThan(0);
      expect(rule.properties.tags.length).toBeGreaterThan(0);
    }
  });

  it("takes the information URI and version as given; semanticVersion only for semver", () => {
    const driver = sarif(sampleReport(), { toolVersion: "dev build", informationUri: "https://example.org/fc" }).runs[0].tool.driver;
    expect(driver.informationUri).toBe("https://example.org/fc");
    expect(driver.version).toBe("dev build");
    expect(driver.semanticVersion).toBeUndefined();
    expect(sarif(sampleReport(), { toolVersion: "1.2.0-rc.1" }).runs[0].tool.driver.semanticVersion).toBe("1.2.0-rc.1");
  });

  it("gives one result per finding, at the figure, with rule, level, message and properties", () => {
    const results = sarif(sampleReport()).runs[0].results;
    expect(results.map((r: any) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["factcheck/mismatch", 0, "error"],
      ["factcheck/close", 1, "warning"],
      ["factcheck/unverified", 2, "note"],
      ["factcheck/close", 1, "warning"],
      ["factcheck/mismatch", 0, "error"],
      ["factcheck/unverified", 2, "note"],
    ]);
    const [first] = results;
    expect(first.message.text).toBe(
      "Claimed 122,000 vs stored more than 124,000: differs from the stored figure by 1.6% [kabul-evacuated]. " +
        "Source: “More than 124,000 people were evacuated.” — Evacuation from Kabul, 2022-03-01, paragraph 4.",
    );
    expect(first.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: "drafts/a.md" },
          region: { startLine: 3, startColumn: 23, endLine: 3, endColumn: 30, snippet: { text: "122,000" } },
        },
      },
    ]);
    expect(first.properties).toMatchObject({ verdict: "mismatch", factId: "kabul-evacuated", claimed: "122,000", stored: "more than 124,000" });
    // An unverified figure with no fact: a note, saying there is no stored figure.
    expect(results[2].message.text).toBe("Claimed Dozens (no stored figure): no fact is about this figure.");
    expect(results[2].properties).toMatchObject({ verdict: "unverified", factId: null, stored: null });
    expect(results[4].locations[0].physicalLocation.artifactLocation.uri).toBe("drafts/b.md");
    expect(results[4].message.text).toContain("Claimed 2011 vs stored 2001");
    expect(results[4].message.text).toContain("“De første soldater blev udsendt i 2001.” — Danmark i Afghanistan, 2023, paragraph 3.");
  });

  it("gives an empty but valid run when nothing is to report, and records warnings", () => {
    const r = report([claim("a.md", 1, 1, "43 died.", [{ text: "43", verdict: "match", reason: "equal", line: 1, column: 1, fact: { id: "x", display: "43", value: 43 } }])], ["skipped binary file b.png"]);
    const run = sarif(r).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe("skipped binary file b.png");
    expect(sarif(report([])).runs[0].results).toEqual([]);
  });

  it("says why a run fails: unused directives as results, unreadable inputs as an unsuccessful execution", () => {
    const r: Report = {
      ...report([]),
      notices: [
        { kind: "unused-directive", file: "drafts/a.md", line: 3, column: 1, message: "unused factcheck-disable-next-line directive (nothing was suppressed)" },
        { kind: "unreadable", file: "drafts/locked", message: "cannot read the folder: permission denied" },
        { kind: "skipped", file: "drafts/b.md", message: "skipped: binary file" },
      ],
    };
    const run = sarif(r, { cwd: "/repo", baseUri: "file:///repo/" }).runs[0];
    expect(run.results.map((x: any) => [x.ruleId, x.ruleIndex, x.level, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual([
      ["factcheck/unused-disable-directive", 3, "warning", "drafts/a.md", 3],
    ]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications.map((n: any) => [n.level, n.message.text])).toEqual([
      ["error", "drafts/locked: cannot read the folder: permission denied"],
      ["warning", "drafts/b.md: skipped: binary file"],
    ]);
  });

  it("carries the judge's rule of a finding in its properties", () => {
    const r = sampleReport();
    r.results[0].checks[0].rule = "exact";
    (r.results[0].checks[1] as { rule?: string }).rule = undefined; // a check without one
    const results = sarif(r).runs[0].results;
    expect(results.map((x: any) => x.properties.rule)).toEqual(["exact", "test", "test", "test", "test", "test"]);
    const json = JSON.parse(formatJson(r));
    expect(json.results[0].checks.map((c: any) => c.rule)).toEqual(["exact", undefined]);
  });

  it("neutralises control characters in messages and stays valid", () => {
    const r = report([
      claim("dir/a b#?.md", 1, 1, "x\r\n::error::", [
        { text: "5\u001b[31m", verdict: "mismatch", reason: "r\n\u202e", line: 1, column: 1, fact: { id: "f", display: "6", value: 6 } },
      ]),
    ]);
    const result = sarif(r).runs[0].results[0];
    expect(result.message.text).toBe("Claimed 5\\x1b[31m vs stored 6: r\\x0a\\u202e [f]. Source: “More than 124,000 people were evacuated.” — Evacuation from Kabul, 2022-03-01, paragraph 4.");
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("dir/a%20b%23%3F.md");
  });
});

describe("SARIF artifact URIs", () => {
  it("are relative, with forward slashes, percent-encoded", () => {
    expect(artifactUri("drafts/my draft.md")).toBe("drafts/my%20draft.md");
    expect(artifactUri("./drafts/a.md")).toBe("drafts/a.md");
    expect(artifactUri("drafts\\sub\\a.md")).toBe("drafts/sub/a.md");
    expect(artifactUri("drafts/./x/../a.md")).toBe("drafts/a.md");
    expect(artifactUri("kladder/æble 100%.md")).toBe("kladder/%C3%A6ble%20100%25.md");
    expect(artifactUri("c:d.md")).toBe("c%3Ad.md");
  });

  it("make absolute paths relative to the cwd option, never reading the process's", () => {
    expect(artifactUri("/home/me/repo/drafts/a b.md", { cwd: "/home/me/repo" })).toBe("drafts/a%20b.md");
    expect(artifactUri("/home/me/repo/drafts/a.md", { cwd: "/home/me/repo/" })).toBe("drafts/a.md");
    expect(artifactUri("./a.md", { cwd: "/home/me/repo" })).toBe("a.md");
    expect(artifactUri("C:\\repo\\drafts\\a.md", { cwd: "C:\\repo" })).toBe("drafts/a.md");
    // Without a cwd, an absolute path loses its root rather than stay absolute.
    expect(artifactUri("/home/me/repo/a.md")).toBe("home/me/repo/a.md");
  });

  it("are relative to baseUri (the repository root) when given, resolving input paths against cwd", () => {
    expect(artifactUri("drafts/a.md", { cwd: "/home/me/repo/docs", baseUri: "file:///home/me/repo/" })).toBe("docs/drafts/a.md");
    expect(artifactUri("/home/me/repo/x y.md", { baseUri: "file:///home/me/repo" })).toBe("x%20y.md");
    expect(artifactUri("C:/repo/a.md", { baseUri: "file:///C:/repo/" })).toBe("a.md");
  });

  it("are used in results, with %SRCROOT% when baseUri is given", () => {
    const r = report([claim("/work/repo/drafts/a.md", 1, 1, "x", [{ text: "5", verdict: "close", reason: "r", line: 1, column: 1, fact: null }])]);
    const run = sarif(r, { cwd: "/work/repo" }).runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "drafts/a.md" });
    expect(run.originalUriBaseIds).toBeUndefined();
    const rooted = sarif(r, { baseUri: "file:///work/repo" }).runs[0];
    expect(rooted.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///work/repo/" } });
    expect(rooted.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "drafts/a.md", uriBaseId: "%SRCROOT%" });
  });
});

describe("SARIF fingerprints", () => {
  const mismatch = (line: number, column = 5, text = "The war cost 2,000 lives.", figure = "2,000", file = "a.md", fact = "war-deaths") =>
    claim(file, line, 1, text, [{ text: figure, verdict: "mismatch", reason: "differs", line, column, fact: { id: fact, display: "2,448", value: 2448 } }]);

  it("do not change when a claim moves to another line or column", () => {
    const before = fingerprints(report([mismatch(3)]));
    const after = fingerprints(report([mismatch(40, 9)]));
    expect(before[0]).toMatch(/^[0-9a-f]{64}:1$/);
    expect(after).toEqual(before);
    // Nor when the claim is re-wrapped (whitespace inside it changes).
    expect(fingerprints(report([mismatch(40, 9, "The war cost\n  2,000 lives.")]))).toEqual(before);
    // Nor between runs from different directories, when paths are given absolute.
    const abs = (cwd: string) => formatSarif(report([mismatch(3, 5, undefined, undefined, `${cwd}/a.md`)]), { toolVersion: "1.0.0", cwd });
    expect(JSON.parse(abs("/x/repo")).runs[0].results[0].partialFingerprints).toEqual(JSON.parse(abs("/y/checkout")).runs[0].results[0].partialFingerprints);
  });

  it("differ for different claims, figures, facts and files", () => {
    const fps = [
      ...fingerprints(report([mismatch(3)])),
      ...fingerprints(report([mismatch(3, 5, "The war cost 2,000 lives in total.")])),
      ...fingerprints(report([mismatch(3, 5, "The war cost 2,000 lives.", "2,000 lives")])),
      ...fingerprints(report([mismatch(3, 5, undefined, undefined, undefined, "other-fact")])),
      ...fingerprints(report([mismatch(3, 5, undefined, undefined, "b.md")])),
    ];
    expect(new Set(fps).size).toBe(fps.length);
  });

  it("tell the same claim twice in a file apart by occurrence", () => {
    const fps = fingerprints(report([mismatch(3), mismatch(9)]));
    expect(fps[0]!.replace(/:1$/, ":2")).toBe(fps[1]);
    expect(new Set(fingerprints(sampleReport())).size).toBe(6);
  });
});

describe("SARIF written result by result", () => {
  it("is the document JSON.stringify writes for the whole report, with or without results and notices", () => {
    const withNotices: Report = {
      ...sampleReport(),
      notices: [
        { kind: "unused-directive", file: "drafts/a.md", line: 3, column: 1, message: "unused factcheck-disable-next-line directive (nothing was suppressed)" },
        { kind: "skipped", file: "drafts/b.md", message: "skipped: binary file" },
      ],
    };
    for (const r of [sampleReport(), withNotices, report([]), { ...report([]), notices: withNotices.notices }]) {
      for (const options of [{ toolVersion: "0.1.0" }, { toolVersion: "0.1.0", cwd: "/repo", baseUri: "file:///repo/" }]) {
        const stream = sarifStream(options);
        const pieces = [...r.results.map((x) => stream.result(x)), stream.end(r)].join("");
        const doc = JSON.parse(pieces);
        expect(validate(doc)).toBe(true);
        // byte for byte what one JSON.stringify of the parsed document gives: nothing but layout differs
        expect(pieces).toBe(`${JSON.stringify(doc, null, 2)}\n`);
        expect(formatSarif(r, options)).toBe(pieces);
      }
    }
  });
});
