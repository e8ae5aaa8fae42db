// --jobs N: check draft files on N threads — this one and N − 1 workers (on 2 cores, a third
// thread would only compete with the other two). Files are handed out as threads become free (long
// files do not hold up a fixed share); each worker holds one file in reserve so it never waits for
// this thread; outcomes are put back in input order.
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { FileOutcome } from "./check-files.js";
import { UserError } from "./types.js";
import type { WorkerReply, WorkerSetup } from "./worker.js";

const IN_FLIGHT = 2;

export async function checkFilesInParallel(
  paths: string[],
  jobs: number,
  setup: WorkerSetup,
  checkHere: (path: string) => Promise<FileOutcome>,
  /** Puts back what workers sent as fact ids. */
  hydrate: (outcome: FileOutcome) => FileOutcome,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(paths.length);
  let next = 0;
  let failure: UserError | Error | null = null;
  const workerUrl = new URL("./worker.js", import.meta.url);

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerUrl, { workerData: setup });
      let pending = 0;
      const feed = () => {
        while (!failure && next < paths.length && pending < IN_FLIGHT) {
          const index = next++;
          pending++;
          worker.postMessage({ index, path: paths[index] });
        }
        if (pending === 0) worker.postMessage({ done: true });
      };
      worker.on("message", (msg: WorkerReply) => {
        if ("ready" in msg) return feed();
        pending--;
        if ("error" in msg) failure ??= new UserError(msg.error, msg.where);
        else outcomes[msg.index] = hydrate(JSON.parse(msg.outcome) as FileOutcome);
        feed();
      });
      worker.on("error", (err) => {
        failure ??= err instanceof UserError ? err : new Error(err.message);
        reject(failure);
      });
      worker.on("exit", () => resolve());
    });

  const runHere = async () => {
    while (!failure && next < paths.length) {
      const index = next++;
      outcomes[index] = await checkHere(paths[index]);
      await yieldToEvents(); // let the workers' messages in
    }
  };

  const workers = Math.min(jobs, paths.length) - 1;
  await Promise.all([runHere(), ...Array.from({ length: workers }, runWorker)]);
  if (failure) throw failure;
  return outcomes;
}
