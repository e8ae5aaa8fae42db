// The README is exact: its examples run as shown.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT } from "./run.js";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The fenced code blocks of a section (from its heading to the next heading of any level). */
function blocks(section: string): { lang: string; body: string }[] {
  const start = README.indexOf(`\n## ${section}\n`);
  expect(start, section).toBeGreaterThan(-1);
  const rest = README.slice(start + 1);
  const end = rest.slice(3).search(/\n#{2,3} /);
  const text = end < 0 ? rest : rest.slice(0, end + 3);
  return [...text.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
}

/** Shell words of a simple command line: single quotes, double quotes without `$`, plain words. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"([^"$`\\]*)"|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

describe("README", () => {
  it("quotes every example with a $ in single quotes (in double quotes the shell expands $2)", () => {
    const shell = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split("\n"));
    const bad = shell.filter((line) => /factcheck/.test(line) && /"[^"]*\$[^"]*"/.test(line));
    expect(shell.some((line) => /factcheck .*'[^']*\$[^']*'/.test(line))).toBe(true); // there is such an example
    expect(bad).toEqual([]);
  });

  it("says npx factcheck in Usage: after npm install, factcheck is not on the PATH", () => {
    const [usage] = blocks("Usage");
    const commands = usage.body.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    expect(commands.length).toBeGreaterThan(3);
    for (const line of commands) expect(line, line).toMatch(/(^|\| )npx factcheck\b/);
    expect(README).toMatch(/npm install -g \.|npm link/);
  });

  it("shows the Quick start's output exactly", async () => {
    const [command, output] = blocks("Quick start");
    const line = command.body.split("\n").find((l) => l.startsWith("npx factcheck "))!;
    const r = await cli(words(line).slice(2));
    expect(r.stdout).toBe(output.body);
  });
});
