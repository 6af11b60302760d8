/**
 * For tests only: a small HTTP server on 127.0.0.1 that speaks the chat-completions protocol as the
 * test scripts it, so the client is tested over real sockets (chunking, time limits, refused
 * connections) rather than against a mocked fetch.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The body, parsed as JSON (undefined when it was not JSON). */
  body: unknown;
}

export type FakeHandler = (req: RecordedRequest, res: http.ServerResponse) => void | Promise<void>;

export interface FakeChatServer {
  /** The API base, e.g. http://127.0.0.1:40123/v1. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Requests whose connection closed before the answer ended (the client cancelled). */
  cancelled: number;
  close(): Promise<void>;
}

export async function startFakeChatServer(handler: FakeHandler): Promise<FakeChatServer> {
  const requests: RecordedRequest[] = [];
  const state = { cancelled: 0 };
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      const raw = Buffer.concat(parts).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      res.on('close', () => {
        if (!res.writableEnded) state.cancelled++;
      });
      Promise.resolve(handler(recorded, res)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(599);
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    get cancelled() {
      return state.cancelled;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // A handler that never answers would otherwise keep the server open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL where nothing listens: a port just opened and closed again. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A stream chunk's JSON as OpenAI and Ollama send it. */
export function chunkJson(delta: Record<string, unknown>, finishReason: string | null = null): string {
  return JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'test', choices: [{ index: 0, delta, finish_reason: finishReason }] });
}

/** The event stream of a reply given in pieces: a role chunk, a chunk a piece, a finish chunk, [DONE]. */
export function sseBody(pieces: readonly string[], eol = '\n'): string {
  const events = [chunkJson({ role: 'assistant', content: '' }), ...pieces.map((p) => chunkJson({ content: p })), chunkJson({}, 'stop'), '[DONE]'];
  return events.map((e) => `data: ${e}${eol}${eol}`).join('');
}

/** A whole (non-streamed) answer. */
export function completionJson(content: string | null): string {
  return JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'test', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });
}

/**
 * Writes `body` in slices of the given byte sizes (cycled), waiting between writes so they arrive
 * as separate reads: slices fall anywhere, inside a JSON line or a multi-byte character.
 */
export async function writeInSlices(res: http.ServerResponse, body: string, sizes: readonly number[], delayMs = 3): Promise<void> {
  const bytes = Buffer.from(body, 'utf8');
  let i = 0;
  for (let at = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length];
    res.write(bytes.subarray(at, at + n));
    at += n;
    await sleep(delayMs);
  }
  res.end();
}

export const SSE_HEADERS = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' };
export const JSON_HEADERS = { 'content-type': 'application/json' };
