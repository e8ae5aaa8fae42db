#!/usr/bin/env node
// npm run bench [-- --quick] — performance benchmark of the built CLI (run `npm run build` first).
//
//   1. start-up: one claim against the shipped fact base vs `node -e 0` (hyperfine if installed)
//   2. drafts: a generated corpus of Markdown drafts (English and Danish), --jobs 1 and --jobs 2
//   3. fact-base scale: generated fact bases (load cold and warm, time per claim, peak RSS)
//   4. the floor for 2: reading the same files and running only markdown-it
//
// No network; every input is generated from a seeded PRNG (bench/gen.mjs) into bench/corpus/
// (git-ignored). Each figure is a median over repeated runs; each timing is also given as a ratio
// to a baseline measured in the same run. Prints a Markdown table and writes bench/results.json
// (--quick: smaller sizes, fewer runs, written to bench/corpus/results-quick.json).
//
// The CLI is run from a snapshot of dist/ (copied at start) so that a rebuild during the run
// cannot change what is measured; --live runs bin/factcheck.js in place.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { claimsFor, writeCorpus, writeFactBase } from "../bench/gen.mjs";
import { yamlEsbuildPlugin } from "./yaml-module.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const live = argv.includes("--live");
const outFile = quick ? join(root, "bench", "corpus", "results-quick.json") : join(root, "bench", "results.json");
const corpus = join(root, "bench", "corpus");
mkdirSync(corpus, { recursive: true });

const plan = quick
  ? { startupRuns: 10, corpusBytes: 1_000_000, draftRuns: 1, sizes: [100, 1_000, 10_000], coldRuns: 1, warmRuns: 3, claims: 1_000 }
  : { startupRuns: 30, corpusBytes: 10_000_000, draftRuns: 3, sizes: [100, 10_000, 100_000], coldRuns: 2, warmRuns: 5, claims: 2_000 };

const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(d)));

// ---------------------------------------------------------------------------------------------
// The CLI under test

let cliRoot = root;
let snapshot = null;
if (!live) {
  if (!existsSync(join(root, "dist", "cli.js"))) {
    console.error("bench: dist/cli.js is missing: run `npm run build` first");
    process.exit(2);
  }
  snapshot = mkdtempSync(join(tmpdir(), "factcheck-bench-"));
  for (const p of ["dist", "bin", "facts", "package.json"]) cpSync(join(root, p), join(snapshot, p), { recursive: true });
  cliRoot = snapshot;
}
const CLI = join(cliRoot, "bin", "factcheck.js");
const node = process.execPath;
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const cacheRoot = mkdtempSync(join(tmpdir(), "factcheck-bench-cache-"));
const baseEnv = { ...process.env, NO_COLOR: "1", FACTCHECK_CACHE_DIR: join(cacheRoot, "warm") };
delete baseEnv.FACTCHECK_NO_CACHE;
delete baseEnv.FACTCHECK_FACTS;

/** Runs a command once: wall seconds, exit status, stdout, stderr, peak RSS in MB (when measurable). */
function run(cmd, args, { input, env = baseEnv, rss = false } = {}) {
  const useTime = rss && TIME;
  const [c, a] = useTime ? [TIME, ["-f", "__MAXRSS__=%M", cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(c, a, { input, env, maxBuffer: 1 << 30, cwd: root, encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let maxRss = null;
  let stderr = r.stderr ?? "";
  if (useTime) {
    const m = /__MAXRSS__=(\d+)/.exec(stderr);
    if (m) maxRss = Number(m[1]) / 1024;
    stderr = stderr.replace(/__MAXRSS__=\d+\n?/, "");
  }
  if (r.error) throw r.error;
  return { seconds, status: r.status, stdout: r.stdout ?? "", stderr, maxRss };
}

/** Median wall time over `runs` runs (after one warm-up run unless warmup is 0). */
function timeIt(cmd, args, runs, opts = {}, warmup = 1) {
  for (let i = 0; i < warmup; i++) run(cmd, args, opts);
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = run(cmd, args, opts);
    times.push(last.seconds);
  }
  return { median: median(times), runs, last };
}

function hasHyperfine() {
  try {
    return spawnSync("hyperfine", ["--version"], { encoding: "utf8" }).status === 0;
  } catch {
    return false;
  }
}

/**
 * An in-process probe (bundled from src/ with esbuild, the CLI's own version string, so it shares
 * the CLI's cache entries): loads a fact base, then checks the claims of a file three times and
 * reports the median time per claim, free of process start-up noise. Null when it cannot be built.
 */
let probeScript;
async function inProcessProbe() {
  if (probeScript !== undefined) return probeScript;
  probeScript = null;
  try {
    const { build } = await import("esbuild");
    const entry = join(corpus, "probe-entry.ts");
    writeFileSync(
      entry,
      `import { readFileSync } from "node:fs";
import { loadFacts } from ${JSON.stringify(join(root, "src", "load-facts.ts"))};
import { Checker } from ${JSON.stringify(join(root, "src", "pipeline.ts"))};
const [factsDir, claimsFile] = process.argv.slice(2);
const t0 = performance.now();
const { factBase, index } = await loadFacts([factsDir]);
const loadMs = performance.now() - t0;
const checker = new Checker(factBase, index, { judge: { tolerance: 0.1, closeTolerance: 0.05 } });
const lines = readFileSync(claimsFile, "utf8").split("\\n").filter(Boolean);
const passes = [];
let results = 0;
for (let pass = 0; pass < 3; pass++) {
  const t = performance.now();
  results = 0;
  lines.forEach((text, i) => { results += checker.checkBlock({ text, spans: [{ offset: 0, line: i + 1, column: 1 }] }, "-").length; });
  passes.push((performance.now() - t) / lines.length);
}
passes.sort((a, b) => a - b);
console.log(JSON.stringify({ loadMs, perClaimUs: passes[1] * 1000, claims: lines.length, results, rssMB: process.memoryUsage().rss / 1048576 }));
`,
    );
    const out = join(cacheRoot, "probe.mjs");
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "silent",
      define: { __FACTCHECK_VERSION__: JSON.stringify(version) },
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      plugins: [yamlEsbuildPlugin()],
    });
    probeScript = out;
  } catch (e) {
    log(`in-process probe unavailable: ${String(e?.errors?.[0]?.text ?? e?.message ?? e).split("\n")[0]}`);
  }
  return probeScript;
}

const shellQuote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

// ---------------------------------------------------------------------------------------------
// Machine

const cpuModel = (() => {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1].trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? "unknown";
})();
const machine = {
  cpu: cpuModel,
  cores: availableParallelism(),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  hyperfine: hasHyperfine() ? spawnSync("hyperfine", ["--version"], { encoding: "utf8" }).stdout.trim() : null,
  loadAverage: (() => {
    try {
      return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
    } catch {
      return null;
    }
  })(),
};
log(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}${quick ? " (quick)" : ""}`);

const results = { machine, quick, generatedAt: new Date().toISOString(), startup: null, drafts: null, floor: null, factbases: [], targets: [] };

// ---------------------------------------------------------------------------------------------
// 1. Start-up: one claim with the shipped fact base vs `node -e 0`

{
  log("start-up");
  const claim = "347 refugees crossed into Tajikistan";
  let base;
  let one;
  let tool = "spawnSync loop";
  if (machine.hyperfine) {
    tool = machine.hyperfine;
    const json = join(cacheRoot, "hyperfine.json");
    const r = spawnSync(
      "hyperfine",
      ["-N", "--warmup", "3", "--runs", String(plan.startupRuns), "--export-json", json, "--style", "none", `${shellQuote(node)} -e 0`, `${shellQuote(node)} ${shellQuote(CLI)} ${shellQuote(claim)}`],
      { env: baseEnv, cwd: root, encoding: "utf8" },
    );
    if (r.status === 0) {
      const out = JSON.parse(readFileSync(json, "utf8")).results;
      base = out[0].median;
      one = out[1].median;
    } else {
      log(`hyperfine failed (${r.stderr.trim().split("\n").pop()}); timing with spawnSync`);
      tool = "spawnSync loop";
    }
  }
  if (base === undefined) {
    base = timeIt(node, ["-e", "0"], plan.startupRuns, {}, 3).median;
    one = timeIt(node, [CLI, claim], plan.startupRuns, {}, 3).median;
  }
  results.startup = { tool, runs: plan.startupRuns, nodeNoop: round(base, 4), singleClaim: round(one, 4), ratio: round(one / base, 2) };
}

// ---------------------------------------------------------------------------------------------
// 2 + 4. Drafts and the markdown-it floor

{
  const dir = join(corpus, `drafts-${plan.corpusBytes}`);
  log(`drafts: generating ${(plan.corpusBytes / 1e6).toFixed(0)} MB of Markdown in ${dir}`);
  const { files, bytes } = writeCorpus(dir, plan.corpusBytes);
  const mb = bytes / 1e6;

  // The floor: the same files read and parsed by markdown-it, configured as src/input/markdown.ts does.
  const floorScript = join(cacheRoot, "floor.mjs");
  writeFileSync(
    floorScript,
    `import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(join(root, "package.json"))});
const MarkdownIt = require("markdown-it");
const md = new MarkdownIt("commonmark", { html: true }).enable("table");
md.core.ruler.disable(["inline", "text_join"]);
md.normalizeLink = (u) => u; md.normalizeLinkText = (u) => u; md.validateLink = () => true;
const dir = process.argv[2];
let tokens = 0;
for (const f of readdirSync(dir).sort()) tokens += md.parse(readFileSync(join(dir, f), "utf8"), {}).length;
console.log(tokens);
`,
  );
  const floor = timeIt(node, [floorScript, dir], plan.draftRuns);
  results.floor = { seconds: round(floor.median, 4), mbPerSecond: round(mb / floor.median, 2), runs: floor.runs, note: "markdown-it as src/input/markdown.ts configures it (commonmark, html: true, tables; inline rule off), process wall time" };

  const count = run(node, [CLI, "--jobs", "1", "--format", "json", dir]);
  let jobsSupported = !/unknown option '--jobs'/.test(count.stderr);
  const countArgs = jobsSupported ? [CLI, "--jobs", "1", "--format", "json", dir] : [CLI, "--format", "json", dir];
  const counted = jobsSupported ? count : run(node, countArgs);
  let claims = null;
  try {
    claims = JSON.parse(counted.stdout).summary.claims;
  } catch {
    log(`drafts: could not read the JSON summary (exit ${counted.status}): ${counted.stderr.trim().split("\n")[0]}`);
  }
  log(`drafts: ${files} files, ${mb.toFixed(2)} MB, ${claims} claims`);
  const single = timeIt(node, countArgs, plan.draftRuns, {}, 0);
  let jobs2 = null;
  if (jobsSupported) {
    const t = timeIt(node, [CLI, "--jobs", "2", "--format", "json", dir], plan.draftRuns, {}, 0);
    if (/unknown option/.test(t.last.stderr)) jobsSupported = false;
    else jobs2 = t.median;
  }
  results.drafts = {
    files,
    bytes,
    claims,
    runs: plan.draftRuns,
    jobs1: { seconds: round(single.median, 3), mbPerSecond: round(mb / single.median, 2), claimsPerSecond: claims && round(claims / single.median, 0), ratioToFloor: round(single.median / floor.median, 2) },
    jobs2: jobs2 === null ? "n/a (no --jobs yet)" : { seconds: round(jobs2, 3), mbPerSecond: round(mb / jobs2, 2), claimsPerSecond: claims && round(claims / jobs2, 0), speedup: round(single.median / jobs2, 2) },
    jobsOptionSupported: jobsSupported,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Fact-base scale

for (const n of plan.sizes) {
  const dir = join(corpus, `factbase-${n}`);
  log(`fact base of ${n.toLocaleString("en-US")} facts: generating`);
  const documents = writeFactBase(dir, n);
  const bytes = readdirSync(join(dir, "regions")).reduce((s, f) => s + statSync(join(dir, "regions", f)).size, statSync(join(dir, "vocabulary.yaml")).size);
  const claimsFile = join(dir, "..", `claims-${plan.claims}.txt`);
  writeFileSync(claimsFile, claimsFor(plan.claims).join("\n") + "\n");
  const claimsInput = readFileSync(claimsFile, "utf8");
  const probe = "In 2001, 100 civilians were killed in Quorvania.";
  const args = (...more) => [CLI, "--facts", dir, "--format", "json", ...more];

  // Cold: an empty cache directory each run (so the cache is written, as on a first run).
  const coldTimes = [];
  let coldRss = null;
  for (let i = 0; i < plan.coldRuns; i++) {
    const env = { ...baseEnv, FACTCHECK_CACHE_DIR: join(cacheRoot, `cold-${n}-${i}`) };
    log(`fact base of ${n}: cold load ${i + 1}/${plan.coldRuns}`);
    const r = run(node, args(probe), { env, rss: true });
    if (r.status !== 0 && r.status !== 1) throw new Error(`factcheck failed on the generated fact base: ${r.stderr}`);
    coldTimes.push(r.seconds);
    coldRss = Math.max(coldRss ?? 0, r.maxRss ?? 0) || null;
  }
  // Warm: the cache filled by a first run.
  const warmEnv = { ...baseEnv, FACTCHECK_CACHE_DIR: join(cacheRoot, `warm-${n}`) };
  run(node, args(probe), { env: warmEnv });
  log(`fact base of ${n}: warm load and ${plan.claims} claims`);
  const warm = timeIt(node, args(probe), plan.warmRuns, { env: warmEnv });
  const many = timeIt(node, args(), plan.warmRuns, { env: warmEnv, input: claimsInput });
  let verdicts = null;
  try {
    verdicts = JSON.parse(many.last.stdout).summary;
  } catch {
    log(`fact base of ${n}: could not read the JSON summary: ${many.last.stderr.trim().split("\n")[0]}`);
  }
  const rssRun = run(node, args(), { env: warmEnv, input: claimsInput, rss: true });
  const perClaim = (many.median - warm.median) / (plan.claims - 1);
  let inProcess = null;
  const probeFile = await inProcessProbe();
  if (probeFile) {
    const r = run(node, [probeFile, dir, claimsFile], { env: warmEnv });
    try {
      inProcess = JSON.parse(r.stdout);
    } catch {
      log(`fact base of ${n}: in-process probe failed: ${r.stderr.trim().split("\n")[0]}`);
    }
  }
  results.factbases.push({
    facts: n,
    documents,
    yamlBytes: bytes,
    coldLoadSeconds: round(median(coldTimes), 3),
    coldRuns: coldTimes.length,
    warmLoadSeconds: round(warm.median, 4),
    warmRuns: plan.warmRuns,
    claims: plan.claims,
    claimsRunSeconds: round(many.median, 4),
    perClaimMicroseconds: round(perClaim * 1e6, 1),
    inProcess: inProcess && { loadMs: round(inProcess.loadMs, 1), perClaimMicroseconds: round(inProcess.perClaimUs, 1), claims: inProcess.claims },
    verdicts,
    peakRssMB: { cold: round(coldRss, 1), warmWithClaims: round(rssRun.maxRss, 1) },
  });
}

// ---------------------------------------------------------------------------------------------
// Targets and the table

const fb = results.factbases;
const smallest = fb[0];
const largest = fb[fb.length - 1];
const d = results.drafts;
const target = (name, value, goal, met) => results.targets.push({ name, value, goal, met });
target("single claim vs node -e 0", `${results.startup.ratio}×`, "≤ 1.5×", results.startup.ratio <= 1.5);
target("drafts, single process", `${d.jobs1.mbPerSecond} MB/s`, "≥ 5 MB/s", d.jobs1.mbPerSecond >= 5);
target("drafts vs markdown-it floor", `${d.jobs1.ratioToFloor}×`, "≤ 2×", d.jobs1.ratioToFloor <= 2);
target("--jobs 2 speed-up", typeof d.jobs2 === "string" ? d.jobs2 : `${d.jobs2.speedup}×`, "≥ 1.6×", typeof d.jobs2 === "string" ? null : d.jobs2.speedup >= 1.6);
target(`cached load of ${largest.facts.toLocaleString("en-US")} facts (process wall time, one claim)`, `${Math.round(largest.warmLoadSeconds * 1000)} ms`, "< 500 ms", largest.warmLoadSeconds < 0.5);
const scale = largest.perClaimMicroseconds / smallest.perClaimMicroseconds;
target(`time per claim at ${largest.facts.toLocaleString("en-US")} vs ${smallest.facts} facts (CLI, stdin, minus load)`, `${round(scale, 2)}×`, "≤ 2×", scale <= 2);
if (largest.inProcess && smallest.inProcess) {
  const r = largest.inProcess.perClaimMicroseconds / smallest.inProcess.perClaimMicroseconds;
  target(`time per claim at ${largest.facts.toLocaleString("en-US")} vs ${smallest.facts} facts (in-process)`, `${round(r, 2)}×`, "≤ 2×", r <= 2);
}
target(`peak RSS at ${largest.facts.toLocaleString("en-US")} facts (warm, ${plan.claims} claims)`, `${largest.peakRssMB.warmWithClaims} MB`, "< 500 MB", largest.peakRssMB.warmWithClaims !== null && largest.peakRssMB.warmWithClaims < 500);

const ms = (s) => `${(s * 1000).toFixed(s < 1 ? 1 : 0)} ms`;
const lines = [];
lines.push(`## factcheck benchmark${quick ? " (quick)" : ""}`, "");
lines.push(`Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}; load average at start ${machine.loadAverage?.join(" ") ?? "n/a"}. Medians; ratios against a baseline measured in the same run.`, "");
lines.push("| benchmark | result | baseline | ratio |", "|---|---|---|---|");
const s = results.startup;
lines.push(`| 1. single claim, shipped fact base (${s.tool}, ${s.runs} runs) | ${ms(s.singleClaim)} | \`node -e 0\` ${ms(s.nodeNoop)} | ${s.ratio}× |`);
lines.push(`| 2. drafts, --jobs 1 (${d.files} files, ${(d.bytes / 1e6).toFixed(1)} MB, ${d.claims} claims) | ${d.jobs1.seconds} s: ${d.jobs1.mbPerSecond} MB/s, ${d.jobs1.claimsPerSecond} claims/s | floor ${results.floor.seconds} s (${results.floor.mbPerSecond} MB/s) | ${d.jobs1.ratioToFloor}× floor |`);
if (typeof d.jobs2 === "string") lines.push(`| 2. drafts, --jobs 2 | ${d.jobs2} | | |`);
else lines.push(`| 2. drafts, --jobs 2 | ${d.jobs2.seconds} s: ${d.jobs2.mbPerSecond} MB/s, ${d.jobs2.claimsPerSecond} claims/s | --jobs 1 ${d.jobs1.seconds} s | ${d.jobs2.speedup}× faster |`);
lines.push(`| 4. floor: read + markdown-it only | ${results.floor.seconds} s: ${results.floor.mbPerSecond} MB/s | | |`);
for (const f of fb) {
  const label = `3. ${f.facts.toLocaleString("en-US")} facts (${f.documents} docs, ${(f.yamlBytes / 1e6).toFixed(1)} MB YAML)`;
  lines.push(`| ${label}: load cold (${f.coldRuns} run${f.coldRuns > 1 ? "s" : ""}) | ${f.coldLoadSeconds} s | \`node -e 0\` ${ms(s.nodeNoop)} | ${round(f.coldLoadSeconds / s.nodeNoop, 1)}× |`);
  lines.push(`| ${label}: load warm (cache) | ${ms(f.warmLoadSeconds)} | \`node -e 0\` ${ms(s.nodeNoop)} | ${round(f.warmLoadSeconds / s.nodeNoop, 1)}× |`);
  lines.push(`| ${label}: per claim (${f.claims} on stdin, minus load) | ${f.perClaimMicroseconds} µs | ${smallest.facts} facts ${smallest.perClaimMicroseconds} µs | ${round(f.perClaimMicroseconds / smallest.perClaimMicroseconds, 2)}× |`);
  if (f.inProcess && smallest.inProcess) lines.push(`| ${label}: per claim, in-process (load ${f.inProcess.loadMs} ms) | ${f.inProcess.perClaimMicroseconds} µs | ${smallest.facts} facts ${smallest.inProcess.perClaimMicroseconds} µs | ${round(f.inProcess.perClaimMicroseconds / smallest.inProcess.perClaimMicroseconds, 2)}× |`);
  lines.push(`| ${label}: peak RSS | warm ${f.peakRssMB.warmWithClaims ?? "n/a"} MB, cold ${f.peakRssMB.cold ?? "n/a"} MB | | |`);
}
lines.push("", "| target | measured | goal | met |", "|---|---|---|---|");
for (const t of results.targets) lines.push(`| ${t.name} | ${t.value} | ${t.goal} | ${t.met === null ? "n/a" : t.met ? "yes" : "no"} |`);
const table = lines.join("\n");
results.table = table;
console.log(table);
writeFileSync(outFile, JSON.stringify(results, null, 2) + "\n");
log(`wrote ${outFile}`);

rmSync(cacheRoot, { recursive: true, force: true });
if (snapshot) rmSync(snapshot, { recursive: true, force: true });
