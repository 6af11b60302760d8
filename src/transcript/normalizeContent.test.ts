import { describe, expect, it } from 'vitest';
import { normalizeContent } from './normalizeContent.js';

describe('normalizeContent', () => {
  it('drops a BOM and makes CRLF and lone CR into LF', () => {
    expect(normalizeContent('\uFEFFa\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('keeps a BOM-less LF text as it is', () => {
    const s = 'T: hi\nC: hello\n';
    expect(normalizeContent(s)).toBe(s);
  });
});
