// Labelled accuracy suite: runs the built CLI the way a user does
// (`node bin/factcheck.js --format json`, one claim per stdin line) over test/accuracy/claims.jsonl
// and scores every claim the same way the shared evaluation scorer does:
//
//   * a line's verdict is its worst result's (match < unverified < close < mismatch);
//     a line with no result counts as "unverified";
//   * the claim is right when that verdict is in `accept` and, for match/close/mismatch,
//     one of the cited facts' JSON contains one of the `value` strings (so the verdict rests
//     on the right fact);
//   * a "match" on a claim whose accept list lacks "match" is a critical error.
//
// The claims file is self-contained: nothing outside the repository is read.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

type Verdict = "match" | "close" | "mismatch" | "unverified";
const RANK: Record<Verdict, number> = { match: 0, unverified: 1, close: 2, mismatch: 3 };
const VERDICTS = Object.keys(RANK) as Verdict[];

// Just under what the suite scores (256 of 278 = 92.1%), so that a regression of a few claims fails.
const MIN_ACCURACY = 0.915;
const MIN_CLAIMS = 200;
const MIN_PER_LANG = 80;
const MIN_PER_CATEGORY = 10;
const CATEGORIES = [
  "en-exact", "da-exact", "en-words", "da-words", "separators", "bound", "hedge", "range",
  "rounded", "vague", "date", "mismatch", "entity", "unverified", "multi",
];

interface Item {
  id: string;
  cat: string;
  lang: "en" | "da";
  claim: string;
  accept: Verdict[];
  value?: string[];
}

interface ResultJson {
  location?: { line?: unknown };
  verdict?: unknown;
  checks?: Array<{ fact?: unknown } | null>;
}

interface Judgement {
  verdict: Verdict;
  ok: boolean;
  why: string;
  critical: boolean;
  falseAlarm: boolean;
}

const claimsPath = fileURLToPath(new URL("./claims.jsonl", import.meta.url));
const binPath = fileURLToPath(new URL("../../bin/factcheck.js", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

// ---------------------------------------------------------------------------------------------
// Loading and validating the labelled claims

const FIGURE_WORDS: Record<"en" | "da", RegExp> = {
  en: /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|scores|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  da: /(?:^|[^\p{L}])(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|tredive|fyrre|halvtreds|\p{L}*ogfyrre|\p{L}*ogtyve|hundrede|hundredvis|tusind|tusindvis|titusindvis|snesevis|dusinvis|(?:man|tirs|ons|tors|fre|lør|søn)dag|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?![\p{L}])/iu,
};

/** Every labelled line must contain a figure: digits, a number word, a weekday or a month. */
function hasFigure(claim: string, lang: "en" | "da"): boolean {
  return /\d/.test(claim) || FIGURE_WORDS[lang].test(claim);
}

interface Loaded {
  items: Item[];
  problems: string[];
}

function loadClaims(): Loaded {
  const problems: string[] = [];
  const items: Item[] = [];
  const lines = readFileSync(claimsPath, "utf8").split("\n");
  lines.forEach((raw, idx) => {
    if (!raw.trim()) return;
    const where = `claims.jsonl:${idx + 1}`;
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch (e) {
      problems.push(`${where}: not JSON (${(e as Error).message})`);
      return;
    }
    const r = o as Record<string, unknown>;
    const bad = (msg: string) => problems.push(`${where} ${String(r?.id ?? "")}: ${msg}`);
    if (typeof r !== "object" || r === null) return void bad("not an object");
    if (typeof r.id !== "string" || !/^a\d{3,}$/.test(r.id)) bad("id must look like a001");
    if (typeof r.cat !== "string" || !r.cat) bad("cat missing");
    if (r.lang !== "en" && r.lang !== "da") bad("lang must be en or da");
    if (typeof r.claim !== "string" || !r.claim.trim()) bad("claim missing");
    else if (/[\r\n]/.test(r.claim)) bad("claim contains a newline");
    else if (!hasFigure(r.claim, r.lang === "da" ? "da" : "en")) {
      bad("claim has no figure");
    }
    if (!Array.isArray(r.accept) || r.accept.length === 0 || r.accept.length > 2 ||
        !r.accept.every((v) => VERDICTS.includes(v as Verdict))) {
      bad("accept must list one or two verdicts");
    }
    const accept = (Array.isArray(r.accept) ? r.accept : []) as Verdict[];
    if (r.value !== undefined &&
        (!Array.isArray(r.value) || r.value.length === 0 || !r.value.every((v) => typeof v === "string" && v))) {
      bad("value must be a non-empty list of strings");
    }
    if (accept.some((v) => v !== "unverified") && r.value === undefined) {
      bad("value is required when match/close/mismatch is acceptable");
    }
    items.push(r as unknown as Item);
  });
  return { items, problems };
}

// ---------------------------------------------------------------------------------------------
// Running the CLI and scoring (mirrors the shared scorer's run/byLine/judge)

interface Run {
  lines: Map<number, ResultJson[]>;
  error?: string;
}

function runCli(items: Item[]): Run {
  const lines = new Map<number, ResultJson[]>();
  if (!existsSync(binPath)) return { lines, error: `CLI entry point not found: ${binPath}` };
  const input = items.map((i) => i.claim.replace(/\n/g, " ")).join("\n") + "\n";
  const r = spawnSync(process.execPath, [binPath, "--format", "json"], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: 110_000,
  });
  if (r.error) return { lines, error: `could not run the CLI: ${r.error.message}` };
  if (r.status !== 0 && r.status !== 1) {
    return {
      lines,
      error: `CLI exited ${r.status} (is it built? run \`npm run build\`): ${(r.stderr || "").slice(0, 800)}`,
    };
  }
  let report: { results?: unknown };
  try {
    report = JSON.parse(r.stdout) as { results?: unknown };
  } catch {
    return {
      lines,
      error: `output is not JSON (is the CLI built? run \`npm run build\`): ${(r.stdout || "").slice(0, 300)} ${(r.stderr || "").slice(0, 300)}`,
    };
  }
  if (!report || !Array.isArray(report.results)) return { lines, error: "JSON output has no results[] array" };
  for (const res of report.results as ResultJson[]) {
    const line = res?.location?.line;
    if (typeof line !== "number" || !Number.isInteger(line)) {
      return { lines, error: `a result has no location.line: ${JSON.stringify(res).slice(0, 200)}` };
    }
    if (typeof res.verdict !== "string" || !(res.verdict in RANK)) {
      return { lines, error: `unknown verdict ${JSON.stringify(res.verdict)}` };
    }
    if (!lines.has(line)) lines.set(line, []);
    lines.get(line)!.push(res);
  }
  return { lines };
}

function judge(results: ResultJson[] | undefined, item: Item): Judgement {
  const verdict: Verdict = results && results.length
    ? results.reduce<Verdict>(
      (worst, r) => (RANK[r.verdict as Verdict] > RANK[worst] ? (r.verdict as Verdict) : worst),
      "match",
    )
    : "unverified";
  let ok = item.accept.includes(verdict);
  let why = ok ? "" : `verdict ${verdict}, expected ${item.accept.join("|")}`;
  if (ok && item.value && verdict !== "unverified") {
    const facts = (results || []).flatMap((r) => (r.checks || []).map((c) => c && c.fact).filter(Boolean));
    const text = JSON.stringify(facts).toLowerCase();
    if (!item.value.some((v) => text.includes(v.toLowerCase()))) {
      ok = false;
      why = `verdict ${verdict} but no cited fact contains ${item.value.join("|")}`;
    }
  }
  const critical = verdict === "match" && !item.accept.includes("match");
  const falseAlarm = (verdict === "mismatch" || verdict === "close") &&
    !item.accept.includes("mismatch") && !item.accept.includes("close");
  return { verdict, ok, why, critical, falseAlarm };
}

interface Scored {
  n: number;
  ok: number;
  critical: number;
  falseAlarm: number;
  byCat: Map<string, { n: number; ok: number }>;
  byLang: Map<string, { n: number; ok: number }>;
  failures: string[];
  criticals: string[];
}

function score(items: Item[], lines: Map<number, ResultJson[]>): Scored {
  const s: Scored = {
    n: 0, ok: 0, critical: 0, falseAlarm: 0, byCat: new Map(), byLang: new Map(), failures: [], criticals: [],
  };
  items.forEach((item, idx) => {
    const j = judge(lines.get(idx + 1), item);
    s.n++;
    if (j.ok) s.ok++;
    if (j.falseAlarm) s.falseAlarm++;
    for (const [map, key] of [[s.byCat, item.cat], [s.byLang, item.lang]] as const) {
      const c = map.get(key) ?? { n: 0, ok: 0 };
      c.n++;
      if (j.ok) c.ok++;
      map.set(key, c);
    }
    const label = `${item.id} [${item.cat}] "${item.claim}": ${j.why}`;
    if (j.critical) {
      s.critical++;
      s.criticals.push(`${label} [CRITICAL]`);
    }
    if (!j.ok) s.failures.push(`${label}${j.critical ? " [CRITICAL]" : ""}`);
  });
  return s;
}

function table(title: string, rows: Map<string, { n: number; ok: number }>): string {
  const out = [title];
  for (const [key, c] of [...rows.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const pct = c.n ? ((c.ok / c.n) * 100).toFixed(1) : "-";
    out.push(`  ${key.padEnd(12)} ${String(c.ok).padStart(4)}/${String(c.n).padEnd(4)} ${pct.padStart(6)}%`);
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Tests

const loaded = loadClaims();

describe("accuracy suite: labelled claims file", () => {
  it("every line parses and is well formed", () => {
    expect(loaded.problems, loaded.problems.join("\n")).toEqual([]);
  });

  it(`has at least ${MIN_CLAIMS} claims with unique ids`, () => {
    expect(loaded.items.length).toBeGreaterThanOrEqual(MIN_CLAIMS);
    const seen = new Map<string, number>();
    for (const i of loaded.items) seen.set(i.id, (seen.get(i.id) ?? 0) + 1);
    const dups = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    expect(dups, `duplicate ids: ${dups.join(", ")}`).toEqual([]);
    const claims = new Set(loaded.items.map((i) => i.claim));
    expect(claims.size, "duplicate claim texts").toBe(loaded.items.length);
  });

  it(`represents both languages (>= ${MIN_PER_LANG} claims each)`, () => {
    const en = loaded.items.filter((i) => i.lang === "en").length;
    const da = loaded.items.filter((i) => i.lang === "da").length;
    expect(en, "English claims").toBeGreaterThanOrEqual(MIN_PER_LANG);
    expect(da, "Danish claims").toBeGreaterThanOrEqual(MIN_PER_LANG);
  });

  it(`covers every category (>= ${MIN_PER_CATEGORY} claims each)`, () => {
    const counts = new Map<string, number>();
    for (const i of loaded.items) counts.set(i.cat, (counts.get(i.cat) ?? 0) + 1);
    const thin = CATEGORIES.filter((c) => (counts.get(c) ?? 0) < MIN_PER_CATEGORY)
      .map((c) => `${c}: ${counts.get(c) ?? 0}`);
    expect(thin, `categories with too few claims: ${thin.join(", ")}`).toEqual([]);
    const unknown = [...counts.keys()].filter((c) => !CATEGORIES.includes(c));
    expect(unknown, `unknown categories: ${unknown.join(", ")}`).toEqual([]);
  });
});

describe("accuracy suite: built CLI against labelled claims", () => {
  let run: Run = { lines: new Map(), error: "CLI not run" };
  let scored: Scored | undefined;

  beforeAll(() => {
    run = runCli(loaded.items);
    if (run.error) return;
    scored = score(loaded.items, run.lines);
    const s = scored;
    console.log(
      [
        table("accuracy by category:", s.byCat),
        table("accuracy by language:", s.byLang),
        `overall ${((s.ok / s.n) * 100).toFixed(1)}% (${s.ok}/${s.n}), ` +
          `critical ${s.critical}, false alarms ${s.falseAlarm}`,
        ...(s.failures.length ? ["failing claims:", ...s.failures.map((f) => `  ${f}`)] : []),
      ].join("\n"),
    );
  }, 120_000);

  it("runs and prints the documented JSON report", () => {
    expect(run.error, run.error).toBeUndefined();
  });

  it(`reaches overall accuracy >= ${MIN_ACCURACY}`, () => {
    expect(run.error, run.error).toBeUndefined();
    const s = scored!;
    const acc = s.ok / s.n;
    expect(
      acc,
      `accuracy ${(acc * 100).toFixed(1)}% (${s.ok}/${s.n}); failing claims:\n${s.failures.join("\n")}`,
    ).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it("never calls a wrong claim a match (no critical errors)", () => {
    expect(run.error, run.error).toBeUndefined();
    const s = scored!;
    expect(s.critical, `critical errors:\n${s.criticals.join("\n")}`).toBe(0);
  });
});
