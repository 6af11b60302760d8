import { describe, expect, it } from 'vitest';
import type { DiaryListResponse } from '../../shared/api/index.js';
import { STYLE_WORDS } from '../../present/review/reviewWords.js';
import { hasChromium, useWebHarness } from './harness.js';

const SITUATION = 'My manager asked me to stay late on Friday again.';
const SAID = "Sorry, I guess I could maybe stay, if that's OK with you.";

/**
 * The diary as a person uses it, in headless Chromium against the real server: a quick entry with
 * anxiety set by typing and by the slider's keys, a reload before saving that loses nothing, what I
 * said read for style and markers with the words shown, a second entry, then finding entries by words
 * and by date (kept in the address over a reload), editing and deleting.
 */
describe.skipIf(!hasChromium)('diary in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  it('adds an entry that survives a reload as a draft, and shows what I said analysed with its words', async () => {
    const { page } = h;
    page.on('dialog', (d) => void d.accept());
    await h.open('#/diary');
    await page.getByRole('heading', { level: 1, name: 'Diary' }).waitFor();
    expect(await page.locator('.empty').innerText()).toMatch(/No entries yet/);

    await page.getByLabel('What happened').fill(SITUATION);
    await page.getByLabel('What I said').fill(SAID);
    // What I said is read while it is typed.
    await page.getByTestId('said-reading').waitFor();
    expect(await page.getByTestId('said-reading').innerText()).toMatch(/Style: /);
    await page.getByLabel('Anxiety before (0 to 100)').fill('70');
    // The slider works with the keyboard: Home, then six steps of 5.
    const after = page.getByRole('slider', { name: /Anxiety after/ });
    await after.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByLabel('Anxiety after (0 to 100)').inputValue()).toBe('30');
    await page.getByLabel('How it went').fill('She said she would ask Sam instead.');
    await page.getByTestId('diary-draft-status').waitFor();

    // Reload before adding: the draft is still there.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.getByLabel('What happened').inputValue()).toBe(SITUATION);
    expect(await page.getByLabel('What I said').inputValue()).toBe(SAID);
    expect(await page.getByLabel('Anxiety before (0 to 100)').inputValue()).toBe('70');
    expect(await page.getByLabel('Anxiety after (0 to 100)').inputValue()).toBe('30');

    await page.getByRole('button', { name: 'Add to diary' }).click();
    const list = page.getByTestId('diary-list');
    await list.waitFor();
    expect(await page.getByLabel('What happened').inputValue()).toBe('');
    const entry = list.locator('[data-entry]').first();
    const text = await entry.innerText();
    expect(text).toContain(SITUATION);
    expect(text).toMatch(/↓ 40/);
    expect(text).toContain('She said she would ask Sam instead.');

    // What the page shows is the server's reading of the words: the style and every marker with its words.
    const stored = (await (await fetch(`${h.origin}/api/diary`)).json()) as DiaryListResponse;
    const analysis = stored.entries[0].analysis;
    expect(analysis).not.toBeNull();
    expect(analysis!.markers.length).toBeGreaterThan(0);
    expect(text).toContain(`Style: ${STYLE_WORDS[analysis!.style]}`);
    for (const m of analysis!.markers) {
      expect(SAID).toContain(m.text);
      expect(text).toContain(`“${m.text}”`);
    }
    expect(await entry.locator('mark').count()).toBeGreaterThan(0);

    // A second, quicker entry: only what happened, a day earlier.
    const yesterday = new Date(Date.now() - 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await page.getByLabel('When').fill(`${yesterday.getFullYear()}-${pad(yesterday.getMonth() + 1)}-${pad(yesterday.getDate())}T18:30`);
    await page.getByLabel('What happened').fill('Told the neighbour I could not lend the car.');
    await page.getByRole('button', { name: 'Add to diary' }).click();
    await expect.poll(() => list.locator('[data-entry]').count()).toBe(2);
    await h.screenshot('diary');
  }, 120_000);

  it('finds entries by words and by date, keeps the search over a reload, edits and deletes', async () => {
    const { page } = h;
    await h.open('#/diary');
    const list = page.getByTestId('diary-list');
    await expect.poll(() => list.locator('[data-entry]').count()).toBe(2);

    await page.getByLabel('Find words').fill('manager');
    await expect.poll(() => page.url()).toContain('q=manager');
    await expect.poll(() => list.locator('[data-entry]').count()).toBe(1);
    expect(await page.getByTestId('diary-count').innerText()).toBe('1 entry matches.');
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.getByLabel('Find words').inputValue()).toBe('manager');
    await expect.poll(() => page.getByTestId('diary-list').locator('[data-entry]').count()).toBe(1);

    await page.getByLabel('Find words').fill('nothing like this');
    await expect.poll(() => page.locator('.empty').innerText()).toMatch(/No entry matches this search/);
    await page.getByRole('button', { name: 'Show all entries' }).click();
    await expect.poll(() => page.getByTestId('diary-list').locator('[data-entry]').count()).toBe(2);

    // Only today's entries.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await page.getByLabel('From').fill(today);
    await expect.poll(() => page.getByTestId('diary-list').locator('[data-entry]').count()).toBe(1);
    expect(await page.getByTestId('diary-list').innerText()).toContain(SITUATION);
    await h.screenshot('diary-search');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(() => page.getByTestId('diary-list').locator('[data-entry]').count()).toBe(2);

    // Edit the outcome of the first entry.
    const first = page.getByTestId('diary-list').locator('article').first();
    await first.getByRole('button', { name: /^Edit the entry/ }).click();
    const editing = page.locator('article.editing');
    await editing.getByLabel('How it went').fill('She asked Sam instead, and thanked me.');
    await editing.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByTestId('diary-list').innerText()).toContain('She asked Sam instead, and thanked me.');

    // Delete the second entry (the confirmation is accepted).
    await page.getByTestId('diary-list').locator('article').nth(1).getByRole('button', { name: /^Delete the entry/ }).click();
    await expect.poll(() => page.getByTestId('diary-list').locator('[data-entry]').count()).toBe(1);

    // A phone-sized window keeps everything in view.
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
    await h.screenshot('diary-phone');

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
