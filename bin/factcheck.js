#!/usr/bin/env node
// Entry point: the whole CLI is one esbuild bundle in dist/, built by `npm install` (prepare).
import "../dist/cli.js";
