// Build: bundle the CLI into dist/ with esbuild (one ESM entry, lazy chunks), then compile the
// shipped fact base (facts/) into dist/default-factbase.json so that checking a claim against it
// needs neither yaml nor zod at run time.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { yamlEsbuildPlugin } from "./yaml-module.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// commander is CommonJS: give ESM output a real `require` for its node: built-ins.
const banner = {
  js: "import { createRequire as __fcCreateRequire } from 'node:module'; const require = __fcCreateRequire(import.meta.url);",
};

// The build's identity: a hash of every source file (code and language data). The fact-base cache
// keys on it, so that a rebuilt CLI never reuses facts loaded by another build of one version.
function sourceHash() {
  const h = createHash("sha256");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${p.slice(root.length)}\0`).update(readFileSync(p)).update("\0");
    }
  };
  walk(join(root, "src"));
  return h.digest("hex").slice(0, 16);
}

const common = {
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Node 20 has Unicode property escapes (/\p{Lu}/u); without this esbuild rewrites each such
  // literal as `new RegExp(...)`, which builds a new object at every call (once per word in a loop).
  supported: { "regexp-unicode-property-escapes": true },
  banner,
  define: {
    __FACTCHECK_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version),
    __FACTCHECK_BUILD__: JSON.stringify(sourceHash()),
  },
  // Chunks sit beside cli.js, so import.meta.url-relative paths (../facts) hold in every chunk.
  chunkNames: "chunk-[hash]",
  legalComments: "none",
  // Less source for V8 to scan at start-up; names are kept, so stack traces (FACTCHECK_DEBUG=1) stay readable.
  minifyWhitespace: !process.env.FACTCHECK_BUILD_READABLE,
  minifySyntax: !process.env.FACTCHECK_BUILD_READABLE,
  // FACTCHECK_BUILD_READABLE=1 npm run build: line numbers that a CPU profile can point at.
  logLevel: "warning",
  // The language packs (src/lang/*/pack.yaml) are compiled into the bundle as data.
  plugins: [yamlEsbuildPlugin()],
};
// commander requires node:child_process at load, for executable subcommands, which factcheck has
// none of; loading it (with net, dgram and streams) costs start-up time. Inside commander it becomes
// a module that loads child_process on first use.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-child-process" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, name) => require("node:child_process")[name] });',
      loader: "js",
    }));
  },
};

// chalk detects the terminal's colours when it loads (loading tty and net); factcheck always gives
// its Chalk instances a level of its own (colorLevel in src/commands/), so detection is left out.
const noColorDetection = {
  name: "no-color-detection",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: "supports-color", namespace: "no-color-detection" }));
    b.onLoad({ filter: /.*/, namespace: "no-color-detection" }, () => ({ contents: "export default { stdout: false, stderr: false };", loader: "js" }));
  },
};

// zod and yaml, three fifths of the CLI's code, are needed only for YAML the user gives (a config
// file, a fact base not yet cached, extract): each is its own file beside the bundle, required on
// first use, so that start-up neither reads nor compiles them.
const VENDORED = ["zod", "yaml"];
for (const pkg of VENDORED) {
  await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: root, loader: "js" },
    outfile: join(dist, `vendor-${pkg}.cjs`),
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    legalComments: "none",
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: "warning",
  });
}
const vendored = {
  name: "vendored",
  setup(b) {
    // A module of the bundle that requires the file: import() of it stays lazy, as for any bundled module.
    b.onResolve({ filter: new RegExp(`^(${VENDORED.join("|")})$`) }, (args) => ({ path: args.path, namespace: "vendored" }));
    b.onResolve({ filter: /^\.\/vendor-/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "vendored" }, (args) => ({ contents: `module.exports = require("./vendor-${args.path}.cjs");`, loader: "js" }));
  },
};

// The CLI is one CommonJS file, not ES modules: Node 20 can cache V8's compiled code only for
// scripts (node:vm), and one file is one read. Its lazy imports (markdown-it, zod, yaml, the
// formatters) are inlined but still run only when first needed. bin/factcheck.js loads it with the
// code cache written below.
await build({
  ...common,
  entryPoints: [join(root, "src/cli.ts")],
  outdir: undefined,
  outfile: join(dist, "cli.cjs"),
  splitting: false,
  format: "cjs",
  // The bundle finds its data files (dist/*.json, facts/) relative to itself.
  define: { ...common.define, "import.meta.url": "__fcModuleUrl" },
  banner: { js: "const __fcModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [...common.plugins, lazyChildProcess, noColorDetection, vendored],
});
// bin/factcheck.js compiles the bundle as a vm.Script, which has no loader for import(): every
// import must be bundled (esbuild turns import() of bundled code and of node: built-ins into require).
if (/\bimport\(/.test(readFileSync(join(dist, "cli.cjs"), "utf8"))) {
  process.stderr.write("build: dist/cli.cjs still calls import(); import the module statically or bundle it\n");
  process.exit(1);
}
await build({
  ...common,
  entryPoints: {
    worker: join(root, "src/worker.ts"),
    "compile-facts": join(root, "src/facts/compile.ts"),
    "compile-lexicon": join(root, "src/facts/lexicon-source.ts"),
  },
});

// The built-in lexicon, tokenised, stemmed and sorted into look-up tables now, so that start-up
// reads them and parses nothing (src/facts/lexicon.ts).
const { compileLexicon, lexiconTables, tableFiles, LANGS } = await import(pathToFileURL(join(dist, "compile-lexicon.js")).href);
const tables = lexiconTables(compileLexicon(join(root, "src", "lang"), LANGS));
for (const [name, table] of [["phrases", tables.phrases], ["concepts", tables.concepts]]) {
  const files = tableFiles(table);
  writeFileSync(join(dist, `lexicon-${name}.keys`), files.keys);
  writeFileSync(join(dist, `lexicon-${name}.idx`), files.offsets);
  writeFileSync(join(dist, `lexicon-${name}.json`), files.values);
}
rmSync(join(dist, "compile-lexicon.js"));

const { compileFactBase } = await import(pathToFileURL(join(dist, "compile-facts.js")).href);
const factBase = await compileFactBase([join(root, "facts")]);
writeFileSync(join(dist, "default-factbase.json"), JSON.stringify(factBase));
rmSync(join(dist, "compile-facts.js"));

// V8's compiled code for the CLI, from one training run of a claim in each language against the
// shipped base (what a single claim needs at start-up, and no more: a bigger cache is slower to
// read). Written last, after everything the run reads; bin/factcheck.js ignores it if it is older
// than the bundle or from another Node version.
const training = spawnSync(process.execPath, [join(root, "scripts", "code-cache.cjs"), "12 people were injured in 2020.", "Omkring 40 procent af de 1.200 ansatte stemte ja."], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, NO_COLOR: "1", FACTCHECK_NO_CACHE: "1" },
});
if (training.status !== 0 && training.status !== 1) {
  process.stderr.write(`build: the code-cache run failed (exit ${training.status}):\n${training.stderr}`);
  process.exit(1);
}
