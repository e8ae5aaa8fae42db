// A worker thread for --jobs: loads the fact base once, then checks the files the main thread
// sends, one at a time, and posts each outcome back (the main thread keeps the input order).
import { parentPort, workerData } from "node:worker_threads";
import { checkFileInput, dehydrate, type FileCheckOptions } from "./check-files.js";
import { readInputFile } from "./input/files.js";
import { loadFacts } from "./load-facts.js";
import { Checker, type CheckOptions } from "./pipeline.js";
import { UserError } from "./types.js";

export interface WorkerSetup {
  factPaths: string[];
  check: CheckOptions;
  files: FileCheckOptions;
}

export type WorkerRequest = { index: number; path: string } | { done: true };
export type WorkerReply =
  | { ready: true }
  | { index: number; outcome: string }
  | { index: number; error: string; where?: UserError["where"] };

const setup = workerData as WorkerSetup;
const port = parentPort!;
const { factBase, index } = await loadFacts(setup.factPaths);
const checker = new Checker(factBase, index, setup.check);
port.on("message", async (msg: WorkerRequest) => {
  if ("done" in msg) {
    port.close();
    return;
  }
  try {
    const input = await readInputFile(msg.path);
    // As a JSON string: one flat copy across threads instead of a structured clone of many objects.
    port.postMessage({ index: msg.index, outcome: JSON.stringify(dehydrate(checkFileInput(checker, input, setup.files))) } satisfies WorkerReply);
  } catch (err) {
    const e = err as Error;
    port.postMessage({ index: msg.index, error: e.message, ...(err instanceof UserError ? { where: err.where } : {}) } satisfies WorkerReply);
  }
});
port.postMessage({ ready: true } satisfies WorkerReply);
