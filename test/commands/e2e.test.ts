// The fact-base commands end to end: the built CLI, run as a user would (see test/e2e/run.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, json, ROOT } from "../e2e/run.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "factcheck-commands-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BOTH = ["--facts", "facts", "--facts", "test/fixtures/factbases/second-source"];
const checks = async (args: string[]) =>
  json(await cli([...args, "--format", "json"])).results.flatMap((r: any) => r.checks.map((c: any) => [c.figure.text, c.verdict, c.fact?.id ?? null]));

describe("factcheck facts", () => {
  it("lists every fact as an aligned table", async () => {
    const r = await cli(["facts"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^ID\s+FIGURE\s+SOURCE\s+STATEMENT$/);
    expect(r.stdout).toMatch(/^americans-wounded-afghanistan +20,722 +dk-2021-07-afghan-refugees ¶12 +20,722 Americans have been wounded/m);
    // Aligned: every row's FIGURE column starts at the same place.
    const col = lines[0].indexOf("FIGURE");
    for (const l of lines.slice(1, 15)) expect(l[col - 1], l).toBe(" ");
    expect(r.stdout).toContain("14 facts from 1 document");
  });

  it("lists facts as JSON, with their document's title and date", async () => {
    const facts = json(await cli(["facts", "--format", "json"]));
    expect(facts).toHaveLength(14);
    expect(facts[0]).toMatchObject({
      id: "babies-died-crossing-border",
      display: "2",
      figure: { kind: "count", value: 2 },
      paragraph: 1,
      document: { id: "dk-2021-07-afghan-refugees", date: "2021-07", language: "da" },
    });
    expect(typeof facts[0].document.title).toBe("string");
  });

  it("lists the facts of other fact bases with --facts", async () => {
    const facts = json(await cli(["facts", ...BOTH, "--format", "json"]));
    expect(facts).toHaveLength(27);
    expect(facts.map((f: any) => f.id)).toContain("northport-barrier-cost");
  });

  it("shows one fact in full, its quote marked in its paragraph", async () => {
    const r = await cli(["facts", "show", "americans-killed-afghanistan"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("2,448 Americans have been killed in the war in Afghanistan.");
    expect(r.stdout).toMatch(/figure +2,448 \(count, qualifier exact, value 2448\)/);
    expect(r.stdout).toMatch(/as of +2021-07/);
    expect(r.stdout).toMatch(/subject +united-states/);
    expect(r.stdout).toMatch(/da: .*amerikanere/);
    expect(r.stdout).toMatch(/paragraph +12/);
    expect(r.stdout).toContain("»2448 amerikanere er blevet dræbt i krigen i Afghanistan.« Derudover er 20.722 amerikanere blevet såret.");
  });

  it("highlights the quote with colour when colour is on", async () => {
    const r = await cli(["facts", "show", "americans-killed-afghanistan"], { env: { FORCE_COLOR: "1" } });
    expect(r.stdout).not.toContain("»");
    expect(r.stdout).toMatch(/\u001b\[[0-9;]*m2448 amerikanere er blevet dræbt i krigen i Afghanistan\.\u001b\[/);
    expect((await cli(["facts", "show", "americans-killed-afghanistan", "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).toContain("»2448");
  });

  it("refuses an unknown id with the nearest ones, exit 2", async () => {
    const r = await cli(["facts", "show", "danes-killed"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('factcheck: unknown fact id "danes-killed" in the shipped fact base (did you mean "danes-killed-afghanistan"?); give --facts <path> to search another fact base\n');
  });
});

describe("factcheck facts validate", () => {
  it("passes the shipped fact base", async () => {
    const r = await cli(["facts", "validate"]);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, "✔ 14 facts (1 not yet reviewed) in 2 files, no problems\n", ""]);
    expect((await cli(["facts", "validate", ...BOTH.filter((a) => a !== "--facts")])).stdout).toBe("✔ 27 facts (1 not yet reviewed) in 3 files, no problems\n");
  });

  it("reports a broken fact base as file:line:col: severity: message, exit 2", async () => {
    const r = await cli(["facts", "validate", "test/fixtures/factbases/validate/quote-differs.yaml"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe(
      'test/fixtures/factbases/validate/quote-differs.yaml:56:12: error: quote differs from the source at "2.448" (source has "2448")\n' +
        "✖ 6 facts in 1 file: 1 error, 0 warnings\n",
    );
  });

  it("exits 0 on warnings, 2 with --strict", async () => {
    const file = "test/fixtures/factbases/validate/conflicting-figures.yaml";
    expect((await cli(["facts", "validate", file])).status).toBe(0);
    expect((await cli(["facts", "validate", "--strict", file])).status).toBe(2);
  });

  it("refuses a path that does not exist in one line", async () => {
    const r = await cli(["facts", "validate", "nope.yaml"]);
    expect([r.status, r.stderr]).toEqual([2, "factcheck: nope.yaml: fact base not found\n"]);
  });
});

describe("factcheck extract", () => {
  const args = ["--id", "dk-draft", "--lang", "da", "--title", "Draft", "--date", "2021-07"];
  const source = join(ROOT, "facts", "sources", "000_0a83094240985db4.txt");

  it("prints a draft on stdout", async () => {
    const r = await cli(["extract", "facts/sources/000_0a83094240985db4.txt", ...args]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("text: \"facts/sources/000_0a83094240985db4.txt\"");
    expect(r.stdout).toContain('quote: "2448 amerikanere er blevet dræbt i krigen i Afghanistan."');
  });

  it("writes -o, refuses to overwrite without --force, overwrites with it; the draft is usable at once", async () => {
    const out = join(tmp, "draft.yaml");
    const first = await cli(["extract", source, ...args, "-o", out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe("");
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toMatch(/text: ".*facts\/sources\/000_0a83094240985db4\.txt"/);

    writeFileSync(out, "# mine\n");
    const again = await cli(["extract", source, ...args, "-o", out]);
    expect([again.status, again.stderr]).toEqual([2, `factcheck: ${out}: already exists (use --force to overwrite)\n`]);
    expect(readFileSync(out, "utf8")).toBe("# mine\n");

    expect((await cli(["extract", source, ...args, "-o", out, "--force"])).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(yaml);

    expect((await cli(["facts", "validate", out])).status).toBe(0);
    for (const claim of [
      "2448 amerikanere er blevet dræbt i krigen i Afghanistan.",
      "Derudover er 20.722 amerikanere blevet såret.",
      "Indsatsen i Afghanistan har kostet 44 danskere livet og såret flere end 200.",
      "Grænsevagter i Tadsjikistan siger onsdag, at 347 flygtninge fra Afghanistan er krydset ind over grænsen til det centralasiatiske land på deres flugt fra Taliban.",
    ]) {
      const results = await checks(["--facts", out, claim]);
      expect(results.length, claim).toBeGreaterThan(0);
      for (const [, verdict] of results) expect(verdict, claim).toBe("match");
    }
  });

  it("says so for a document without figures, and writes nothing", async () => {
    const doc = join(tmp, "plain.txt");
    writeFileSync(doc, "Nothing to count here.\n\nStill nothing.\n");
    const out = join(tmp, "plain.yaml");
    const r = await cli(["extract", doc, "--id", "plain", "--lang", "en", "--title", "Plain", "--date", "2024", "-o", out]);
    expect([r.status, r.stderr]).toEqual([0, `no figures found in ${doc}\n`]);
    expect(existsSync(out)).toBe(false);
  });

  it("takes a snake_case --id, and the document's file name when no --id is given", async () => {
    const doc = join(tmp, "Harbour Report_2024.txt");
    writeFileSync(doc, "Harbour traffic\n\nAARHUS, 3 March 2025 – The harbour handled 1,515 ships last year.\n");
    const snake = join(tmp, "snake.yaml");
    expect((await cli(["extract", doc, "--id", "harbour_report", "-o", snake])).status).toBe(0);
    expect(readFileSync(snake, "utf8")).toMatch(/^ {2}id: harbour_report$/m);
    expect((await cli(["facts", "validate", snake])).status).toBe(0);
    const named = join(tmp, "named.yaml");
    expect((await cli(["extract", doc, "-o", named])).status).toBe(0);
    expect(readFileSync(named, "utf8")).toMatch(/^ {2}id: harbour-report-2024$/m);
    const bad = await cli(["extract", doc, "--id", "Harbour Report", "-o", join(tmp, "bad.yaml")]);
    expect([bad.status, bad.stderr]).toEqual([2, 'factcheck: --id "Harbour Report" must be lower-case letters and digits, joined by single hyphens or underscores\n']);
  });

  it("refuses a missing document in one line", async () => {
    const r = await cli(["extract", "nope.txt", ...args]);
    expect([r.status, r.stderr]).toEqual([2, "factcheck: nope.txt: no such file\n"]);
  });
});

describe("both fact bases together", () => {
  it("checks English and Danish claims against the Danish and the English source", async () => {
    expect(await checks([...BOTH, "The barrier will cost $2.3 billion."])).toEqual([["$2.3 billion", "match", "northport-barrier-cost"]]);
    expect(await checks([...BOTH, "The barrier will cost $2.5 billion."])).toEqual([["$2.5 billion", "mismatch", "northport-barrier-cost"]]);
    expect(await checks([...BOTH, "More than 1,200 residents attended the hearings."])).toEqual([["More than 1,200", "match", "northport-residents-attended-hearings"]]);
    expect(await checks([...BOTH, "The government will pay 40% of the cost."])).toEqual([["40%", "match", "northport-government-share"]]);
    expect(await checks([...BOTH, "The council voted on 14 March 2024."])).toEqual([["14 March 2024", "match", "northport-council-voted-on-14-march"]]);
    expect(await checks([...BOTH, "31 councillors voted for the barrier and 12 voted against it."])).toEqual([
      ["31", "match", "northport-councillors-for"],
      ["12", "match", "northport-councillors-against"],
    ]);
    expect(await checks([...BOTH, "Barrieren koster 2,3 milliarder dollar."])).toEqual([["2,3 milliarder dollar", "match", "northport-barrier-cost"]]);
    expect(await checks([...BOTH, "Mere end 1.200 borgere deltog i høringerne."])).toEqual([["Mere end 1.200", "match", "northport-residents-attended-hearings"]]);
    expect(await checks([...BOTH, "Staten betaler 40 procent af regningen."])).toEqual([["40 procent", "match", "northport-government-share"]]);
    expect(await checks([...BOTH, "347 refugees crossed into Tajikistan"])).toEqual([["347", "match", "refugees-crossed-into-tajikistan"]]);
    expect(await checks([...BOTH, "44 danskere blev dræbt i Afghanistan."])).toEqual([["44", "match", "danes-killed-afghanistan"]]);
    expect(await checks([...BOTH, "3,000 Americans were killed in Afghanistan."])).toEqual([["3,000", "mismatch", "americans-killed-afghanistan"]]);
  });
});

describe("dispatch", () => {
  it("keeps the default check action for claims, even ones that start with a command's name", async () => {
    const r = await cli(["347 refugees crossed into Tajikistan"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("match");
    const s = await cli(["facts show 44", "--format", "json"]);
    expect(s.status).toBe(0);
    expect(json(s).results[0].claim).toBe("facts show 44");
  });
});

describe("a large draft in text", () => {
  it("is written claim by claim (a fixed location column), the same claims as a small one", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-large-"));
    const prose = "The refugees crossed the border into Tajikistan after a long march.\n\n".repeat(62_000);
    const claim = "Exactly 999 refugees crossed into Tajikistan.\n";
    writeFileSync(join(dir, "small.md"), claim);
    writeFileSync(join(dir, "large.md"), `${claim}\n${prose}`);
    const small = await cli(["small.md", "--no-color"], { cwd: dir });
    const large = await cli(["large.md", "--no-color"], { cwd: dir });
    expect(large.status).toBe(small.status);
    // "1:9" padded to the stream's width ("9999:99"), not to the widest location (3 characters).
    expect(small.stdout).toMatch(/^ {2}1:9 {2}✖ mismatch/m);
    expect(large.stdout).toMatch(/^ {2}1:9 {6}✖ mismatch/m);
    const claimLines = (s: string) => s.split("\n").filter((l) => /✖|✔|\?/.test(l)).map((l) => l.replace(/^\s*\d+:\d+\s+/, ""));
    expect(claimLines(large.stdout)).toEqual(claimLines(small.stdout));
    rmSync(dir, { recursive: true, force: true });
  });
});
