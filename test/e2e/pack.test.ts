// The package as other repositories consume it: `npm pack`, install the tarball elsewhere
// (dependencies only, no dev dependencies), run `factcheck` with its default fact base.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run.js";

describe("npm pack", () => {
  it("installs as a dependency elsewhere and runs with its default fact base", { timeout: 240_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-pack-"));
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    // --ignore-scripts: dist/ is already built by `npm test`; packing must not rebuild it under the running tests.
    const out = execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8" });
    const [{ filename, files }] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    const paths = files.map((f) => f.path);
    expect(paths).toContain("bin/factcheck.js");
    expect(paths).toContain("dist/cli.cjs");
    expect(paths).toContain("dist/cli.cjs.cache");
    expect(paths).toContain("dist/default-factbase.json");
    expect(paths.some((p) => p.startsWith("facts/sources/"))).toBe(true);
    expect(paths.some((p) => p.startsWith("src/") || p.startsWith("test/"))).toBe(false);

    const project = join(dir, "newsroom");
    execFileSync("mkdir", ["-p", project]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "newsroom", version: "1.0.0", private: true }));
    execFileSync(npm, ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", join(dir, filename)], { cwd: project, stdio: "pipe" });
    expect(readdirSync(join(project, "node_modules"))).not.toContain("vitest");
    const bin = join(project, "node_modules", ".bin", "factcheck");
    const r = spawnSync(bin, ["--format", "json", "347 refugees crossed into Tajikistan", "Forty-four Danes died in Afghanistan."], { cwd: project, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ claims: 2, match: 2 });
    const draft = join(project, "draft.md");
    writeFileSync(draft, "# Draft\n\nThree babies died during the crossing.\n");
    const d = spawnSync(bin, ["--format", "unix", "draft.md"], { cwd: project, encoding: "utf8" });
    expect(d.status, d.stderr).toBe(1);
    expect(d.stdout).toMatch(/^draft\.md:3:1: mismatch: /);
  });
});
