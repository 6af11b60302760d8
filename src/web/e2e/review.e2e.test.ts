import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../io/paths.js';
import { SAFETY_NOTE } from '../../present/review/reviewWords.js';
import { hasChromium, useWebHarness } from './harness.js';

const VTT = path.join(PACKAGE_ROOT, 'examples', 'transcripts', 'session.vtt');
const TXT = path.join(PACKAGE_ROOT, 'examples', 'transcripts', 'session.txt');

/**
 * Review as a person would, in headless Chromium against the real server: upload the example WebVTT
 * file, read the report (the safety banner first, the scores against the thresholds, the charts, the
 * highlighted transcript explaining a span on focus), then paste a second session and compare them.
 */
describe.skipIf(!hasChromium)('review in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  it('uploads a VTT file and reads the report, safety first', async () => {
    const { page } = h;
    await h.open('#/review');
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.getByText('No reviews yet.').waitFor();

    await page.getByLabel('Transcript file').setInputFiles(VTT);
    await expect.poll(() => page.getByTestId('file-chosen').innerText()).toContain('session.vtt');
    await page.getByRole('button', { name: 'Review the session' }).click();
    await page.waitForURL(/#\/review\/[^/]+$/);

    const banner = page.getByTestId('safety-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(SAFETY_NOTE);
    expect(await banner.innerText()).toMatch(/suicide/);
    // Safety comes before everything else in the report.
    const order = await page.locator('.report > *').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? e.tagName));
    expect(order[0]).toBe('safety-banner');

    const scores = await page.getByTestId('summary-scores').innerText();
    expect(scores).toMatch(/Reflection-to-question ratio\s+\d+\.\d\d/);
    expect(scores).toMatch(/fair 1:1 · good 2:1/);
    expect(scores).toMatch(/Complex reflections\s+\d+%/);
    expect(scores).toMatch(/inferred/);

    // Charts drawn as SVG by vega, from the server's specs.
    await page.locator('[data-chart="chart-empathy-course"] svg').first().waitFor();
    expect(await page.locator('.charts figure svg').count()).toBeGreaterThanOrEqual(3);

    // The transcript: 52 turns, a safety span explained when it gets keyboard focus.
    await expect.poll(() => page.getByTestId('transcript').locator('> li').count()).toBe(52);
    const safetySpan = page.getByTestId('transcript').locator('mark.k-safety').first();
    await safetySpan.focus();
    const tip = safetySpan.locator('.tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/^Safety \(/);
    await h.screenshot('review');

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);

  it('keeps reviews and compares them over time', async () => {
    const { page } = h;
    await h.open('#/review');
    await page.getByTestId('review-list').waitFor();
    await page.getByLabel('Paste the text').check();
    const { readFileSync } = await import('node:fs');
    await page.getByLabel('Transcript text').fill(readFileSync(TXT, 'utf8'));
    await page.getByLabel('Title').fill('Pasted session');
    await page.getByRole('checkbox', { name: /Redact/ }).check();
    await page.getByRole('button', { name: 'Review the session' }).click();
    await page.waitForURL(/#\/review\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: 'Pasted session' }).waitFor();
    expect(await page.getByText(/Names and identifiers were replaced/).isVisible()).toBe(true);

    await page.getByRole('link', { name: '← All reviews' }).first().click();
    const list = page.getByTestId('review-list');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(2);
    await page.locator('[data-chart="compare"] svg').first().waitFor();
    await h.screenshot('review-compare');

    // A file that is not a transcript is refused with a sentence, and nothing is kept.
    await page.getByLabel('Paste the text').check();
    await page.getByLabel('Transcript text').fill('{"not": "a transcript"');
    await page.getByRole('button', { name: 'Review the session' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/could not be reviewed/);
    await expect.poll(() => list.locator('tbody tr').count()).toBe(2);

    expect(h.pageErrors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
