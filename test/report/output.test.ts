import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic, writeFileAtomicSync } from "../../src/util/files.js";
import { UserError } from "../../src/types.js";

describe("atomic writes", () => {
  it("replace the file whole, make missing folders when asked, leave no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-atomic-"));
    const file = join(dir, "a/b/report.txt");
    await writeFileAtomic(file, "one", { mkdir: true });
    writeFileAtomicSync(file, "two");
    expect(readFileSync(file, "utf8")).toBe("two");
    expect(readdirSync(join(dir, "a/b"))).toEqual(["report.txt"]);
  });

  it("say what went wrong in plain words, naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-atomic-"));
    writeFileSync(join(dir, "plain"), "");
    const failure = async (file: string, options = {}) => {
      try {
        await writeFileAtomic(file, "x", { what: "the report", ...options });
      } catch (e) {
        expect(e).toBeInstanceOf(UserError);
        return (e as UserError).format();
      }
      return "no error";
    };
    expect(await failure(join(dir, "missing/r.txt"))).toBe(`${join(dir, "missing/r.txt")}: cannot write the report: no such file or folder`);
    expect(await failure(dir)).toBe(`${dir}: cannot write the report: is a folder`);
    expect(await failure(join(dir, "plain/r.txt"), { mkdir: true })).toBe(`${join(dir, "plain/r.txt")}: cannot write the report: a part of the path is a file, not a folder`);
    expect(readdirSync(dir)).toEqual(["plain"]);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});
