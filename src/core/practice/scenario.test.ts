import { describe, expect, it } from 'vitest';
import { compare, parseScenario, type ScenarioFile } from './scenario.js';

/** A small valid scenario; each test breaks one thing in a copy. */
function minimal(): ScenarioFile & Record<string, unknown> {
  return {
    format: 'attune-scenario/1',
    id: 'tiny',
    title: 'Tiny',
    role: 'therapist',
    level: 1,
    skills: ['reflect_feeling'],
    persona: { name: 'Ann', description: 'A client.', problem: 'Sad.' },
    situation: 'You meet Ann.',
    goal: 'Reflect.',
    opening: ['Hello.'],
    state: { rapport: { initial: 50, description: 'Safety.' }, trust: { initial: 20, description: 'Trust.' } },
    rules: [
      { id: 'reflects', when: { empathy: { ip: 2 }, markers: { any: ['i_statement'] } }, change: { rapport: 10 }, shows: ['reflect_feeling'] },
      { id: 'else', otherwise: true, change: { trust: -5 } },
    ],
    lines: [
      { id: 'warm', when: { fired: 'reflects', state: { rapport: '>= 60' } }, say: ['Yes.', 'Exactly.'] },
      { id: 'flat', say: ['Hm.', 'Okay.'] },
    ],
    endings: [{ id: 'done', when: { state: { trust: '>= 90' } }, outcome: 'success', say: ['Thanks.'], message: 'Done.' }],
    max_turns: 5,
    out_of_turns: { outcome: 'partial', say: ['Bye.'], message: 'Time.' },
    debrief: { notes: ['A note.'] },
  };
}

const vocabulary = { markerKinds: new Set(['i_statement', 'hedge']) };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function problemsOf(edit: (s: Loose) => void, withVocabulary = true) {
  const s: Loose = structuredClone(minimal());
  edit(s);
  const r = parseScenario(s, 'tiny.yaml', withVocabulary ? vocabulary : undefined);
  return r.ok ? [] : r.problems;
}

describe('parseScenario', () => {
  it('accepts a valid scenario and fills defaults', () => {
    const r = parseScenario(minimal(), 'tiny.yaml', vocabulary);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.state.rapport).toEqual({ initial: 50, min: 0, max: 100, description: 'Safety.' });
    expect(r.value.rules[0].stop).toBe(false);
    expect(r.value.skill_tips).toEqual({});
  });

  it('names the file, the field path and the value of a schema problem', () => {
    const ps = problemsOf((s) => { s.level = 7; });
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'invalid_scenario', source: 'tiny.yaml', path: 'level', value: '7' });
  });

  it('refuses unknown fields, so a misspelt key is caught', () => {
    const ps = problemsOf((s) => { s.rules[0].chnage = { rapport: 1 }; });
    expect(ps[0]).toMatchObject({ path: 'rules.0' });
    expect(ps[0].message).toMatch(/chnage/);
  });

  it('refuses an unknown skill and a malformed comparison', () => {
    expect(problemsOf((s) => { s.skills = ['mind_reading']; })[0]).toMatchObject({ path: 'skills.0' });
    expect(problemsOf((s) => { s.lines[0].when.state.rapport = 'about 60'; })[0]).toMatchObject({ path: 'lines.0.when.state.rapport' });
  });

  it('names an unknown state variable wherever it is used', () => {
    expect(problemsOf((s) => { s.rules[0].change.openness = 5; })[0]).toMatchObject({ path: 'rules.0.change.openness', value: 'openness' });
    expect(problemsOf((s) => { s.endings[0].when = { state: { hope: 1 } }; })[0]).toMatchObject({ path: 'endings.0.when.state.hope' });
    expect(problemsOf((s) => { s.rules[0].when = { any: [{ state: { hope: 1 } }] }; })[0]).toMatchObject({ path: 'rules.0.when.any.0.state.hope' });
  });

  it('names an unknown marker kind when given the vocabulary, and only then', () => {
    const edit = (s: Loose) => { s.rules[0].when.markers.any = ['i_statement', 'telepathy']; };
    expect(problemsOf(edit)[0]).toMatchObject({ path: 'rules.0.when.markers.any.1', value: 'telepathy' });
    expect(problemsOf(edit, false)).toEqual([]);
  });

  it('requires rapport on 0..100 and initial values inside their range', () => {
    expect(problemsOf((s) => { delete s.state.rapport; }).map((p) => p.path)).toContain('state');
    expect(problemsOf((s) => { s.state.rapport.max = 10; }).map((p) => p.path)).toContain('state.rapport');
    expect(problemsOf((s) => { s.state.trust.initial = 120; })[0]).toMatchObject({ path: 'state.trust.initial' });
  });

  it('checks references between rules, lines and skills', () => {
    expect(problemsOf((s) => { s.lines[0].when.fired = 'nope'; })[0]).toMatchObject({ path: 'lines.0.when.fired', value: 'nope' });
    expect(problemsOf((s) => { s.rules[0].when.fired = 'else'; })[0]).toMatchObject({ path: 'rules.0.when.fired' });
    expect(problemsOf((s) => { s.rules[1].id = 'reflects'; })[0]).toMatchObject({ path: 'rules.1.id' });
    expect(problemsOf((s) => { s.rules[0].shows = []; })[0]).toMatchObject({ path: 'skills.0', value: 'reflect_feeling' });
    expect(problemsOf((s) => { s.rules[0].misses = ['say_no']; })[0]).toMatchObject({ path: 'rules.0.misses.0' });
    expect(problemsOf((s) => { delete s.rules[1].otherwise; })[0]).toMatchObject({ path: 'rules.1.when' });
  });

  it('keeps therapist-only readings out of person scenarios', () => {
    const ps = problemsOf((s) => { s.role = 'person'; s.rules[0].when.stance = 'assertive'; s.rules[0].when.mi = { behaviour: 'reflection' }; });
    expect(ps.map((p) => p.path).sort()).toEqual(['rules.0.when.mi', 'rules.0.when.stance']);
  });

  it('guarantees the person always has a line and never has to repeat one', () => {
    expect(problemsOf((s) => { s.lines[1].when = { turn: 1 }; })[0]).toMatchObject({ path: 'lines' });
    expect(problemsOf((s) => { s.lines[1].say = ['Hm.']; })[0]).toMatchObject({ path: 'lines.1.say' });
    expect(problemsOf((s) => { s.lines[1].say = ['Hm.', 'Hm.']; })[0]).toMatchObject({ path: 'lines.1.say.1' });
    expect(problemsOf((s) => { s.out_of_turns.say = ['Okay.']; })[0]).toMatchObject({ path: 'out_of_turns.say' });
  });
});

describe('compare', () => {
  it('reads numbers as equality and operators as written', () => {
    expect(compare(2, 2)).toBe(true);
    expect(compare(1, 2)).toBe(false);
    expect(compare(60, '>= 60')).toBe(true);
    expect(compare(59, '>=60')).toBe(false);
    expect(compare(-0.2, '< 0')).toBe(true);
    expect(compare(3, '!= 3')).toBe(false);
    expect(compare(3, '= 3')).toBe(true);
    expect(compare(3, 'about 3')).toBe(false);
  });
});
