import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.js';

describe('escapeHtml', () => {
  it('escapes markup and both quote kinds, so text is safe in content and attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
  it('keeps line breaks as a character reference and drops control characters', () => {
    expect(escapeHtml('a\nb\u0007c')).toBe('a&#10;bc');
  });
  it('leaves ordinary text, accents and emoji alone', () => {
    expect(escapeHtml('Café 😀 — fine')).toBe('Café 😀 — fine');
  });
});
