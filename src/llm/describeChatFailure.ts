import type { ChatFailure } from './chatClient.js';

/**
 * A chat failure in a plain sentence for the person practising, ending with what happens next. The
 * `aborted` code gets one too, though a voice stays quiet about a cancel its own caller asked for.
 */
export function describeChatFailure(failure: ChatFailure, baseUrl: string, timeoutMs: number): string {
  const next = "carrying on with the scenario's own lines.";
  const detail = failure.detail ? `: ${failure.detail}` : '';
  switch (failure.code) {
    case 'timeout':
      return `The language model at ${baseUrl} did not answer within ${Math.round(timeoutMs / 100) / 10} seconds; ${next}`;
    case 'connection_refused':
      return `Nothing is answering at ${baseUrl} (connection refused; is the model server running?); ${next}`;
    case 'network_error':
      return `The language model at ${baseUrl} could not be reached (${failure.message}); ${next}`;
    case 'http_error':
      return `The language model at ${baseUrl} answered with an error (HTTP ${failure.status ?? '?'}${detail}); ${next}`;
    case 'malformed_response':
      return `The language model at ${baseUrl} sent an answer that is not in the chat-completions format (${failure.message}); ${next}`;
    case 'empty_reply':
      return `The language model at ${baseUrl} gave an empty reply; ${next}`;
    case 'aborted':
      return `The request to the language model at ${baseUrl} was cancelled; ${next}`;
  }
}
