import { InvalidArgumentError } from 'commander';
import type { Writable } from 'node:stream';
import { createLlmVoice, parseBaseUrl, openingVoiceContext, turnVoiceContext } from '../llm/index.js';
import { scriptedVoice, type PracticeVoice } from './practiceVoice.js';

/** `--llm URL`: checked when the command line is read, so a bad URL is a usage error (exit 2). */
export function llmUrlOption(value: string): string {
  const r = parseBaseUrl(value);
  if (!r.ok) throw new InvalidArgumentError(r.message);
  return value;
}

export function secondsOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('give a number of seconds above 0');
  return n;
}

/**
 * The voice of the simulated person for `attune practice`: the scenario's own lines unless the user
 * asked for a language model with `--llm URL --model NAME`. Nothing is sent anywhere otherwise; when the
 * model is not on this machine the learner is told before anything is sent.
 */
export function practiceVoiceFor(options: Record<string, unknown>, stderr: Writable): PracticeVoice {
  const url = typeof options.llm === 'string' ? options.llm : undefined;
  if (!url) return scriptedVoice;
  const model = typeof options.model === 'string' && options.model ? options.model : undefined;
  if (!model) throw new InvalidArgumentError('--llm needs --model NAME (the model the server should use)');
  const timeoutMs = typeof options.llmTimeout === 'number' ? options.llmTimeout * 1000 : undefined;
  const made = createLlmVoice({ baseUrl: url, model, ...(timeoutMs ? { timeoutMs } : {}) });
  if (!made.ok) throw new InvalidArgumentError(made.message);
  const llm = made.voice;
  if (!llm.local) stderr.write(`attune practice: your replies and the scenario will be sent to ${llm.baseUrl}, which is not this machine.\n`);
  return async (request, onText) => {
    const context = request.turn ? turnVoiceContext(request.session, request.turn) : openingVoiceContext(request.session);
    const line = await llm(context, onText ? { onText } : {});
    return { text: line.text, voice: line.source === 'llm' ? 'model' : 'script', ...(line.notice ? { notice: line.notice } : {}) };
  };
}
