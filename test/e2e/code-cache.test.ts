// The start-up path (bin/factcheck.js): the bundle is compiled with the V8 code cache the build
// wrote, a stale cache is not used, and a missing bundle is a one-line error.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../hardening/helpers.js";
import { BIN, factcheck, ROOT } from "./run.js";

interface Loader {
  BUNDLE: string;
  compileBundle(file?: string, options?: { useCache?: boolean }): { cachedDataRejected?: boolean };
}
const loader = createRequire(import.meta.url)(BIN) as Loader;

describe("code cache", () => {
  it("the build's cache is accepted by this Node", () => {
    expect(loader.BUNDLE).toBe(join(ROOT, "dist", "cli.cjs"));
    // false: the cache was given and used; undefined would mean no cache was given at all.
    expect(loader.compileBundle().cachedDataRejected).toBe(false);
  });

  it("a cache written well before the bundle is not used", () => {
    const dir = tempDir("factcheck-code-cache-");
    const file = join(dir, "cli.cjs");
    copyFileSync(loader.BUNDLE, file);
    copyFileSync(`${loader.BUNDLE}.cache`, `${file}.cache`);
    expect(loader.compileBundle(file).cachedDataRejected).toBe(false);
    // a copy that wrote the cache a moment before the bundle keeps it
    const bundleTime = statSync(file).mtime;
    utimesSync(`${file}.cache`, new Date(bundleTime.getTime() - 1000), new Date(bundleTime.getTime() - 1000));
    expect(loader.compileBundle(file).cachedDataRejected).toBe(false);
    utimesSync(`${file}.cache`, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(loader.compileBundle(file).cachedDataRejected).toBeUndefined();
  });

  it("a missing bundle is a one-line error, exit 2", () => {
    const dir = tempDir("factcheck-no-bundle-");
    mkdirSync(join(dir, "bin"));
    copyFileSync(BIN, join(dir, "bin", "factcheck.js"));
    copyFileSync(join(ROOT, "bin", "package.json"), join(dir, "bin", "package.json"));
    const r = spawnSync(process.execPath, [join(dir, "bin", "factcheck.js"), "12 people"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^factcheck: .*cli\.cjs is missing: run `npm run build`.*\n$/);
  });

  it("the bundle colours by factcheck's own rule (chalk's terminal detection is left out of it)", () => {
    expect(factcheck(["347 refugees crossed into Tajikistan"], { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[");
    expect(factcheck(["347 refugees crossed into Tajikistan"]).stdout).not.toContain("\u001b[");
  });
});
