import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import type { Speaker } from '../types.js';
import { accusedBehaviour, adviceAction, closedQuestionTopic, gerund, plainRequest, reflectableClause, requestKind, sentencesOf } from './ownWords.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const analysed = (text: string, speaker: Speaker = 'client') => analyzer.analyze({ speaker, text });

describe('sentencesOf', () => {
  it('splits on sentence ends and keeps each offset', () => {
    const text = 'First one. Second one?  Third!';
    const s = sentencesOf(text);
    expect(s.map((x) => x.text)).toEqual(['First one.', 'Second one?', 'Third!']);
    for (const x of s) expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });
});

describe('reflectableClause', () => {
  it('says back the clause that names a feeling, in the second person', () => {
    expect(reflectableClause(analysed('Work is fine. I feel so lonely at home since the move, honestly.'))).toBe('you feel so lonely at home since the move');
    expect(reflectableClause(analysed('She was talking about losing my eyesight, and it really scared me.'))).toBe('it really scared you');
  });

  it('finds a first-person feeling without markers too', () => {
    expect(reflectableClause({ text: "Um, I've been feeling stuck for months." })).toBe("you've been feeling stuck for months");
  });

  it('falls back to a statement about the speaker (or, when asked, the listener), unless only feelings are wanted', () => {
    expect(reflectableClause({ text: 'Work is okay. I-I moved here in spring for work.' })).toBe('you moved here in spring for work');
    expect(reflectableClause({ text: "This isn't helping. You don't get it." })).toBeNull();
    expect(reflectableClause({ text: "This isn't helping. You don't get it." }, { aboutListener: true })).toBe("I don't get it");
    expect(reflectableClause({ text: 'I moved here in spring.' }, { feelingOnly: true })).toBeNull();
  });

  it('does not echo fragments without a subject, or hollow openers', () => {
    expect(reflectableClause({ text: 'Which I barely have any, to be honest with you.' })).toBeNull();
    expect(reflectableClause({ text: 'I mean. I guess so.' })).toBeNull();
    expect(reflectableClause({ text: 'Mm-hmm.' })).toBeNull();
  });

  it('does not echo questions or clauses too long to say back', () => {
    expect(reflectableClause({ text: 'Do I feel sad?' })).toBeNull();
    expect(reflectableClause({ text: `I feel ${'very '.repeat(30)}tired` })).toBeNull();
  });
});

describe('adviceAction', () => {
  it('takes the action out of advice and orders', () => {
    expect(adviceAction({ text: 'You should join a club.' })).toBe('join a club');
    expect(adviceAction({ text: 'Well, you really need to call your sister, today.' })).toBe('call your sister');
    expect(adviceAction({ text: "If I were you, I'd talk to your boss about it." })).toBe('talk to your boss about it');
  });

  it('refuses prohibitions, relative and subject clauses, and turns with no advice', () => {
    expect(adviceAction({ text: "I'm just gonna talk to you for a bit about your goals." })).toBeNull();
    expect(adviceAction({ text: 'Something you could bring up is the cost.' })).toBeNull();
    expect(adviceAction({ text: 'You need to stop feeling sorry for yourself.' })).toBeNull();
    expect(adviceAction({ text: 'It affects your liver, which you need to keep in mind.' })).toBeNull();
    expect(adviceAction({ text: 'How was your week?' })).toBeNull();
  });
});

describe('accusedBehaviour', () => {
  it('keeps the behaviour and drops the absolutes', () => {
    expect(accusedBehaviour({ text: 'You never listen to me!' })).toBe("you don't listen to me");
    expect(accusedBehaviour({ text: 'Ugh. You always interrupt me when I talk.' })).toBe('you interrupt me when I talk');
    expect(accusedBehaviour({ text: 'Nothing works.' })).toBeNull();
  });
});

describe('closedQuestionTopic and gerund', () => {
  it('turns a closed do/did/can-you question into an "-ing" topic', () => {
    expect(closedQuestionTopic('Did you tell them?')).toBe('telling them');
    expect(closedQuestionTopic('Okay. Do you want to stop drinking?')).toBe('stopping drinking');
    expect(closedQuestionTopic('Do you think that is true?')).toBeNull();
    expect(closedQuestionTopic('Are you okay?')).toBeNull();
  });

  it('spells regular "-ing" forms', () => {
    expect(['take', 'stop', 'lie', 'see', 'visit', 'plan', 'fix', 'agree'].map(gerund)).toEqual(['taking', 'stopping', 'lying', 'seeing', 'visiting', 'planning', 'fixing', 'agreeing']);
  });
});

describe('requestKind', () => {
  it('names what a turn asks for', () => {
    expect(requestKind('Can I text you at night when it gets bad?')).toBe('contact');
    expect(requestKind("I can't afford the fee this month.")).toBe('fee');
    expect(requestKind('Could we have a few more minutes today?')).toBe('time');
    expect(requestKind('How are you doing, by the way?')).toBe('personal');
    expect(requestKind('The bus was late.')).toBeNull();
  });
});

describe('plainRequest', () => {
  it('takes the hedges, apologies and retractions out of a request', () => {
    const r = plainRequest(analysed('Sorry, I was wondering if maybe you could help me with the dishes tonight, never mind.', 'person'));
    expect(r).toBe('Could you help me with the dishes tonight?');
  });

  it('gives up when little is left', () => {
    expect(plainRequest(analysed('Sorry, never mind.', 'person'))).toBeNull();
  });
});

describe('reflectableClause inside a sentence', () => {
  it('finds a statement about the speaker after a comma', () => {
    expect(reflectableClause({ text: 'Honestly, work is fine, but I barely see my kids anymore.' })).toBe('you barely see your kids anymore');
  });
});

describe('adviceAction on questions and modal openers', () => {
  it('reads no advice in a question or in "I think you can…"', () => {
    expect(adviceAction({ text: 'What changes might you want to make in your life?' })).toBeNull();
    expect(adviceAction({ text: 'I think you can still have fun within these amounts.' })).toBeNull();
    expect(adviceAction({ text: "Why don't you call her tonight?" })).toBe('call her tonight');
  });

  it('drops a hedge before the speaker\'s statement', () => {
    expect(reflectableClause({ text: 'I guess I would like to have one friend to call.' })).toBe('you would like to have one friend to call');
    expect(reflectableClause({ text: 'I guess if my friends were around.' })).toBeNull();
  });
});

describe('adviceAction without content', () => {
  it('finds nothing to offer back in "try that" or in a clause about what the client might want', () => {
    expect(adviceAction({ text: "Why don't you try that?" })).toBeNull();
    expect(adviceAction({ text: "We'll look at what changes you might want to make in your life." })).toBeNull();
    expect(adviceAction({ text: 'You should try to walk after dinner.' })).toBe('walk after dinner');
  });
});
