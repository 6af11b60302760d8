import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { accusedBehaviour, adviceAction, COURTESY, feelingWord, requestAction, requestKind, topicPhrase } from './ownWords.js';

const T = loadResourcesOrThrow().suggestions!;
const feeling = (text: string) => feelingWord(text, T.feelings);
const advice = (text: string) => adviceAction({ text }, T.actionVerbs);

describe('feelingWord', () => {
  it('finds a listed feeling the speaker has, in a feeling frame', () => {
    expect(feeling("I've been so lonely since the move.")).toBe('lonely');
    expect(feeling('Honestly it makes me really anxious.')).toBe('anxious');
    expect(feeling("I'm completely burnt out.")).toBe('burnt out');
    expect(feeling('I feel stuck.')).toBe('stuck');
  });

  it('leaves out negated feelings, questions, other uses of the word and unlisted pseudo-feelings', () => {
    expect(feeling("I don't feel scared.")).toBeNull();
    expect(feeling('Are you upset?')).toBeNull();
    expect(feeling('I upset her last week.')).toBeNull();
    expect(feeling('We went down the road.')).toBeNull();
    expect(feeling('I feel ignored.')).toBeNull();
  });
});

describe('topicPhrase', () => {
  it('takes a short noun phrase after "about" or "with", said back to the listener', () => {
    expect(topicPhrase("I'm worried about my son.", { swap: true })).toBe('your son');
    expect(topicPhrase('Do you have any concerns at all about your alcohol use?')).toBe('your alcohol use');
    expect(topicPhrase("It's hard with my sister and the kids since Christmas.", { swap: true })).toBe('your sister');
    expect(topicPhrase('I talked about Jonah.', { swap: true })).toBe('Jonah');
    // A contraction ends the phrase before its verb.
    expect(topicPhrase("I was with my mate Jonah's got a job.", { swap: true })).toBe('your mate');
  });

  it('gives up on pronouns, amounts, vague heads and cut phrases', () => {
    for (const text of ['I thought about it.', 'I have about four cups a day.', 'That feels about right to you?', 'I struggle with the fact that he left.', 'We talked about how to, um, you know.', 'I am about to leave.']) {
      expect(topicPhrase(text, { swap: true }), text).toBeNull();
    }
  });
});

describe('adviceAction', () => {
  it('reads the action out of advice at the start of its clause', () => {
    expect(advice('You should join a walking group.')).toBe('join a walking group');
    expect(advice('Well, you could try the nicotine lozenge, that would be another option.')).toBe('try the nicotine lozenge');
    expect(advice('I think you should cut down to two drinks.')).toBe('cut down to two drinks');
  });

  it('offers no courtesy, prohibition, vague or cut action', () => {
    for (const text of ['Take your time.', 'Of course. Take your time.', 'It sounds like a concrete step you could actually take.', 'You need to stop feeling sorry for yourself.', 'You should try that.', 'Some different behaviours you might want to make in your life.', 'Which you need to keep in mind.', 'You need to, um, like, do the thing.']) {
      expect(advice(text), text).toBeNull();
    }
    expect(COURTESY.test('Take your time.')).toBe(true);
    expect(COURTESY.test('Go ahead.')).toBe(true);
    expect(COURTESY.test('Take your medicine.')).toBe(false);
  });
});

describe('accusedBehaviour', () => {
  it('names what the other did, without the absolutes', () => {
    expect(accusedBehaviour({ text: 'You never listen to me!' })).toBe("you don't listen to me");
    expect(accusedBehaviour({ text: 'Are you serious? You always dump this stuff on me and I am sick of it!' })).toBe('you dump this stuff on me');
    expect(accusedBehaviour({ text: 'You keep interrupting me.' })).toBe('you keep interrupting me');
  });

  it('finds no behaviour in questions, states or fillers', () => {
    for (const text of ['Are you serious?', "You're always late.", 'You know, it was fine.', 'You are so lazy.']) expect(accusedBehaviour({ text }), text).toBeNull();
  });
});

describe('requestAction and requestKind', () => {
  it('takes what was asked without the hedges', () => {
    expect(requestAction({ text: 'Sorry, I was wondering if maybe you could help with the dishes, never mind.' }, T.actionVerbs)).toBe('help with the dishes');
    expect(requestAction({ text: 'Could you please call me back tomorrow?' }, T.actionVerbs)).toBe('call me back tomorrow');
    expect(requestAction({ text: 'Could you, like, maybe?' }, T.actionVerbs)).toBeNull();
  });

  it('recognises the kinds of request the limit wording knows', () => {
    expect(requestKind('Can I text you at night?')).toBe('contact');
    expect(requestKind('Could we have a few more minutes?')).toBe('time');
    expect(requestKind('How are you, anyway?')).toBe('personal');
    expect(requestKind('I feel sad.')).toBeNull();
  });
});
