// Vitest's global setup: every temporary folder of the run (the tests' own, the CLI's they spawn)
// goes under one folder of its own, removed at the end, so that a run leaves nothing in the
// system's temporary folder. os.tmpdir() reads TMPDIR, which the workers and the spawned CLI
// inherit from this process.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "factcheck-test-"));
  // (open to other users, as the system's temporary folder is: a test runs the CLI as an ordinary
  // user in a folder of its own under it)
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
