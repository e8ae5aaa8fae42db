// Colour on stdout: off with --no-color or NO_COLOR; FORCE_COLOR sets the level; else only on a
// terminal, at the depth it supports.
export interface ColorStream {
  isTTY?: boolean;
  getColorDepth?: () => number;
}

export function colorLevel(enabled: boolean, stream: ColorStream = process.stdout, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (!enabled || (env.NO_COLOR ?? "") !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (!stream.isTTY) return 0;
  const depth = stream.getColorDepth?.() ?? 1;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}
