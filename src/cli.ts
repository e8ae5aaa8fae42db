// The executable: runs the command line (src/commands/program.ts) on this process's streams and
// sets the exit code. `factcheck … | head -1` ends quietly; Ctrl-C exits 130.
import { run } from "./commands/program.js";

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`factcheck: ${err.message}\n`);
  process.exit(2);
});
process.on("SIGINT", () => process.exit(130));
// A promise, not top-level await: the bundle is CommonJS (see scripts/build.mjs); run() reports
// its own errors and never rejects. stdin is a getter: creating process.stdin loads Node's tty or
// net modules, which a claim given as an argument never needs.
const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
};
void run(process.argv, io).then((code) => {
  process.exitCode = code;
});
