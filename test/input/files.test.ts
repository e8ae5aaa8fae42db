import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  compileIgnore,
  expandDrafts,
  expandPaths,
  globToRegExp,
  kindOf,
  looksLikeFile,
  matchesGlob,
  readInputFile,
  textFromBytes,
  textFromString,
} from "../../src/input/files.js";
import { positionAt } from "../../src/text/positions.js";
import { UserError } from "../../src/types.js";

const DRAFTS = join(import.meta.dirname, "../fixtures/drafts");
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "factcheck-files-"));
  const put = (path: string, content: string | Uint8Array): void => {
    mkdirSync(join(tmp, path, ".."), { recursive: true });
    writeFileSync(join(tmp, path), content);
  };
  put("binary.txt", new Uint8Array([0x34, 0x37, 0x00, 0x01, 0x02]));
  put("latin1.md", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x32])); // "Café 12" in Latin-1
  put("late-nul.txt", `${"a 1\n".repeat(3000)}\u0000`); // a NUL after the first 8 KB: still text
  for (const f of ["b.md", "a.txt", "Z.md", "é.md", "c.bin", "notes/z.md", "notes/x.markdown", "notes/old/y.md", "notes/old/y.txt", "node_modules/m.md", ".git/g.md", "drafts-old/d.md", "README.MD"]) {
    put(`tree/${f}`, "1 cat\n");
  }
  symlinkSync(join(tmp, "tree/notes"), join(tmp, "tree/notes/loop"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error("no error");
}

describe("readInputFile", () => {
  it("reads Markdown by extension and plain text otherwise", async () => {
    const md = await readInputFile(join(DRAFTS, "en-report.md"), "drafts/en-report.md");
    expect(md).toMatchObject({ name: "drafts/en-report.md", kind: "markdown" });
    expect(md.notices).toEqual([]);
    expect(md.blocks.length).toBeGreaterThan(5);

    const txt = await readInputFile(join(DRAFTS, "en-notes.txt"));
    expect(txt.name).toBe(join(DRAFTS, "en-notes.txt"));
    expect(txt.kind).toBe("text");
    const hello = txt.blocks.find((b) => b.text.startsWith("Hello"))!;
    expect(hello).toEqual({ text: "Hello 347 refugees arrived in August.", spans: [{ offset: 0, line: 3, column: 1 }] });
    expect(kindOf("a/B.MARKDOWN")).toBe("markdown");
    expect(kindOf("notes")).toBe("text");
  });

  it("plain text: a BOM is dropped, CRLF lines keep their numbers, every line is a block", async () => {
    const { blocks } = await readInputFile(join(DRAFTS, "da-noter.txt"));
    const b = blocks.find((x) => x.text.includes("347"))!;
    expect(b.text.startsWith("Mindst")).toBe(true);
    expect(positionAt(b.text, b.spans, b.text.indexOf("347"))).toEqual({ line: 1, column: 8 });
    const last = blocks.find((x) => x.text.includes("800"))!;
    expect(positionAt(last.text, last.spans, last.text.indexOf("800"))).toEqual({ line: 5, column: 11 });
    expect(blocks.every((x) => !x.text.includes("\r"))).toBe(true);
  });

  it("skips a binary file with a notice; reads invalid UTF-8 as U+FFFD, with a notice at the first bad byte", async () => {
    expect(await readInputFile(join(tmp, "binary.txt"), "binary.txt")).toEqual({
      name: "binary.txt",
      kind: "text",
      blocks: [],
      directives: [],
      notices: [{ kind: "skipped", file: "binary.txt", message: "skipped: binary file" }],
    });
    const latin1 = await readInputFile(join(tmp, "latin1.md"), "latin1.md");
    expect(latin1.blocks.map((b) => b.text)).toEqual(["Caf\uFFFD 12"]);
    expect(latin1.notices).toEqual([{ kind: "encoding", file: "latin1.md", line: 1, column: 4, message: "not valid UTF-8: invalid bytes are read as U+FFFD" }]);
    // NUL bytes past the first 8 KB do not make a file binary
    const late = await readInputFile(join(tmp, "late-nul.txt"));
    expect(late.notices).toEqual([]);
    expect(late.blocks[0].text).toBe("a 1");
  });

  it("refuses what is not a regular file, and a file over the size limit", async () => {
    if (process.platform !== "win32") {
      const dev = await userError(readInputFile("/dev/zero", "/dev/zero"));
      expect(dev.format()).toBe("/dev/zero: is a character device, not a draft file");
    }
    const big = await userError(readInputFile(join(tmp, "late-nul.txt"), "late-nul.txt", { maxBytes: 1000 }));
    expect(big.format()).toBe("late-nul.txt: larger than 1000 bytes; raise the limit with --max-file-size");
    expect((await readInputFile(join(tmp, "late-nul.txt"), "late-nul.txt", { maxBytes: 20_000 })).blocks.length).toBe(3001);
  });

  it("a missing file is a UserError", async () => {
    const err = await userError(readInputFile(join(tmp, "nope.md"), "nope.md"));
    expect(err.message).toBe("no such file");
    expect(err.format()).toBe("nope.md: no such file");
  });

  it("textFromString gives the same result as a file", async () => {
    const text = (await import("node:fs")).readFileSync(join(DRAFTS, "en-report.md"), "utf8");
    const fromString = await textFromString(text, "-", "markdown");
    const fromFile = await readInputFile(join(DRAFTS, "en-report.md"), "-");
    expect(fromString).toEqual(fromFile);
    const bytes = (await import("node:fs")).readFileSync(join(DRAFTS, "en-report.md"));
    expect(await textFromBytes(bytes, "-", "markdown")).toEqual(fromFile);
    const plain = await textFromString("\uFEFF12 cats\n# factcheck-disable-next-line\n13 dogs", "notes.txt", "text");
    expect(plain.blocks.map((b) => b.text)).toEqual(["12 cats", "13 dogs"]);
    expect(plain.directives.map((d) => [d.kind, d.fromLine])).toEqual([["disable-next-line", 3]]);
  });
});

describe("expandPaths", () => {
  const expand = (args: string[], ignore: string[] = []): Promise<string[]> => expandPaths(args, { ignore, cwd: tmp });

  it("walks folders in sorted order, for .md, .markdown and .txt, skipping .git and node_modules", async () => {
    expect(await expand(["tree"])).toEqual([
      "tree/README.MD",
      "tree/Z.md",
      "tree/a.txt",
      "tree/b.md",
      "tree/drafts-old/d.md",
      "tree/notes/old/y.md",
      "tree/notes/old/y.txt",
      "tree/notes/x.markdown",
      "tree/notes/z.md",
      "tree/é.md",
    ]);
  });

  it("keeps the arguments' order, lists a file once, and takes named files of any extension", async () => {
    expect(await expand(["tree/b.md", "tree/notes/", "tree/c.bin", "tree/notes/z.md", "./tree/b.md"])).toEqual([
      "tree/b.md",
      "tree/notes/old/y.md",
      "tree/notes/old/y.txt",
      "tree/notes/x.markdown",
      "tree/notes/z.md",
      "tree/c.bin",
    ]);
    expect(await expandPaths(["b.md", "."], { ignore: [], cwd: join(tmp, "tree") })).toEqual([
      "b.md",
      "./README.MD",
      "./Z.md",
      "./a.txt",
      "./drafts-old/d.md",
      "./notes/old/y.md",
      "./notes/old/y.txt",
      "./notes/x.markdown",
      "./notes/z.md",
      "./é.md",
    ]);
  });

  it("leaves out paths matching the ignore globs", async () => {
    const all = await expand(["tree"]);
    const without = async (...globs: string[]): Promise<string[]> => {
      const kept = await expand(["tree"], globs);
      return all.filter((f) => !kept.includes(f));
    };
    expect(await without("tree/notes/old/**")).toEqual(["tree/notes/old/y.md", "tree/notes/old/y.txt"]);
    expect(await without("tree/notes")).toEqual(["tree/notes/old/y.md", "tree/notes/old/y.txt", "tree/notes/x.markdown", "tree/notes/z.md"]);
    expect(await without("**/*.txt")).toEqual(["tree/a.txt", "tree/notes/old/y.txt"]);
    expect(await without("old")).toEqual(["tree/notes/old/y.md", "tree/notes/old/y.txt"]); // any segment
    expect(await without("*-old")).toEqual(["tree/drafts-old/d.md"]);
    expect(await without("tree/?.md")).toEqual(["tree/Z.md", "tree/b.md", "tree/é.md"]); // ? is one code point
    expect(await without("tree/[a-c].*")).toEqual(["tree/a.txt", "tree/b.md"]);
    expect(await without("tree/[!a-z].md")).toEqual(["tree/Z.md", "tree/é.md"]);
    expect(await without("tree/**/{x,z}.*")).toEqual(["tree/notes/x.markdown", "tree/notes/z.md"]);
    expect(await without("./tree/notes/")).toHaveLength(4);
    // named files too
    expect(await expand(["tree/a.txt", "tree/b.md"], ["**/*.txt"])).toEqual(["tree/b.md"]);
  });

  it("a path that does not exist is a UserError", async () => {
    const err = await userError(expand(["tree/b.md", "tree/missing.md"]));
    expect(err.message).toBe("no such file");
    expect(err.where).toEqual({ file: "tree/missing.md" });
  });

  it("lists a file reached twice through a symbolic link once, as first reached", async () => {
    const dir = join(tmp, "links");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "w.md"), "600 refugees\n");
    symlinkSync(join(dir, "w.md"), join(dir, "x-link.md"));
    expect(await expand(["links/w.md", "links/x-link.md"])).toEqual(["links/w.md"]);
    expect(await expand(["links"])).toEqual(["links/w.md"]);
    expect(await expand(["links/x-link.md", "links"])).toEqual(["links/x-link.md"]);
  });

  it("an unreadable folder is a notice and the walk goes on; an empty folder says so; a FIFO is refused", async () => {
    const dir = join(tmp, "perm");
    mkdirSync(join(dir, "locked"), { recursive: true });
    mkdirSync(join(dir, "empty"), { recursive: true });
    writeFileSync(join(dir, "locked/a.md"), "1 cat\n");
    writeFileSync(join(dir, "ok.md"), "1 cat\n");
    (await import("node:fs")).chmodSync(join(dir, "locked"), 0o000);
    try {
      const found = await expandDrafts(["perm"], { ignore: [], cwd: tmp });
      const root = process.getuid?.() === 0; // root reads any folder
      expect(found.files.map((f) => f.shown)).toEqual(root ? ["perm/locked/a.md", "perm/ok.md"] : ["perm/ok.md"]);
      expect(found.notices.filter((n) => n.kind === "unreadable")).toEqual(root ? [] : [{ kind: "unreadable", file: "perm/locked", message: "cannot read the folder: permission denied" }]);
    } finally {
      (await import("node:fs")).chmodSync(join(dir, "locked"), 0o755);
    }
    expect((await expandDrafts(["perm/empty"], { ignore: [], cwd: tmp })).notices).toEqual([
      { kind: "no-drafts", file: "perm/empty", message: "no draft (.md, .markdown or .txt) to check in this folder" },
    ]);
    if (process.platform !== "win32") {
      (await import("node:child_process")).execFileSync("mkfifo", [join(dir, "pipe.md")]);
      expect((await userError(expandDrafts(["perm/pipe.md"], { ignore: [], cwd: tmp }))).format()).toBe("perm/pipe.md: is a named pipe (FIFO), not a draft file");
      expect((await expandDrafts(["perm"], { ignore: [], cwd: tmp })).files.map((f) => f.shown)).not.toContain("perm/pipe.md"); // walks skip it
    }
  });
});

describe("globs", () => {
  it("match like shells and linters do", () => {
    expect(matchesGlob("a/b.md", "a/*.md")).toBe(true);
    expect(matchesGlob("a/c/b.md", "a/*.md")).toBe(false);
    expect(matchesGlob("a/c/b.md", "a/**/*.md")).toBe(true);
    expect(matchesGlob("a/b.md", "a/**/*.md")).toBe(true);
    expect(matchesGlob("b.md", "**/*.md")).toBe(true);
    expect(matchesGlob("x/y/z", "x/**")).toBe(true);
    expect(matchesGlob("a.md", "?.md")).toBe(true);
    expect(matchesGlob("ab.md", "?.md")).toBe(false);
    expect(matchesGlob("é.md", "?.md")).toBe(true);
    expect(matchesGlob("a/b", "a?b")).toBe(false);
    expect(matchesGlob("a/b", "a[/]b")).toBe(false);
    expect(matchesGlob("v2.md", "v[0-9].md")).toBe(true);
    expect(matchesGlob("vx.md", "v[!0-9].md")).toBe(true);
    expect(matchesGlob("a+b (1).md", "a+b (1).md")).toBe(true);
    expect(matchesGlob("a.txt", "*.{md,txt}")).toBe(true);
    expect(matchesGlob("a.tx", "*.{md,txt}")).toBe(false);
    expect(globToRegExp("[").test("[")).toBe(true);
    expect(compileIgnore([])).toBeNull();
    expect(compileIgnore(["drafts"])!("x/drafts/a.md")).toBe(true);
    expect(compileIgnore(["drafts"])!("../drafts/a.md")).toBe(false);
  });
});

describe("looksLikeFile", () => {
  it("tells file arguments from claim text", () => {
    expect(looksLikeFile(join(DRAFTS, "en-report.md"))).toBe(true);
    expect(looksLikeFile(DRAFTS)).toBe(true);
    expect(looksLikeFile("draft-that-does-not-exist.md")).toBe(true);
    expect(looksLikeFile("notes.TXT")).toBe(true);
    expect(looksLikeFile("x.markdown")).toBe(true);
    expect(looksLikeFile("347 refugees arrived in August")).toBe(false);
    expect(looksLikeFile("There were 12 % more")).toBe(false);
    expect(looksLikeFile("-")).toBe(false);
    expect(looksLikeFile("")).toBe(false);
    expect(looksLikeFile("a\0b")).toBe(false);
  });

  it("takes a name ending in a separator, or with a separator and no blank, as a path", () => {
    expect(looksLikeFile("drafs/")).toBe(true);
    expect(looksLikeFile("facts/")).toBe(true);
    expect(looksLikeFile("drafts\\")).toBe(true);
    expect(looksLikeFile("drafts/wire")).toBe(true);
    expect(looksLikeFile("..\\notes")).toBe(true);
    expect(looksLikeFile("347 refugees crossed on 9/11")).toBe(false); // a blank: claim text
    expect(looksLikeFile("About 2/3 of them fled")).toBe(false);
  });
});
