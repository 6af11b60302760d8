import { describe, expect, it } from 'vitest';
import { detectAddresses } from './detectAddresses.js';
import { resolveOverlaps } from './resolveOverlaps.js';

const found = (text: string): string[] => resolveOverlaps(detectAddresses(text)).map((s) => text.slice(s.start, s.end));

describe('detectAddresses', () => {
  it.each([
    ['We lived at 42 Elm Street until the divorce.', ['42 Elm Street']],
    ['I moved into Flat 3, 12 High Rd in the spring.', ['Flat 3, 12 High Rd']],
    ['It is 1600 Pennsylvania Ave NW, Washington, DC 20500.', ['1600 Pennsylvania Ave NW, Washington, DC 20500']],
    ['Send it to 7 Church Lane, Leeds LS6 2QT please.', ['7 Church Lane, Leeds LS6 2QT']],
    ['We are at Apartment 4B, 220 West 85th Street now.', ['Apartment 4B, 220 West 85th Street']],
    ['My mum still lives on Maple Avenue.', ['Maple Avenue']],
    ['I live near M14 5RT if that matters.', ['M14 5RT']],
    ['The office is in Springfield, IL 62704.', ['Springfield, IL 62704']],
    ['My post goes to PO Box 4471 now.', ['PO Box 4471']],
    ['We moved to 221B Baker Street.', ['221B Baker Street']],
  ])('finds the address in %j', (text, addresses) => {
    expect(found(text)).toEqual(addresses);
  });

  it.each([
    'I had 3 long road trips that summer.',
    'I had 3 Big Macs and felt sick.',
    'I live in London but I moved for work.',
    'It was 5 Dr visits in one month.',
    'We walked 12 miles down the lane.',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('keys an address with its abbreviations spelled out', () => {
    const [a] = detectAddresses('12 High Rd');
    const [b] = detectAddresses('12 High Road');
    expect(a.key).toBe(b.key);
  });
});
