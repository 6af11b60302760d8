/**
 * A language model voicing the simulated person of a practice session (`attune practice --llm URL
 * --model NAME`). The practice engine still reads every reply, drives the state and chooses a line;
 * the voice words that line in the persona and the moment (personaPrompt). Nothing is sent anywhere
 * until a voice is created and asked for a line, and creating one sends nothing.
 *
 * When the model fails (no answer in time, a refused connection, an error status, an answer that is not
 * the protocol, an empty reply) the voice gives the engine's own line, tells `onNotice` once in a plain
 * sentence, and stays with the engine's lines for the rest of the session: a server that failed once
 * would otherwise cost the learner a wait on every turn.
 */
import { createChatClient, DEFAULT_TIMEOUT_MS, type ChatFailure } from './chatClient.js';
import { describeChatFailure } from './describeChatFailure.js';
import { parseBaseUrl } from './parseBaseUrl.js';
import { personaPrompt, type VoiceContext } from './personaPrompt.js';
import { createReplyCleaner } from './replyCleaner.js';

export interface LlmVoiceOptions {
  /** The API base as the person typed it, e.g. http://127.0.0.1:11434/v1 (http or https). */
  baseUrl: string;
  model: string;
  /** For a whole reply (default 30 s). */
  timeoutMs?: number;
  /** Sampling temperature (default 0.7). */
  temperature?: number;
  /** `max_tokens` (default 300: the prompt asks for under 60 words). */
  maxTokens?: number;
  /** A bearer token, for servers that want one (local ones do not). */
  apiKey?: string;
}

export interface VoicedLine {
  text: string;
  /** `llm` when the model worded it, `script` when it is the engine's own line. */
  source: 'llm' | 'script';
  /** Why the engine's line was used, when the model was asked and failed (or had failed before). */
  failure?: ChatFailure;
  /**
   * On the one line whose failure switched the voice to the engine's lines: the sentence for the
   * learner (the same one `onNotice` gets).
   */
  notice?: string;
}

/** What the streaming variant yields: pieces of the model's reply as they come, then one `done`. */
export type VoiceEvent =
  | { type: 'piece'; text: string }
  /**
   * The line. With `source: 'llm'` the pieces already yielded are exactly `text`. With `source:
   * 'script'` nothing of `text` was yielded: print it; `interrupted` says some pieces of a model reply
   * were yielded first and then dropped (end the printed line before printing `text`).
   */
  | ({ type: 'done'; interrupted: boolean } & VoicedLine);

export interface VoiceCallOptions {
  /** Cancels the request (e.g. the learner quits); the engine's line is returned, with no notice. */
  signal?: AbortSignal;
  /**
   * Given: the reply is streamed and each tidied piece passed here as it comes. When the result's
   * source is `script`, pieces already passed (if any) were dropped: print the result's text whole.
   */
  onText?: (piece: string) => void;
}

export interface LlmVoice {
  /** The line (with `onText`, streamed: `stream: true`; without, `stream: false`). Never throws. */
  (context: VoiceContext, options?: VoiceCallOptions): Promise<VoicedLine>;
  /** The line as it streams (asks with `stream: true`). Never throws; always ends with one `done`. */
  stream(context: VoiceContext, options?: VoiceCallOptions): AsyncGenerator<VoiceEvent, void, undefined>;
  /** The API base requests go to. */
  readonly baseUrl: string;
  readonly model: string;
  /** The server is on this machine; when false, the conversation leaves it (say so). */
  readonly local: boolean;
  /** The failure that switched the voice to the engine's lines, or null while the model is in use. */
  readonly failure: ChatFailure | null;
}

export type CreateLlmVoiceResult =
  | { ok: true; voice: LlmVoice }
  | { ok: false; code: 'invalid_url' | 'invalid_model' | 'invalid_timeout'; message: string };

/** Told once per voice (one session), with a sentence for the learner, when the model first fails. */
export type VoiceNotice = (message: string, failure: ChatFailure) => void;

export function createLlmVoice(options: LlmVoiceOptions, onNotice: VoiceNotice = () => undefined): CreateLlmVoiceResult {
  const base = parseBaseUrl(options.baseUrl);
  if (!base.ok) return base;
  const model = options.model.trim();
  if (!model) return { ok: false, code: 'invalid_model', message: 'Name the model to use with --model (for Ollama, one listed by "ollama list", e.g. llama3.2).' };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return { ok: false, code: 'invalid_timeout', message: `The language-model time limit must be a positive number of milliseconds (got ${timeoutMs}).` };

  const client = createChatClient({ baseUrl: base.value, model, timeoutMs, ...(options.apiKey ? { apiKey: options.apiKey } : {}) });
  const chatOptions = { temperature: options.temperature ?? 0.7, maxTokens: options.maxTokens ?? 300 };
  let failed: ChatFailure | null = null;

  /** The engine's line after a failure; the first failure (not a cancel) switches the voice off. */
  const fallBack = (context: VoiceContext, failure: ChatFailure): VoicedLine => {
    if (failure.code !== 'aborted' && !failed) {
      failed = failure;
      const notice = describeChatFailure(failure, base.value.href, timeoutMs);
      onNotice(notice, failure);
      return { text: context.scripted, source: 'script', failure, notice };
    }
    return { text: context.scripted, source: 'script', failure };
  };
  const emptyReply: ChatFailure = { code: 'empty_reply', message: 'the reply held nothing to say once tidied' };

  const voice = async (context: VoiceContext, call: VoiceCallOptions = {}): Promise<VoicedLine> => {
    if (failed) return { text: context.scripted, source: 'script', failure: failed };
    if (call.onText) {
      for await (const ev of stream(context, call)) {
        if (ev.type === 'piece') call.onText(ev.text);
        else {
          const { type: _type, interrupted: _interrupted, ...line } = ev;
          return line;
        }
      }
    }
    const result = await client.complete(personaPrompt(context), { ...chatOptions, ...(call.signal ? { signal: call.signal } : {}) });
    if (!result.ok) return fallBack(context, result.failure);
    const cleaner = createReplyCleaner(context.scenario.persona.name);
    const text = cleaner.push(result.text) + cleaner.end();
    return text ? { text, source: 'llm' } : fallBack(context, emptyReply);
  };

  async function* stream(context: VoiceContext, call: VoiceCallOptions = {}): AsyncGenerator<VoiceEvent, void, undefined> {
    if (failed) {
      yield { type: 'done', text: context.scripted, source: 'script', failure: failed, interrupted: false };
      return;
    }
    const cleaner = createReplyCleaner(context.scenario.persona.name);
    let shown = '';
    for await (const ev of client.stream(personaPrompt(context), { ...chatOptions, ...(call.signal ? { signal: call.signal } : {}) })) {
      if (ev.type === 'delta') {
        const piece = cleaner.push(ev.text);
        if (piece) {
          shown += piece;
          yield { type: 'piece', text: piece };
        }
        continue;
      }
      if (ev.type === 'error') {
        yield { type: 'done', interrupted: shown !== '', ...fallBack(context, ev.failure) };
        return;
      }
      const tail = cleaner.end();
      if (tail) {
        shown += tail;
        yield { type: 'piece', text: tail };
      }
      if (!shown) yield { type: 'done', interrupted: false, ...fallBack(context, emptyReply) };
      else yield { type: 'done', interrupted: false, text: shown, source: 'llm' };
      return;
    }
    // The client always ends with done or error; this is for a stream cut short all the same.
    yield { type: 'done', interrupted: shown !== '', ...fallBack(context, { code: 'malformed_response', message: 'the stream ended without a result' }) };
  }

  Object.defineProperties(voice, {
    stream: { value: stream },
    baseUrl: { value: base.value.href, enumerable: true },
    model: { value: model, enumerable: true },
    local: { value: base.value.local, enumerable: true },
    failure: { get: () => failed, enumerable: true },
  });
  return { ok: true, voice: voice as LlmVoice };
}
