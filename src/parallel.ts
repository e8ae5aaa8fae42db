// --jobs: check draft files on worker threads. Files are handed out one at a time as workers
// become free (long files do not hold up a fixed share), and outcomes are put back in input order.
import { Worker } from "node:worker_threads";
import type { FileOutcome } from "./check-files.js";
import { UserError } from "./types.js";
import type { WorkerReply, WorkerSetup } from "./worker.js";

export async function checkFilesInParallel(paths: string[], jobs: number, setup: WorkerSetup): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(paths.length);
  let next = 0;
  let failure: UserError | Error | null = null;
  const workerUrl = new URL("./worker.js", import.meta.url);
  const runOne = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: setup });
      const feed = () => {
        if (failure || next >= paths.length) {
          worker.postMessage({ done: true });
          return;
        }
        const index = next++;
        worker.postMessage({ index, path: paths[index] });
      };
      worker.on("message", (msg: WorkerReply) => {
        if ("ready" in msg) return feed();
        if ("error" in msg) failure ??= new UserError(msg.error, msg.where);
        else outcomes[msg.index] = msg.outcome;
        feed();
      });
      worker.on("error", (err) => {
        failure ??= err instanceof UserError ? err : new Error(err.message);
        reject(failure);
      });
      worker.on("exit", () => resolve());
    });
  await Promise.all(Array.from({ length: Math.min(jobs, paths.length) }, runOne));
  if (failure) throw failure;
  return outcomes;
}
