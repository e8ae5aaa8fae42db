import { defineConfig } from "vitest/config";
import { yamlVitePlugin } from "./scripts/yaml-module.mjs";

export default defineConfig({
  // The language packs are YAML, compiled into modules as the esbuild build does.
  plugins: [yamlVitePlugin()],
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
