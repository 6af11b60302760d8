import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { tempDir } from '../../testing/tempDir.js';
import { renderReviewHtml } from './reviewHtml.js';
import { SAFETY_NOTE } from './reviewWords.js';

/**
 * The HTML report in a real browser (headless Chromium from the system, never downloaded): it loads
 * nothing but itself, draws its charts, explains a span on hover and focus, and prints completely.
 * Skipped only where /usr/bin/chromium is missing.
 */
// The page functions below run in the browser; the project compiles without the DOM library, so the
// little of it they use is declared here.
interface DomRect { width: number; height: number; top: number; right: number }
interface DomElement {
  id: string;
  innerText: string;
  firstElementChild: DomElement | null;
  getBoundingClientRect(): DomRect;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
}
declare const document: {
  body: DomElement;
  documentElement: DomElement & { clientWidth: number; scrollHeight: number };
  activeElement: unknown;
  getElementById(id: string): DomElement | null;
};
declare function getComputedStyle(el: DomElement, pseudo?: string): { display: string; content: string };

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
const SCREENSHOT = path.resolve('test-output', 'review-report.png');
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

/** Width and height from a PNG's IHDR chunk (bytes 16..24), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe.skipIf(!hasChromium)('review HTML in headless Chromium (skipped when /usr/bin/chromium is missing)', () => {
  const report = sampleReport({ extraTurns: [{ speaker: 'Sam', role: 'client', text: HOSTILE }] });
  let browser: Browser;
  let page: Page;
  let fileUrl: string;
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    const file = path.join(tempDir('attune-review-html-'), 'report.html');
    fs.writeFileSync(file, await renderReviewHtml(report));
    fileUrl = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(fileUrl, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('requests nothing but the file itself and runs no script from the transcript', () => {
    expect(requests).toEqual([fileUrl]);
    expect(dialogs).toEqual([]);
  });

  it('draws every chart with a non-zero size', async () => {
    const boxes = await page.locator('figure.chart svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes).toHaveLength(5);
    for (const [w, h] of boxes) {
      expect(w).toBeGreaterThan(200);
      expect(h).toBeGreaterThan(100);
    }
    // The marks were drawn: each chart has visible shapes.
    const shapes = await page.locator('figure.chart svg').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('path, line, rect').length));
    for (const n of shapes) expect(n).toBeGreaterThan(5);
  });

  it('explains a marked span on hover and on keyboard focus', async () => {
    const span = page.locator('#transcript mark.span').first();
    const title = await span.getAttribute('title');
    expect(title).toBeTruthy();
    const tooltip = () => span.evaluate((el) => {
      const s = getComputedStyle(el, '::after');
      return { display: s.display, content: s.content };
    });
    expect((await tooltip()).display).toBe('none');
    await span.hover();
    const shown = await tooltip();
    expect(shown.display).toBe('block');
    expect(shown.content).toBe(JSON.stringify(title));
    await page.mouse.move(0, 0);
    expect((await tooltip()).display).toBe('none');
    await span.focus();
    expect(await span.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await tooltip()).display).toBe('block');
    await span.blur();
  });

  it('shows the safety banner first, the summary and the transcript (text as text), and screenshots it', async () => {
    const first = await page.evaluate(() => document.body.firstElementChild?.id);
    expect(first).toBe('safety');
    const text = await page.innerText('body');
    expect(text).toContain(SAFETY_NOTE);
    expect(text).toContain('Reflection-to-question ratio');
    expect(text).toContain('What to practise next');
    for (const t of report.turns) expect(text).toContain(t.text);
    expect(await page.locator('#transcript script, #transcript img').count()).toBe(0);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const size = pngSize(SCREENSHOT);
    expect(size.width).toBe(1100);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(size.height).toBe(height);
    expect(size.height).toBeGreaterThan(3000);
  });

  it('prints everything essential: every section, the charts within the page, and the explanations', async () => {
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.emulateMedia({ media: 'print' });
    try {
      const sections = await page.evaluate(() => ['safety', 'summary', 'practise', 'course', 'alliance', 'highlights', 'transcript', 'about'].map((id) => {
        const el = document.getElementById(id);
        const r = el?.getBoundingClientRect();
        return { id, display: el ? getComputedStyle(el).display : 'missing', height: r?.height ?? 0 };
      }));
      for (const s of sections) {
        expect(s.display, s.id).not.toBe('none');
        expect(s.height, s.id).toBeGreaterThan(20);
      }
      const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
      const svgs = await page.locator('figure.chart svg').evaluateAll((els) => els.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height, r.right]));
      for (const [w, h, right] of svgs) {
        expect(w).toBeGreaterThan(200);
        expect(h).toBeGreaterThan(80);
        expect(right).toBeLessThanOrEqual(pageWidth);
      }
      // No hovering on paper: every span's explanation is printed under its turn instead.
      const turns = await page.locator('#transcript li.turn').evaluateAll((els) => els.map((el) => ({
        tips: [...el.querySelectorAll('mark.span')].flatMap((m) => (m.getAttribute('data-tip') ?? '').split('\n')),
        evidence: el.querySelector('ul.evidence')?.innerText ?? '',
        tooltip: [...el.querySelectorAll('mark.span')].map((m) => getComputedStyle(m, '::after').display),
      })));
      expect(turns.some((t) => t.tips.length > 0)).toBe(true);
      for (const t of turns) {
        for (const tip of t.tips) expect(t.evidence).toContain(tip);
        for (const d of t.tooltip) expect(d).toBe('none');
      }
      const text = await page.innerText('body');
      for (const t of report.turns) expect(text).toContain(t.text);
      expect(text).toContain(SAFETY_NOTE);
      // Navigation links are the only thing left off paper.
      expect(await page.locator('nav.toc').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
