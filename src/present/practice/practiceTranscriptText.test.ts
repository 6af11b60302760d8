import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/analyzeUtterance.js';
import type { PracticeSession } from '../../core/practice/practiceTypes.js';
import { startSession } from '../../core/practice/startSession.js';
import { takeTurn } from '../../core/practice/takeTurn.js';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { readTranscripts } from '../../transcript/readTranscript.js';
import { practiceTranscriptText } from './practiceTranscriptText.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const library = loadScenarios().scenarios.map((s) => s.scenario);
const scenario = (id: string) => {
  const s = library.find((x) => x.id === id);
  if (!s) throw new Error(`shipped scenario ${id} missing`);
  return s;
};

function play(id: string, replies: string[], seed = 1): PracticeSession {
  let session = startSession(scenario(id), seed);
  for (const r of replies) if (!session.ending) session = takeTurn(session, r, analyzer).session;
  return session;
}

describe('practiceTranscriptText', () => {
  it('writes a therapist session as Therapist:/Client: lines that the transcript reader reads back turn for turn', () => {
    const session = play('lonely-minimiser', [
      "It sounds like you've been carrying a lot on your own.",
      'What has it been like\nin the evenings?', // a line break inside a reply stays inside its turn
    ]);
    const text = practiceTranscriptText(session);
    expect(text.split('\n').filter(Boolean)).toHaveLength(1 + 2 * session.turns.length);
    const read = readTranscripts(text, 'practice.txt');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [t] = read.value;
    expect(t.turns.map((x) => x.speaker)).toEqual(['Client', 'Therapist', 'Client', 'Therapist', 'Client']);
    expect(t.turns.map((x) => x.text)).toEqual([
      session.opening,
      session.turns[0].reply,
      session.turns[0].line,
      'What has it been like in the evenings?',
      session.turns[1].line,
    ]);
    expect(t.statedRoles).toEqual({ Therapist: 'therapist', Client: 'client' });
    expect(t.warnings).toEqual([]);
  });

  it('writes a person session as Me: and the persona name, even with a single reply', () => {
    const session = play('say-no-extra-work', ["No, I can't take that on this week."]);
    const text = practiceTranscriptText(session);
    expect(text.startsWith(`Mark: ${session.opening}\nMe: No, I can't take that on this week.\nMark: `)).toBe(true);
    const read = readTranscripts(text, 'practice.txt');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value[0].turns.map((x) => [x.speaker, x.text])).toEqual([
      ['Mark', session.opening],
      ['Me', session.turns[0].reply],
      ['Mark', session.turns[0].line],
    ]);
  });

  it('keeps a reply that itself looks like a label inside the learner turn', () => {
    const session = play('say-no-extra-work', ["Note: I can't take it on.", 'Mark: no.']);
    const read = readTranscripts(practiceTranscriptText(session), 'practice.txt');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const learner = read.value[0].turns.filter((x) => x.speaker === 'Me').map((x) => x.text);
    expect(learner).toEqual(["Note: I can't take it on.", 'Mark: no.']);
  });
});
