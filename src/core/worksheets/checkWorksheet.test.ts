import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import type { WorksheetFields } from './assembleScript.js';
import { checkWorksheet, createWorksheetChecker, worksheetCuesFrom, type WorksheetCheck } from './checkWorksheet.js';
import { WORKSHEET_KINDS, WORKSHEETS, type WorksheetKind } from './worksheetDefinitions.js';

const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);
const cues = worksheetCuesFrom(resources);
const checker = createWorksheetChecker(analyzer, cues);

const check = (kind: WorksheetKind, fields: WorksheetFields) => checker.check(kind, fields);
const part = (r: WorksheetCheck, id: string) => {
  const p = r.parts.find((x) => x.part === id);
  if (!p) throw new Error(`no part ${id}`);
  return p;
};
const statusOf = (r: WorksheetCheck) => Object.fromEntries(r.parts.map((p) => [p.part, `${p.status}:${p.code}`]));

/** Evidence must point at the words as typed. */
function expectEvidenceInFields(r: WorksheetCheck, fields: WorksheetFields) {
  for (const p of r.parts) {
    for (const e of p.evidence) {
      expect(e.end).toBeGreaterThan(e.start);
      expect(fields[e.part]?.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

const GOOD: Record<WorksheetKind, WorksheetFields[]> = {
  dear_man: [
    {
      describe: "You came home at 11 last night and didn't text.",
      express: 'I felt worried and alone.',
      assert: "Could you text me when you'll be later than nine?",
      reinforce: "That way I can sleep, and we won't start the morning with an argument.",
      mindful: "I'd still like a text when you're late.",
      appear_confident: 'Steady voice, eye contact.',
      negotiate: 'If texting is hard at work, how about a quick call instead?',
    },
    {
      describe: 'My manager asked me on Friday to take on the Hughes project as well as my two current ones.',
      express: "I'm anxious about doing all three well.",
      assert: "No, I can't take on a third project this month.",
      reinforce: 'It would mean the two I have are delivered on time.',
      mindful: "No, I can't take on a third project this month.",
      negotiate: 'I could help with the planning next month instead.',
    },
  ],
  give: [
    {
      gentle: 'Can we talk about the weekend plans?',
      interested: 'How has work been for you lately?',
      validate: 'I can see why you needed the Saturday off.',
      easy: 'No rush, we can sort it out over coffee.',
    },
    {
      gentle: "I'd like to talk about the rota when you have a minute.",
      interested: "Tell me more about what's been happening on your side.",
      validate: 'That makes sense, given how busy the team has been.',
      easy: "I'll bring biscuits.",
    },
  ],
  fast: [
    {
      fair: 'I need Sunday to rest, and I understand you want help with the move.',
      apologies: "I won't apologise for needing rest.",
      values: 'Keeping promises to myself is important to me.',
      truthful: 'I am tired after a long week.',
    },
    {
      fair: 'I want to keep my evenings free, and I can see the deadline matters to you.',
      values: 'I value being honest about what I can take on.',
      truthful: "I can stay until six on Thursday, but not later.",
    },
  ],
  i_statement: [
    { feeling: 'hurt', when: 'plans change on the day', because: 'I had set the evening aside', like: 'a message the day before' },
    { feeling: 'I feel worried', when: "when you drive home after midnight", because: "because I can't sleep until I know you're safe", like: "and I'd like you to text me when you leave" },
  ],
};

describe('checkWorksheet: good scripts', () => {
  for (const kind of WORKSHEET_KINDS) {
    GOOD[kind].forEach((fields, n) => {
      it(`${kind} #${n + 1}: every part ok, with evidence pointing at the typed words`, () => {
        const r = check(kind, fields);
        expect(statusOf(r)).toEqual(Object.fromEntries(WORKSHEETS[kind].parts.map((p) => [p.id, 'ok:ok'])));
        expect(r.complete).toBe(true);
        expectEvidenceInFields(r, fields);
      });
    });
  }

  it('ok parts carry the words that made them ok', () => {
    const r = check('dear_man', GOOD.dear_man[0]);
    expect(part(r, 'express').evidence.map((e) => [e.kind, e.text])).toContainEqual(['feeling_word', 'worried']);
    expect(part(r, 'assert').evidence.map((e) => e.kind)).toContain('specific_request');
    expect(part(r, 'reinforce').evidence.map((e) => e.text)).toContain('That way');
    expect(part(r, 'negotiate').evidence.map((e) => e.text.toLowerCase())).toContain('how about');
  });
});

describe('checkWorksheet: DEAR MAN flaws', () => {
  it('finds judgement in Describe, a pseudo-feeling in Express, a weakened ask, a threat, a counter-attack and an order', () => {
    const fields = {
      describe: 'You were rude and lazy last night, as usual.',
      express: 'I feel ignored.',
      assert: "Sorry, maybe you could text, if that's ok? Never mind.",
      reinforce: "Or else I'll stop cooking for you.",
      mindful: 'Fine, whatever.',
      negotiate: 'Just do what I say.',
    };
    const r = check('dear_man', fields);
    expect(statusOf(r)).toEqual({
      describe: 'problem:judgement',
      express: 'problem:pseudo_feeling',
      assert: 'problem:weakened',
      reinforce: 'problem:threat',
      mindful: 'problem:counter_attack',
      appear_confident: 'problem:weakened',
      negotiate: 'problem:demand',
    });
    expect(part(r, 'describe').evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['rude', 'lazy']));
    expect(part(r, 'express').evidence[0].text).toMatch(/ignored/);
    expect(r.complete).toBe(false);
    expectEvidenceInFields(r, fields);
  });

  it.each([
    ['I feel ignored.', 'pseudo_feeling'],
    ['I felt completely betrayed.', 'pseudo_feeling'],
    ['I feel like you never listen.', 'judgement_as_feeling'],
    ["I feel that you don't care about this.", 'judgement_as_feeling'],
    ['It was Tuesday.', 'no_feeling'],
  ])('Express %j is not a real feeling (%s)', (express, code) => {
    expect(part(check('dear_man', { express }), 'express').code).toBe(code);
  });

  it.each(["I'm anxious about the move.", 'I felt embarrassed in the meeting.', "I've been feeling down all week.", 'I get frustrated when that happens.'])('Express %j names a feeling', (express) => {
    expect(part(check('dear_man', { express }), 'express').status).toBe('ok');
  });

  it.each([
    ['I was thinking about the dishes.', 'missing', 'no_request'],
    ['Stop messaging me about Saturday or you will regret it.', 'problem', 'demand'],
    ["Could you maybe, if it's not too much trouble, sort of help?", 'problem', 'weakened'],
    ["I'd like you to call before you come over.", 'ok', 'ok'],
    ["That doesn't work for me.", 'ok', 'ok'],
  ])('Assert %j → %s (%s)', (assert, status, code) => {
    expect(part(check('dear_man', { assert }), 'assert')).toMatchObject({ status, code });
  });

  it('Reinforce and Negotiate say what is missing when nothing gives a benefit or an alternative', () => {
    const r = check('dear_man', { reinforce: 'I asked you last week.', negotiate: 'I asked you last week.' });
    expect(part(r, 'reinforce')).toMatchObject({ status: 'missing', code: 'no_benefit' });
    expect(part(r, 'negotiate')).toMatchObject({ status: 'missing', code: 'no_alternative' });
  });

  it('empty parts are missing with their own hint; Appear confident reads the whole script', () => {
    const r = check('dear_man', { assert: "Sorry to bother you, could you maybe call me?" });
    expect(part(r, 'describe')).toMatchObject({ status: 'missing', code: 'empty' });
    expect(part(r, 'describe').hint).not.toBe(part(r, 'express').hint);
    expect(part(r, 'appear_confident')).toMatchObject({ status: 'problem', code: 'weakened' });
    expect(part(r, 'appear_confident').evidence.every((e) => e.part === 'assert')).toBe(true);
    expect(part(check('dear_man', {}), 'appear_confident')).toMatchObject({ status: 'missing', code: 'empty' });
    expect(part(check('dear_man', { describe: '   ' }), 'describe').code).toBe('empty');
  });
});

describe('checkWorksheet: GIVE, FAST and "I" statement flaws', () => {
  it('GIVE: attacks anywhere make Gentle a problem; dismissal, invalidation and sarcasm are caught', () => {
    const fields = { gentle: 'Can we talk?', interested: 'Whatever.', validate: "You're overreacting.", easy: 'Oh great, thanks a lot.' };
    const r = check('give', fields);
    expect(statusOf(r)).toEqual({ gentle: 'problem:attack', interested: 'problem:dismissive', validate: 'problem:invalidation', easy: 'problem:edge' });
    expect(new Set(part(r, 'gentle').evidence.map((e) => e.part))).toEqual(new Set(['interested', 'validate', 'easy']));
    expectEvidenceInFields(r, fields);
  });

  it('GIVE: a request is not interest, and a plain statement is not validation', () => {
    const r = check('give', { interested: 'Could you text me next time?', validate: 'The meeting is at ten.' });
    expect(part(r, 'interested')).toMatchObject({ status: 'missing', code: 'no_interest' });
    expect(part(r, 'validate')).toMatchObject({ status: 'missing', code: 'no_validation' });
  });

  it('FAST: deference, apologies across parts, giving in and exaggeration', () => {
    const fields = { fair: 'Whatever you think is best.', apologies: 'Sorry about this.', values: "It's up to you.", truthful: "I've asked you a million times. Sorry." };
    const r = check('fast', fields);
    expect(statusOf(r)).toEqual({ fair: 'problem:self_erasing', apologies: 'problem:over_apology', values: 'problem:giving_in', truthful: 'problem:exaggeration' });
    // One apology in each of two parts is still two apologies.
    expect(new Set(part(r, 'apologies').evidence.map((e) => e.part))).toEqual(new Set(['apologies', 'truthful']));
    expectEvidenceInFields(r, fields);
  });

  it('FAST: fair needs both sides, and one apology is fine', () => {
    expect(part(check('fast', { fair: 'I need Sunday off.' }), 'fair')).toMatchObject({ status: 'missing', code: 'not_fair_to_other' });
    expect(part(check('fast', { fair: 'I can see the deadline matters to you.' }), 'fair')).toMatchObject({ status: 'missing', code: 'not_fair_to_self' });
    expect(part(check('fast', { truthful: "Sorry I'm late: the bus broke down." }), 'apologies')).toMatchObject({ status: 'ok' });
  });

  it('"I" statement: a judgement dressed as a feeling, a judged behaviour, blame and a vague request', () => {
    const fields = { feeling: 'I feel like you never listen', when: 'you are selfish', because: "you don't care", like: 'you to be more respectful' };
    const r = check('i_statement', fields);
    expect(statusOf(r)).toEqual({ feeling: 'problem:judgement_as_feeling', when: 'problem:judgement', because: 'problem:blame', like: 'problem:vague' });
    expectEvidenceInFields(r, fields);
  });

  it('"I" statement: the feeling is read after "I feel", so a bare pseudo-feeling is caught', () => {
    for (const feeling of ['ignored', 'manipulated', 'invisible']) expect(part(check('i_statement', { feeling }), 'feeling').code).toBe('pseudo_feeling');
    for (const feeling of ['sad', 'anxious', 'lonely']) expect(part(check('i_statement', { feeling }), 'feeling').status).toBe('ok');
  });
});

describe('createWorksheetChecker', () => {
  it('gives what checkWorksheet gives, and analyses only the field that changed', () => {
    let calls = 0;
    const counting = { analyze: (i: Parameters<typeof analyzer.analyze>[0]) => (calls++, analyzer.analyze(i)) };
    const c = createWorksheetChecker(counting, cues);
    const fields = GOOD.dear_man[0];
    expect(c.check('dear_man', fields)).toEqual(checkWorksheet('dear_man', fields, analyzer, cues));
    const first = calls;
    expect(first).toBe(Object.keys(fields).length);
    c.check('dear_man', { ...fields, assert: `${fields.assert} Thanks.` });
    expect(calls).toBe(first + 1);
  });
});
