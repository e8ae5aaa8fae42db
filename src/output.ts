// Writing the report: to stdout, or to --output-file atomically (a temporary file in the same
// folder, then rename), so a reader never sees a half-written report.
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "./types.js";

export async function writeOutput(text: string, file?: string): Promise<void> {
  if (!file) {
    await new Promise<void>((resolve) => {
      if (process.stdout.write(text)) resolve();
      else process.stdout.once("drain", resolve);
    });
    return;
  }
  const { randomBytes } = await import("node:crypto"); // only here: start-up stays lean
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, "utf8");
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw new UserError(`cannot write the report: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { file });
  }
}
