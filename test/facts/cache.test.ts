// The fact-base cache: where it lives, when it is used, and that a changed, corrupt, truncated or
// foreign entry is never trusted.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheDir, cacheKey, decode, encode, loadWithCache } from "../../src/facts/cache.js";
import { loadFactBase } from "../../src/facts/index.js";
import { buildPostings } from "../../src/facts/term-index.js";
import type { FactBase } from "../../src/types.js";

const fixtures = join(import.meta.dirname, "..", "fixtures", "factbases");

describe("cacheDir", () => {
  it("is FACTCHECK_CACHE_DIR when set", () => {
    expect(cacheDir({ FACTCHECK_CACHE_DIR: "/x/y" }, "linux", "/home/u")).toBe("/x/y");
  });
  it("follows XDG_CACHE_HOME on Linux, ignoring a relative one", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/c" }, "linux", "/home/u")).toBe(join("/c", "factcheck"));
    expect(cacheDir({ XDG_CACHE_HOME: "rel" }, "linux", "/home/u")).toBe(join("/home/u", ".cache", "factcheck"));
    expect(cacheDir({}, "linux", "/home/u")).toBe(join("/home/u", ".cache", "factcheck"));
  });
  it("is ~/Library/Caches/factcheck on macOS", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/c" }, "darwin", "/Users/u")).toBe(join("/Users/u", "Library", "Caches", "factcheck"));
  });
});

describe("payload encoding", () => {
  it("round-trips JSON-like data, key order included", async () => {
    const fb = await loadFactBase([join(import.meta.dirname, "..", "..", "facts")]);
    const back = decode(encode(fb)) as FactBase;
    expect(JSON.stringify(back)).toBe(JSON.stringify(fb));
    const odd = { a: [1.5, -0, 2 ** 40, null, true, false, "é“x”"], b: { c: undefined, "__proto__x": 1 }, many: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, [String(i)]])) };
    expect(decode(encode(odd))).toEqual(odd);
  });
});

describe("loadWithCache", () => {
  let dir: string;
  let cache: string;
  let env: NodeJS.ProcessEnv;
  let builds: number;
  const load = async (paths: string[], e: NodeJS.ProcessEnv) => (await loadWithCache(paths, build, e)).factBase;
  const build = async (paths: string[]) => {
    builds++;
    return loadFactBase(paths);
  };
  const entries = () => readdirSync(cache).filter((n) => n.endsWith(".fcc"));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "factcheck-cache-test-"));
    cpSync(join(fixtures, "valid.yaml"), join(dir, "fb", "valid.yaml"));
    cpSync(join(fixtures, "sources"), join(dir, "fb", "sources"), { recursive: true });
    cache = join(dir, "cache");
    env = { FACTCHECK_CACHE_DIR: cache };
    builds = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("builds once, then loads the same fact base from the cache", async () => {
    const paths = [join(dir, "fb")];
    const first = await load(paths, env);
    expect(builds).toBe(1);
    expect(entries()).toHaveLength(1);
    const second = await load(paths, env);
    expect(builds).toBe(1);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect((await loadWithCache(paths, build, env)).postings).toEqual(buildPostings(first));
    expect(builds).toBe(1);
  });

  it("rebuilds when a YAML file or a referenced source text changes", async () => {
    const paths = [join(dir, "fb")];
    await load(paths, env);
    appendFileSync(join(dir, "fb", "valid.yaml"), "\n# a comment\n");
    await load(paths, env);
    expect(builds).toBe(2);
    await load(paths, env);
    expect(builds).toBe(2);
    const source = join(dir, "fb", "sources", "mini.txt");
    writeFileSync(source, readFileSync(source, "utf8") + "\nOne more paragraph.\n");
    const fb = await load(paths, env);
    expect(builds).toBe(3);
    expect(Object.values(fb.documents)[0].text).toContain("One more paragraph.");
  });

  it("rebuilds when a YAML file is added to a folder", async () => {
    const paths = [join(dir, "fb")];
    const before = await cacheKey(paths);
    await load(paths, env);
    writeFileSync(join(dir, "fb", "empty.yaml"), "");
    expect(await cacheKey(paths)).not.toBe(before);
    await load(paths, env);
    expect(builds).toBe(2);
  });

  it("never trusts a truncated, corrupt or foreign entry", async () => {
    const paths = [join(dir, "fb")];
    const good = await load(paths, env);
    const file = join(cache, entries()[0]);
    const bytes = readFileSync(file);
    const damaged = [
      bytes.subarray(0, bytes.length - 10), // truncated
      Buffer.concat([bytes.subarray(0, bytes.length - 5), Buffer.from([bytes[bytes.length - 5] ^ 0xff]), bytes.subarray(bytes.length - 4)]), // a flipped byte
      Buffer.from("not a cache file at all"),
      Buffer.alloc(0),
    ];
    for (const [i, b] of damaged.entries()) {
      writeFileSync(file, b);
      const fb = await load(paths, env);
      expect(builds).toBe(i + 2);
      expect(fb).toEqual(good);
    }
  });

  it("reports fact-base errors as usual and caches nothing", async () => {
    writeFileSync(join(dir, "fb", "broken.yaml"), "facts: [");
    await expect(load([join(dir, "fb")], env)).rejects.toThrow();
    expect(() => readdirSync(cache)).toThrow(); // never created
  });

  it("skips a cache directory that cannot be written, silently", async () => {
    writeFileSync(join(dir, "not-a-dir"), "");
    const fb = await load([join(dir, "fb")], { FACTCHECK_CACHE_DIR: join(dir, "not-a-dir", "cache") });
    expect(fb.facts.length).toBeGreaterThan(0);
  });

  it("is off with FACTCHECK_NO_CACHE=1", async () => {
    const paths = [join(dir, "fb")];
    await load(paths, { ...env, FACTCHECK_NO_CACHE: "1" });
    await load(paths, { ...env, FACTCHECK_NO_CACHE: "1" });
    expect(builds).toBe(2);
    expect(() => readdirSync(cache)).toThrow();
  });
});
