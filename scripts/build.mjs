// Build: bundle the CLI into dist/ with esbuild (one ESM entry, lazy chunks), then compile the
// shipped fact base (facts/) into dist/default-factbase.json so that checking a claim against it
// needs neither yaml nor zod at run time.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

const common = {
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  banner,
  define: { __FACTCHECK_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version) },
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
// The CLI is built on its own, so that code it shares with the worker or the fact compiler is not
// cut into extra chunks that every start-up must load: its chunks are only its lazy imports.
await build({ ...common, entryPoints: { cli: join(root, "src/cli.ts") } });
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
