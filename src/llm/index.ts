/** The optional language-model voice of practice sessions (`attune practice --llm URL --model NAME`). */
export { CHAT_FAILURE_CODES, createChatClient, DEFAULT_TIMEOUT_MS, type ChatClient, type ChatClientOptions, type ChatFailure, type ChatFailureCode, type ChatMessage, type ChatOptions, type ChatResult, type ChatStreamEvent } from './chatClient.js';
export { describeChatFailure } from './describeChatFailure.js';
export { createLlmVoice, type CreateLlmVoiceResult, type LlmVoice, type LlmVoiceOptions, type VoiceCallOptions, type VoicedLine, type VoiceEvent, type VoiceNotice } from './llmVoice.js';
export { parseBaseUrl, type BaseUrl, type BaseUrlResult } from './parseBaseUrl.js';
export { describeState, levelWord, personaPrompt, personaSystemPrompt, type VoiceContext, type VoiceLine } from './personaPrompt.js';
export { cleanReply, createReplyCleaner, type ReplyCleaner } from './replyCleaner.js';
export { openingVoiceContext, turnVoiceContext } from './voiceContext.js';
