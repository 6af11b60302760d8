import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { loadScenarios } from '../io/loadScenarios.js';
import { closingSummary } from '../core/practice/summarizeSession.js';
import { playReplies, type Voicing } from './practiceRun.js';
import { scriptedVoice, type PracticeVoice, type VoiceRequest } from './practiceVoice.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const library = loadScenarios().scenarios.map((s) => s.scenario);
const find = (id: string) => library.find((s) => s.id === id)!;
const script: Voicing = { voice: scriptedVoice };

describe('playReplies', () => {
  it('replays exactly from the seed and the replies', async () => {
    const replies = ["I'm sorry, maybe I could try?", "No, I can't take it on this week."];
    const a = await playReplies(find('say-no-extra-work'), 11, replies, analyzer, script);
    const b = await playReplies(find('say-no-extra-work'), 11, replies, analyzer, script);
    expect(JSON.stringify(b.run)).toBe(JSON.stringify(a.run));
    expect(a.run.session.turns.map((t) => t.reply)).toEqual(replies);
    expect(a.run.voices).toEqual(['script', 'script', 'script']);
  });

  it('skips blank lines and counts the replies left when the session ends first', async () => {
    const no = "No, I can't take it on this week.";
    const { run, unusedReplies } = await playReplies(find('say-no-extra-work'), 1, ['', no, '   ', no, no, no], analyzer, script);
    expect(run.session.ending?.id).toBe('accepted');
    expect(run.session.turns).toHaveLength(2);
    expect(unusedReplies).toBe(2);
  });

  it('keeps the lines a swapped-in voice says, and gives it the conversation, the state and the scripted line', async () => {
    const requests: VoiceRequest[] = [];
    const voice: PracticeVoice = async (req, onText) => {
      requests.push(req);
      onText?.('Voiced ');
      return { text: `Voiced: ${req.scripted}`, voice: 'model' };
    };
    const pieces: string[] = [];
    const replies = ["It sounds like you've been carrying a lot on your own.", 'What are the evenings like?'];
    const { run } = await playReplies(find('lonely-minimiser'), 3, replies, analyzer, { voice, onText: (p) => pieces.push(p) });
    expect(run.session.opening).toMatch(/^Voiced: /);
    for (const t of run.session.turns) expect(t.line).toMatch(/^Voiced: /);
    expect(run.voices).toEqual(['model', 'model', 'model']);
    expect(pieces).toHaveLength(3);
    expect(requests[0]).toMatchObject({ turn: null, conversation: [], names: { learner: 'Therapist', other: 'Client' } });
    const second = requests[2];
    expect(second.conversation.map((c) => c.who)).toEqual(['other', 'learner', 'other', 'learner']);
    expect(second.conversation[2].text).toMatch(/^Voiced: /); // what the learner actually read
    expect(second.conversation.at(-1)?.text).toBe(replies[1]);
    expect(second.state).toEqual(run.session.turns[1].state.after);
    expect(second.state.rapport).toEqual(expect.any(Number));
    expect(second.session.turns.at(-1)?.line).toBe(second.scripted);
  });

  it('carries on with the scripted lines when the voice fails, and says why', async () => {
    const notices: string[] = [];
    const voice: PracticeVoice = () => Promise.reject(new Error('connection refused'));
    const replies = ['What brings you here today?'];
    const failing = await playReplies(find('lonely-minimiser'), 5, replies, analyzer, { voice, onNotice: (n) => notices.push(n) });
    const scripted = await playReplies(find('lonely-minimiser'), 5, replies, analyzer, script);
    expect(failing.run.session.opening).toBe(scripted.run.session.opening);
    expect(failing.run.session.turns[0].line).toBe(scripted.run.session.turns[0].line);
    expect(failing.run.voices).toEqual(['script', 'script']);
    expect(notices[0]).toMatch(/connection refused.*scripted lines/);
  });

  it('leaves the line to the script when a voice says nothing', async () => {
    const voice: PracticeVoice = async () => ({ text: '   ', voice: 'model' });
    const { run } = await playReplies(find('say-no-extra-work'), 2, [], analyzer, { voice });
    const scripted = await playReplies(find('say-no-extra-work'), 2, [], analyzer, script);
    expect(run.session.opening).toBe(scripted.run.session.opening);
    expect(run.voices).toEqual(['script']);
  });
});

describe('scripted sessions move the other person as the scenario says', () => {
  const rapportAfter = async (id: string, reply: string) => (await playReplies(find(id), 1, [reply], analyzer, script)).run.session.turns[0].state.after.rapport;
  const initial = (id: string) => find(id).state.rapport.initial;

  it('a warm reflection raises rapport with a lonely client where a dismissive reply lowers it', async () => {
    expect(await rapportAfter('lonely-minimiser', "It sounds like you've been feeling really alone, and that's been hard.")).toBeGreaterThan(initial('lonely-minimiser'));
    expect(await rapportAfter('lonely-minimiser', 'Come on, everyone feels like that. You just need to get out more.')).toBeLessThan(initial('lonely-minimiser'));
  });

  it('a calm no with an alternative keeps rapport with the team lead where an attack loses it', async () => {
    expect(await rapportAfter('say-no-extra-work', "No, I can't take it on this week. I can help Priya get started on Monday.")).toBeGreaterThanOrEqual(initial('say-no-extra-work'));
    expect(await rapportAfter('say-no-extra-work', 'You always dump this on me. Do it yourself.')).toBeLessThan(initial('say-no-extra-work'));
  });
});

describe('closingSummary of a played session', () => {
  it('suggests a next step for a session stopped before its end, and none without replies', async () => {
    const stopped = await playReplies(find('say-no-extra-work'), 1, ["I'm sorry, I guess I could try."], analyzer, script);
    expect(stopped.run.session.ending).toBeNull();
    const summary = closingSummary(stopped.run.session, library);
    expect(summary.next).toMatchObject({ action: 'repeat', scenarioId: 'say-no-extra-work' });
    const empty = await playReplies(find('say-no-extra-work'), 1, [], analyzer, script);
    expect(closingSummary(empty.run.session, library).next).toBeNull();
  });
});
