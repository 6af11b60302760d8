import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_PATHS } from '../../io/paths.js';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/store.js';
import { createServer } from '../createServer.js';
import { loadServerEngine } from '../loadServerEngine.js';
import type { ServerConfig, ServerEngine } from '../serverTypes.js';

let engine: ServerEngine | undefined;

/** The shipped engine (lexicons, models, scenarios, questionnaires), loaded once per test file. */
export function testEngine(): ServerEngine {
  if (!engine) {
    const r = loadServerEngine(DEFAULT_PATHS);
    if (!r.ok) throw new Error(`the shipped data does not load: ${JSON.stringify(r.problems.slice(0, 3))}`);
    engine = r.value;
  }
  return engine;
}

export interface ServerFixture {
  app: FastifyInstance;
  store: Store;
  dir: string;
  /** `inject` with a JSON body (when `body` is given). */
  call(method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

/**
 * A server over a fresh SQLite store in a temporary folder (or the store `open` gives) for the tests
 * of one file, emptied before each test; `config` overrides the server's settings.
 */
export function useServer(config: Partial<ServerConfig> = {}, open?: () => Promise<Store>): ServerFixture {
  const fixture = {} as ServerFixture;
  beforeAll(async () => {
    fixture.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-server-'));
    fixture.store = open ? await open() : await openStore({ dataDir: fixture.dir });
    fixture.app = await createServer({
      engine: testEngine(),
      store: fixture.store,
      config: { version: '0.0.0-test', webDir: null, loopbackOnly: true, logger: false, randomSeed: () => 42, ...config },
    });
    fixture.call = (method, url, body, headers = {}) =>
      fixture.app.inject({ method, url, ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } } : { headers }) });
  });
  beforeEach(async () => {
    await fixture.store.deleteAll();
  });
  afterAll(async () => {
    await fixture.app?.close();
    await fixture.store?.close();
    if (fixture.dir) fs.rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}

/** The error body's code and issue paths, for asserting on bad input. */
export function errorOf(res: LightMyRequestResponse): { status: number; code: string; message: string; paths: string[] } {
  const body = res.json() as { error: { code: string; message: string; issues?: Array<{ path: string }> } };
  return { status: res.statusCode, code: body.error.code, message: body.error.message, paths: (body.error.issues ?? []).map((i) => i.path) };
}
