import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { readingProblems } from './readingProblems.js';
import { parseSuggestionTemplates, SITUATIONS, SLOTS, SUGGESTION_KINDS, type Slot } from './suggestionTemplates.js';

const T = loadResourcesOrThrow().suggestions!;
const fill = (template: string, fillers: Partial<Record<Slot, string>>) => template.replace(/\{(\w+)\}/gu, (_, k: string) => fillers[k as Slot] ?? `{${k}}`);

describe('shipped suggestion templates', () => {
  it('load through loadResources with every kind and situation the suggester uses', () => {
    expect(T.source).toMatch(/templates\.json$/);
    for (const kind of SUGGESTION_KINDS) {
      expect(T.kinds[kind].advice.length).toBeGreaterThan(10);
      for (const situation of SITUATIONS[kind]) expect(T.kinds[kind].situations[situation]?.variants.plain?.length, `${kind}.${situation}`).toBeGreaterThan(0);
    }
  });

  it('hold several wordings for every kind, so a report does not repeat itself', () => {
    for (const kind of SUGGESTION_KINDS) {
      const all = Object.values(T.kinds[kind].situations).flatMap((s) => Object.values(s.variants).flat());
      expect(all.length, kind).toBeGreaterThanOrEqual(2);
    }
  });

  // Every template, with every example filler of its slots, reads as finished English.
  for (const kind of SUGGESTION_KINDS) {
    for (const [situation, { variants }] of Object.entries(T.kinds[kind].situations)) {
      for (const [key, list] of Object.entries(variants)) {
        it(`${kind}.${situation}.${key} renders grammatical sentences for its slot fillers`, () => {
          const slots = key === 'plain' ? [] : (key.split('+') as Slot[]);
          const rounds = Math.max(1, ...slots.map((s) => T.slotExamples[s].length));
          for (const template of list) {
            for (let r = 0; r < rounds; r++) {
              const fillers = Object.fromEntries(slots.map((s) => [s, T.slotExamples[s][r % T.slotExamples[s].length]]));
              const out = fill(template, fillers);
              expect(readingProblems(out), out).toEqual([]);
            }
            for (const feeling of slots.includes('feeling') ? T.feelings : []) {
              const out = fill(template, { ...Object.fromEntries(slots.map((s) => [s, T.slotExamples[s][0]])), feeling });
              expect(readingProblems(out), out).toEqual([]);
            }
          }
        });
      }
    }
  }

  it('list feelings that fit after "feel" and verbs for actions, in lower case', () => {
    expect(T.feelings.has('lonely')).toBe(true);
    expect(T.feelings.has('ignored')).toBe(false); // a pseudo-feeling blames the other (domain primer §3)
    for (const example of T.slotExamples.feeling) expect(T.feelings.has(example)).toBe(true);
    for (const example of [...T.slotExamples.action, ...T.slotExamples.request]) expect(T.actionVerbs.has(example.split(' ')[0])).toBe(true);
  });
});

describe('parseSuggestionTemplates', () => {
  const base = () => JSON.parse(JSON.stringify({
    format: 'attune-suggestions/1',
    slots: Object.fromEntries(SLOTS.map((s) => [s, { description: 'd', examples: ['x y'] }])),
    words: { feelings: ['lonely'], actionVerbs: ['call'] },
    kinds: Object.fromEntries(SUGGESTION_KINDS.map((k) => [k, { advice: 'Do this.', situations: Object.fromEntries(SITUATIONS[k].map((s) => [s, { plain: ['Say this.'] }])) }])),
  })) as { kinds: Record<string, { situations: Record<string, Record<string, unknown>> }>; words: { feelings: string[] } };

  it('accepts a minimal file', () => {
    expect(parseSuggestionTemplates(base(), 'f.json').ok).toBe(true);
  });

  it('names the file, the field and the bad value of each problem', () => {
    const bad = base();
    bad.kinds.reflect_feeling.situations.missed_feeling.feeling = ['It sounds like you feel {topic}.'];
    bad.kinds.refocus.situations.caretaking.mood = ['Hello {mood}.'];
    bad.kinds.open_question.situations.closed_run = { topic: ['How is {topic}?'] };
    bad.kinds.invite_repair.situations.shouting = { plain: ['Hey.'] };
    bad.kinds.i_statement.situations.learner.plain = ['no capital and no end'];
    bad.words.feelings.push('Sad');
    const r = parseSuggestionTemplates(bad, 'data/suggestions/templates.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const at = (path: string) => r.problems.find((p) => p.path === path);
    expect(r.problems.every((p) => p.source === 'data/suggestions/templates.json' && p.code === 'invalid_resource')).toBe(true);
    expect(at('kinds.i_statement.situations.learner.plain.0')?.value).toBe('no capital and no end');
    expect(at('words.feelings.1')?.value).toBe('Sad');
  });

  it('checks slots against their list and situations against the kind once the shape is right', () => {
    const bad = base();
    bad.kinds.reflect_feeling.situations.missed_feeling.feeling = ['It sounds like you feel {topic}.'];
    bad.kinds.refocus.situations.caretaking.mood = ['Hello there.'];
    bad.kinds.open_question.situations.closed_run = { topic: ['How is {topic}?'] };
    bad.kinds.invite_repair.situations.shouting = { plain: ['Hey.'] };
    delete bad.kinds.clear_request.situations.learner;
    const r = parseSuggestionTemplates(bad, 'f.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'kinds.reflect_feeling.situations.missed_feeling.feeling.0', value: 'It sounds like you feel {topic}.' }),
      expect.objectContaining({ path: 'kinds.refocus.situations.caretaking.mood', value: 'mood' }),
      expect.objectContaining({ path: 'kinds.open_question.situations.closed_run', message: expect.stringContaining('plain') }),
      expect.objectContaining({ path: 'kinds.invite_repair.situations.shouting', value: 'shouting' }),
      expect.objectContaining({ path: 'kinds.clear_request.situations', value: 'learner', message: 'missing situation' }),
    ]));
  });
});
