// The executable: runs the command line (src/commands/program.ts) on this process's streams and
// sets the exit code. `factcheck … | head -1` ends quietly; Ctrl-C exits 130.
import { run } from "./commands/program.js";

process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`factcheck: ${err.message}\n`);
  process.exit(2);
});
process.on("SIGINT", () => process.exit(130));
process.exitCode = await run(process.argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
