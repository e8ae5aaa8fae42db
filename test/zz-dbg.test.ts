import { it } from "vitest";
import { parseFigures } from "../src/figures/index.js";
it("dbg", () => {
  for (const s of (process.env.S ?? "").split("|")) console.log("FIG", s, JSON.stringify(parseFigures(s, (process.env.L ?? "en") as any).map((f) => [f.text, f.kind, f.value])));
});
