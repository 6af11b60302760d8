import { describe, expect, it } from 'vitest';
import { highlightSpans, type ExplainedSpan } from './highlightSpans.js';

const strip = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const marks = (html: string) => [...html.matchAll(/<mark class="([^"]+)" tabindex="0" title="([^"]*)" data-tip="([^"]*)">([^<]*)<\/mark>/g)]
  .map((m) => ({ cls: m[1], title: m[2], tip: m[3], text: m[4] }));

describe('highlightSpans', () => {
  it('marks each span, focusable, with its explanation as title and tooltip', () => {
    const html = highlightSpans('It sounds like you feel alone.', [{ start: 0, end: 14, kind: 'empathy', tip: 'Empathy: reflects feeling' }]);
    expect(marks(html)).toEqual([{ cls: 'span k-empathy', title: 'Empathy: reflects feeling', tip: 'Empathy: reflects feeling', text: 'It sounds like' }]);
    expect(strip(html)).toBe('It sounds like you feel alone.');
  });

  it('cuts overlapping spans so marks never nest, each piece explaining every span it is in', () => {
    const spans: ExplainedSpan[] = [
      { start: 0, end: 10, kind: 'style', tip: 'A' },
      { start: 5, end: 15, kind: 'safety', tip: 'B' },
    ];
    const html = highlightSpans('0123456789abcdefghij', spans);
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/);
    expect(marks(html)).toEqual([
      { cls: 'span k-style', title: 'A', tip: 'A', text: '01234' },
      { cls: 'span k-safety multi', title: 'B&#10;A', tip: 'B&#10;A', text: '56789' },
      { cls: 'span k-safety', title: 'B', tip: 'B', text: 'abcde' },
    ]);
    expect(strip(html)).toBe('0123456789abcdefghij');
  });

  it('escapes the text and the explanations', () => {
    const text = '<script>alert(1)</script>';
    const html = highlightSpans(text, [{ start: 0, end: 8, kind: 'style', tip: '"><img src=x onerror=alert(2)>' }]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(strip(html)).toBe(text);
  });

  it('ignores empty or reversed spans and clips spans past the text', () => {
    const html = highlightSpans('short', [
      { start: 3, end: 3, kind: 'style', tip: 'empty' },
      { start: 4, end: 2, kind: 'style', tip: 'reversed' },
      { start: 2, end: 99, kind: 'stance', tip: 'clipped' },
    ]);
    expect(marks(html).map((m) => [m.text, m.tip])).toEqual([['ort', 'clipped']]);
  });

  it('never cuts an emoji in half', () => {
    const text = 'a😀b';
    const html = highlightSpans(text, [{ start: 2, end: 4, kind: 'style', tip: 'x' }]);
    expect(strip(html)).toBe(text);
    expect(marks(html)[0].text).toBe('😀b');
  });
});
