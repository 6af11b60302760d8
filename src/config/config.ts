import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_PATHS } from '../io/paths.js';

/**
 * The process environment is read here, once, at start-up; everything else receives this object.
 * - ATTUNE_RESOURCES: a folder holding `lexicons/` and `models/` to use instead of the shipped ones.
 * - ATTUNE_DATA_DIR: where attune keeps what it writes for the user (saved practice sessions);
 *   default `~/.attune`.
 * - DATABASE_URL: a PostgreSQL connection string; when set the web app keeps its data there instead
 *   of the SQLite file in the data folder (docs/storage.md).
 * - NO_COLOR / FORCE_COLOR: the usual colour switches (https://no-color.org).
 */
export interface Config {
  lexiconsDir: string;
  modelsDir: string;
  color: boolean;
  /** Absolute path of the user's data folder (created only when something is written there). */
  dataDir: string;
  /** PostgreSQL connection string for the web app's store; absent means SQLite in `dataDir`. */
  databaseUrl?: string;
}

const envSchema = z.object({
  ATTUNE_RESOURCES: z.string().min(1).optional(),
  ATTUNE_DATA_DIR: z.string().optional(),
  NO_COLOR: z.string().optional(),
  FORCE_COLOR: z.string().optional(),
  DATABASE_URL: z.string().optional(),
});

export function loadConfig(env: Record<string, string | undefined>, isTty: boolean): Config {
  const e = envSchema.parse(env);
  const base = e.ATTUNE_RESOURCES ? path.resolve(e.ATTUNE_RESOURCES) : null;
  const color = e.FORCE_COLOR !== undefined && e.FORCE_COLOR !== '0' ? true : e.NO_COLOR !== undefined && e.NO_COLOR !== '' ? false : isTty;
  // An empty ATTUNE_DATA_DIR counts as unset (like NO_COLOR), rather than meaning the current folder.
  const dataDir = e.ATTUNE_DATA_DIR ? path.resolve(e.ATTUNE_DATA_DIR) : path.join(os.homedir(), '.attune');
  // An empty DATABASE_URL counts as unset (SQLite), as an empty ATTUNE_DATA_DIR does.
  const databaseUrl = e.DATABASE_URL ? e.DATABASE_URL : undefined;
  return {
    lexiconsDir: base ? path.join(base, 'lexicons') : DEFAULT_PATHS.lexiconsDir,
    modelsDir: base ? path.join(base, 'models') : DEFAULT_PATHS.modelsDir,
    color,
    dataDir,
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
  };
}
