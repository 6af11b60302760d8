import { describe, expect, it } from 'vitest';
import { hasChromium, useWebHarness } from './harness.js';

const GOOD = {
  describe: "You said you would call on Tuesday and you didn't call.",
  express: 'I felt worried and hurt.',
  assert: 'Could you call me when you say you will?',
  reinforce: 'That way I can plan my evening and we will both feel better.',
  mindful: "I'd still like you to call when you say you will.",
  negotiate: 'If calling is hard, how about a text instead?',
};

/**
 * Worksheets as a person writes them, in headless Chromium against the real server: a DEAR MAN script
 * whose parts are checked while typing (a judgement, a pseudo-feeling and a hedged request caught with
 * their words, then fixed), the assembled script, a reload before saving, saving, changing a saved one,
 * and an "I" statement put together as one sentence.
 */
describe.skipIf(!hasChromium)('worksheets in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  const part = (id: string) => h.page.locator(`[data-part="${id}"]`);
  const status = (id: string) => part(id).locator('.part-check').getAttribute('data-status');
  const field = (id: string) => part(id).locator('textarea');

  it('builds a DEAR MAN script with live checks that say what is missing and why', async () => {
    const { page } = h;
    await h.open('#/worksheets');
    await page.getByRole('heading', { level: 1, name: 'Worksheets' }).waitFor();
    await expect.poll(() => page.locator('[data-kind]').count()).toBe(4);
    expect(await page.locator('.empty').innerText()).toMatch(/No saved worksheets yet/);
    await page.getByRole('link', { name: 'DEAR MAN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'DEAR MAN' }).waitFor();
    await expect.poll(() => status('describe')).toBe('missing');
    expect(await part('describe').locator('.part-check').innerText()).toMatch(/Not written yet/);

    // Typed key by key: the checks follow after a pause, not on every key.
    const checks: string[] = [];
    page.on('request', (r) => r.url().endsWith('/api/worksheets/check') && checks.push(r.url()));
    const judged = 'You always ignore my messages, which is so rude.';
    await field('describe').click();
    await page.keyboard.type(judged, { delay: 15 });
    await expect.poll(() => status('describe')).toBe('problem');
    expect(checks.length).toBeLessThan(judged.length / 3);
    const describeCheck = await part('describe').locator('.part-check').innerText();
    expect(describeCheck).toMatch(/Check this: Stick to what a camera would see/);
    expect(describeCheck).toContain('“rude”');

    await field('express').fill('I feel ignored.');
    await expect.poll(() => status('express')).toBe('problem');
    expect(await part('express').locator('.part-check').innerText()).toMatch(/name your own feeling/);
    await field('assert').fill("Sorry, I guess maybe you could call if it's not too much trouble?");
    await expect.poll(() => status('assert')).toBe('problem');
    expect(await part('assert').locator('.part-check').innerText()).toMatch(/“I guess”[\s\S]*“maybe”/);
    // The whole script sounds unsure too, and the summary says what is still missing.
    await expect.poll(() => status('appear_confident')).toBe('problem');
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toMatch(/^0 of 7 parts look good\. Check: Describe, Express, Assert, Appear confident\. Still missing: Reinforce, Mindful, Negotiate\.$/);
    await h.screenshot('worksheets-checks');

    // Fixed, part by part.
    for (const [id, text] of Object.entries(GOOD)) await field(id).fill(text);
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toBe('All 7 parts look good.');
    for (const id of [...Object.keys(GOOD), 'appear_confident']) expect(await status(id)).toBe('ok');
    const script = `${GOOD.describe} ${GOOD.express} ${GOOD.assert} ${GOOD.reinforce} ${GOOD.negotiate}`;
    expect(await page.getByTestId('script').innerText()).toBe(script);

    // A reload before saving keeps every part.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => field('negotiate').inputValue()).toBe(GOOD.negotiate);
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toBe('All 7 parts look good.');
    await h.screenshot('worksheets');

    await page.getByRole('button', { name: 'Save worksheet' }).click();
    await page.waitForURL(/#\/worksheets\/saved\//);
    await expect.poll(() => page.getByTestId('worksheet-save-status').innerText()).toBe('Saved.');
    expect(await field('describe').inputValue()).toBe(GOOD.describe);

    // Change the saved one: a hedged request is caught again and the list shows it.
    await field('assert').fill('I guess maybe you could call?');
    await expect.poll(() => status('assert')).toBe('problem');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByTestId('worksheet-save-status').innerText()).toBe('Saved.');
    await page.getByRole('link', { name: '← All worksheets' }).click();
    const saved = page.getByTestId('saved-worksheets');
    await saved.waitFor();
    expect(await saved.locator('li').count()).toBe(1);
    // Assert and Appear confident now need work.
    expect(await saved.innerText()).toMatch(/DEAR MAN[\s\S]*5 of 7 parts good[\s\S]*You said you would call on Tuesday and you didn't call\. I felt worried and hurt\. I guess maybe/);
    // The new DEAR MAN form starts empty again: the saved draft was forgotten.
    await page.getByRole('link', { name: 'DEAR MAN', exact: true }).click();
    await expect.poll(() => field('describe').inputValue()).toBe('');
  }, 120_000);

  it('puts an "I" statement together as one sentence', async () => {
    const { page } = h;
    await h.open('#/worksheets/i_statement');
    await page.getByRole('heading', { level: 1, name: '"I" statement' }).waitFor();
    await field('feeling').fill('hurt');
    await field('when').fill('you cancel our plans at the last minute');
    await field('because').fill('I was looking forward to seeing you');
    await field('like').fill('you to tell me a day ahead');
    await expect.poll(() => page.getByTestId('script').innerText()).toBe(
      "I feel hurt when you cancel our plans at the last minute because I was looking forward to seeing you, and I'd like you to tell me a day ahead.",
    );
    await expect.poll(() => page.getByTestId('check-summary').innerText()).toBe('All 4 parts look good.');
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
    await h.screenshot('worksheets-phone');

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
