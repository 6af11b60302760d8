import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_PATHS, PACKAGE_ROOT } from '../../io/paths.js';
import { createServer } from '../../server/createServer.js';
import { loadServerEngine } from '../../server/loadServerEngine.js';
import { openStore } from '../../store/openStore.js';
import type { Store } from '../../store/store.js';
import { ensureWebBuilt, WEB_DIST } from './ensureWebBuilt.js';

/** The system's Chromium (Debian package `chromium`); never downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const SCREENSHOT_DIR = path.join(PACKAGE_ROOT, 'test-output', 'web');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface WebHarness {
  /** `http://127.0.0.1:<port>`: the real server, serving dist/web and the API over a fresh SQLite store. */
  origin: string;
  page: Page;
  context: BrowserContext;
  browser: Browser;
  app: FastifyInstance;
  store: Store;
  /** Every request the browser tried to send anywhere but the server (refused, and recorded). Must stay empty. */
  foreignRequests: string[];
  /** Uncaught page errors and console errors (a CSP violation shows up here). */
  pageErrors: string[];
  /** Opens a route of the app (`'#/review'`) and waits for the page to load. */
  open(hash: string): Promise<void>;
  /** Saves a full-page screenshot as test-output/web/<area>.png and returns its path. */
  screenshot(area: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The end-to-end set-up: builds nothing itself except, when stale, the front end (ensureWebBuilt);
 * starts the real server (`createServer`, temp data dir, port 0) and headless Chromium; refuses and
 * records any request not addressed to the server.
 */
export async function startWebHarness(options: { viewport?: { width: number; height: number } } = {}): Promise<WebHarness> {
  await ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-web-e2e-'));
  const engine = loadServerEngine(DEFAULT_PATHS);
  if (!engine.ok) throw new Error(`the shipped data does not load: ${JSON.stringify(engine.problems.slice(0, 3))}`);
  const store = await openStore({ dataDir });
  const app = await createServer({
    engine: engine.value,
    store,
    config: { version: '0.0.0-e2e', webDir: WEB_DIST, loopbackOnly: true, logger: false, randomSeed: () => 7 },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  const origin = `http://127.0.0.1:${address.port}`;

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const watch = (p: Page) => {
    p.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
  };
  context.on('page', watch);
  const page = await context.newPage();

  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    origin, page, context, browser, app, store, foreignRequests, pageErrors,
    async open(hash) {
      await page.goto(`${origin}/${hash}`, { waitUntil: 'load' });
    },
    async screenshot(area) {
      const file = path.join(SCREENSHOT_DIR, `${area}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await app.close().catch(() => undefined);
      await store.close().catch(() => undefined);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One harness for a `describe` block: started in its `beforeAll` (three minutes allowed, the front end
 * may be rebuilt first) and closed in its `afterAll`. The object returned is empty until `beforeAll` has
 * run, so read it only inside tests, hooks and the helpers they call.
 */
export function useWebHarness(options: Parameters<typeof startWebHarness>[0] = {}): WebHarness {
  const h = {} as WebHarness;
  beforeAll(async () => {
    Object.assign(h, await startWebHarness(options));
  }, 180_000);
  afterAll(async () => {
    // `close` is missing when the start failed: nothing to close then.
    await h.close?.();
  });
  return h;
}
