// Types of scripts/yaml-module.mjs (for vitest.config.ts under tsc --noEmit).
export function yamlToModule(text: string, file: string): string;
export function yamlEsbuildPlugin(): { name: string; setup(build: unknown): void };
export function yamlVitePlugin(): { name: string; enforce: "pre"; load(id: string): Promise<{ code: string; map: null } | null> };
