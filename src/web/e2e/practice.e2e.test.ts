import { describe, expect, it } from 'vitest';
import { hasChromium, useWebHarness } from './harness.js';

/**
 * Practise as a person would, in headless Chromium against the real server: find a scenario with the
 * filters, start it, type replies and press Enter, watch the live meter and the feedback, reload in the
 * middle and find the draft and the conversation intact, carry on to the end and read the summary.
 */
describe.skipIf(!hasChromium)('practise in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  it('practises a scenario to its end, surviving a reload mid-conversation', async () => {
    const { page } = h;
    await h.open('#/practise');
    await page.getByRole('heading', { level: 1, name: 'Practise' }).waitFor();

    // Filter the library down to level-1 "say no" scenarios.
    await page.getByLabel('Skill').selectOption({ label: 'Say no' });
    expect(await page.getByLabel('Skill').inputValue()).toBe('say_no');
    await page.getByLabel('Level').selectOption('1');
    expect(page.url()).toContain('skill=say_no');
    const card = page.locator('[data-scenario="street-fundraiser-no"]');
    await card.waitFor();
    await expect.poll(() => page.locator('[data-scenario]').count()).toBeGreaterThan(0);
    for (const level of await page.locator('[data-scenario] .badges').allInnerTexts()) expect(level).toContain('Level 1');

    await card.getByRole('button', { name: /^Start/ }).click();
    await page.waitForURL(/#\/practise\/session\//);
    const chat = page.getByTestId('chat');
    await expect.poll(() => chat.locator('li.msg.other').count()).toBe(1);
    const reply = page.getByLabel(/Your reply to/);

    // The live meter reads the draft while it is typed.
    await reply.click();
    await page.keyboard.type("No thanks, I'm not interested.");
    await page.getByTestId('live-meter').waitFor();
    expect(await page.getByTestId('live-meter').innerText()).toMatch(/Empathy[\s\S]*Assertiveness/);
    await page.keyboard.press('Enter');
    await expect.poll(() => chat.locator('li.msg.learner').count()).toBe(1);
    await expect.poll(() => chat.locator('li.msg.other').count()).toBe(2);
    const feedback = page.getByTestId('turn-feedback');
    await feedback.waitFor();
    expect(await feedback.innerText()).toMatch(/What your reply did[\s\S]*How Josh took it[\s\S]*rapport/i);
    expect(await reply.inputValue()).toBe('');

    // A half-typed reply and the conversation survive a reload.
    const draft = 'No thank you, I already give to charities';
    await reply.fill(draft);
    await expect.poll(() => page.getByTestId('draft-status').innerText()).toBe('Draft saved');
    const before = await chat.locator('li.msg').allInnerTexts();
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.getByTestId('chat').locator('li.msg').count()).toBe(before.length);
    expect(await page.getByTestId('chat').locator('li.msg').allInnerTexts()).toEqual(before);
    expect(await page.getByLabel(/Your reply to/).inputValue()).toBe(draft);

    // The server kept the draft too: a browser without this one's storage sees it.
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.getByLabel(/Your reply to/).inputValue()).toBe(draft);

    // Carry on with the broken record until the session ends (the turn limit ends it at the latest).
    for (let i = 0; i < 10 && !(await page.getByTestId('session-summary').isVisible()); i++) {
      const box = page.getByLabel(/Your reply to/);
      if ((await box.inputValue()) === '') await box.fill("No thanks, I'm not interested.");
      await box.press('Enter');
      await expect.poll(async () => (await page.getByTestId('session-summary').isVisible()) || (await box.inputValue()) === '').toBe(true);
    }
    const summary = page.getByTestId('session-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/How the session went[\s\S]*Skills/);
    await h.screenshot('practise');

    // The history lists it as ended.
    await page.getByRole('link', { name: /All scenarios and your history/ }).click();
    const history = page.getByTestId('practice-history');
    await history.waitFor();
    expect(await history.innerText()).toMatch(/Got two minutes/);
    expect(await history.innerText()).not.toMatch(/in progress/);
    await h.screenshot('practise-history');

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
