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
  if (!file) return buffered((text) => writeTo(stdout, text), async () => undefined, async () => undefined);
  const w = await openAtomic(file, { mkdir: true, what: "the report" });
  return buffered((text) => w.write(text), () => w.commit(), () => w.abort());
}

/** Pieces are written together once this many characters wait (or at the next turn of the event loop). */
const FLUSH_AT = 64 * 1024;

/**
 * A sink that gathers pieces (a report is written claim by claim: one system call per claim cost
 * a twentieth of a run) and writes them when enough wait, or as soon as the run yields — reading
 * the next line of standard input, the next file — so that a claim typed at a terminal is answered
 * at once. Closing or aborting writes what waits first.
 */
function buffered(writeOut: (text: string) => Promise<void>, close: () => Promise<void>, abort: () => Promise<void>): OutputSink {
  let parts: string[] = [];
  let size = 0;
  let scheduled = false;
  let last: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (size > 0) {
      const text = parts.join("");
      parts = [];
      size = 0;
      const previous = last;
      last = previous.then(() => writeOut(text));
    }
    return last;
  };
  return {
    write(text) {
      if (text === "") return Promise.resolve();
      parts.push(text);
      size += text.length;
      if (size >= FLUSH_AT) return flush();
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          // (a failed write is kept in `last`: the next write past FLUSH_AT, or closing, reports it)
          flush().catch(() => undefined);
        });
      }
      return Promise.resolve();
    },
    close: () => flush().then(close),
    abort: () => flush().then(abort, abort),
  };
}
