// Writing the report: to standard output, or to --output-file atomically (a temporary file in the
// same folder, then a rename, so a reader never sees a half-written report), creating missing
// parent folders.
import type { Writable } from "node:stream";
import { writeFileAtomic } from "./util/files.js";

/** Writes to a stream, waiting for it to drain when it is full. */
function writeTo(stream: Writable, text: string): Promise<void> {
  return new Promise<void>((resolve) => {
    if (text === "" || stream.write(text)) resolve();
    else stream.once("drain", resolve);
  });
}

export async function writeOutput(text: string, file: string | undefined, stdout: Writable): Promise<void> {
  if (!file) return writeTo(stdout, text);
  await writeFileAtomic(file, text, { mkdir: true, what: "the report" });
}
