import { describe, expect, it } from 'vitest';
import { MAX_FIELD_LENGTH, parseWorksheetInput } from './parseWorksheetInput.js';

describe('parseWorksheetInput', () => {
  it('accepts a known kind with its own parts', () => {
    expect(parseWorksheetInput({ kind: 'fast', fields: { fair: 'x', truthful: '' } })).toEqual({ ok: true, value: { kind: 'fast', fields: { fair: 'x', truthful: '' } } });
  });

  it('names the field and value of an unknown kind, a part of another worksheet, a non-text field and an over-long one', () => {
    const kind = parseWorksheetInput({ kind: 'dearman', fields: {} });
    expect(!kind.ok && kind.problems[0]).toMatchObject({ code: 'invalid_input', path: 'kind', value: 'dearman' });
    const other = parseWorksheetInput({ kind: 'give', fields: { describe: 'x' } }, 'body');
    expect(!other.ok && other.problems[0]).toMatchObject({ code: 'invalid_input', source: 'body', path: 'fields.describe', value: 'describe' });
    const num = parseWorksheetInput({ kind: 'give', fields: { gentle: 3 } });
    expect(!num.ok && num.problems[0]).toMatchObject({ path: 'fields.gentle', value: '3' });
    const long = parseWorksheetInput({ kind: 'give', fields: { gentle: 'a'.repeat(MAX_FIELD_LENGTH + 1) } });
    expect(!long.ok && long.problems[0].path).toBe('fields.gentle');
  });
});
