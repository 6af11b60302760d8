import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzeUtterance.js';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { markerKindsOf } from './markerKinds.js';
import type { PracticeSession, PracticeTurn } from './practiceTypes.js';
import type { Scenario } from './scenario.js';
import { sessionTranscript } from './sessionTranscript.js';
import { startSession } from './startSession.js';
import { summarizeSession } from './summarizeSession.js';
import { takeTurn } from './takeTurn.js';

// The real analyser and the shipped library: these sessions are what a learner would get.
const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);
const library = loadScenarios(undefined, { markerKinds: markerKindsOf(resources) });
const scenarios = new Map(library.scenarios.map((s) => [s.scenario.id, s.scenario]));
const catalog = [...scenarios.values()];

function scenario(id: string): Scenario {
  const s = scenarios.get(id);
  if (!s) throw new Error(`no shipped scenario ${id}`);
  return s;
}

function play(id: string, replies: readonly string[], seed = 7): { session: PracticeSession; turns: PracticeTurn[] } {
  let session = startSession(scenario(id), seed);
  const turns: PracticeTurn[] = [];
  for (const reply of replies) {
    if (session.ending) break;
    const r = takeTurn(session, reply, analyzer);
    session = r.session;
    turns.push(r.turn);
  }
  return { session, turns };
}

/** The change in a state variable over one first reply. */
const firstChange = (id: string, reply: string, variable: string) => play(id, [reply]).turns[0].state.change[variable] ?? 0;

describe('a warm, assertive reply helps where a cold, aggressive or passive one does not', () => {
  const warmLimit = "It sounds like the nights feel really frightening when you're on your own. I don't give out my personal number, that's a limit I keep with everyone. What I can do is make a plan with you now for the nights.";
  const harsh = "No. That's not appropriate and you know it.";
  const givesIn = 'Of course, here is my number, text me any time.';

  it('after-hours contact: trust and rapport rise with a warm limit and fall with a harsh one', () => {
    expect(firstChange('after-hours-contact', warmLimit, 'trust')).toBeGreaterThan(0);
    expect(firstChange('after-hours-contact', warmLimit, 'rapport')).toBeGreaterThan(0);
    expect(firstChange('after-hours-contact', harsh, 'trust')).toBeLessThan(0);
    expect(firstChange('after-hours-contact', harsh, 'rapport')).toBeLessThan(0);
  });

  it('after-hours contact: giving in moves the frame', () => {
    expect(firstChange('after-hours-contact', givesIn, 'frame')).toBeLessThan(0);
    expect(firstChange('after-hours-contact', warmLimit, 'frame')).toBeGreaterThan(0);
  });

  it('a rupture: acknowledging lowers the strain, defending or attacking raises it', () => {
    const repair = "You're right to tell me. It sounds like you've been frustrated with how these sessions have gone for a while. What hasn't been working for you?";
    expect(firstChange('rupture-this-isnt-helping', repair, 'rupture')).toBeLessThan(0);
    expect(firstChange('rupture-this-isnt-helping', repair, 'rapport')).toBeGreaterThan(0);
    expect(firstChange('rupture-this-isnt-helping', 'Come on, be honest, you haven\'t really given it a chance.', 'rupture')).toBeGreaterThan(0);
    expect(firstChange('rupture-this-isnt-helping', "The reason we've been going over your childhood is that it helps us understand the patterns.", 'rupture')).toBeGreaterThan(0);
  });

  it('a lonely client: a reflection opens her up, a command closes her down', () => {
    const reflection = "It sounds like the nights have been really hard since your daughter moved away, and maybe lonelier than you've let yourself say.";
    expect(firstChange('lonely-minimiser', reflection, 'openness')).toBeGreaterThan(0);
    expect(firstChange('lonely-minimiser', reflection, 'rapport')).toBeGreaterThan(0);
    expect(firstChange('lonely-minimiser', 'You need to stop saying it is silly and get out more. Join a club.', 'rapport')).toBeLessThan(0);
  });

  it('saying no: a plain no earns respect, a hedged one loses it, a sharp one costs the relationship', () => {
    expect(firstChange('say-no-extra-work', "No, I can't take that on this week. I'm already at capacity with the Patel audit.", 'respect')).toBeGreaterThan(0);
    expect(firstChange('say-no-extra-work', "Um, I guess I could maybe look at it? Sorry, I'm just a bit swamped.", 'respect')).toBeLessThan(0);
    expect(firstChange('say-no-extra-work', 'Are you serious? You always dump this stuff on me. Ask someone else for once.', 'rapport')).toBeLessThan(0);
  });

  it('a passive reply loses the focus where a kind, clear proposal sets it', () => {
    const proposal = "That's so much at once, and it sounds exhausting. Could we pick one of these to focus on today, so we can really look at it? Which feels most pressing?";
    expect(firstChange('oversharer-needs-focus', proposal, 'focus')).toBeGreaterThan(0);
    for (const passive of ["Sorry, I don't want to interrupt you, tell me whatever you want to talk about.", 'Mm-hmm. Go on.', 'What happened with your mum?']) {
      expect(firstChange('oversharer-needs-focus', passive, 'focus'), passive).toBeLessThan(0);
    }
  });

  it('a DEAR MAN request puts the ask on the table, a retracted one lets it slide', () => {
    const dearMan = "Over the last year I've taken on the two new accounts and trained the new starters. I feel my pay no longer reflects that, and I'd like to ask for a raise of eight percent.";
    expect(firstChange('dear-man-raise', dearMan, 'clarity')).toBeGreaterThan(0);
    expect(firstChange('dear-man-raise', 'Sorry, this is probably a silly question, but I was wondering if maybe there is any chance of a raise at some point? No worries if not.', 'clarity')).toBeLessThan(0);
  });
});

describe('sessions', () => {
  const replies = [
    "No, I can't take that on this week. I'm already at capacity with the Patel audit.",
    'Okay.',
    'I understand it is urgent. And still, I cannot take it on this week.',
  ];

  it('replay exactly from the same seed and replies', () => {
    const a = play('say-no-extra-work', replies, 42);
    const b = play('say-no-extra-work', replies, 42);
    expect(JSON.parse(JSON.stringify(b.session))).toEqual(JSON.parse(JSON.stringify(a.session)));
  });

  it('vary with the seed', () => {
    const openings = new Set(Array.from({ length: 20 }, (_, seed) => startSession(scenario('lonely-minimiser'), seed).opening));
    expect(openings.size).toBeGreaterThan(1);
  });

  it('never have the simulated person say the same line twice in a row', () => {
    const flat = ['Okay.', 'Right.', 'Okay.', 'I see.', 'Okay.', 'Mm.', 'Okay.', 'Right.'];
    let checked = 0;
    for (const s of catalog) {
      for (let seed = 0; seed < 15; seed++) {
        const lines = sessionTranscript(play(s.id, flat, seed).session).filter((_, i) => i % 2 === 0).map((t) => t.text);
        for (let i = 1; i < lines.length; i++) expect(lines[i], `${s.id} seed ${seed}`).not.toBe(lines[i - 1]);
        checked += lines.length;
      }
    }
    expect(checked).toBeGreaterThan(catalog.length * 15 * 3);
  });

  it('end at the turn limit with the out-of-turns outcome, and refuse another turn', () => {
    const s = scenario('lonely-minimiser');
    const { session, turns } = play(s.id, Array.from({ length: s.max_turns + 2 }, () => 'Okay.'));
    expect(session.ending).not.toBeNull();
    expect(turns.length).toBeLessThanOrEqual(s.max_turns);
    if (turns.length === s.max_turns) expect(session.ending?.id).toBe('out_of_turns');
    expect(() => takeTurn(session, 'Hello?', analyzer)).toThrow(/ended/);
  });

  it('leave the session given to takeTurn unchanged', () => {
    const start = startSession(scenario('say-no-extra-work'), 1);
    const copy = structuredClone(start);
    takeTurn(start, replies[0], analyzer);
    expect(start).toEqual(copy);
  });
});

describe('feedback', () => {
  it('names what the reply did with its words, praises it and suggests one thing', () => {
    const { turns } = play('say-no-extra-work', ["No, I can't take that on this week. I'm already at capacity with the Patel audit."]);
    const f = turns[0].feedback;
    expect(f.did.find((d) => d.kind === 'clear_no')?.words[0]).toMatch(/No, I can't/);
    expect(f.did.find((d) => d.aspect === 'style')).toMatchObject({ kind: 'assertive', tone: 'good' });
    expect(f.wentWell.join(' ')).toMatch(/no/i);
    expect(f.reaction.length).toBeGreaterThan(0);
    // The reply showed the no but not an alternative: that is what to try next.
    expect(f.suggestion).toMatchObject({ kind: 'offer_alternative', source: 'skill' });
  });

  it('gives no generic praise for an attack, and a concrete suggestion instead', () => {
    const { turns } = play('lonely-minimiser', ['Come on, everyone feels like that at your age.']);
    const f = turns[0].feedback;
    expect(f.wentWell).toEqual([]);
    expect(f.suggestion?.advice).toBeTruthy();
    expect(f.suggestion?.example).toBeTruthy();
    expect(f.did.some((d) => d.tone === 'off')).toBe(true);
  });

  it('uses the suggester it is given when no rule has a tip', () => {
    const s = scenario('say-no-extra-work');
    const r = takeTurn(startSession(s, 1), "No, I can't take that on this week.", analyzer, { suggest: () => ({ kind: 'i_statement', advice: 'Say it as an I statement.', example: 'I feel…' }) });
    expect(r.turn.feedback.suggestion).toEqual({ kind: 'i_statement', advice: 'Say it as an I statement.', example: 'I feel…', source: 'suggester' });
  });
});

describe('summary', () => {
  it('counts skills, traces the balance path and repeats a success whose skills are not all reliable yet', () => {
    const { session } = play('say-no-extra-work', [
      "No, I can't take that on this week. I'm already at capacity with the Patel audit.",
      "I understand it's urgent. And still, I can't take it on this week, but I could look at it first thing Monday.",
    ]);
    const sum = summarizeSession(session, catalog);
    expect(sum.ending?.outcome).toBe('success');
    expect(sum.balancePath.map((p) => p.turn)).toEqual([1, 2]);
    expect(sum.skills.find((k) => k.skill === 'say_no')).toMatchObject({ shown: 2, status: 'reliable' });
    expect(sum.skills.find((k) => k.skill === 'offer_alternative')).toMatchObject({ shown: 1, status: 'emerging' });
    expect(sum.state.respect.end).toBeGreaterThan(sum.state.respect.start);
    expect(sum.debrief[0]).toBe(scenario('say-no-extra-work').debrief.success);
    expect(sum.next).toMatchObject({ action: 'repeat', scenarioId: 'say-no-extra-work', focus: ['offer_alternative'] });
  });

  it('has no next suggestion while the session is open', () => {
    expect(summarizeSession(play('say-no-extra-work', ['Okay.']).session, catalog).next).toBeNull();
  });

  it('steps back a level after a failure with nothing shown', () => {
    const { session } = play('dear-man-raise', [
      'Sorry, this is probably a silly question, but I was wondering if maybe there is any chance of a raise at some point? No worries if not.',
      "Oh, no, that's fine, it doesn't matter really.",
      'Sorry, never mind, it is probably nothing.',
    ]);
    const sum = summarizeSession(session, catalog);
    expect(sum.ending?.outcome).toBe('failure');
    // Back to an easier scenario of the same kind that trains a skill this session missed.
    expect(sum.next?.action).toBe('step_back');
    const easier = catalog.find((c) => c.id === sum.next?.scenarioId);
    expect(easier).toMatchObject({ role: 'person' });
    expect(easier!.level).toBeLessThan(3);
    const missed = sum.skills.filter((k) => k.status === 'missed').map((k) => k.skill);
    expect(easier!.skills.some((k) => missed.includes(k))).toBe(true);
  });

  it('reports MITI-style counts for therapist sessions', () => {
    const { session } = play('lonely-minimiser', ['What are the evenings like for you now?', "It sounds like it's been lonely since your daughter left."]);
    const mi = summarizeSession(session).scores.mi;
    expect(mi?.questions).toBeGreaterThanOrEqual(1);
    expect(mi?.reflections).toBeGreaterThanOrEqual(1);
  });
});
