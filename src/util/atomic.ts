// Writing a file atomically: a temporary file in the same folder, then a rename over the target,
// so a reader never sees half a file and an interrupted write leaves the old one intact.
import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "../types.js";

export async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: "utf8", flag: "wx" });
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new UserError(`cannot write: ${err.code === "ENOENT" ? "no such folder" : (err.code ?? err.message)}`, { file });
  }
}
