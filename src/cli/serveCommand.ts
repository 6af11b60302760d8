import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { InvalidArgumentError, type Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import type { EngineSources } from '../server/loadServerEngine.js';
import type { ServerEngine } from '../server/serverTypes.js';
import type { Store, StoreConfig } from '../store/store.js';
import { describeProblem } from '../present/describeProblem.js';
import { EXIT, exitCodeFor, type ExitCode } from './exitCodes.js';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeDeps {
  /** `databaseUrl` (from DATABASE_URL) selects PostgreSQL; else SQLite under the data folder. */
  config: Config & { databaseUrl?: string };
  stdout?: Writable;
  stderr?: Writable;
  /** Where the built front end is (default: dist/web in the package). */
  webDir?: string;
  /** Data sources for tests (default: the shipped library and questionnaires). */
  sources?: EngineSources;
  openStore?: (config: StoreConfig) => Promise<Store>;
  /** Called when the server is listening (tests stop it through `close`). */
  onListening?: (running: RunningServer) => void;
}

export interface ServeOptions {
  port: number;
  host: string;
  /** The data folder (default: the configuration's, ATTUNE_DATA_DIR or ~/.attune). */
  data?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  close(): Promise<void>;
}

function portOption(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('give a port from 0 to 65535 (0: any free port)');
  return n;
}

/** True for the addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

const urlHost = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

function packageVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * Starts the web app: loads the engine (stopping on broken data files), opens the store (SQLite in the
 * data folder, or PostgreSQL with DATABASE_URL; migrated forward), listens, prints the URL. Answers
 * the running server, or the exit code of what stopped it (said on stderr).
 */
export async function startServe(options: ServeOptions, deps: ServeDeps): Promise<RunningServer | ExitCode> {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  // The server, the store and the data loaders are imported only when serving: every other command
  // starts without loading fastify and the database drivers.
  const [{ createServer }, { loadServerEngine }, { openStore: openStoreDefault }] = await Promise.all([
    import('../server/createServer.js'),
    import('../server/loadServerEngine.js'),
    import('../store/openStore.js'),
  ]);
  const loaded = loadServerEngine(deps.config, deps.sources);
  if (!loaded.ok) {
    for (const p of loaded.problems) stderr.write(`attune serve: ${describeProblem(p)}\n`);
    return exitCodeFor(loaded.problems[0].code);
  }
  const engine: ServerEngine = loaded.value;
  const dataDir = path.resolve(options.data ?? deps.config.dataDir);
  let store: Store;
  try {
    store = await (deps.openStore ?? openStoreDefault)({ dataDir, ...(deps.config.databaseUrl ? { databaseUrl: deps.config.databaseUrl } : {}) });
  } catch (err) {
    const where = deps.config.databaseUrl ? 'the PostgreSQL database (DATABASE_URL)' : `the data folder ${dataDir}`;
    stderr.write(`attune serve: cannot open ${where}: ${(err as Error).message}\n`);
    return EXIT.unreadable;
  }
  const loopbackOnly = isLoopback(options.host);
  const app = await createServer({
    engine,
    store,
    config: { version: packageVersion(), webDir: deps.webDir ?? path.join(PACKAGE_ROOT, 'dist', 'web'), loopbackOnly, logger: { level: 'warn' } },
  });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (err) {
    await app.close();
    await store.close();
    const e = err as NodeJS.ErrnoException;
    stderr.write(
      e.code === 'EADDRINUSE'
        ? `attune serve: port ${options.port} is in use (another attune serve?); choose another with --port, or --port 0 for any free one\n`
        : `attune serve: cannot listen on ${options.host}:${options.port}: ${e.message}\n`,
    );
    return EXIT.usage;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${urlHost(options.host)}:${port}/`;
  stdout.write(`attune: serving on ${url}\n`);
  stdout.write(`attune: data in ${deps.config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : path.join(dataDir, 'attune.db')}; Ctrl-C stops the server\n`);
  if (!loopbackOnly) stderr.write(`attune serve: listening on ${options.host}: other machines on the network can reach this server and the data in it\n`);
  let closed: Promise<void> | null = null;
  const close = () => (closed ??= app.close().then(() => store.close()));
  return { app, store, url, close };
}

/** `attune serve`: the web app on this machine. The lead wires it in main.ts with one line. */
export function registerServeCommand(program: Command, deps: ServeDeps): Command {
  return program
    .command('serve')
    .description('run the web app on this machine: practice, review, questionnaires, diary, exposure ladders, worksheets and progress in the browser')
    .option('-p, --port <n>', `port to listen on (0: any free port)`, portOption, DEFAULT_PORT)
    .option('--host <address>', 'address to listen on; other than 127.0.0.1/localhost lets other machines reach your data', DEFAULT_HOST)
    .option('--data <dir>', 'folder for the SQLite database (default: ATTUNE_DATA_DIR or ~/.attune; DATABASE_URL selects PostgreSQL instead)')
    .action(async (opts: ServeOptions) => {
      const running = await startServe(opts, deps);
      if (typeof running === 'number') {
        process.exitCode = running;
        return;
      }
      deps.onListening?.(running);
      const stop = () => {
        void running.close().then(() => process.exit(EXIT.ok));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
