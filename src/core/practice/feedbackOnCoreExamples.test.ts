import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzeUtterance.js';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { markerKindsOf } from './markerKinds.js';
import type { PracticeTurn } from './practiceTypes.js';
import { startSession } from './startSession.js';
import { takeTurn, turnOptionsFor } from './takeTurn.js';

// The four utterances the core issue names, played as a learner's first reply in a shipped scenario:
// the feedback must say what the reply did with its words, praise what is right and, where the
// balance is lost, give a concrete suggestion with an example.
const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);
const library = loadScenarios(undefined, { markerKinds: markerKindsOf(resources) });
const byId = new Map(library.scenarios.map((s) => [s.scenario.id, s.scenario]));

function firstTurn(id: string, reply: string): PracticeTurn {
  const s = byId.get(id);
  if (!s) throw new Error(`no shipped scenario ${id}`);
  return takeTurn(startSession(s, 11), reply, analyzer, turnOptionsFor(resources)).turn;
}

const did = (t: PracticeTurn, aspect: string) => t.feedback.did.filter((d) => d.aspect === aspect);

describe('practice feedback on the examples of the core issue', () => {
  it('names the passive reply as passive, with its hedging words, and suggests a clearer way', () => {
    const t = firstTurn('say-no-extra-work', "I guess I feel kind of alone sometimes, but it's probably just me being overly sensitive.");
    expect(did(t, 'style')).toEqual([expect.objectContaining({ kind: 'passive', tone: 'off' })]);
    const words = did(t, 'marker').flatMap((d) => d.words).join(' ');
    expect(words).toMatch(/I guess|kind of|probably just me/);
    expect(t.feedback.suggestion).toMatchObject({ advice: expect.any(String), example: expect.stringMatching(/\w/) });
  });

  it('names the aggressive reply as aggressive, and suggests an alternative', () => {
    const t = firstTurn('roommate-chores', "Nobody around me understands or cares. It's like I'm invisible to everyone, including you!");
    expect(did(t, 'style')).toEqual([expect.objectContaining({ kind: 'aggressive', tone: 'off' })]);
    expect(t.feedback.suggestion?.example).toMatch(/\w/);
    expect(t.state.change.rapport ?? 0).toBeLessThanOrEqual(0);
  });

  it('praises the assertive reply for what it does', () => {
    const t = firstTurn('roommate-chores', "I've been struggling with a sense of isolation, and it's impacting my well-being. I'd like to explore strategies to build more meaningful connections and address these feelings of loneliness.");
    expect(did(t, 'style')).toEqual([expect.objectContaining({ kind: 'assertive', tone: 'good' })]);
    expect(t.feedback.wentWell.length).toBeGreaterThan(0);
  });

  it('reads the therapist reply to an oversharing client as both empathic and assertive, and says so', () => {
    const t = firstTurn('oversharer-needs-focus', "I appreciate your willingness to share, but let's focus on one topic at a time to ensure we explore it thoroughly. Is it alright if we come back to the other issue later?");
    expect(did(t, 'stance')).toEqual([expect.objectContaining({ kind: 'assertive', tone: 'good' })]);
    expect(did(t, 'empathy').length).toBeGreaterThan(0);
    expect(t.feedback.wentWell.join(' ')).toMatch(/\w/);
    expect(t.state.change.focus ?? 0).toBeGreaterThan(0);
  });
});
