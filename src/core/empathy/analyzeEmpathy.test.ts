import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import { parseLexicon } from '../lexicon/lexicon.js';
import { parseLinearModel } from '../model/linearModel.js';
import type { Resources } from '../resources.js';
import type { Empathy, EmpathyMechanism, Turn } from '../types.js';
import { analyzeEmpathy, EMPATHY_LEXICON, EMPATHY_MODEL_TASKS } from './analyzeEmpathy.js';
import { EMPATHY_FEATURE_SET } from './empathyFeatures.js';

const root = new URL('../../../', import.meta.url);
function loadShipped(): Resources {
  const lex = parseLexicon(JSON.parse(fs.readFileSync(new URL('data/lexicons/empathy-cues.json', root), 'utf8')), 'empathy-cues.json');
  if (!lex.ok) throw new Error(JSON.stringify(lex.problems));
  const resources: Resources = { lexicons: { [EMPATHY_LEXICON]: lex.value }, models: {}, wordLists: loadWordListsOrThrow() };
  for (const task of Object.values(EMPATHY_MODEL_TASKS)) {
    const file = new URL(`models/${task}.json`, root);
    if (!fs.existsSync(file)) continue;
    const model = parseLinearModel(JSON.parse(fs.readFileSync(file, 'utf8')), task, EMPATHY_FEATURE_SET);
    if (!model.ok) throw new Error(JSON.stringify(model.problems));
    resources.models[task] = model.value;
  }
  return resources;
}
const shipped = loadShipped();
const rulesOnly: Resources = { lexicons: shipped.lexicons, models: {} };
const client = (text: string): Turn[] => [{ speaker: 'client', text }];

/** The evidence text of each rationale of one mechanism. */
const spans = (text: string, e: Empathy, m: EmpathyMechanism) => e.rationales.filter((r) => r.mechanism === m).map((r) => text.slice(r.start, r.end));

// Both configurations must behave: the rules alone, and the rules with whatever models are shipped.
for (const [name, resources] of [
  ['rules only', rulesOnly],
  ['shipped', shipped],
] as const) {
  const analyze = (text: string, context: Turn[] = []) => analyzeEmpathy(text, context, resources);

  describe(`analyzeEmpathy (${name})`, () => {
    it('rates generic understanding as a weak interpretation', () => {
      const e = analyze('I understand.', client('My brother stopped calling after the funeral.'));
      expect(e.ip).toBe(1);
      expect(spans('I understand.', e, 'ip')).toEqual(['I understand.']);
    });

    it('rates a specific reading of the feeling as a strong interpretation', () => {
      const text = 'It sounds like you feel invisible even with your own family.';
      const e = analyze(text, client("Nobody at home even notices when I'm there."));
      expect(e.ip).toBe(2);
      expect(spans(text, e, 'ip')).toEqual([text]);
    });

    it('hears sorrow for the other as an emotional reaction', () => {
      const text = "I'm so sorry you're carrying this alone.";
      const e = analyze(text);
      expect(e.er).toBeGreaterThanOrEqual(1);
      expect(spans(text, e, 'er')[0]).toContain("I'm so sorry");
    });

    it('rates explicit personal feeling for the other as a strong emotional reaction', () => {
      expect(analyze("I feel really sad that you've been facing this on your own.").er).toBe(2);
      expect(analyze('My heart goes out to you.').er).toBe(2);
    });

    it('tells a generic question (weak) from a specific open question (strong)', () => {
      expect(analyze('What happened?', client('Today was awful.')).ex).toBe(1);
      const text = 'What is it about Sunday evenings that makes the loneliness hit hardest?';
      const e = analyze(text, client('Sunday evenings are the worst, I feel so lonely.'));
      expect(e.ex).toBe(2);
      expect(spans(text, e, 'ex')).toEqual([text]);
    });

    it('gives the therapist who sets a focus with appreciation some empathy', () => {
      const text =
        "I appreciate your willingness to share, but let's focus on one topic at a time to ensure we explore it thoroughly. Is it alright if we come back to the other issue later?";
      const e = analyze(text, client('And another thing about my sister, and my job, and my landlord…'));
      expect(e.er + e.ip + e.ex).toBeGreaterThan(0);
      expect(spans(text, e, 'er')).toEqual(['I appreciate your willingness to share']);
      // The permission question is about the session plan, not the client's experience.
      expect(e.ex).toBe(0);
    });

    it('splits one sentence between mechanisms at the clause boundary, offsets exact', () => {
      const text = 'aww sorry, I know how you feel. What was the hardest part of the drive home for you?';
      const e = analyze(text);
      expect(spans(text, e, 'er')).toEqual(['aww sorry']);
      expect(spans(text, e, 'ip')).toEqual(['I know how you feel.']);
      expect(spans(text, e, 'ex')).toEqual(['What was the hardest part of the drive home for you?']);
      for (const r of e.rationales) expect(r.end).toBeGreaterThan(r.start);
    });

    it('reads motivational-interviewing reflections as interpretations', () => {
      expect(analyze("So you're worried that the drinking is starting to affect your kids.", client("My kids have started asking why I'm always tired.")).ip).toBeGreaterThanOrEqual(1);
      const complex = 'It sounds like part of you wants to stop, and part of you is scared of what life looks like without it.';
      expect(analyze(complex, client("I know I should quit. But it's the only thing that calms me down.")).ip).toBe(2);
      expect(analyze('So your girlfriend wants you to stop smoking weed.', client('My girlfriend gave me an ultimatum about the weed.')).ip).toBeGreaterThanOrEqual(1);
    });

    it('reads peer-support sympathy and similar experience', () => {
      expect(analyze('damn man that sucks, hugs').er).toBeGreaterThanOrEqual(1);
      const text = "I've been there. When I lost my dad I couldn't get out of bed for weeks.";
      const e = analyze(text, client("My mum died last month and I can't get out of bed."));
      expect(e.ip).toBeGreaterThanOrEqual(1);
      expect(spans(text, e, 'ip')[0]).toBe("I've been there.");
    });

    it('does not take logistics, advice or plans for empathy', () => {
      expect(analyze('That sounds like a plan.')).toMatchObject({ er: 0, ip: 0, ex: 0 });
      expect(analyze('What time is it?').ex).toBe(0);
      expect(analyze('Have you tried yoga? It fixed my anxiety.').ex).toBe(0);
      expect(analyze('Is it okay if we move the session to Thursday?').ex).toBe(0);
      expect(analyze("Great. Let's schedule the next appointment for the 14th then.")).toMatchObject({ er: 0, ip: 0, ex: 0 });
    });

    it('respects negation and sarcasm', () => {
      expect(analyze("I don't understand what you mean.").ip).toBe(0);
      expect(analyze('sounds like a you problem 😂')).toMatchObject({ er: 0, ip: 0 });
      expect(analyze('Sorry not sorry.').er).toBe(0);
    });

    it('reads counselling talk: affirmations are weak emotional reactions, screening and offers are not explorations', () => {
      expect(analyze("That's great.", client("I haven't had a drink since Friday.")).er).toBe(1);
      expect(analyze('You did really well talking with me today.').er).toBe(1);
      expect(analyze("That's great. All the very best then.").er).toBe(1);
      expect(analyze('How often do you drink during the week?', client('I drink a bit.')).ex).toBe(0);
      expect(analyze('Do you smoke?').ex).toBe(0);
      expect(analyze('What other questions do you have for me about the program?').ex).toBe(0);
      expect(analyze('What do you enjoy about drinking with your friends?', client('I drink with my friends on weekends.')).ex).toBeGreaterThan(0);
    });

    it('does not read information or advice after "so" as a reflection', () => {
      expect(analyze('So stopping smoking would have a huge impact on your blood pressure.').ip).toBe(0);
      expect(analyze('So should we meet up at the same time next week then?').ip).toBe(0);
      expect(analyze("So that's something you can work with your case manager on.").ip).toBe(0);
      expect(analyze("So you're not sure it's worth it.", client("I don't know if quitting is worth it.")).ip).toBeGreaterThan(0);
    });

    it('is robust to empty, blank, emoji-only, foreign and control-character input', () => {
      expect(analyze('')).toEqual({ er: 0, ip: 0, ex: 0, rationales: [] });
      expect(analyze('   \n\t ')).toEqual({ er: 0, ip: 0, ex: 0, rationales: [] });
      const heart = analyze('❤️');
      expect(heart.er).toBeGreaterThanOrEqual(0);
      for (const r of heart.rationales) expect('❤️'.slice(r.start, r.end).length).toBeGreaterThan(0);
      expect(analyze('Lo siento mucho, un abrazo fuerte.').er).toBeGreaterThanOrEqual(1);
      expect(() => analyze('你好，我很难过。你还好吗？')).not.toThrow();
      const ctrl = 'I\u0000 understand\u0007. What\u001b happened?';
      const e = analyze(ctrl);
      for (const r of e.rationales) expect(r.end).toBeLessThanOrEqual(ctrl.length);
    });

    it('analyses 100,000 characters in well under a second, with valid spans', () => {
      const text = ("I'm so sorry you're going through this, it sounds like you feel so alone. What has helped you before? ").repeat(1000).slice(0, 100_000);
      const t0 = performance.now();
      const e = analyze(text, client('I feel alone.'));
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(e.er).toBeGreaterThan(0);
      for (const r of e.rationales) {
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(text.length);
      }
      const blob = 'so' + ' '.repeat(99_990) + 'you?';
      const t1 = performance.now();
      analyze(blob);
      expect(performance.now() - t1).toBeLessThan(1000);
    });
  });
}

describe('analyzeEmpathy context and resources', () => {
  it('uses the other person’s last turn to judge how specific a question is', () => {
    const text = 'How was the move to Leeds?';
    expect(analyzeEmpathy(text, [], rulesOnly).ex).toBe(1);
    expect(analyzeEmpathy(text, client('We finally did the move to Leeds last month.'), rulesOnly).ex).toBe(2);
  });

  it('rates nothing without the lexicon', () => {
    expect(analyzeEmpathy("I'm so sorry. What happened?", [], { lexicons: {}, models: {} })).toEqual({ er: 0, ip: 0, ex: 0, rationales: [] });
  });

  it('refuses to run its models without the word lists they were trained with', () => {
    if (Object.keys(shipped.models).length === 0) return;
    expect(() => analyzeEmpathy("I'm so sorry. What happened?", [], { lexicons: shipped.lexicons, models: shipped.models })).toThrow(/word lists/);
  });

  it('keeps every level above 0 backed by a rationale of that level', () => {
    const texts = [
      "Oh I'm so sorry. Sending love to you and your sweet dog. What feels like the hardest part about picking a day?",
      'There is this cycle where the anger comes out fast and then lands on you.',
      'You keep going over it. What was the fight about?',
    ];
    for (const t of texts) {
      const e = analyzeEmpathy(t, client('My dog is dying and I keep fighting with my brother.'), shipped);
      for (const m of ['er', 'ip', 'ex'] as const) {
        const own = e.rationales.filter((r) => r.mechanism === m);
        if (e[m] === 0) expect(own).toEqual([]);
        else expect(Math.max(...own.map((r) => r.level))).toBe(e[m]);
      }
    }
  });
});
