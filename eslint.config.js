// The one architectural rule that a linter can hold: the core imports no I/O, no framework, and
// nothing from the layers around it (see docs/ARCHITECTURE.md).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'The core is pure: no Node built-ins.' },
          { group: ['fs', 'fs/*', 'path', 'os', 'http', 'https', 'net', 'child_process', 'worker_threads', 'stream', 'url', 'crypto', 'readline', 'process'], message: 'The core is pure: no I/O modules.' },
          { group: ['better-sqlite3', 'pg', 'kysely', 'react', 'react-dom', 'express', 'fastify', 'commander', 'csv-parse', 'csv-parse/*'], message: 'The core imports no database, HTTP, UI or CLI libraries.' },
          { group: ['**/cli/**', '**/io/**', '**/train/**', '**/store/**', '**/server/**', '**/web/**'], message: 'Dependencies point inward: the core imports nothing from the outer layers.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'process', message: 'The core reads no environment and no process state.' },
        { name: 'require', message: 'The core is pure ESM.' },
      ],
    },
  },
  {
    // The web app runs in the browser: no Node built-ins, and nothing from the server side except the
    // shared API contract (src/shared) and pure code (core, present). The e2e tests drive it from Node.
    files: ['src/web/**/*.{ts,tsx}'],
    ignores: ['src/web/e2e/**', 'src/web/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'child_process', 'worker_threads', 'url', 'crypto'], message: 'The web app runs in the browser: no Node built-ins.' },
          { group: ['**/server/**', '**/store/**', '**/io/**', '**/cli/**', '**/train/**', '**/llm/**', '**/config/**', 'better-sqlite3', 'pg', 'kysely', 'fastify', 'piscina'], message: 'The web app talks to the server through /api only (contract: src/shared/api).' },
        ],
      }],
    },
  },
);
