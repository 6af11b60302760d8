import { describe, expect, it } from 'vitest';
import { transcriptProblem, WarningLog } from './transcriptProblem.js';

describe('transcriptProblem', () => {
  it('names the file, line, path and a shortened value', () => {
    expect(transcriptProblem('s.json', 'bad', { line: 3, path: 'turns.1', value: 'x'.repeat(200) })).toMatchObject({
      code: 'unreadable_transcript', message: 'bad', source: 's.json', line: 3, path: 'turns.1', value: expect.stringMatching(/^x{79}…$/),
    });
  });
});

describe('WarningLog', () => {
  it('says each kind once, with the count and the first place', () => {
    const log = new WarningLog('a.txt');
    log.note('stray markup removed', { line: 4 });
    log.note('stray markup removed', { line: 9 });
    log.note('row without text skipped', { line: 7 });
    expect(log.problems()).toEqual([
      { code: 'transcript_warning', message: 'stray markup removed (2 times; first shown)', source: 'a.txt', line: 4 },
      { code: 'transcript_warning', message: 'row without text skipped', source: 'a.txt', line: 7 },
    ]);
  });
});
