import type { Analyzer } from '../core/analyzeUtterance.js';
import type { Instrument } from '../core/assess/instrument.js';
import type { Scenario } from '../core/practice/scenario.js';
import type { Resources } from '../core/resources.js';
import type { Store } from '../store/store.js';

/** What the server analyses and scores with, loaded once at start-up (loadServerEngine). */
export interface ServerEngine {
  analyzer: Analyzer;
  resources: Resources;
  /** The scenario library, in file order. */
  scenarios: readonly Scenario[];
  /** The questionnaires, in file order. */
  instruments: readonly Instrument[];
}

export interface ServerConfig {
  /** The package version (`GET /api/health`). */
  version: string;
  /** The built front end (index.html and assets); null or a missing folder: `/` says to build it. */
  webDir: string | null;
  /**
   * Answer only requests whose Host is this machine (localhost, 127.0.0.1, [::1]): with the server on
   * the loopback address this stops a web page from reaching it through a rebound DNS name.
   */
  loopbackOnly: boolean;
  /** Fastify's logger (false in tests). */
  logger?: boolean | { level: string };
  /** Seeds for sessions started without one (default: Math.random). */
  randomSeed?: () => number;
}

export interface ServerDeps {
  engine: ServerEngine;
  store: Store;
  config: ServerConfig;
}
