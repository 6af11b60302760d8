#!/usr/bin/env node
// Thin launcher: the compiled CLI, bundled (scripts/bundle-cli.mjs), lives in dist/ (built by
// `npm install` through the prepare script).
import '../dist/cli-bundle/main.js';
