import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../io/paths.js';
import { hasChromium, useWebHarness, type WebHarness } from './harness.js';

interface InstrumentFile {
  id: string;
  responseFormats: Record<string, { values: number[] }>;
  scales: Array<{ id: string; items: Array<{ id: string; format: string; reverse: boolean }> }>;
}
const instrumentFile = (id: string): InstrumentFile => JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'data', 'instruments', `${id}.json`), 'utf8')) as InstrumentFile;

/** Whether the page scrolls sideways (text cut off or a layout too wide for the window). */
const overflowsSideways = (h: WebHarness) => h.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/**
 * Questionnaires as a person takes them, in headless Chromium against the real server: one answered
 * with the keyboard alone and scored with its published key, one a question at a time with the mouse,
 * half done and reloaded, then finished with some questions left out; the result's plain words, the
 * source cited, the history, and the page at 200% zoom and on a phone.
 */
describe.skipIf(!hasChromium)('assess in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  it('fills in the IPIP-NEO assertiveness scale with the keyboard alone and shows the score of its published key', async () => {
    const { page } = h;
    const inst = instrumentFile('ipip-neo-e3-assertiveness');
    const items = inst.scales.flatMap((s) => s.items);
    await h.open('#/assess');
    await page.getByRole('heading', { level: 1, name: 'Assess' }).waitFor();
    await expect.poll(() => page.locator('[data-instrument]').count()).toBe(4);
    expect(await page.locator('[data-instrument="cbi"]').innerText()).toMatch(/for therapists/i);

    // Tab to the questionnaire's link and open it with Enter.
    const tabUntil = async (test: () => Promise<boolean>, what: string) => {
      for (let i = 0; i < 40; i++) {
        if (await test()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabUntil(() => page.evaluate(() => document.activeElement?.textContent === 'Assertiveness (IPIP-NEO facet E3)'), 'the questionnaire link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Assertiveness (IPIP-NEO facet E3)' }).waitFor();
    expect(await page.getByTestId('citation').innerText()).toMatch(/Goldberg, L\. R\..*2006.*International Personality Item Pool/);

    // Tab into the first question, then per question: Space picks the first option, arrows move, Enter goes on.
    const first = `${inst.id}-${items[0].id}`;
    await tabUntil(() => page.evaluate((name) => (document.activeElement as HTMLInputElement | null)?.name === name, first), 'the first question');
    const chosen = items.map((_, i) => [5, 4, 2, 5, 3, 1, 2, 4, 1, 2][i]);
    for (const [i, item] of items.entries()) {
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`${inst.id}-${item.id}`);
      await page.keyboard.press('Space');
      for (let k = 1; k < chosen[i]; k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
    }
    expect(await page.getByTestId('q-progress').innerText()).toMatch(/10 of 10 answered/);
    // After the last question Enter lands on the submit button; Enter again submits.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('See my scores');
    await page.keyboard.press('Enter');
    const result = page.getByTestId('assessment-result');
    await result.waitFor();

    // The published key: "+" items score the option, "−" items 6 − option; the scale is the mean.
    const expected = items.reduce((sum, item, i) => sum + (item.reverse ? 6 - chosen[i] : chosen[i]), 0) / items.length;
    const text = await result.innerText();
    expect(text).toContain(`${expected.toFixed(2)} of 5`);
    expect(text).toMatch(/Scores describe; they do not diagnose\./);
    expect(text).toMatch(/Higher means more assertiveness/);
    expect(text).toMatch(/10 of 10 questions answered/);
    await expect.poll(() => page.getByTestId('assessment-history').locator('tbody tr').count()).toBe(1);
    await h.screenshot('assess');

    // The answers are stored on the server: the home page shows the latest result.
    await h.open('#/assess');
    await expect.poll(() => page.locator('[data-instrument="ipip-neo-e3-assertiveness"]').innerText()).toContain(`Last taken`);
  }, 120_000);

  it('takes the burnout inventory one question at a time, survives a reload, and scores what was answered', async () => {
    const { page } = h;
    await h.open('#/assess/cbi');
    await page.getByRole('heading', { level: 1, name: 'Copenhagen Burnout Inventory' }).waitFor();
    expect(await page.getByTestId('citation').innerText()).toMatch(/Kristensen.*2005.*Work & Stress/);
    await page.getByLabel('One question at a time').check();
    await expect.poll(() => page.locator('[data-item]').count()).toBe(1);

    // Personal burnout (questions 1–6): "Often" (75) every time; a click moves on by itself.
    const answer = async (itemId: string, label: string) => {
      const item = page.locator(`[data-item="${itemId}"]`);
      await item.waitFor();
      await item.getByLabel(label, { exact: true }).click();
    };
    for (const n of [1, 2, 3]) await answer(`cbi-${n}`, 'Often');
    await page.locator('[data-item="cbi-4"]').waitFor();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.getByTestId('q-progress').innerText()).toMatch(/3 of 19 answered/);
    await page.locator('[data-item="cbi-4"]').waitFor();
    for (const n of [4, 5, 6]) await answer(`cbi-${n}`, 'Often');
    // Work-related burnout: three of seven answered "To a low degree" (25), the minimum for a score.
    for (const n of [7, 8, 9]) await answer(`cbi-${n}`, 'To a low degree');
    await page.locator('[data-item="cbi-10"]').waitFor();
    expect(await page.getByTestId('q-progress').innerText()).toMatch(/9 of 19 answered/);
    await page.getByRole('button', { name: 'See my scores' }).click();

    const result = page.getByTestId('assessment-result');
    await result.waitFor();
    const personal = await result.locator('[data-scale="personal"]').innerText();
    expect(personal).toMatch(/75 of 100/);
    expect(personal).toMatch(/50 or more: the level commonly read as high burnout/);
    expect(await result.locator('[data-scale="work"]').innerText()).toMatch(/25 of 100[\s\S]*Below 50/);
    expect(await result.locator('[data-scale="client"]').innerText()).toMatch(/no score/i);
    const text = await result.innerText();
    expect(text).toMatch(/reason to talk it over/);
    expect(text).toMatch(/Client-related burnout: no score, it needs at least 3 answers \(unanswered: 14, 15, 16, 17, 18, 19\)/);
    expect(text).toMatch(/Work-related burnout: scored from the questions you answered; left out: 10, 11, 12, 13/);
    await h.screenshot('assess-cbi');

    // Submitted answers leave no draft behind.
    await page.getByRole('button', { name: 'Answer again' }).click();
    expect(await page.getByTestId('q-progress').innerText()).toMatch(/0 of 19 answered/);
  }, 120_000);

  it('reads at 200% zoom and on a phone without sideways scrolling', async () => {
    const { page } = h;
    // 200% zoom of a 1280 × 900 window lays out like a 640 × 450 one.
    await page.setViewportSize({ width: 640, height: 450 });
    await h.open('#/assess/ipip-bfas-compassion');
    await page.locator('[data-item]').first().waitFor();
    expect(await overflowsSideways(h)).toBe(false);
    await h.screenshot('assess-zoom-200');
    await page.setViewportSize({ width: 375, height: 740 });
    await h.open('#/assess/cbi');
    await page.getByTestId('assessment-history').waitFor();
    expect(await overflowsSideways(h)).toBe(false);
    await h.screenshot('assess-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
