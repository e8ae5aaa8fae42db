// `npm install` must be quiet: every dependency with an install script is covered by
// package.json's allowScripts (npm 11 warns about the others, npm 12 skips their scripts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run.js";

describe("npm install", () => {
  it("every package with an install script is approved or denied in allowScripts", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { allowScripts?: Record<string, boolean> };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== "" && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(withScripts.length).toBeGreaterThan(0); // esbuild has one: the check must see it
    const covered = (name: string) => Object.keys(pkg.allowScripts ?? {}).some((k) => k === name || k.startsWith(`${name}@`));
    expect(withScripts.filter((name) => !covered(name))).toEqual([]);
  });
});
