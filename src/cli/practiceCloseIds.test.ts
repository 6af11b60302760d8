import { describe, expect, it } from 'vitest';
import { closeIds } from './practiceCloseIds.js';

const ids = ['lonely-minimiser', 'oversharer-needs-focus', 'after-hours-contact', 'rupture-this-isnt-helping', 'say-no-extra-work', 'dear-man-raise'];

describe('closeIds', () => {
  it('finds a mistyped id, a fragment and a shared word, closest first', () => {
    expect(closeIds('say-no-extra-wrk', ids)[0]).toBe('say-no-extra-work');
    expect(closeIds('lonely', ids)).toEqual(['lonely-minimiser']);
    expect(closeIds('RUPTURE', ids)).toEqual(['rupture-this-isnt-helping']);
    expect(closeIds('raise', ids)).toEqual(['dear-man-raise']);
  });

  it('finds nothing for something unrelated, and at most max ids', () => {
    expect(closeIds('quantum-physics', ids)).toEqual([]);
    expect(closeIds('', ids)).toEqual([]);
    expect(closeIds('a', ['ab', 'ac', 'ad', 'ae', 'af', 'ag'], 3)).toHaveLength(3);
  });
});
