import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { startSession } from '../core/practice/startSession.js';
import { takeTurn } from '../core/practice/takeTurn.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { DEFAULT_SCENARIOS_DIR, loadScenarios } from '../io/loadScenarios.js';
import { personaPrompt } from './personaPrompt.js';
import { openingVoiceContext, turnVoiceContext } from './voiceContext.js';

// The real engine on a shipped person scenario, where both sides are the speaker "person".
const analyzer = createAnalyzer(loadResourcesOrThrow());
const scenario = loadScenarios(path.join(DEFAULT_SCENARIOS_DIR, 'say-no-extra-work.yaml')).scenarios[0].scenario;
const REPLIES = ["I can't take the Henderson report this week; I'm at capacity with the Patel audit.", 'No, I really can’t. I could look at it next Monday if that helps.'];

describe('voiceContext', () => {
  it('opens with no conversation, the initial state and the engine\'s opening as guidance', () => {
    const session = startSession(scenario, 3);
    const ctx = openingVoiceContext(session);
    expect(ctx.conversation).toEqual([]);
    expect(ctx.scripted).toBe(session.opening);
    expect(ctx.state).toEqual(session.state);
    expect(ctx.ended).toBeNull();
  });

  it('answers a turn: the conversation up to the reply, the state after it, the engine\'s line as guidance', () => {
    let session = startSession(scenario, 3);
    const first = takeTurn(session, REPLIES[0], analyzer);
    session = first.session;
    const second = takeTurn(session, REPLIES[1], analyzer);
    session = second.session;

    const ctx1 = turnVoiceContext(session, first.turn);
    expect(ctx1.conversation).toEqual([
      { who: 'other', text: session.opening },
      { who: 'learner', text: REPLIES[0] },
    ]);
    expect(ctx1.scripted).toBe(first.turn.line);
    expect(ctx1.state).toEqual(first.turn.state.after);

    const ctx2 = turnVoiceContext(session, second.turn);
    expect(ctx2.conversation).toEqual([
      { who: 'other', text: session.opening },
      { who: 'learner', text: REPLIES[0] },
      { who: 'other', text: first.turn.line },
      { who: 'learner', text: REPLIES[1] },
    ]);
    expect(ctx2.state).toEqual(second.turn.state.after);
    expect(ctx2.ended).toEqual(second.turn.ended ? { outcome: second.turn.ended.outcome } : null);

    // The prompt carries the state after the turn and the learner's last words as the last user turn.
    const msgs = personaPrompt(ctx2);
    expect(msgs[msgs.length - 1]).toEqual({ role: 'user', content: REPLIES[1] });
    expect(msgs[0].content).toContain(`rapport: `);
    expect(msgs[0].content).toContain(`(${second.turn.state.after.rapport} on a scale of 0 to 100)`);
  });
});
