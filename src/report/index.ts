// Report stage: results → text for people or JSON for tools. Each format is a pure function.
export { formatJson } from "./json.js";
export { formatText, summaryLine, SYMBOLS, type TextOptions } from "./text.js";
export { neutralise } from "./safe.js";

export const FORMATS = ["text", "json"] as const;
export type Format = (typeof FORMATS)[number];
