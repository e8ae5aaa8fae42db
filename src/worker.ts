// A worker thread for --jobs: loads the fact base once, then checks the tasks the main thread
// sends (a file to read, or a chunk of a large file's blocks), one at a time, and posts each
// outcome back (the main thread keeps the order).
import { parentPort, workerData } from "node:worker_threads";
import { checkChunk, checkFileInput, dehydrate, type FileCheckOptions } from "./check-files.js";
import { readInputFile } from "./input/files.js";
import { loadFacts } from "./load-facts.js";
import type { Task } from "./parallel.js";
import { Checker, type CheckOptions } from "./pipeline.js";
import { UserError } from "./types.js";

export interface WorkerSetup {
  factPaths: string[];
  check: CheckOptions;
  files: FileCheckOptions;
  maxBytes: number;
  keepText: boolean;
}

export type WorkerRequest = { index: number; task: Task } | { done: true };
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
    const { task } = msg;
    const outcome =
      task.kind === "file"
        ? checkFileInput(checker, await readInputFile(task.path, task.name, { maxBytes: setup.maxBytes, keepText: setup.keepText }), setup.files)
        : checkChunk(checker, task.name, task.blocks, task.directives, setup.files);
    // As a JSON string: one flat copy across threads instead of a structured clone of many objects.
    port.postMessage({ index: msg.index, outcome: JSON.stringify(dehydrate(outcome)) } satisfies WorkerReply);
  } catch (err) {
    const e = err as Error;
    port.postMessage({ index: msg.index, error: e.message, ...(err instanceof UserError ? { where: err.where } : {}) } satisfies WorkerReply);
  }
});
port.postMessage({ ready: true } satisfies WorkerReply);
