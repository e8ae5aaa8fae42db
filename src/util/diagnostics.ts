// Fact-base problems in file order: the files in the order they were read, then line and column.
// `facts validate` lists them so; a check run with a bad fact base names the first.
import type { Diagnostic } from "../facts/load.js";

export function sortDiagnostics(diagnostics: Diagnostic[], files: string[]): Diagnostic[] {
  const order = new Map(files.map((f, i) => [f, i]));
  return [...diagnostics].sort(
    (a, b) =>
      (order.get(a.file) ?? 1e9) - (order.get(b.file) ?? 1e9) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
