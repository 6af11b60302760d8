import { describe, expect, it } from 'vitest';
import type { PracticeSessionView } from '../../shared/api/index.js';
import { hasChromium, useWebHarness } from './harness.js';

const MASTERING = ["No, I can't take it on this week. I can help Priya get started on Monday.", "I understand it's urgent. Still, I can't take it on this week. I can help Priya on Monday."];
const PRIVATE = 'Told my sister about the loan';

/**
 * The dashboard, in headless Chromium against the real server, over a history entered through the API
 * (the other e2e tests walk each area by hand): practice sessions (one mastering its scenario),
 * questionnaires over time, diary entries rated before and after, a ladder part climbed. Every area
 * draws its chart, the numbers at a glance add up, no words from the diary reach a chart, and the page
 * fits a narrow window.
 */
describe.skipIf(!hasChromium)('progress dashboard in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${h.origin}/api${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.ok).toBe(true);
    return (await res.json()) as T;
  };
  const play = async (replies: string[], end: boolean) => {
    const s = await call<PracticeSessionView>('POST', '/practice/sessions', { scenarioId: 'say-no-extra-work', seed: 1 });
    for (const reply of replies) await call('POST', `/practice/sessions/${s.id}/turns`, { reply });
    if (end) await call('POST', `/practice/sessions/${s.id}/end`);
  };
  const answers = (prefix: string, n: number, value: (i: number) => number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}-${i + 1}`, value(i + 1)]));
  // IPIP-NEO E3: items 1–5 are keyed "+", 6–10 "−" (6 − x): agreeing with the first and not the rest scores high.
  const e3 = (plus: number, minus: number) => answers('ipip-neo-e3-assertiveness', 10, (i) => (i <= 5 ? plus : minus));

  it('shows practice, questionnaires, diary and ladders over time in pictures', async () => {
    const { page } = h;
    await h.open('#/progress');
    await expect.poll(() => page.locator('.empty').innerText()).toMatch(/Nothing to show yet/);

    await play(['Whatever, I guess I can do it.'], true);
    await play(MASTERING, false);
    await call('POST', '/assessments', { instrumentId: 'ipip-neo-e3-assertiveness', answers: e3(2, 4), takenAt: '2025-01-05T10:00:00.000Z' });
    await call('POST', '/assessments', { instrumentId: 'ipip-neo-e3-assertiveness', answers: e3(4, 2), takenAt: '2025-03-05T10:00:00.000Z' });
    await call('POST', '/assessments', { instrumentId: 'cbi', answers: answers('cbi', 19, () => 3), takenAt: '2025-02-01T10:00:00.000Z' });
    await call('POST', '/diary', { occurredAt: '2025-02-01', situation: PRIVATE, anxietyBefore: 80, anxietyAfter: 40 });
    await call('POST', '/diary', { occurredAt: '2025-02-08', situation: 'Returned the shoes', anxietyBefore: 50, anxietyAfter: 30 });
    await call('POST', '/diary', { occurredAt: '2025-02-15', situation: 'Asked for a raise', anxietyBefore: 90 });
    const ladder = await call<{ id: string; steps: Array<{ id: string }> }>('POST', '/ladders', {
      title: 'Speaking up', steps: [{ text: 'Ask a question in a meeting', expectedAnxiety: 30 }, { text: 'Disagree in a meeting', expectedAnxiety: 60 }, { text: 'Present my idea', expectedAnxiety: 80 }],
    });
    await call('POST', `/ladders/${ladder.id}/steps/${ladder.steps[0].id}/done`, { anxietyBefore: 40, anxietyAfter: 20 });

    await page.reload({ waitUntil: 'load' });
    const dash = page.getByTestId('dashboard');
    await dash.waitFor();
    const tiles = (await page.locator('.tile').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(tiles).toEqual(['2 practice sessions', expect.stringMatching(/^1 \/ \d+ scenarios mastered$/), '3 questionnaires taken', '3 diary entries', '1 / 3 ladder steps done']);

    // Every chart is drawn (vega renders SVG into each figure).
    const charts = ['dash-empathy', 'dash-assertiveness', 'dash-balance', 'dash-mastered', 'dash-q-ipip-neo-e3-assertiveness', 'dash-q-cbi', 'dash-diary'];
    for (const id of charts) await expect.poll(() => page.locator(`figure[data-chart="${id}"] .chart-canvas svg`).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-area="mastered"]').innerText()).toMatch(/Say no to extra work|say-no-extra-work|level/i);
    const questionnaires = await page.locator('[data-area="questionnaires"]').innerText();
    expect(questionnaires).toMatch(/2 results; latest .*: Assertiveness 4\.00\./);
    expect(questionnaires).toMatch(/1 result; latest .*: Personal burnout 50, Work-related burnout 50, Client-related burnout 50\./);
    expect(await page.getByTestId('diary-summary').innerText()).toBe('Across 2 entries rated before and after, anxiety fell by 30 points on average (from 65 to 35).');
    expect(await page.locator('[data-area="ladders"]').innerText()).toMatch(/Speaking up[\s\S]*1 of 3/);
    // Charts carry numbers and dates, never what someone wrote.
    expect(await page.locator('[data-area="diary"] svg').innerHTML()).not.toContain('sister');
    await h.screenshot('progress');

    // 200% zoom (a 640-wide layout) and a phone: the charts shrink to fit, nothing scrolls sideways.
    for (const [width, height, name] of [[640, 450, 'progress-zoom-200'], [375, 740, 'progress-phone']] as const) {
      await page.setViewportSize({ width, height });
      await page.reload({ waitUntil: 'load' });
      for (const id of charts) await expect.poll(() => page.locator(`figure[data-chart="${id}"] .chart-canvas svg`).count(), { timeout: 20_000 }).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
      await h.screenshot(name);
    }

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
