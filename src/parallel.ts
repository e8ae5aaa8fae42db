// --jobs N: check drafts on N threads — this one and N − 1 workers (on 2 cores, a third thread
// would only compete with the other two). The work is a list of tasks: a file to read and check,
// or a chunk of a large file's blocks (the engine splits a large file at block boundaries so
// that one file can keep every thread busy). Tasks are handed out as threads become free (long
// ones do not hold up a fixed share); each worker holds one task in reserve so it never waits for
// this thread; outcomes are put back in task order.
import { existsSync } from "node:fs";
import { setImmediate as yieldToEvents } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type { ChunkOutcome, FileOutcome } from "./check-files.js";
import type { Directive } from "./input/directives.js";
import type { TextBlock } from "./types.js";
import { UserError } from "./types.js";
import type { WorkerReply, WorkerSetup } from "./worker.js";

const IN_FLIGHT = 2;

export type Task =
  | { kind: "file"; path: string; name: string }
  | { kind: "chunk"; name: string; blocks: TextBlock[]; directives: Directive[] };

export type TaskOutcome = FileOutcome | ChunkOutcome;

/** The worker script: beside this module in dist/ (or the built one, when running from src/). */
function workerUrl(): URL {
  const here = new URL("./worker.js", import.meta.url);
  if (here.protocol !== "file:" || existsSync(here)) return here;
  return new URL("../dist/worker.js", import.meta.url);
}

export async function runInParallel(
  tasks: Task[],
  jobs: number,
  setup: WorkerSetup,
  checkHere: (task: Task) => Promise<TaskOutcome>,
  /** Puts back what workers sent as fact ids. */
  hydrate: (outcome: TaskOutcome) => TaskOutcome,
): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  let next = 0;
  let failure: UserError | Error | null = null;
  const url = workerUrl();

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(url, { workerData: setup });
      let pending = 0;
      const feed = () => {
        while (!failure && next < tasks.length && pending < IN_FLIGHT) {
          const index = next++;
          pending++;
          worker.postMessage({ index, task: tasks[index] });
        }
        if (pending === 0) worker.postMessage({ done: true });
      };
      worker.on("message", (msg: WorkerReply) => {
        if ("ready" in msg) return feed();
        pending--;
        if ("error" in msg) failure ??= new UserError(msg.error, msg.where);
        else outcomes[msg.index] = hydrate(JSON.parse(msg.outcome) as TaskOutcome);
        feed();
      });
      worker.on("error", (err) => {
        failure ??= err instanceof UserError ? err : new Error(err.message);
        reject(failure);
      });
      worker.on("exit", () => resolve());
    });

  const runHere = async () => {
    while (!failure && next < tasks.length) {
      const index = next++;
      outcomes[index] = await checkHere(tasks[index]);
      await yieldToEvents(); // let the workers' messages in
    }
  };

  const workers = Math.min(jobs, tasks.length) - 1;
  await Promise.all([runHere(), ...Array.from({ length: workers }, runWorker)]);
  if (failure) throw failure;
  return outcomes;
}
