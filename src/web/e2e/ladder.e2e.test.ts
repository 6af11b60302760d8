import { describe, expect, it } from 'vitest';
import { hasChromium, useWebHarness } from './harness.js';

/**
 * Graded exposure as a person climbs it, in headless Chromium against the real server: a ladder built
 * with its steps typed in any order and shown easiest first, the next step suggested, steps marked
 * done with anxiety before and after, a step still too hard suggested again, a step added in its
 * place, a step undone, and the progress on the ladder and in the list.
 */
describe.skipIf(!hasChromium)('exposure ladder in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  it('builds a ladder, suggests the next step, marks steps done and shows the progress', async () => {
    const { page } = h;
    page.on('dialog', (d) => void d.accept());
    await h.open('#/ladder');
    await page.getByRole('heading', { level: 1, name: 'Exposure ladder' }).waitFor();
    expect(await page.locator('.empty').innerText()).toMatch(/No ladder yet/);

    // The half-built ladder survives a reload.
    await page.getByLabel('Name').fill('Saying no at work');
    await page.getByLabel('Step 1', { exact: true }).fill("Tell my manager I can't take the extra shift");
    await page.getByLabel('Expected anxiety').nth(0).fill('70');
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.getByLabel('Name').inputValue()).toBe('Saying no at work');
    expect(await page.getByLabel('Expected anxiety').nth(0).inputValue()).toBe('70');
    await page.getByLabel('Step 2', { exact: true }).fill('Ask a colleague to give back my stapler');
    await page.getByLabel('Expected anxiety').nth(1).fill('20');
    await page.getByLabel('Step 3', { exact: true }).fill('Decline a sales call');
    await page.getByLabel('Expected anxiety').nth(2).fill('10');
    await page.getByRole('button', { name: 'Make the ladder' }).click();
    await page.waitForURL(/#\/ladder\/.+/);
    await page.getByRole('heading', { level: 1, name: 'Saying no at work' }).waitFor();

    const ladder = page.getByTestId('ladder');
    const rungs = ladder.locator('li.rung');
    const chips = () => ladder.locator('.anx-chip').allInnerTexts();
    // Easiest first, whatever the order typed.
    expect(await chips()).toEqual(['10', '20', '70']);
    expect(await page.getByTestId('ladder-progress').innerText()).toBe('0 of 3 steps done');
    expect(await page.getByTestId('ladder-advice').innerText()).toMatch(/Start with the easiest step: “Decline a sales call”/);
    expect(await rungs.nth(0).innerText()).toMatch(/Next step/);

    const markDone = async (n: number, before: string, after: string) => {
      await rungs.nth(n).getByRole('button', { name: /^Mark “.*” done$/ }).click();
      await rungs.nth(n).getByLabel('Anxiety just before (0 to 100)').fill(before);
      await rungs.nth(n).getByLabel('Anxiety just after (0 to 100)').fill(after);
      await rungs.nth(n).getByRole('button', { name: 'Mark done', exact: true }).click();
    };
    await markDone(0, '40', '15');
    await expect.poll(() => page.getByTestId('ladder-progress').innerText()).toBe('1 of 3 steps done');
    expect(await rungs.nth(0).innerText()).toMatch(/✓ done[\s\S]*↓ 25/);
    expect(await page.getByTestId('ladder-advice').innerText()).toMatch(/^Next: “Ask a colleague to give back my stapler”/);
    expect(await rungs.nth(1).innerText()).toMatch(/Next step/);

    // Anxiety that stays high: the step is suggested again before the next.
    await markDone(1, '65', '60');
    await expect.poll(() => page.getByTestId('ladder-progress').innerText()).toBe('2 of 3 steps done');
    expect(await page.getByTestId('ladder-advice').innerText()).toMatch(/still 60[\s\S]*repeat that step[\s\S]*then go on to “Tell my manager/);

    // A new step takes its place by expected anxiety.
    await page.getByLabel('The situation').fill('Ask for a refund in a shop');
    await page.getByLabel('Expected anxiety (0 to 100)').fill('45');
    await page.getByRole('button', { name: 'Add the step' }).click();
    await expect.poll(chips).toEqual(['10', '20', '45', '70']);
    expect(await rungs.nth(2).innerText()).toMatch(/Ask for a refund in a shop[\s\S]*Next step/);

    // Undo: the step is not done any more, and it is next again.
    await rungs.nth(1).getByRole('button', { name: /not done$/ }).click();
    await expect.poll(() => page.getByTestId('ladder-progress').innerText()).toBe('1 of 4 steps done');
    expect(await rungs.nth(1).innerText()).toMatch(/Next step/);
    await h.screenshot('ladder');

    // The list shows the ladder's progress.
    await page.getByRole('link', { name: '← All ladders' }).click();
    const card = page.locator('[data-ladder]');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Saying no at work[\s\S]*1 of 4 steps done/);

    // A second ladder from the example starts with its easiest step.
    await page.getByRole('button', { name: 'Start from an example' }).click();
    await page.getByRole('button', { name: 'Make the ladder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saying no and asking' }).waitFor();
    expect(await page.getByTestId('ladder-progress').innerText()).toBe('0 of 6 steps done');

    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
    await h.screenshot('ladder-phone');

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
