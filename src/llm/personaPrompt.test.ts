import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../core/practice/scenario.js';
import { DEFAULT_SCENARIOS_DIR, loadScenarios } from '../io/loadScenarios.js';
import { describeState, levelWord, personaPrompt, type VoiceContext } from './personaPrompt.js';

function scenario(id: string): Scenario {
  const load = loadScenarios(path.join(DEFAULT_SCENARIOS_DIR, `${id}.yaml`));
  if (!load.scenarios.length) throw new Error(`${id}: ${JSON.stringify(load.problems)}`);
  return load.scenarios[0].scenario;
}

const ruth = scenario('lonely-minimiser');
const mark = scenario('say-no-extra-work');
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function contextFor(s: Scenario, over: Partial<VoiceContext> = {}): VoiceContext {
  const state: Record<string, number> = {};
  for (const [name, v] of Object.entries(s.state)) state[name] = v.initial;
  return {
    scenario: s,
    state,
    conversation: [
      { who: 'other', text: s.opening[0] },
      { who: 'learner', text: 'What are the evenings like for you?' },
    ],
    scripted: s.lines[0].say[0],
    ended: null,
    ...over,
  };
}

describe('levelWord', () => {
  it('places a value in its range in words', () => {
    expect([0, 20, 50, 70, 100].map((v) => levelWord(v, 0, 100))).toEqual(['very low', 'low', 'moderate', 'high', 'very high']);
    expect(levelWord(0, -5, 5)).toBe('moderate');
    expect(levelWord(3, 3, 3)).toBe('moderate');
  });
});

describe('personaPrompt', () => {
  it('puts the persona, the state in words, the guidance and the rules in one system message', () => {
    const ctx = contextFor(ruth, { state: { ...contextFor(ruth).state, rapport: 12 } });
    const [system] = personaPrompt(ctx);
    expect(system.role).toBe('system');
    const text = system.content;
    expect(text).toContain(`Voice ${ruth.persona.name}`);
    expect(text).toContain(flat(ruth.persona.description));
    expect(text).toContain(flat(ruth.persona.problem));
    expect(text).toContain(flat(ruth.situation));
    expect(text).toContain('a therapist practises');
    // Rapport first, then the scenario's own variables, each with its value, a word and its description.
    const stateLines = text.split('\n').filter((l) => l.startsWith('- ') && /on a scale of/.test(l));
    expect(stateLines[0]).toContain('rapport: very low (12 on a scale of 0 to 100)');
    expect(stateLines.length).toBe(Object.keys(ruth.state).length);
    for (const [name, v] of Object.entries(ruth.state)) {
      expect(text).toContain(`- ${name.replace(/_/g, ' ')}: `);
      expect(text).toContain(v.description);
    }
    expect(text).toContain(`in the spirit of: "${flat(ctx.scripted)}"`);
    expect(text).toMatch(/short sentences/);
    expect(text).toMatch(/Stay in character/);
    expect(text).toMatch(/Never give clinical, medical or medication advice/);
    expect(text).toMatch(/Never mention being an AI/);
    expect(text).not.toMatch(/last line/);
  });

  it('gives the conversation as alternating turns, the person as the assistant, ending on the learner', () => {
    const msgs = personaPrompt(contextFor(ruth));
    expect(msgs.slice(1)).toEqual([
      { role: 'user', content: '(The conversation begins.)' },
      { role: 'assistant', content: ruth.opening[0] },
      { role: 'user', content: 'What are the evenings like for you?' },
    ]);
  });

  it('asks for an opening line with a user turn, and joins two lines of one side', () => {
    expect(personaPrompt(contextFor(ruth, { conversation: [] })).slice(1)).toEqual([{ role: 'user', content: '(The conversation begins.)' }]);
    const msgs = personaPrompt(contextFor(ruth, {
      conversation: [
        { who: 'learner', text: 'Hello Ruth.' },
        { who: 'learner', text: 'Take your time.' },
        { who: 'other', text: 'Thank you.' },
      ],
    }));
    expect(msgs.slice(1)).toEqual([
      { role: 'user', content: 'Hello Ruth.\nTake your time.' },
      { role: 'assistant', content: 'Thank you.' },
      { role: 'user', content: '(Silence. The conversation goes on.)' },
    ]);
    for (let i = 2; i < msgs.length; i++) expect(msgs[i].role).not.toBe(msgs[i - 1].role);
  });

  it('says when the line closes the session, and how it ends', () => {
    const text = personaPrompt(contextFor(ruth, { ended: { outcome: 'failure' } }))[0].content;
    expect(text).toMatch(/last line: the conversation ends here and it ends badly/);
  });

  it('frames a person scenario as the other person and what they want', () => {
    const ctx = contextFor(mark);
    const msgs = personaPrompt(ctx);
    const text = msgs[0].content;
    expect(text).toContain(`What ${mark.persona.name} wants: ${flat(mark.persona.problem)}`);
    expect(text).toContain('speaking up for themselves');
    expect(text).toContain(`they mean the other person, not ${mark.persona.name}`);
    expect(text).not.toMatch(/therapy/);
    expect(msgs.slice(1).map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
  });

  it('is pure: the same context gives the same messages', () => {
    expect(personaPrompt(contextFor(mark))).toEqual(personaPrompt(contextFor(mark)));
  });
});

describe('describeState', () => {
  it('skips variables the state lacks', () => {
    expect(describeState(ruth, { rapport: 50 })).toEqual([`- rapport: moderate (50 on a scale of 0 to 100). ${ruth.state.rapport.description}`]);
  });
});
