// Writes dist/cli.cjs.cache (see bin/factcheck.js): runs the CLI once on the claims given as
// arguments, then saves V8's code for every function that run compiled. Run by scripts/build.mjs.
"use strict";
const { writeFileSync } = require("node:fs");
const { runBundle, BUNDLE } = require("../bin/factcheck.js");

const script = runBundle(BUNDLE, { useCache: false });
process.on("exit", () => writeFileSync(`${BUNDLE}.cache`, script.createCachedData()));
