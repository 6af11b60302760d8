import { describe, expect, it } from 'vitest';
import type { InstrumentScore } from '../../shared/api/index.js';
import { formatScore, isHighBand, issueWords, minutesFor, resultLine, scaleName, scoreSentence } from './assessWords.js';

type Scale = InstrumentScore['scales'][number];
const scale = (over: Partial<Scale>): Scale => ({ scaleId: 'x', title: 'Assertiveness (IPIP-NEO facet E3)', score: 3, min: 1, max: 5, answered: 10, items: 10, band: null, ...over });
const BANDS = { interpretation: { note: 'n', bands: [{ from: 0, label: 'below 50' }, { from: 50, label: '50 or more' }] } };

describe('assessment words', () => {
  it('names a scale without its source in brackets', () => {
    expect(scaleName('Assertiveness (IPIP-NEO facet E3)')).toBe('assertiveness');
    expect(scaleName('Client-related burnout')).toBe('client-related burnout');
  });

  it('places a score on its own range, in words, without norms', () => {
    expect(scoreSentence(scale({ score: 4.6 }))).toMatch(/^4\.60 on a scale from 1 to 5, towards the high end\. Higher means more assertiveness/);
    expect(scoreSentence(scale({ score: 1.4 }))).toMatch(/towards the low end/);
    expect(scoreSentence(scale({ score: 3.2 }))).toMatch(/around the middle/);
    expect(scoreSentence(scale({ title: 'Personal burnout', score: 62.5, min: 0, max: 100 }))).toMatch(/^63 on a scale from 0 to 100, around the middle\. Higher means more personal burnout/);
    expect(scoreSentence(scale({ score: null, items: 6 }))).toMatch(/No score/);
  });

  it('formats 0–100 scores whole and 1–5 scores to two decimals', () => {
    expect(formatScore(45.83, 100)).toBe('46');
    expect(formatScore(3.5, 5)).toBe('3.50');
  });

  it('words unanswered questions by their numbers', () => {
    const scores: InstrumentScore = {
      instrumentId: 'cbi',
      scales: [scale({ scaleId: 'personal', title: 'Personal burnout' }), scale({ scaleId: 'work', title: 'Work-related burnout' })],
      note: 'n',
      issues: [
        { code: 'missing_answers', scaleId: 'personal', items: ['cbi-3', 'cbi-1'] },
        { code: 'too_few_answers', scaleId: 'work', items: ['cbi-7', 'cbi-8', 'cbi-9', 'cbi-10', 'cbi-11'], expected: 3 },
      ],
    };
    const words = issueWords(scores, (id) => Number(id.slice(4)));
    expect(words[0]).toBe('Personal burnout: scored from the questions you answered; left out: 1, 3.');
    expect(words[1]).toMatch(/^Work-related burnout: no score, it needs at least 3 answers \(unanswered: 7, 8, 9, 10, 11\)\.$/);
  });

  it('flags only the top band of an instrument that has bands', () => {
    expect(isHighBand(scale({ band: { from: 50, label: '50 or more' } }), BANDS)).toBe(true);
    expect(isHighBand(scale({ band: { from: 0, label: 'below 50' } }), BANDS)).toBe(false);
    expect(isHighBand(scale({ band: null }), { interpretation: { note: 'n', bands: [] } })).toBe(false);
  });

  it('summarises a result in a line and estimates the time', () => {
    expect(resultLine({ scores: { instrumentId: 'x', note: '', issues: [], scales: [scale({ score: 3.25 }), scale({ title: 'Work-related burnout', score: null, max: 100 })] } })).toBe('Assertiveness 3.25 · Work-related burnout —');
    expect(minutesFor(10)).toBe('about 1 minute');
    expect(minutesFor(19)).toBe('about 3 minutes');
  });
});
