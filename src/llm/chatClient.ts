/**
 * A client for an OpenAI-compatible chat-completions endpoint (`POST {base}/chat/completions`): Ollama,
 * llama.cpp's server, vLLM, LM Studio and the like. It streams (Server-Sent Events, each `data:` a JSON
 * chunk carrying `choices[0].delta.content`, the last `data: [DONE]`) or asks for one JSON answer, and
 * reads a JSON answer where it asked for a stream (some servers ignore `stream: true`).
 *
 * Failures are data, never a throw: a `ChatFailure` with a stable `code`. Each request runs under
 * `AbortSignal.timeout(timeoutMs)`, which covers the whole answer, streamed body included.
 */
import type { BaseUrl } from './parseBaseUrl.js';
import { createSseParser } from './sseParser.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export const CHAT_FAILURE_CODES = [
  /** No complete answer within the time limit. */
  'timeout',
  /** Nothing listens at that address and port. */
  'connection_refused',
  /** Any other network failure: unknown host, connection reset, the stream cut off. */
  'network_error',
  /** The server answered with an HTTP error status (or an error object). */
  'http_error',
  /** The answer was not the protocol: not JSON, no `choices`, a stream without its end. */
  'malformed_response',
  /** The protocol was kept but the reply held no words. */
  'empty_reply',
  /** The caller's own signal cancelled the request. */
  'aborted',
] as const;
export type ChatFailureCode = (typeof CHAT_FAILURE_CODES)[number];

export interface ChatFailure {
  code: ChatFailureCode;
  /** What went wrong, in a short technical phrase (describeChatFailure words it for people). */
  message: string;
  /** The HTTP status, for `http_error`. */
  status?: number;
  /** The server's own error message, shortened, where it sent one. */
  detail?: string;
}

export type ChatResult =
  | { ok: true; text: string; finishReason: string | null }
  | { ok: false; failure: ChatFailure };

/** What a stream yields: pieces of the reply as they come, then exactly one `done` or `error`. */
export type ChatStreamEvent =
  | { type: 'delta'; text: string }
  | { type: 'done'; text: string; finishReason: string | null }
  /** `partial` is what had arrived before the failure. */
  | { type: 'error'; failure: ChatFailure; partial: string };

export interface ChatClientOptions {
  /** A base checked by parseBaseUrl. */
  baseUrl: BaseUrl;
  model: string;
  /** For the whole answer, streamed body included (default 30 s). */
  timeoutMs?: number;
  /** Sent as a bearer token when given (local servers need none). */
  apiKey?: string;
  /** A reply running past this many characters is cut off as malformed (default 20 000). */
  maxChars?: number;
}

export interface ChatOptions {
  temperature?: number;
  /** Sent as `max_tokens`. */
  maxTokens?: number;
  /** Cancels the request (the failure's code is then `aborted`). */
  signal?: AbortSignal;
}

export interface ChatClient {
  /** The URL requests go to. */
  readonly endpoint: string;
  readonly model: string;
  /** One JSON answer (`stream: false`). */
  complete(messages: readonly ChatMessage[], options?: ChatOptions): Promise<ChatResult>;
  /** A streamed answer (`stream: true`). Breaking out of the loop cancels the request. */
  stream(messages: readonly ChatMessage[], options?: ChatOptions): AsyncGenerator<ChatStreamEvent, void, undefined>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_CHARS = 20_000;
/** How much of an error body is read, and how much of its message is kept. */
const ERROR_BODY_CHARS = 4_000;
const DETAIL_CHARS = 200;

const failure = (code: ChatFailureCode, message: string, extra: Partial<ChatFailure> = {}): ChatFailure => ({ code, message, ...extra });
const shorten = (s: string, max = DETAIL_CHARS) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The first `code` (ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET, …) in an error's chain of causes. */
function errorCode(err: unknown, depth = 0): string | undefined {
  if (depth > 5 || err === null || typeof err !== 'object') return undefined;
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') return e.code;
  // Node tries each address of a host in turn and reports an AggregateError of them.
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const c = errorCode(inner, depth + 1);
      if (c) return c;
    }
  }
  return errorCode(e.cause, depth + 1);
}

/** A network failure in a short phrase (fetch itself says only "fetch failed"). */
function networkMessage(err: unknown, code: string | undefined): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name was not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'the connection was closed before the answer ended';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ETIMEDOUT') return 'the host cannot be reached';
  if (code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `the server's TLS certificate was not accepted (${code})`;
  const text = err instanceof Error ? err.message : String(err);
  return code ? `${text} (${code})` : text;
}

/** The error object's text, looked for where OpenAI, Ollama, vLLM and llama.cpp put it. */
function errorText(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const j = json as { error?: unknown; message?: unknown; detail?: unknown };
  if (typeof j.error === 'string') return j.error;
  if (j.error && typeof j.error === 'object' && typeof (j.error as { message?: unknown }).message === 'string') return (j.error as { message: string }).message;
  if (typeof j.message === 'string') return j.message;
  if (typeof j.detail === 'string') return j.detail;
  return undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One chunk of a stream, read: a piece of text (maybe empty), a finish reason, or a failure. */
type Chunk = { ok: true; text: string; finishReason: string | null } | { ok: false; failure: ChatFailure };

function readChunk(data: string, status: number): Chunk {
  const parsed = parseJson(data);
  if (!parsed.ok) return { ok: false, failure: failure('malformed_response', 'a stream event is not JSON', { detail: shorten(data) }) };
  const json = parsed.value;
  if (!isObject(json)) return { ok: false, failure: failure('malformed_response', 'a stream event is not a JSON object', { detail: shorten(data) }) };
  const err = errorText(json);
  if (json.error !== undefined && err !== undefined) return { ok: false, failure: failure('http_error', 'the server sent an error in the stream', { status, detail: shorten(err) }) };
  if (!Array.isArray(json.choices)) return { ok: false, failure: failure('malformed_response', 'a stream event has no "choices"', { detail: shorten(data) }) };
  // A usage-only chunk has no choices.
  const choice = json.choices[0];
  if (choice === undefined) return { ok: true, text: '', finishReason: null };
  if (!isObject(choice)) return { ok: false, failure: failure('malformed_response', 'a stream choice is not an object', { detail: shorten(data) }) };
  const delta = choice.delta;
  const content = isObject(delta) ? delta.content : undefined;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    return { ok: false, failure: failure('malformed_response', 'a stream delta\'s content is not text', { detail: shorten(data) }) };
  }
  const finishReason = typeof choice.finish_reason === 'string' ? choice.finish_reason : null;
  return { ok: true, text: content ?? '', finishReason };
}

/** A whole (non-streamed) answer: `choices[0].message.content`. */
function readCompletion(body: string, status: number): ChatResult {
  const parsed = parseJson(body);
  if (!parsed.ok) return { ok: false, failure: failure('malformed_response', 'the answer is not JSON', { detail: shorten(body) }) };
  const json = parsed.value;
  if (!isObject(json)) return { ok: false, failure: failure('malformed_response', 'the answer is not a JSON object', { detail: shorten(body) }) };
  if (json.error !== undefined) return { ok: false, failure: failure('http_error', 'the server sent an error', { status, detail: shorten(errorText(json) ?? JSON.stringify(json.error)) }) };
  const choice = Array.isArray(json.choices) ? json.choices[0] : undefined;
  const message = isObject(choice) ? choice.message : undefined;
  const content = isObject(message) ? message.content : undefined;
  if (!isObject(choice) || !isObject(message) || (content !== null && typeof content !== 'string')) {
    return { ok: false, failure: failure('malformed_response', 'the answer has no "choices[0].message.content"', { detail: shorten(body) }) };
  }
  const text = content ?? '';
  if (!text.trim()) return { ok: false, failure: failure('empty_reply', 'the reply is empty') };
  return { ok: true, text, finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null };
}

/**
 * Turns the text of an event stream, in pieces, into events: a `delta` per piece of reply, then one
 * `done` or `error`. Used both while a stream arrives and for a whole body read at once.
 */
function createStreamDecoder(status: number, maxChars: number) {
  let text = '';
  let finishReason: string | null = null;
  let finished = false;
  let out: ChatStreamEvent[] = [];
  const finish = (ev: ChatStreamEvent) => {
    finished = true;
    out.push(ev);
  };
  const complete = () => finish(text.trim() ? { type: 'done', text, finishReason } : { type: 'error', failure: failure('empty_reply', 'the reply is empty'), partial: text });
  const parser = createSseParser((data) => {
    if (finished) return;
    if (data.trim() === '[DONE]') return complete();
    const chunk = readChunk(data, status);
    if (!chunk.ok) return finish({ type: 'error', failure: chunk.failure, partial: text });
    if (chunk.finishReason) finishReason = chunk.finishReason;
    if (!chunk.text) return;
    text += chunk.text;
    if (text.length > maxChars) return finish({ type: 'error', failure: failure('malformed_response', `the reply ran past ${maxChars} characters`), partial: text });
    out.push({ type: 'delta', text: chunk.text });
  });
  const take = () => {
    const events = out;
    out = [];
    return events;
  };
  return {
    get finished() {
      return finished;
    },
    get text() {
      return text;
    },
    push(piece: string): ChatStreamEvent[] {
      if (!finished) parser.push(piece);
      return take();
    },
    /** The body has ended: a stream without `[DONE]` still counts when its last chunk said why it stopped. */
    end(): ChatStreamEvent[] {
      if (!finished) parser.end();
      if (!finished) {
        if (finishReason !== null) complete();
        else finish({ type: 'error', failure: failure('malformed_response', 'the stream ended before "data: [DONE]"'), partial: text });
      }
      return take();
    },
  };
}

/** An event-stream body sent whole (to a request that did not stream, or with the wrong content type). */
const looksLikeEvents = (body: string) => /^\s*(data|event|id|retry)?:/.test(body);

export function createChatClient(options: ChatClientOptions): ChatClient {
  const endpoint = `${options.baseUrl.href}/chat/completions`;
  const { model } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;

  /** The signals of one request: its time limit, the caller's, and our own (to cancel on early exit). */
  const signals = (caller?: AbortSignal) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const own = new AbortController();
    const signal = AbortSignal.any([timeout, own.signal, ...(caller ? [caller] : [])]);
    /** Why a request or a body read failed: the signals say it better than the error's name. */
    const classify = (err: unknown): ChatFailure => {
      if (timeout.aborted) return failure('timeout', `no complete answer within ${timeoutMs} ms`);
      if (caller?.aborted) return failure('aborted', 'the request was cancelled');
      const code = errorCode(err);
      if (code === 'ECONNREFUSED') return failure('connection_refused', `connection refused at ${endpoint}`);
      return failure('network_error', networkMessage(err, code));
    };
    return { signal, cancel: () => own.abort(), classify };
  };

  type Signals = ReturnType<typeof signals>;

  /** Sends the request; an error status or a network failure comes back as a failure. */
  const send = async (messages: readonly ChatMessage[], stream: boolean, opts: ChatOptions, s: Signals): Promise<{ ok: true; res: Response } | { ok: false; failure: ChatFailure }> => {
    const body: Record<string, unknown> = { model, messages, stream };
    if (opts.temperature !== undefined) body.temperature = opts.temperature;
    if (opts.maxTokens !== undefined) body.max_tokens = opts.maxTokens;
    let res: Response;
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: stream ? 'text/event-stream' : 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal: s.signal,
      });
    } catch (err) {
      return { ok: false, failure: s.classify(err) };
    }
    if (res.ok) return { ok: true, res };
    let detail: string | undefined;
    try {
      const text = (await res.text()).slice(0, ERROR_BODY_CHARS);
      const parsed = parseJson(text);
      detail = (parsed.ok ? errorText(parsed.value) : undefined) ?? (text.trim() || undefined);
    } catch {
      // The status alone says enough.
    }
    return { ok: false, failure: failure('http_error', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, { status: res.status, ...(detail ? { detail: shorten(detail) } : {}) }) };
  };

  /** The body's text, piece by piece as it arrives (UTF-8 decoded across chunk boundaries). */
  async function* bodyText(res: Response): AsyncGenerator<string, void, undefined> {
    if (!res.body) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder('utf-8');
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const piece = decoder.decode(value, { stream: true });
        if (piece) yield piece;
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } finally {
      // Stops the transfer when the reader leaves early; a no-op once the body has ended.
      reader.cancel().catch(() => undefined);
    }
  }

  /** The whole body, up to a bound (a runaway answer is cut off, then fails to parse). */
  const wholeBody = async (res: Response, s: Signals): Promise<{ ok: true; body: string } | { ok: false; failure: ChatFailure }> => {
    let body = '';
    try {
      for await (const piece of bodyText(res)) {
        body += piece;
        if (body.length > maxChars * 4) break;
      }
    } catch (err) {
      return { ok: false, failure: s.classify(err) };
    }
    return { ok: true, body };
  };

  /** A whole body as events: an event stream, or one JSON answer. */
  function* eventsOfBody(body: string, status: number): Generator<ChatStreamEvent> {
    if (looksLikeEvents(body)) {
      const decoder = createStreamDecoder(status, maxChars);
      yield* decoder.push(body);
      yield* decoder.end();
      return;
    }
    const result = readCompletion(body, status);
    if (!result.ok) {
      yield { type: 'error', failure: result.failure, partial: '' };
      return;
    }
    yield { type: 'delta', text: result.text };
    yield { type: 'done', text: result.text, finishReason: result.finishReason };
  }

  async function* stream(messages: readonly ChatMessage[], opts: ChatOptions = {}): AsyncGenerator<ChatStreamEvent, void, undefined> {
    const s = signals(opts.signal);
    try {
      const sent = await send(messages, true, opts, s);
      if (!sent.ok) {
        yield { type: 'error', failure: sent.failure, partial: '' };
        return;
      }
      const { res } = sent;
      if (!(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
        // Some servers ignore `stream: true` and answer in one JSON object.
        const whole = await wholeBody(res, s);
        if (!whole.ok) yield { type: 'error', failure: whole.failure, partial: '' };
        else yield* eventsOfBody(whole.body, res.status);
        return;
      }
      const decoder = createStreamDecoder(res.status, maxChars);
      try {
        for await (const piece of bodyText(res)) {
          for (const ev of decoder.push(piece)) yield ev;
          if (decoder.finished) return;
        }
      } catch (err) {
        yield { type: 'error', failure: s.classify(err), partial: decoder.text };
        return;
      }
      yield* decoder.end();
    } finally {
      s.cancel();
    }
  }

  async function complete(messages: readonly ChatMessage[], opts: ChatOptions = {}): Promise<ChatResult> {
    const s = signals(opts.signal);
    try {
      const sent = await send(messages, false, opts, s);
      if (!sent.ok) return sent;
      const whole = await wholeBody(sent.res, s);
      if (!whole.ok) return whole;
      for (const ev of eventsOfBody(whole.body, sent.res.status)) {
        if (ev.type === 'error') return { ok: false, failure: ev.failure };
        if (ev.type === 'done') return { ok: true, text: ev.text, finishReason: ev.finishReason };
      }
      return { ok: false, failure: failure('malformed_response', 'the answer ended without a reply') };
    } finally {
      s.cancel();
    }
  }

  return { endpoint, model, complete, stream };
}
