import { describe, expect, it } from 'vitest';
import { detectDates } from './detectDates.js';
import { resolveOverlaps } from './resolveOverlaps.js';

const found = (text: string): string[] => resolveOverlaps(detectDates(text)).map((s) => text.slice(s.start, s.end));

describe('detectDates', () => {
  it.each([
    ['It happened on 12/03/2024 at 10:30.', ['12/03/2024']],
    ['The hearing is 2024-06-18.', ['2024-06-18']],
    ['I was born 17.09.1992.', ['17.09.1992']],
    ['Dad died on 14 February 2019.', ['14 February 2019']],
    ['We broke up on March 12th and it still hurts.', ['March 12th']],
    ['The tribunal is September 30, 2024.', ['September 30, 2024']],
    ['My mum died on the 2nd of January.', ['the 2nd of January']],
    ['On Tuesday the 5th I left.', ['Tuesday the 5th']],
    ['Can we do Thursday 9th instead?', ['Thursday 9th']],
    ['Friday, 13 October 2023 was the worst day.', ['Friday, 13 October 2023']],
    ['Since October 2022 I have barely slept.', ['October 2022']],
    ['My birthday is the 21st and my due date is the 30th.', ['the 21st', 'the 30th']],
    ['from the 3rd to the 10th', ['the 3rd', 'the 10th']],
    ['on 12/3 I finally said it', ['12/3']],
    ['it was march 3rd, i think', ['march 3rd']],
  ])('finds the date in %j', (text, dates) => {
    expect(found(text)).toEqual(dates);
  });

  it.each([
    'Sunday evenings are the worst.',
    'In March everything fell apart, and May was no better.',
    'I have been sober since 2019.',
    'It was the 5th time he cancelled; I live on the 4th floor.',
    'The helpline is open 24/7 and I ate 3/4 of it.',
    'We meet at 10:30 next Tuesday.',
    'May I ask something?',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keys a date by day, month and year, however it is written', () => {
    const key = (t: string): string => resolveOverlaps(detectDates(t))[0].key;
    expect(key('on 12 March 2024')).toBe(key('on March 12th, 2024'));
    expect(key('on Tuesday the 5th')).toBe(key('birthday is the 5th'));
    expect(key('12/03/2024')).toBe(key('12.03.2024'));
    expect(key('12/03/2024')).not.toBe(key('03/12/2024'));
  });
});
