import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium, useWebHarness } from './harness.js';

/**
 * "My data" as a person uses it, in headless Chromium against the real server: what is stored is
 * counted, downloaded as one JSON file and as CSV, then deleted, which takes the phrase typed out and
 * also forgets the drafts kept in the browser; afterwards every page starts empty.
 */
describe.skipIf(!hasChromium)('my data in the browser (skipped when /usr/bin/chromium is missing)', () => {
  const h = useWebHarness();

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${h.origin}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(201);
    return res.json() as Promise<{ id: string }>;
  };

  it('exports everything as JSON and CSV, and deletes everything only after the phrase is typed', async () => {
    const { page } = h;
    await post('/diary', { occurredAt: '2025-03-01', situation: 'Asked for the window seat, "=cmd" and all', whatISaid: 'Could we swap seats, please?', anxietyBefore: 50, anxietyAfter: 20 });
    await post('/diary', { occurredAt: '2025-03-02', situation: 'Said no to extra work' });
    await post('/assessments', { instrumentId: 'ipip-bfas-compassion', answers: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`ipip-bfas-compassion-${i + 1}`, 4])) });
    await post('/ladders', { title: 'Speaking up', steps: [{ text: 'Ask a question in a meeting', expectedAnxiety: 30 }] });
    await post('/worksheets', { kind: 'i_statement', fields: { feeling: 'worried' } });

    // A draft in the browser, to be forgotten with everything else.
    await h.open('#/diary');
    await page.getByLabel('What happened').fill('A draft about something private');
    await page.getByTestId('diary-draft-status').waitFor();

    await h.open('#/data');
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    const count = (kind: string) => page.locator(`[data-kind="${kind}"] td.num`).innerText();
    await expect.poll(() => count('diary')).toBe('2');
    expect([await count('assessments'), await count('ladders'), await count('worksheets'), await count('practice'), await count('reviews')]).toEqual(['1', '1', '1', '0', '0']);

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    expect(json.suggestedFilename()).toMatch(/^attune-export-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(fs.readFileSync((await json.path()) as string, 'utf8')) as Record<string, unknown[]>;
    expect(doc.format).toBe('attune-export/1');
    expect(doc.diaryEntries).toHaveLength(2);
    expect(doc.ladders).toHaveLength(1);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download diary entries as CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^attune-diary-.*\.csv$/);
    const rows = fs.readFileSync((await csv.path()) as string, 'utf8').trim().split(/\r?\n/);
    expect(rows).toHaveLength(3);
    expect(rows.join('\n')).toContain('Said no to extra work');

    // The button stays off until the phrase is typed exactly.
    const button = page.getByRole('button', { name: 'Delete everything' });
    expect(await button.isDisabled()).toBe(true);
    const confirm = page.getByLabel(/To confirm, type/);
    await confirm.fill('delete');
    expect(await button.isDisabled()).toBe(true);
    await confirm.press('Enter');
    await expect.poll(() => count('diary')).toBe('2');
    await confirm.fill('delete everything');
    expect(await button.isDisabled()).toBe(false);
    await h.screenshot('data');
    await button.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Everything was deleted' }).count()).toBe(1);
    await expect.poll(() => count('diary')).toBe('0');
    for (const kind of ['practice', 'reviews', 'assessments', 'ladders', 'worksheets']) expect(await count(kind)).toBe('0');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('attune.')))).toEqual([]);
    await h.screenshot('data-deleted');

    // Every page starts empty again, the diary draft included.
    await h.open('#/diary');
    await expect.poll(() => page.locator('.empty').innerText()).toMatch(/No entries yet/);
    expect(await page.getByLabel('What happened').inputValue()).toBe('');
    await h.open('#/progress');
    await expect.poll(() => page.locator('.empty').innerText()).toMatch(/Nothing to show yet/);

    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  }, 120_000);
});
