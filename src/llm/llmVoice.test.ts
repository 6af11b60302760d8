import { afterEach, describe, expect, it } from 'vitest';
import type { ChatFailure } from './chatClient.js';
import { createLlmVoice, type LlmVoice, type VoiceEvent } from './llmVoice.js';
import type { VoiceContext } from './personaPrompt.js';
import { chunkJson, closedPortUrl, completionJson, JSON_HEADERS, sleep, SSE_HEADERS, sseBody, startFakeChatServer, writeInSlices, type FakeChatServer, type FakeHandler } from './testing/fakeChatServer.js';

const CONTEXT: VoiceContext = {
  scenario: {
    role: 'therapist',
    persona: { name: 'Ruth', description: 'Ruth is 71, widowed, polite, and plays her feelings down.', problem: 'Poor sleep; underneath, loneliness.' },
    situation: 'You are a counsellor meeting Ruth for the first time.',
    state: {
      rapport: { initial: 40, min: 0, max: 100, description: 'How safe and connected Ruth feels with you.' },
      openness: { initial: 15, min: 0, max: 100, description: 'How much Ruth lets herself say about how she feels.' },
    },
  },
  state: { rapport: 55, openness: 30 },
  conversation: [
    { who: 'other', text: "It's just the sleeping, really." },
    { who: 'learner', text: 'It sounds like the nights are long and lonely since your daughter left.' },
  ],
  scripted: 'Yes. Well. The evenings are the worst, if I am honest.',
  ended: null,
};

let server: FakeChatServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Made {
  voice: LlmVoice;
  notices: Array<{ message: string; failure: ChatFailure }>;
}

function make(baseUrl: string, timeoutMs = 2_000): Made {
  const notices: Made['notices'] = [];
  const r = createLlmVoice({ baseUrl, model: 'llama3.2', timeoutMs }, (message, failure) => notices.push({ message, failure }));
  if (!r.ok) throw new Error(r.message);
  return { voice: r.voice, notices };
}

async function voiceFor(handler: FakeHandler, timeoutMs = 2_000): Promise<Made> {
  server = await startFakeChatServer(handler);
  return make(server.baseUrl, timeoutMs);
}

async function collect(gen: AsyncIterable<VoiceEvent>): Promise<VoiceEvent[]> {
  const out: VoiceEvent[] = [];
  for await (const ev of gen) out.push(ev);
  return out;
}
const piecesOf = (events: VoiceEvent[]) => events.filter((e) => e.type === 'piece').map((e) => (e as { text: string }).text);
const doneOf = (events: VoiceEvent[]) => {
  const d = events[events.length - 1];
  if (d.type !== 'done') throw new Error('the stream did not end with done');
  expect(events.filter((e) => e.type === 'done').length).toBe(1);
  return d;
};

describe('createLlmVoice: what it accepts', () => {
  it('refuses a URL that is not http or https, saying so plainly', () => {
    for (const baseUrl of ['ftp://127.0.0.1:11434/v1', 'localhost:11434', 'file:///tmp/x']) {
      const r = createLlmVoice({ baseUrl, model: 'llama3.2' });
      expect(r.ok, baseUrl).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid_url');
        expect(r.message).toMatch(/http:\/\/ or https:\/\/|not a URL/);
      }
    }
  });

  it('refuses an empty model name and a time limit that is not positive', () => {
    expect(createLlmVoice({ baseUrl: 'http://127.0.0.1:11434/v1', model: '  ' })).toMatchObject({ ok: false, code: 'invalid_model' });
    expect(createLlmVoice({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'm', timeoutMs: 0 })).toMatchObject({ ok: false, code: 'invalid_timeout' });
  });

  it('sends nothing until asked for a line, and says whether the server is on this machine', async () => {
    const { voice } = await voiceFor((_req, res) => {
      res.end();
    });
    await sleep(50);
    expect(server!.requests.length).toBe(0);
    expect(voice.local).toBe(true);
    expect(voice.model).toBe('llama3.2');
    expect(voice.baseUrl).toBe(server!.baseUrl);
    const remote = createLlmVoice({ baseUrl: 'https://example.org/v1', model: 'm' });
    expect(remote.ok && remote.voice.local).toBe(false);
  });
});

describe('llmVoice: the model speaks', () => {
  it('streams the reply in pieces, tidied, and asks with the persona, the state and the stream flag', async () => {
    const reply = ['Ruth', ': ', '"Yes', '. The ', 'evenings… ', 'they are ', 'the worst."', '\n'];
    const { voice, notices } = await voiceFor(async (_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      await writeInSlices(res, sseBody(reply), [9, 2, 31]);
    });
    const events = await collect(voice.stream(CONTEXT));
    const pieces = piecesOf(events);
    expect(pieces.length).toBeGreaterThan(1);
    const done = doneOf(events);
    expect(done).toEqual({ type: 'done', interrupted: false, text: 'Yes. The evenings… they are the worst.', source: 'llm' });
    expect(pieces.join('')).toBe(done.text);
    expect(notices).toEqual([]);

    const body = server!.requests[0].body as { model: string; stream: boolean; messages: Array<{ role: string; content: string }>; max_tokens: number };
    expect(body.model).toBe('llama3.2');
    expect(body.stream).toBe(true);
    expect(body.max_tokens).toBeGreaterThan(0);
    const system = body.messages[0];
    expect(system.role).toBe('system');
    expect(system.content).toContain('Ruth is 71, widowed');
    expect(system.content).toContain('rapport: moderate (55 on a scale of 0 to 100)');
    expect(system.content).toContain('openness: low (30 on a scale of 0 to 100)');
    expect(system.content).toContain(`in the spirit of: "${CONTEXT.scripted}"`);
    expect(body.messages.slice(1)).toEqual([
      { role: 'user', content: '(The conversation begins.)' },
      { role: 'assistant', content: "It's just the sleeping, really." },
      { role: 'user', content: 'It sounds like the nights are long and lonely since your daughter left.' },
    ]);
  });

  it('gives the whole line at once with stream: false', async () => {
    const { voice } = await voiceFor((_req, res) => {
      res.writeHead(200, JSON_HEADERS);
      res.end(completionJson('<think>She is opening up.</think>\nThe evenings, mostly.'));
    });
    expect(await voice(CONTEXT)).toEqual({ text: 'The evenings, mostly.', source: 'llm' });
    expect((server!.requests[0].body as { stream: boolean }).stream).toBe(false);
  });

  it('streams through the callable too when given onText, passing the pieces as they come', async () => {
    const { voice } = await voiceFor(async (_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      await writeInSlices(res, sseBody(['The ', 'evenings, ', 'mostly.']), [40]);
    });
    const pieces: string[] = [];
    const line = await voice(CONTEXT, { onText: (p) => pieces.push(p) });
    expect(line).toEqual({ text: 'The evenings, mostly.', source: 'llm' });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(line.text);
    expect((server!.requests[0].body as { stream: boolean }).stream).toBe(true);
  });

  it('keeps asking the model turn after turn while it answers', async () => {
    let n = 0;
    const { voice } = await voiceFor((_req, res) => {
      res.writeHead(200, JSON_HEADERS);
      res.end(completionJson(`Answer ${++n}.`));
    });
    expect((await voice(CONTEXT)).text).toBe('Answer 1.');
    expect(doneOf(await collect(voice.stream(CONTEXT))).text).toBe('Answer 2.');
    expect(voice.failure).toBeNull();
  });
});

/** Each way the model can fail, with the words its notice must carry. */
const FAILURES: Array<{ name: string; code: ChatFailure['code']; words: RegExp; handler?: FakeHandler; closed?: true; timeoutMs?: number }> = [
  { name: 'a slow server', code: 'timeout', words: /did not answer within 0\.3 seconds/, handler: () => undefined, timeoutMs: 300 },
  { name: 'a refused connection', code: 'connection_refused', words: /Nothing is answering at .*connection refused/, closed: true },
  { name: 'a 500', code: 'http_error', words: /answered with an error \(HTTP 500: model crashed\)/, handler: (_q, res) => { res.writeHead(500, JSON_HEADERS); res.end('{"error":"model crashed"}'); } },
  { name: 'malformed JSON', code: 'malformed_response', words: /not in the chat-completions format/, handler: (_q, res) => { res.writeHead(200, SSE_HEADERS); res.end('data: {"choices": [{"delta": \n\ndata: [DONE]\n\n'); } },
  { name: 'an empty reply', code: 'empty_reply', words: /gave an empty reply/, handler: (_q, res) => { res.writeHead(200, SSE_HEADERS); res.end(sseBody(['', ' '])); } },
  { name: 'a reply that is all thinking', code: 'empty_reply', words: /gave an empty reply/, handler: (_q, res) => { res.writeHead(200, SSE_HEADERS); res.end(sseBody(['<think>', 'Ruth would', ' say…</think>', '  '])); } },
];

describe('llmVoice: the scenario carries on when the model fails', () => {
  for (const f of FAILURES) {
    it(`on ${f.name}: the engine's line, one notice, then the engine's lines without asking again`, async () => {
      const made = f.closed ? make(await closedPortUrl(), f.timeoutMs) : await voiceFor(f.handler!, f.timeoutMs);
      const { voice, notices } = made;

      const events = await collect(voice.stream(CONTEXT));
      expect(piecesOf(events)).toEqual([]);
      const done = doneOf(events);
      expect(done).toMatchObject({ text: CONTEXT.scripted, source: 'script', interrupted: false, failure: { code: f.code } });
      // The failing line carries the notice itself, for a caller that shows notices with lines.
      expect(done.notice).toBe(notices[0].message);
      expect(notices.length).toBe(1);
      expect(notices[0].failure.code).toBe(f.code);
      expect(notices[0].message).toMatch(f.words);
      expect(notices[0].message).toContain(voice.baseUrl);
      expect(notices[0].message).toMatch(/carrying on with the scenario's own lines\.$/);
      expect(voice.failure?.code).toBe(f.code);

      // Later lines: the engine's, at once, with no new request and no second notice.
      const asked = server?.requests.length ?? 0;
      const later = { ...CONTEXT, scripted: 'The evenings are long.' };
      const next = await voice(later);
      expect(next).toMatchObject({ text: 'The evenings are long.', source: 'script', failure: { code: f.code } });
      expect(next.notice).toBeUndefined();
      expect(doneOf(await collect(voice.stream(later)))).toMatchObject({ text: 'The evenings are long.', source: 'script' });
      expect(server?.requests.length ?? 0).toBe(asked);
      expect(notices.length).toBe(1);
    });
  }

  it('gives the notice once also through the whole-line variant', async () => {
    const { voice, notices } = make(await closedPortUrl());
    const pieces: string[] = [];
    const first = await voice(CONTEXT, { onText: (p) => pieces.push(p) });
    expect(first).toMatchObject({ text: CONTEXT.scripted, source: 'script', failure: { code: 'connection_refused' } });
    expect(first.notice).toMatch(/^Nothing is answering at /);
    expect(pieces).toEqual([]);
    await voice(CONTEXT);
    await collect(voice.stream(CONTEXT));
    expect(notices.length).toBe(1);
  });

  it('says the pieces were dropped when a stream fails half-way', async () => {
    const { voice, notices } = await voiceFor((_req, res) => {
      res.writeHead(200, SSE_HEADERS);
      res.write(`data: ${chunkJson({ content: 'Well, the evenings ' })}\n\n`);
    }, 300);
    const events = await collect(voice.stream(CONTEXT));
    expect(piecesOf(events).join('')).toBe('Well, the evenings');
    expect(doneOf(events)).toMatchObject({ text: CONTEXT.scripted, source: 'script', interrupted: true, failure: { code: 'timeout' } });
    expect(notices.length).toBe(1);
  });

  it('gives the engine\'s line without a notice when the caller cancels, and keeps the model', async () => {
    let n = 0;
    const { voice, notices } = await voiceFor((_req, res) => {
      if (++n === 1) return; // the first request hangs until cancelled
      res.writeHead(200, JSON_HEADERS);
      res.end(completionJson('Sorry, where was I?'));
    }, 5_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await voice(CONTEXT, { signal: controller.signal })).toMatchObject({ text: CONTEXT.scripted, source: 'script', failure: { code: 'aborted' } });
    expect(notices).toEqual([]);
    expect(voice.failure).toBeNull();
    expect(await voice(CONTEXT)).toEqual({ text: 'Sorry, where was I?', source: 'llm' });
  });
});
