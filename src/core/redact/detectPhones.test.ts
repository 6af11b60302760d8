import { describe, expect, it } from 'vitest';
import { detectPhones } from './detectPhones.js';

const found = (text: string): string[] => detectPhones(text).map((s) => text.slice(s.start, s.end));

describe('detectPhones', () => {
  it.each([
    ['Call me on +44 20 7946 0958 tomorrow.', '+44 20 7946 0958'],
    ['my mobile is 07700 900123.', '07700 900123'],
    ['It is +1 (555) 010-4567, the office.', '+1 (555) 010-4567'],
    ['Try (555) 010-4567 first.', '(555) 010-4567'],
    ['or 555.010.4567 after six', '555.010.4567'],
    ['call 1-555-010-7788 any time', '1-555-010-7788'],
    ['ring 0161-496-0000 to book', '0161-496-0000'],
    ['in France: 06 12 34 56 78.', '06 12 34 56 78'],
    ['+33 1 23 45 67 89', '+33 1 23 45 67 89'],
    ['0049 30 1234567', '0049 30 1234567'],
    ['the ward, +44 (0)161 496 0123.', '+44 (0)161 496 0123'],
    ['extension 555-0123 please', '555-0123'],
    ['07700900123', '07700900123'],
  ])('finds the number in %j', (text, number) => {
    expect(found(text)).toEqual([number]);
  });

  it.each([
    'We meet at 10:30 on 12/03/2024.',
    'I was 25 in 2019 and owed 1,000,000 pounds.',
    'Between 2018 and 2020 I had 3 jobs, 2019-2024 was hard.',
    'It cost 12.50 and took 45 minutes.',
    'The date was 2024-03-12, or 12.03.2024.',
    'I scored 18 out of 27, then 21.',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keys a number by its last nine digits, so a country code does not make it another number', () => {
    const [a] = detectPhones('+44 7700 900123');
    const [b] = detectPhones('07700 900123');
    expect(a.key).toBe(b.key);
  });
});
