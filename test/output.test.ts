// src/output.ts: the report's sink gathers the pieces of a streamed report into few writes, and
// still answers a claim as soon as the run waits for more input.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { openOutput } from "../src/output.js";

/** A stream that records each write it is given. */
function recorder(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      writes.push(String(chunk));
      done();
    },
  });
  return { stream, writes };
}

describe("openOutput (standard output)", () => {
  it("writes the pieces of one turn of the event loop together, in order", async () => {
    const { stream, writes } = recorder();
    const sink = await openOutput(undefined, stream);
    for (let i = 0; i < 1000; i++) await sink.write(`claim ${i}\n`);
    expect(writes).toEqual([]); // nothing yet: the run has not yielded
    await nextTurn();
    expect(writes).toHaveLength(1);
    expect(writes[0].split("\n")).toHaveLength(1001);
    expect(writes[0].startsWith("claim 0\nclaim 1\n")).toBe(true);
    await sink.close();
    expect(writes).toHaveLength(1);
  });

  it("answers each claim when the run waits for the next line (a terminal, a pipe)", async () => {
    const { stream, writes } = recorder();
    const sink = await openOutput(undefined, stream);
    await sink.write("first\n");
    await nextTurn(); // the engine awaits the next line of standard input
    expect(writes).toEqual(["first\n"]);
    await sink.write("second\n");
    await sink.close();
    expect(writes).toEqual(["first\n", "second\n"]);
  });

  it("writes at once, and waits for the stream, when much is waiting", async () => {
    const { stream, writes } = recorder();
    const sink = await openOutput(undefined, stream);
    const piece = "x".repeat(1000) + "\n";
    for (let i = 0; i < 200; i++) await sink.write(piece);
    expect(writes.length).toBeGreaterThanOrEqual(3); // 200 kB in pieces of at least 64 kB
    await sink.close();
    expect(writes.join("")).toBe(piece.repeat(200));
  });

  it("writes what waits before the run's failure is reported", async () => {
    const { stream, writes } = recorder();
    const sink = await openOutput(undefined, stream);
    await sink.write("checked\n");
    await sink.abort();
    expect(writes).toEqual(["checked\n"]);
  });
});

describe("openOutput (--output-file)", () => {
  it("puts the whole report in the file on close, nothing on abort", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factcheck-output-"));
    try {
      const file = join(dir, "report.txt");
      const sink = await openOutput(file, recorder().stream);
      for (let i = 0; i < 3000; i++) await sink.write(`line ${i}\n`);
      await nextTurn();
      await sink.close();
      const text = readFileSync(file, "utf8").split("\n");
      expect(text).toHaveLength(3001);
      expect(text[2999]).toBe("line 2999");

      const other = join(dir, "failed.txt");
      const failed = await openOutput(other, recorder().stream);
      await failed.write("partial\n");
      await failed.abort();
      expect(() => readFileSync(other)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
