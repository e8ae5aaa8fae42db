#!/usr/bin/env node
// npm run bench [-- --quick] [-- --corpus DIR] — performance benchmark of the built CLI (run
// `npm run build` first).
//
//   1. start-up: one claim against the shipped fact base vs `node -e 0` (hyperfine if installed)
//   2. drafts: a generated corpus of Markdown drafts (English and Danish), --jobs 1 and --jobs 2:
//      MB/s, the speed-up, µs per claim (CPU time of the --jobs 1 process / claims), peak RSS;
//      with --corpus DIR the same on a folder of drafts made elsewhere
//   3. fact-base scale: generated fact bases (load cold and warm, time per claim, peak RSS)
//   4. the floor for 2: reading the same files and running only markdown-it
//   5. one draft of the corpus's size (the drafts concatenated) in each output format: peak RSS
//   6. complexity: t(8n)/t(n) for inputs that grow in one dimension (in-process, CPU time)
//
// No network; every input is generated from a seeded PRNG (bench/gen.mjs) into bench/corpus/
// (git-ignored). Each figure is a median over repeated runs; each timing is also given as a ratio
// to a baseline measured in the same run. Prints two Markdown tables (measurements, targets) and
// writes bench/results.json (--quick: smaller sizes, fewer runs, written to
// bench/corpus/results-quick.json).
//
// The CLI is run from a snapshot of dist/ (copied at start) so that a rebuild during the run
// cannot change what is measured; --live runs bin/factcheck.js in place.
import { spawnSync } from "node:child_process";
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { claimsFor, claimsWithoutPlace, longLine, manyFigures, numberWords, wrappedParagraph, writeCorpus, writeFactBase, writeSingleDraft } from "../bench/gen.mjs";
import { yamlEsbuildPlugin } from "./yaml-module.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const live = argv.includes("--live");
const externalCorpus = (() => {
  const i = argv.indexOf("--corpus");
  if (i < 0) return null;
  const dir = argv[i + 1];
  if (!dir || dir.startsWith("--") || !existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`bench: --corpus needs a folder of Markdown drafts (got ${JSON.stringify(dir ?? "")})`);
    process.exit(2);
  }
  return resolve(dir);
})();
const outFile = quick ? join(root, "bench", "corpus", "results-quick.json") : join(root, "bench", "results.json");
const corpus = join(root, "bench", "corpus");
mkdirSync(corpus, { recursive: true });

const plan = quick
  ? {
      startupRuns: 10,
      corpusBytes: 500_000,
      draftRuns: 1,
      sizes: [100, 1_000, 10_000],
      coldRuns: 1,
      warmRuns: 3,
      claims: 300,
      // complexity: n per input (and 8n), warm-up runs of n, runs at n and at 8n (medians), passes over the claims for (e)
      cx: { figures: 100, words: 1_000, lines: 500, lineBytes: 125_000, facts: 625, warmups: 2, smallRuns: 3, largeRuns: 1, passes: 3, claims: 50 },
    }
  : {
      startupRuns: 30,
      corpusBytes: 10_000_000,
      draftRuns: 3,
      sizes: [100, 10_000, 100_000],
      coldRuns: 2,
      warmRuns: 5,
      claims: 2_000,
      cx: { figures: 100, words: 1_000, lines: 2_000, lineBytes: 500_000, facts: 1_250, warmups: 3, smallRuns: 7, largeRuns: 3, passes: 5, claims: 200 },
    };
const FORMATS = ["text", "json", "unix", "github", "sarif"];
const RSS_GOAL_MB = 300;

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
  if (!existsSync(join(root, "dist", "cli.cjs"))) {
    console.error("bench: dist/cli.cjs is missing: run `npm run build` first");
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

// Without /usr/bin/time, a Node child reports its own resource usage (all its threads) at exit.
const rusageHook = join(cacheRoot, "rusage-hook.mjs");
writeFileSync(
  rusageHook,
  `import { isMainThread } from "node:worker_threads";
import { writeSync } from "node:fs";
if (isMainThread) process.on("exit", () => {
  const u = process.resourceUsage();
  writeSync(2, \`__RUSAGE__ 0 \${u.userCPUTime / 1e6} \${u.systemCPUTime / 1e6} \${u.maxRSS}\\n\`);
});
`,
);

/**
 * Runs a command once: wall seconds, CPU seconds (user + system, every thread), peak RSS in MB,
 * exit status, stdout (unless it went to `stdoutFile`) and stderr. CPU and RSS come from
 * /usr/bin/time, or for a Node child without it from process.resourceUsage() at its exit.
 */
function run(cmd, args, { input, env = baseEnv, stdoutFile, timeout } = {}) {
  let c = cmd;
  let a = args;
  if (TIME) [c, a] = [TIME, ["-f", "__RUSAGE__ %e %U %S %M", cmd, ...args]];
  else if (cmd === node) a = ["--import", pathToFileURL(rusageHook).href, ...args];
  const fd = stdoutFile ? openSync(stdoutFile, "w") : null;
  const t0 = process.hrtime.bigint();
  let r;
  try {
    r = spawnSync(c, a, { input, env, maxBuffer: 1 << 30, cwd: root, encoding: "utf8", timeout, stdio: [input === undefined ? "ignore" : "pipe", fd ?? "pipe", "pipe"] });
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let stderr = r.stderr ?? "";
  let cpuSeconds = null;
  let maxRss = null;
  const m = /__RUSAGE__ ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\n?/.exec(stderr);
  if (m) {
    cpuSeconds = Number(m[2]) + Number(m[3]);
    maxRss = Number(m[4]) / 1024;
    stderr = stderr.replace(m[0], "");
  }
  const timedOut = r.error?.code === "ETIMEDOUT";
  if (r.error && !timedOut) throw r.error;
  return { seconds, cpuSeconds, status: r.status, stdout: r.stdout ?? "", stderr, maxRss, timedOut };
}

/** Median wall and CPU time over `runs` runs (after one warm-up run unless warmup is 0); the highest peak RSS. */
function timeIt(cmd, args, runs, opts = {}, warmup = 1) {
  for (let i = 0; i < warmup; i++) run(cmd, args, opts);
  const times = [];
  const cpu = [];
  let rss = null;
  let last;
  for (let i = 0; i < runs; i++) {
    last = run(cmd, args, opts);
    times.push(last.seconds);
    if (last.cpuSeconds !== null) cpu.push(last.cpuSeconds);
    if (last.maxRss !== null) rss = Math.max(rss ?? 0, last.maxRss);
  }
  return { median: median(times), cpu: cpu.length ? median(cpu) : null, maxRss: rss, runs, last };
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
 * the CLI's cache entries), free of process start-up noise. It is written beside a copy of dist/
 * so that it finds the built lexicon tables and the compiled shipped fact base as the CLI does.
 *
 *   claims FACTS FILE PASSES: loads a fact base ("shipped": the shipped one), then checks each line
 *     of FILE as a claim, PASSES times; the median time per claim (wall and CPU).
 *   file FACTS FILE RUNS [WARMUP [W]]: checks the draft FILE as the CLI does (read, Markdown,
 *     claims, verdicts; no report) RUNS times, after checking WARMUP W times (default 1) so that
 *     the JIT has settled; each run's wall and CPU ms.
 *
 * Run with --expose-gc: a collection before each timed pass, so that one pass's garbage is not
 * collected in the next. Null when it cannot be built.
 */
let probeScript;
async function inProcessProbe() {
  if (probeScript !== undefined) return probeScript;
  probeScript = null;
  try {
    const { build } = await import("esbuild");
    const src = (p) => JSON.stringify(join(root, "src", p));
    const entry = join(corpus, "probe-entry.ts");
    writeFileSync(
      entry,
      `import { readFileSync } from "node:fs";
import { loadFacts } from ${src("load-facts.ts")};
import { Checker } from ${src("pipeline.ts")};
import { readInputFile } from ${src("input/files.ts")};
import { checkFileInput } from ${src("check-files.ts")};
const [mode, factsDir, file, runsArg, warmup, warmupRunsArg] = process.argv.slice(2);
const runs = Number(runsArg);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
// CPU time of this (the main) thread where Linux gives it: not the JIT's and GC's helper threads,
// and not the time other jobs on a busy machine hold the core; else the process's CPU time.
const threadStat = \`/proc/self/task/\${process.pid}/schedstat\`;
const clock = (() => { try { return Number(readFileSync(threadStat, "utf8").split(" ")[0]) > 0 ? "main-thread CPU" : "process CPU"; } catch { return "process CPU"; } })();
const cpuMs = clock === "main-thread CPU" ? () => Number(readFileSync(threadStat, "utf8").split(" ")[0]) / 1e6 : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const t0 = performance.now();
const { factBase, index } = await loadFacts(factsDir === "shipped" ? [] : [factsDir]);
const loadMs = performance.now() - t0;
const checker = new Checker(factBase, index, { judge: { tolerance: 0.1, closeTolerance: 0.05 } });
if (mode === "claims") {
  const lines = readFileSync(file, "utf8").split("\\n").filter(Boolean);
  const wall: number[] = [];
  const cpu: number[] = [];
  let results = 0;
  for (let pass = 0; pass < runs; pass++) {
    gc();
    const t = performance.now();
    const c = cpuMs();
    results = 0;
    lines.forEach((text, i) => { results += checker.checkBlock({ text, spans: [{ offset: 0, line: i + 1, column: 1 }] }, "-").length; });
    cpu.push((cpuMs() - c) / lines.length);
    wall.push((performance.now() - t) / lines.length);
  }
  console.log(JSON.stringify({ clock, loadMs, perClaimUs: med(wall) * 1000, perClaimCpuUs: med(cpu) * 1000, claims: lines.length, results, rssMB: process.memoryUsage().rss / 1048576 }));
} else {
  const options = { inlineConfig: true, reportUnused: false };
  const once = async (f: string) => checkFileInput(checker, await readInputFile(f), options).results.length;
  for (let i = 0; warmup && i < Number(warmupRunsArg ?? 1); i++) await once(warmup);
  const wallMs: number[] = [];
  const cpu: number[] = [];
  let claims = 0;
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    const c = cpuMs();
    claims = await once(file);
    cpu.push(cpuMs() - c);
    wallMs.push(performance.now() - t);
  }
  console.log(JSON.stringify({ clock, loadMs, wallMs, cpuMs: cpu, claims, rssMB: process.memoryUsage().rss / 1048576 }));
}
`,
    );
    // Beside the CLI's dist/ (a copy with --live, so that nothing is written into dist/).
    let dist = join(cliRoot, "dist");
    if (live) {
      dist = join(cacheRoot, "probe-dist");
      cpSync(join(root, "dist"), dist, { recursive: true });
    }
    const out = join(dist, "bench-probe.mjs");
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // (as scripts/build.mjs: Unicode property escapes stay regular-expression literals)
      supported: { "regexp-unicode-property-escapes": true },
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

/** Runs the probe; its JSON output, or null (logged) when it fails or times out. */
function runProbe(args, { env = baseEnv, timeout, label }) {
  const r = run(node, ["--expose-gc", probeScript, ...args], { env, timeout });
  if (r.timedOut) {
    log(`${label}: timed out after ${timeout / 1000} s`);
    return { timedOut: true, seconds: r.seconds };
  }
  try {
    return JSON.parse(r.stdout);
  } catch {
    log(`${label}: in-process probe failed (exit ${r.status}): ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
    return null;
  }
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

const results = {
  machine,
  quick,
  generatedAt: new Date().toISOString(),
  startup: null,
  drafts: null,
  externalDrafts: null,
  floor: null,
  singleDraft: null,
  complexity: [],
  factbases: [],
  targets: [],
  earlierTargets: [],
};

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
// 2 + 4. Drafts (the generated corpus, and --corpus DIR) and the markdown-it floor

/** The drafts the CLI checks in a folder (.md, .markdown, .txt, recursively): count and bytes. */
function draftBytes(dir) {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(?:md|markdown|txt)$/i.test(e.name)) continue;
    files++;
    bytes += statSync(join(e.parentPath ?? e.path, e.name)).size;
  }
  return { files, bytes };
}

/**
 * Checks the drafts of `dir` with --jobs 1 and with --jobs 2 (the report, JSON, written to a file):
 * wall and CPU time (user + system, every thread), MB/s, µs per claim (CPU time of the whole
 * --jobs 1 process, start-up and fact loading included, divided by the claims), peak RSS.
 */
function measureDrafts(dir, label) {
  const { files, bytes } = draftBytes(dir);
  const mb = bytes / 1e6;
  const report = join(cacheRoot, "drafts-report.json");
  const args = (jobs) => [CLI, "--jobs", String(jobs), "--format", "json", dir];
  // A first run (not timed) fills the page cache and counts the claims.
  const first = run(node, args(1), { stdoutFile: report });
  let claims = null;
  try {
    claims = JSON.parse(readFileSync(report, "utf8")).summary.claims;
  } catch {
    log(`${label}: could not read the JSON summary (exit ${first.status}): ${first.stderr.trim().split("\n")[0]}`);
  }
  log(`${label}: ${files} files, ${mb.toFixed(2)} MB, ${claims} claims; --jobs 1 and --jobs 2, ${plan.draftRuns} run(s) each`);
  const j1 = timeIt(node, args(1), plan.draftRuns, { stdoutFile: report }, 0);
  const j2 = timeIt(node, args(2), plan.draftRuns, { stdoutFile: report }, 0);
  for (const t of [j1, j2]) if (t.last.status !== 0 && t.last.status !== 1) log(`${label}: exit ${t.last.status}: ${t.last.stderr.trim().split("\n")[0]}`);
  rmSync(report, { force: true });
  const side = (t) => ({
    seconds: round(t.median, 3),
    cpuSeconds: round(t.cpu, 3),
    mbPerSecond: round(mb / t.median, 2),
    mbPerCpuSecond: t.cpu ? round(mb / t.cpu, 2) : null,
    claimsPerSecond: claims && round(claims / t.median, 0),
    peakRssMB: round(t.maxRss, 1),
  });
  return {
    dir,
    files,
    bytes,
    claims,
    runs: plan.draftRuns,
    jobs1: { ...side(j1), usPerClaimCpu: claims && j1.cpu ? round((j1.cpu / claims) * 1e6, 1) : null, usPerClaimWall: claims && round((j1.median / claims) * 1e6, 1) },
    jobs2: { ...side(j2), speedup: round(j1.median / j2.median, 2) },
  };
}

{
  const dir = join(corpus, `drafts-${plan.corpusBytes}`);
  log(`drafts: generating ${(plan.corpusBytes / 1e6).toFixed(1)} MB of Markdown in ${dir}`);
  writeCorpus(dir, plan.corpusBytes);
  const { bytes } = draftBytes(dir);

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
  results.floor = { seconds: round(floor.median, 4), mbPerSecond: round(bytes / 1e6 / floor.median, 2), runs: floor.runs, note: "markdown-it as src/input/markdown.ts configures it (commonmark, html: true, tables; inline rule off), process wall time" };

  results.drafts = measureDrafts(dir, "drafts");
  results.drafts.dir = `bench/corpus/drafts-${plan.corpusBytes}`;
  results.drafts.jobs1.ratioToFloor = round(results.drafts.jobs1.seconds / floor.median, 2);
}
if (externalCorpus) results.externalDrafts = measureDrafts(externalCorpus, `drafts in ${externalCorpus}`);

// ---------------------------------------------------------------------------------------------
// 5. One draft as large as the corpus, in each output format: peak RSS

{
  const file = join(corpus, `single-${plan.corpusBytes}.md`);
  const bytes = writeSingleDraft(file, plan.corpusBytes);
  const out = join(cacheRoot, "single-report");
  const formats = [];
  for (const format of FORMATS) {
    log(`one draft of ${(bytes / 1e6).toFixed(1)} MB: --format ${format}`);
    const r = run(node, [CLI, "--format", format, file], { stdoutFile: out });
    if (r.status !== 0 && r.status !== 1) log(`one draft, --format ${format}: exit ${r.status}: ${r.stderr.trim().split("\n")[0]}`);
    formats.push({ format, status: r.status, seconds: round(r.seconds, 2), cpuSeconds: round(r.cpuSeconds, 2), peakRssMB: round(r.maxRss, 1), reportBytes: statSync(out).size });
  }
  rmSync(out, { force: true });
  results.singleDraft = { file: `bench/corpus/single-${plan.corpusBytes}.md`, bytes, jobs: `default (${machine.cores}, one per core)`, report: "to a file", formats };
}

// ---------------------------------------------------------------------------------------------
// 6. Complexity: t(8n) / t(n), in-process (the probe), CPU time of the main thread; medians of a
// few runs after a few warm-up runs of the smaller input

{
  const cx = plan.cx;
  const dir = join(corpus, "complexity");
  mkdirSync(dir, { recursive: true });
  const timeout = (quick ? 180 : 900) * 1000;
  const probe = await inProcessProbe();
  const cases = [
    { id: "a", input: "one sentence with N figures (“347 refugees crossed into Tajikistan and ” × N)", unit: "figures", n: cx.figures, make: manyFigures },
    { id: "b", input: "one sentence of N number words (“one two three … ”)", unit: "words", n: cx.words, make: numberWords },
    { id: "c", input: "a Markdown paragraph hard-wrapped at 72 columns, N lines", unit: "lines", n: cx.lines, make: wrappedParagraph },
    { id: "d", input: "a single line of N bytes of prose with figures", unit: "bytes", n: cx.lineBytes, make: longLine },
  ];
  const summary = (r, runs) => (r && !r.timedOut ? { cpuMs: round(median(r.cpuMs), 2), wallMs: round(median(r.wallMs), 2), runs, claims: r.claims, clock: r.clock } : r?.timedOut ? { timedOut: true, afterSeconds: round(r.seconds, 0) } : null);
  for (const c of probe ? cases : []) {
    const small = join(dir, `${c.id}-${c.n}.md`);
    const large = join(dir, `${c.id}-${8 * c.n}.md`);
    writeFileSync(small, c.make(c.n));
    writeFileSync(large, c.make(8 * c.n));
    log(`complexity (${c.id}): ${c.n} vs ${8 * c.n} ${c.unit}`);
    const s = summary(runProbe(["file", "shipped", small, String(cx.smallRuns), small, String(cx.warmups)], { timeout, label: `complexity (${c.id}) at ${c.n}` }), cx.smallRuns);
    const l = summary(runProbe(["file", "shipped", large, String(cx.largeRuns), small, String(cx.warmups)], { timeout, label: `complexity (${c.id}) at ${8 * c.n}` }), cx.largeRuns);
    results.complexity.push({
      id: c.id,
      input: c.input,
      unit: c.unit,
      n: c.n,
      bytes: [statSync(small).size, statSync(large).size],
      small: s,
      large: l,
      ratio: s?.cpuMs && l?.cpuMs ? round(l.cpuMs / s.cpuMs, 2) : null,
      ratioWall: s?.wallMs && l?.wallMs ? round(l.wallMs / s.wallMs, 2) : null,
      lowerBound: s?.cpuMs && l?.timedOut ? round((l.afterSeconds * 1000) / s.cpuMs, 0) : null,
    });
  }
  // (e) Facts sharing one subject and one event, a claim naming no place: time per claim.
  if (probe) {
    const claimsFile = join(dir, `claims-no-place-${cx.claims}.txt`);
    writeFileSync(claimsFile, claimsWithoutPlace(cx.claims).join("\n") + "\n");
    const per = {};
    for (const n of [cx.facts, 8 * cx.facts]) {
      const base = join(corpus, `factbase-one-indicator-${n}`);
      log(`complexity (e): ${n.toLocaleString("en-US")} facts about civilians killed, ${cx.claims} claims naming no place`);
      writeFactBase(base, n, { indicators: 1 });
      const env = { ...baseEnv, FACTCHECK_CACHE_DIR: join(cacheRoot, `one-indicator-${n}`) };
      const r = runProbe(["claims", base, claimsFile, String(cx.passes)], { env, timeout, label: `complexity (e) at ${n} facts` });
      per[n] = r && !r.timedOut ? { cpuUs: round(r.perClaimCpuUs, 1), wallUs: round(r.perClaimUs, 1), passes: cx.passes, claims: r.claims, results: r.results, loadMs: round(r.loadMs, 0), clock: r.clock } : r?.timedOut ? { timedOut: true } : null;
    }
    const s = per[cx.facts];
    const l = per[8 * cx.facts];
    results.complexity.push({
      id: "e",
      input: "facts sharing one subject and one event (civilians killed, 25 years per region), claims naming no place: time per claim",
      unit: "facts",
      n: cx.facts,
      claims: cx.claims,
      small: s,
      large: l,
      ratio: s?.cpuUs && l?.cpuUs ? round(l.cpuUs / s.cpuUs, 2) : null,
      ratioWall: s?.wallUs && l?.wallUs ? round(l.wallUs / s.wallUs, 2) : null,
    });
  }
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
    const r = run(node, args(probe), { env });
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
  const perClaim = (many.median - warm.median) / (plan.claims - 1);
  const inProcess = (await inProcessProbe()) ? runProbe(["claims", dir, claimsFile, "3"], { env: warmEnv, label: `fact base of ${n}` }) : null;
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
    inProcess: inProcess && !inProcess.timedOut ? { loadMs: round(inProcess.loadMs, 1), perClaimMicroseconds: round(inProcess.perClaimUs, 1), perClaimCpuMicroseconds: round(inProcess.perClaimCpuUs, 1), claims: inProcess.claims } : null,
    verdicts,
    peakRssMB: { cold: round(coldRss, 1), warmWithClaims: round(many.maxRss, 1) },
  });
}

// ---------------------------------------------------------------------------------------------
// Targets and the tables

const yesNo = (met) => (met === null || met === undefined ? "n/a" : met ? "yes" : "no");
const d = results.drafts;
const x = results.externalDrafts;
const corpora = [
  { label: `generated ${(d.bytes / 1e6).toFixed(1)} MB corpus`, r: d },
  ...(x ? [{ label: `${x.dir} (${(x.bytes / 1e6).toFixed(1)} MB)`, r: x }] : []),
];
const target = (name, value, goal, met) => results.targets.push({ name, value, goal, met });
for (const { label, r } of corpora) {
  target(`drafts, single process (--jobs 1), ${label}`, `${r.jobs1.mbPerSecond} MB/s wall (${r.jobs1.mbPerCpuSecond} MB per CPU-second)`, "≥ 5 MB/s", r.jobs1.mbPerSecond >= 5);
}
for (const { label, r } of corpora) target(`--jobs 2 speed-up (wall), ${label}`, `${r.jobs2.speedup}×`, "≥ 1.6×", r.jobs2.speedup >= 1.6);
for (const { label, r } of corpora) {
  target(`time per claim, ${label} (CPU time of the --jobs 1 process / claims)`, `${r.jobs1.usPerClaimCpu} µs (wall: ${r.jobs1.usPerClaimWall} µs)`, "≤ 20 µs", r.jobs1.usPerClaimCpu === null ? null : r.jobs1.usPerClaimCpu <= 20);
}
target("start-up: single claim vs node -e 0", `${results.startup.ratio}×`, "≤ 1.5×", results.startup.ratio <= 1.5);
const unitLabel = (c, n) => (c.unit === "bytes" ? `${n / 1e6} MB` : `${n.toLocaleString("en-US")} ${c.unit}`);
for (const c of results.complexity) {
  const value = c.ratio !== null ? `${c.ratio}×` : c.lowerBound ? `> ${c.lowerBound}× (8n timed out)` : "n/a (failed)";
  target(`complexity (${c.id}) t(8n)/t(n), ${unitLabel(c, 8 * c.n)} vs ${unitLabel(c, c.n)}`, value, "≤ 12", c.ratio !== null ? c.ratio <= 12 : c.lowerBound ? false : null);
}
for (const f of results.singleDraft.formats) {
  target(`peak RSS, one ${(results.singleDraft.bytes / 1e6).toFixed(1)} MB draft, --format ${f.format}`, `${f.peakRssMB} MB`, `≤ ${RSS_GOAL_MB} MB`, f.peakRssMB === null ? null : f.peakRssMB <= RSS_GOAL_MB);
}
target(`peak RSS, ${corpora[0].label}, --jobs 1, JSON`, `${d.jobs1.peakRssMB} MB`, `≤ ${RSS_GOAL_MB} MB`, d.jobs1.peakRssMB === null ? null : d.jobs1.peakRssMB <= RSS_GOAL_MB);

// Targets of earlier work, still measured.
const fb = results.factbases;
const smallest = fb[0];
const largest = fb[fb.length - 1];
const earlier = (name, value, goal, met) => results.earlierTargets.push({ name, value, goal, met });
earlier("drafts vs markdown-it floor", `${d.jobs1.ratioToFloor}×`, "≤ 2×", d.jobs1.ratioToFloor <= 2);
earlier(`cached load of ${largest.facts.toLocaleString("en-US")} facts (process wall time, one claim)`, `${Math.round(largest.warmLoadSeconds * 1000)} ms`, "< 500 ms", largest.warmLoadSeconds < 0.5);
const scale = largest.perClaimMicroseconds / smallest.perClaimMicroseconds;
earlier(`time per claim at ${largest.facts.toLocaleString("en-US")} vs ${smallest.facts} facts (CLI, stdin, minus load)`, `${round(scale, 2)}×`, "≤ 2×", scale <= 2);
if (largest.inProcess && smallest.inProcess) {
  const r = largest.inProcess.perClaimMicroseconds / smallest.inProcess.perClaimMicroseconds;
  earlier(`time per claim at ${largest.facts.toLocaleString("en-US")} vs ${smallest.facts} facts (in-process)`, `${round(r, 2)}×`, "≤ 2×", r <= 2);
}
earlier(`peak RSS at ${largest.facts.toLocaleString("en-US")} facts (warm, ${plan.claims} claims)`, `${largest.peakRssMB.warmWithClaims} MB`, "< 500 MB", largest.peakRssMB.warmWithClaims !== null && largest.peakRssMB.warmWithClaims < 500);

const ms = (s) => `${(s * 1000).toFixed(s < 1 ? 1 : 0)} ms`;
const lines = [];
lines.push(`## factcheck benchmark${quick ? " (quick)" : ""}`, "");
lines.push(
  `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}; load average at start ${machine.loadAverage?.join(" ") ?? "n/a"}. Medians; ratios against a baseline measured in the same run. CPU = user + system time of the process, all threads (rows 2, 5); rows 6 are in-process (the checker without start-up or report), timed by the CPU time of the main thread (without the JIT's and GC's helper threads and the time other jobs hold the core), warm-up runs first.`,
  "",
);
lines.push("| benchmark | result | baseline | ratio |", "|---|---|---|---|");
const s = results.startup;
lines.push(`| 1. single claim, shipped fact base (${s.tool}, ${s.runs} runs) | ${ms(s.singleClaim)} | \`node -e 0\` ${ms(s.nodeNoop)} | ${s.ratio}× |`);
for (const [i, { label, r }] of corpora.entries()) {
  const desc = `${label}, ${r.files} files, ${r.claims} claims, ${r.runs} run${r.runs > 1 ? "s" : ""}`;
  const floorCell = i === 0 ? `floor ${results.floor.seconds} s (${results.floor.mbPerSecond} MB/s)` : "";
  const floorRatio = i === 0 ? `${d.jobs1.ratioToFloor}× floor` : "";
  lines.push(
    `| 2. drafts --jobs 1, ${desc} | ${r.jobs1.seconds} s wall, ${r.jobs1.cpuSeconds} s CPU: ${r.jobs1.mbPerSecond} MB/s (${r.jobs1.mbPerCpuSecond} MB/CPU-s), ${r.jobs1.claimsPerSecond} claims/s; ${r.jobs1.usPerClaimCpu} µs CPU per claim (${r.jobs1.usPerClaimWall} µs wall); peak RSS ${r.jobs1.peakRssMB} MB | ${floorCell} | ${floorRatio} |`,
  );
  lines.push(`| 2. drafts --jobs 2, ${label} | ${r.jobs2.seconds} s wall, ${r.jobs2.cpuSeconds} s CPU: ${r.jobs2.mbPerSecond} MB/s, ${r.jobs2.claimsPerSecond} claims/s; peak RSS ${r.jobs2.peakRssMB} MB | --jobs 1 ${r.jobs1.seconds} s | ${r.jobs2.speedup}× faster |`);
}
lines.push(`| 4. floor: read + markdown-it only | ${results.floor.seconds} s: ${results.floor.mbPerSecond} MB/s | | |`);
const sd = results.singleDraft;
for (const f of sd.formats) {
  lines.push(`| 5. one ${(sd.bytes / 1e6).toFixed(1)} MB draft, --format ${f.format} (default --jobs) | ${f.seconds} s wall, ${f.cpuSeconds} s CPU; peak RSS ${f.peakRssMB} MB; report ${(f.reportBytes / 1e6).toFixed(1)} MB | goal ${RSS_GOAL_MB} MB | ${round(f.peakRssMB / RSS_GOAL_MB, 2)}× goal |`);
}
for (const c of results.complexity) {
  if (c.id === "e") {
    const cell = (v) => (v ? (v.timedOut ? "timed out" : `${v.cpuUs} µs ${v.clock} (${v.wallUs} µs wall)`) : "failed");
    lines.push(`| 6. complexity (e) per claim, ${(8 * c.n).toLocaleString("en-US")} facts, one subject + event, no place (${c.claims} claims × ${c.large?.passes ?? "?"} passes) | ${cell(c.large)} | ${c.n.toLocaleString("en-US")} facts: ${cell(c.small)} | ${c.ratio ?? "n/a"}× |`);
    continue;
  }
  const cell = (v) => (v ? (v.timedOut ? `timed out after ${v.afterSeconds} s` : `${v.cpuMs} ms ${v.clock} (${v.wallMs} ms wall, ${v.claims} claims, median of ${v.runs})`) : "failed");
  lines.push(`| 6. complexity (${c.id}) ${c.input}: N = ${unitLabel(c, 8 * c.n)} | ${cell(c.large)} | N = ${unitLabel(c, c.n)}: ${cell(c.small)} | ${c.ratio !== null ? `${c.ratio}×` : c.lowerBound ? `> ${c.lowerBound}×` : "n/a"} |`);
}
for (const f of fb) {
  const label = `3. ${f.facts.toLocaleString("en-US")} facts (${f.documents} docs, ${(f.yamlBytes / 1e6).toFixed(1)} MB YAML)`;
  lines.push(`| ${label}: load cold (${f.coldRuns} run${f.coldRuns > 1 ? "s" : ""}) | ${f.coldLoadSeconds} s | \`node -e 0\` ${ms(s.nodeNoop)} | ${round(f.coldLoadSeconds / s.nodeNoop, 1)}× |`);
  lines.push(`| ${label}: load warm (cache) | ${ms(f.warmLoadSeconds)} | \`node -e 0\` ${ms(s.nodeNoop)} | ${round(f.warmLoadSeconds / s.nodeNoop, 1)}× |`);
  lines.push(`| ${label}: per claim (${f.claims} on stdin, minus load) | ${f.perClaimMicroseconds} µs | ${smallest.facts} facts ${smallest.perClaimMicroseconds} µs | ${round(f.perClaimMicroseconds / smallest.perClaimMicroseconds, 2)}× |`);
  if (f.inProcess && smallest.inProcess) lines.push(`| ${label}: per claim, in-process (load ${f.inProcess.loadMs} ms) | ${f.inProcess.perClaimMicroseconds} µs | ${smallest.facts} facts ${smallest.inProcess.perClaimMicroseconds} µs | ${round(f.inProcess.perClaimMicroseconds / smallest.inProcess.perClaimMicroseconds, 2)}× |`);
  lines.push(`| ${label}: peak RSS | warm ${f.peakRssMB.warmWithClaims ?? "n/a"} MB, cold ${f.peakRssMB.cold ?? "n/a"} MB | | |`);
}
lines.push("", "### targets", "", "| target | measured | goal | met |", "|---|---|---|---|");
for (const t of results.targets) lines.push(`| ${t.name} | ${t.value} | ${t.goal} | ${yesNo(t.met)} |`);
const met = results.targets.filter((t) => t.met === true).length;
lines.push("", `${met} of ${results.targets.length} targets met.`);
lines.push("", "### earlier targets", "", "| target | measured | goal | met |", "|---|---|---|---|");
for (const t of results.earlierTargets) lines.push(`| ${t.name} | ${t.value} | ${t.goal} | ${yesNo(t.met)} |`);
const table = lines.join("\n");
results.table = table;
console.log(table);
writeFileSync(outFile, JSON.stringify(results, null, 2) + "\n");
log(`wrote ${outFile}`);

rmSync(cacheRoot, { recursive: true, force: true });
if (snapshot) rmSync(snapshot, { recursive: true, force: true });
