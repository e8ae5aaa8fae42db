// Writing the report: to standard output, or to --output-file atomically (a temporary file in the
// same folder, then a rename, so a reader never sees a half-written report), creating missing
// parent folders.
import type { Writable } from "node:stream";
import { openAtomic, writeFileAtomic } from "./util/files.js";

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

/** Where a report is written piece by piece: standard output, or --output-file once complete. */
export interface OutputSink {
  write(text: string): Promise<void>;
  /** The report is complete: the file takes its place. */
  close(): Promise<void>;
  /** The run failed: no file is left behind (what went to standard output stays). */
  abort(): Promise<void>;
}

export async function openOutput(file: string | undefined, stdout: Writable): Promise<OutputSink> {
  if (!file) return { write: (text) => writeTo(stdout, text), close: async () => undefined, abort: async () => undefined };
  const w = await openAtomic(file, { mkdir: true, what: "the report" });
  return { write: (text) => w.write(text), close: () => w.commit(), abort: () => w.abort() };
}
