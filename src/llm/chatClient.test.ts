import { afterEach, describe, expect, it } from 'vitest';
import { createChatClient, type ChatClient, type ChatMessage, type ChatStreamEvent } from './chatClient.js';
import { parseBaseUrl } from './parseBaseUrl.js';
import { chunkJson, closedPortUrl, completionJson, JSON_HEADERS, sleep, SSE_HEADERS, sseBody, startFakeChatServer, writeInSlices, type FakeChatServer, type FakeHandler } from './testing/fakeChatServer.js';

const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'Voice Ruth.' },
  { role: 'user', content: 'What are the evenings like?' },
];

let server: FakeChatServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function clientFor(handler: FakeHandler, timeoutMs = 2_000): Promise<ChatClient> {
  server = await startFakeChatServer(handler);
  const base = parseBaseUrl(server.baseUrl);
  if (!base.ok) throw new Error(base.message);
  return createChatClient({ baseUrl: base.value, model: 'llama3.2', timeoutMs });
}

async function collect(gen: AsyncIterable<ChatStreamEvent>): Promise<ChatStreamEvent[]> {
  const out: ChatStreamEvent[] = [];
  for await (const ev of gen) out.push(ev);
  return out;
}

const deltas = (events: ChatStreamEvent[]) => events.filter((e) => e.type === 'delta').map((e) => (e as { text: string }).text);
const last = (events: ChatStreamEvent[]) => events[events.length - 1];

// Pieces with a multi-byte character and a quotation mark (escaped in the JSON), so slices fall inside both.
const PIECES = ['The ', 'evenings ', 'are… ', 'long. ', 'Since ', 'Anna ', 'left, ', 'the house is "so" ', 'quiet. ', '😶'];
const REPLY = PIECES.join('');

describe('chatClient: streaming', () => {
  it('reads a reply streamed over many chunks, slices falling inside JSON lines and characters', async () => {
    const body = sseBody(PIECES);
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      await writeInSlices(res, body, [7, 1, 13, 2, 29, 5]);
    });
    const events = await collect(client.stream(MESSAGES, { temperature: 0.5, maxTokens: 120 }));
    expect(deltas(events)).toEqual(PIECES);
    expect(last(events)).toEqual({ type: 'done', text: REPLY, finishReason: 'stop' });
    // One delta a piece, then done.
    expect(events.length).toBe(PIECES.length + 1);

    const req = server!.requests[0];
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.accept).toBe('text/event-stream');
    expect(req.body).toEqual({ model: 'llama3.2', messages: MESSAGES, stream: true, temperature: 0.5, max_tokens: 120 });
  });

  it('reads CRLF line ends and a stream without [DONE] whose last chunk gives a finish reason', async () => {
    const body = sseBody(['Fine', ', thank you.'], '\r\n').replace(/data: \[DONE\]\r\n\r\n$/, '');
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      await writeInSlices(res, body, [3, 17]);
    });
    const events = await collect(client.stream(MESSAGES));
    expect(last(events)).toEqual({ type: 'done', text: 'Fine, thank you.', finishReason: 'stop' });
  });

  it('reads a JSON answer sent to a streaming request (a server that ignores stream: true)', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(200, JSON_HEADERS);
      res.end(completionJson('It is only the sleeping.'));
    });
    const events = await collect(client.stream(MESSAGES));
    expect(events).toEqual([
      { type: 'delta', text: 'It is only the sleeping.' },
      { type: 'done', text: 'It is only the sleeping.', finishReason: 'stop' },
    ]);
  });

  it('reads an event stream sent with the wrong content type', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(sseBody(['Well, ', 'maybe.']));
    });
    const events = await collect(client.stream(MESSAGES));
    expect(last(events)).toEqual({ type: 'done', text: 'Well, maybe.', finishReason: 'stop' });
  });

  it('fails with malformed_response on a chunk that is not JSON, keeping what came before', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.end(`data: ${chunkJson({ content: 'I ' })}\n\ndata: {"choices": [{"delta": {"content": "wa\n\ndata: [DONE]\n\n`);
    });
    const events = await collect(client.stream(MESSAGES));
    const end = last(events);
    expect(end.type).toBe('error');
    if (end.type === 'error') {
      expect(end.failure.code).toBe('malformed_response');
      expect(end.partial).toBe('I ');
    }
  });

  it('fails with malformed_response on JSON that is not a chunk, and on a stream cut before its end', async () => {
    const notChunk = await clientFor((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.end('data: {"hello": "world"}\n\ndata: [DONE]\n\n');
    });
    const a = last(await collect(notChunk.stream(MESSAGES)));
    expect(a.type === 'error' && a.failure.code).toBe('malformed_response');
    await server!.close();

    const cut = await clientFor((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.end(`data: ${chunkJson({ content: 'Half a sen' })}\n\n`);
    });
    const b = last(await collect(cut.stream(MESSAGES)));
    expect(b.type === 'error' && b.failure.code).toBe('malformed_response');
    expect(b.type === 'error' && b.partial).toBe('Half a sen');
  });

  it('fails with empty_reply when the stream holds no words', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.end(sseBody(['', '  ', '\n']));
    });
    const events = await collect(client.stream(MESSAGES));
    expect(events.length).toBe(3);
    expect(last(events)).toMatchObject({ type: 'error', failure: { code: 'empty_reply' } });
  });

  it('reports an error object sent inside the stream as http_error with its message', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.end(`data: ${chunkJson({ content: 'Yes' })}\n\ndata: {"error":{"message":"out of memory","type":"server_error"}}\n\n`);
    });
    const end = last(await collect(client.stream(MESSAGES)));
    expect(end).toMatchObject({ type: 'error', failure: { code: 'http_error', detail: 'out of memory' }, partial: 'Yes' });
  });

  it('cancels the request when the reader stops early', async () => {
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      for (let i = 0; i < 200 && !res.destroyed; i++) {
        res.write(`data: ${chunkJson({ content: `word${i} ` })}\n\n`);
        await sleep(5);
      }
      res.end('data: [DONE]\n\n');
    });
    for await (const ev of client.stream(MESSAGES)) {
      if (ev.type === 'delta') break;
    }
    await sleep(100);
    expect(server!.cancelled).toBe(1);
  });
});

describe('chatClient: one answer', () => {
  it('asks with stream: false and reads choices[0].message.content', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(200, JSON_HEADERS);
      res.end(completionJson('I manage. Mostly.'));
    });
    expect(await client.complete(MESSAGES)).toEqual({ ok: true, text: 'I manage. Mostly.', finishReason: 'stop' });
    expect(server!.requests[0].body).toEqual({ model: 'llama3.2', messages: MESSAGES, stream: false });
    expect(server!.requests[0].headers.accept).toBe('application/json');
  });

  it('gathers an event stream sent although it asked for one answer', async () => {
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      await writeInSlices(res, sseBody(PIECES), [11]);
    });
    expect(await client.complete(MESSAGES)).toEqual({ ok: true, text: REPLY, finishReason: 'stop' });
  });

  it('fails with malformed_response on a body that is not JSON or lacks the message', async () => {
    for (const body of ['<html>Not found</html>', '{"choices": [', '{"choices": []}', '{"choices": [{"message": {"content": 42}}]}']) {
      const client = await clientFor((_req, res) => {
        res.writeHead(200, JSON_HEADERS);
        res.end(body);
      });
      const r = await client.complete(MESSAGES);
      expect(r.ok, body).toBe(false);
      if (!r.ok) expect(r.failure.code, body).toBe('malformed_response');
      await server!.close();
      server = null;
    }
  });

  it('fails with empty_reply on an empty or missing content', async () => {
    for (const content of ['', '   \n', null]) {
      const client = await clientFor((_req, res) => {
        res.writeHead(200, JSON_HEADERS);
        res.end(completionJson(content));
      });
      const r = await client.complete(MESSAGES);
      expect(r.ok ? null : r.failure.code).toBe('empty_reply');
      await server!.close();
      server = null;
    }
  });
});

describe('chatClient: failures are data', () => {
  it('times out on a server that never answers, in about the time limit', async () => {
    const client = await clientFor(() => undefined, 300);
    const t0 = Date.now();
    const r = await client.complete(MESSAGES);
    expect(r.ok ? null : r.failure.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(2_000);
    const events = await collect(client.stream(MESSAGES));
    expect(events).toEqual([{ type: 'error', failure: expect.objectContaining({ code: 'timeout' }), partial: '' }]);
  });

  it('times out on a stream that stops half-way, keeping what came', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.write(`data: ${chunkJson({ content: 'Well' })}\n\n`);
      // …and nothing more.
    }, 300);
    const events = await collect(client.stream(MESSAGES));
    expect(events[0]).toEqual({ type: 'delta', text: 'Well' });
    expect(last(events)).toMatchObject({ type: 'error', failure: { code: 'timeout' }, partial: 'Well' });
  });

  it('reports a refused connection on a closed port', async () => {
    const base = parseBaseUrl(await closedPortUrl());
    if (!base.ok) throw new Error(base.message);
    const client = createChatClient({ baseUrl: base.value, model: 'm', timeoutMs: 2_000 });
    const r = await client.complete(MESSAGES);
    expect(r.ok ? null : r.failure.code).toBe('connection_refused');
    expect(last(await collect(client.stream(MESSAGES)))).toMatchObject({ type: 'error', failure: { code: 'connection_refused' } });
  });

  it('reports an error status with the server\'s own message', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(500, JSON_HEADERS);
      res.end(JSON.stringify({ error: { message: 'model "llama3.2" not found, try pulling it first', type: 'api_error' } }));
    });
    const r = await client.complete(MESSAGES);
    expect(r).toEqual({ ok: false, failure: { code: 'http_error', message: 'HTTP 500 Internal Server Error', status: 500, detail: 'model "llama3.2" not found, try pulling it first' } });
    expect(last(await collect(client.stream(MESSAGES)))).toMatchObject({ type: 'error', failure: { code: 'http_error', status: 500 } });
  });

  it('reports an error status with a plain-text body', async () => {
    const client = await clientFor((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('404 page not found');
    });
    expect(await client.complete(MESSAGES)).toMatchObject({ ok: false, failure: { code: 'http_error', status: 404, detail: '404 page not found' } });
  });

  it('reports a cancel by the caller as aborted, not as a timeout', async () => {
    const client = await clientFor(() => undefined, 5_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const r = await client.complete(MESSAGES, { signal: controller.signal });
    expect(r.ok ? null : r.failure.code).toBe('aborted');
  });

  it('reports a connection dropped mid-stream as a network error', async () => {
    const client = await clientFor(async (_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.write(`data: ${chunkJson({ content: 'I was' })}\n\n`);
      await sleep(20);
      res.socket?.destroy();
    });
    expect(last(await collect(client.stream(MESSAGES)))).toMatchObject({ type: 'error', failure: { code: 'network_error', message: 'the connection was closed before the answer ended' }, partial: 'I was' });
  });
});
