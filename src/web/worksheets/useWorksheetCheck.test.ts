import { describe, expect, it } from 'vitest';
import type { WorksheetCheckJson } from '../../shared/api/index.js';
import { filledFields } from './useWorksheetCheck.js';
import { checkSummary, isUnwritten, scriptPreview } from './worksheetWords.js';

type Part = WorksheetCheckJson['parts'][number];
const part = (label: string, status: Part['status'], code = status === 'ok' ? 'ok' : 'x'): Part => ({ part: label.toLowerCase(), label, status, code, hint: '', evidence: [] });

describe('worksheet checks in words', () => {
  it('sends only the parts with text, as typed', () => {
    expect(filledFields({ describe: ' You came home at ten. ', express: '   ', assert: '' })).toEqual({ describe: ' You came home at ten. ' });
  });

  it('sums up what is fine, what to check and what is missing', () => {
    const check: WorksheetCheckJson = { kind: 'dear_man', script: '', complete: false, parts: [part('Describe', 'ok'), part('Express', 'problem'), part('Assert', 'missing', 'empty'), part('Reinforce', 'missing', 'no_benefit')] };
    expect(checkSummary(check)).toBe('1 of 4 parts look good. Check: Express. Still missing: Assert, Reinforce.');
    expect(checkSummary({ ...check, complete: true, parts: [part('A', 'ok'), part('B', 'ok')] })).toBe('All 2 parts look good.');
    expect(isUnwritten(check.parts[2])).toBe(true);
    expect(isUnwritten(check.parts[3])).toBe(false);
  });

  it('previews a script at a word boundary', () => {
    expect(scriptPreview('Short.')).toBe('Short.');
    expect(scriptPreview('one two three four', 9)).toBe('one two…');
  });
});
