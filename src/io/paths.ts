import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root, found from this file whether it runs from src/ (tsx) or dist/ (compiled). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_PATHS = {
  root: PACKAGE_ROOT,
  lexiconsDir: path.join(PACKAGE_ROOT, 'data', 'lexicons'),
  modelsDir: path.join(PACKAGE_ROOT, 'models'),
  corpusDir: path.join(PACKAGE_ROOT, 'data', 'corpus'),
  annomiDir: path.join(PACKAGE_ROOT, 'data', 'annomi'),
} as const;
export type ResourcePaths = { -readonly [K in keyof typeof DEFAULT_PATHS]: string };
