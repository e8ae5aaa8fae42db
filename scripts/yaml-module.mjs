// YAML data files (the language packs) become ES modules at build time: `import pack from
// "./pack.yaml"` is the parsed data as `export default JSON.parse("…")`, so that neither the yaml
// parser nor any parsing of YAML is on the start-up path. Used by the esbuild build
// (scripts/build.mjs, scripts/bench.mjs) and by vitest (vitest.config.ts), so tests import the
// very modules the bundle contains.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { parseDocument } from "yaml";

const YAML_FILE = /\.ya?ml$/;

/** The module text for a YAML file; throws "file:line:col: message" on bad YAML or duplicate keys. */
export function yamlToModule(text, file) {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0];
    const where = at ? `${file}:${at.line}:${at.col}` : file;
    throw new Error(`${where}: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  const data = doc.toJS();
  // JSON.parse of a string literal is parsed faster by V8 than the same object literal; in ASCII
  // and without quotes of its own, the literal stays a plain one-byte string for V8's scanner.
  const json = JSON.stringify(data).replace(/['\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `export default JSON.parse(${JSON.stringify(json)});\n`;
}

/** esbuild plugin. */
export function yamlEsbuildPlugin() {
  return {
    name: "yaml-data",
    setup(build) {
      build.onLoad({ filter: YAML_FILE }, async (args) => {
        const text = await readFile(args.path, "utf8");
        try {
          return { contents: yamlToModule(text, relative(process.cwd(), args.path)), loader: "js" };
        } catch (e) {
          return { errors: [{ text: e.message }] };
        }
      });
    },
  };
}

/** Vite plugin (vitest). */
export function yamlVitePlugin() {
  return {
    name: "yaml-data",
    enforce: "pre",
    async load(id) {
      const file = id.split("?")[0];
      if (!YAML_FILE.test(file)) return null;
      const text = await readFile(file, "utf8");
      return { code: yamlToModule(text, relative(process.cwd(), file)), map: null };
    },
  };
}
