// The fact base: loading YAML fact files, compiling them for the build, indexing terms for the matcher.
export { loadFactBase, collectFactBase, formatDiagnostic, makePhrase, splitParagraphs, type Diagnostic, type CollectedFactBase } from "./load.js";
export { compileFactBase } from "./compile.js";
export { buildTermIndex, type TermIndex } from "./term-index.js";
export { displayFigure, dateParts } from "./figure.js";
export { MAX_FILE_BYTES, MAX_ALIAS_COUNT } from "./yaml-file.js";
