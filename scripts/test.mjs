// `npm test`: the type check and the test suite side by side (vitest runs two workers, see
// vitest.config.ts; tsc shares the cores with them for its first seconds), after the build. Fails
// when either fails; arguments go to vitest (`npm test -- --reporter=json …`).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
/** A package's command-line script, as its package.json names it (the path npx would run). */
const bin = (pkg, name) => {
  const manifest = require.resolve(`${pkg}/package.json`);
  const field = JSON.parse(readFileSync(manifest, "utf8")).bin;
  return join(dirname(manifest), typeof field === "string" ? field : field[name]);
};
const run = (file, args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...args], { stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const [tsc, vitest] = await Promise.all([run(bin("typescript", "tsc"), ["--noEmit"]), run(bin("vitest", "vitest"), ["run", ...process.argv.slice(2)])]);
if (tsc !== 0) console.error("npm test: the type check failed");
process.exitCode = tsc || vitest;
