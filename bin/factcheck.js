#!/usr/bin/env node
// Entry point. The whole CLI is one CommonJS bundle, dist/cli.cjs, built by `npm install`
// (prepare). The build also ran it once and saved V8's compiled code beside it
// (dist/cli.cjs.cache): reading that is faster than parsing a megabyte of JavaScript at every
// start. V8 rejects a cache from another Node version (the bundle is then compiled as usual); one
// written well before the bundle is not used at all, since V8 checks only the length of the source.
"use strict";
const { readFileSync, statSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = join(__dirname, "..", "dist", "cli.cjs");

// No inlining in optimised code. Checking keeps meeting new object shapes for a while, so V8
// throws away and re-optimises the large frame and matching functions several times; with
// inlining each re-optimisation took up to a quarter of a second of the other core. Without it
// a megabyte of drafts took about a fifth less CPU time and 15% less time (hyperfine, 6 runs).
// Set before anything is compiled: V8 keys the code cache to its flags.
require("node:v8").setFlagsFromString("--no-turbo-inlining");
const STALE_GRACE_MS = 5000;

/** The bundle compiled (with its code cache when that is usable), not yet run. */
function compileBundle(file = BUNDLE, { useCache = true } = {}) {
  let source;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`factcheck: ${file} is missing: run \`npm run build\` (or \`npm install\`) first\n`);
    process.exit(2);
  }
  let cachedData;
  if (useCache) {
    try {
      // (a copy may write the cache a moment before the bundle: a few seconds' grace)
      if (statSync(`${file}.cache`).mtimeMs >= statSync(file).mtimeMs - STALE_GRACE_MS) cachedData = readFileSync(`${file}.cache`);
    } catch {
      // No cache: compile.
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  return new Script(wrapped, { filename: file, cachedData });
}

/** Compiles and runs the bundle; returns its Script (scripts/code-cache.cjs saves its code). */
function runBundle(file = BUNDLE, options = {}) {
  const script = compileBundle(file, options);
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dirname(file));
  return script;
}

if (require.main === module) runBundle();
module.exports = { BUNDLE, compileBundle, runBundle };
