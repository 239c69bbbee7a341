// The plan feature end to end in real Chromium: a parent adds their child, the school's term dates
// and the support plan, saves the school's emails, sees the promises on the timeline, sees an
// overdue one flagged, marks it kept pointing at the email that shows it, and sees the flag clear.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from './harness';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await Harness.launch();
  page = await h.extensionPage('timeline.html');
});
afterAll(async () => {
  await h?.close();
});

const OVERDUE_PROMISE = /send you the updated plan by Friday/;

async function flagsOfKind(kind: string): Promise<string[]> {
  return page.locator(`[data-testid="flag"][data-flag-kind="${kind}"]`).allTextContents();
}

describe('a child, their plan and their timeline', () => {
  it('adds a child from the welcome page, by keyboard-friendly form fields', async () => {
    await page.getByRole('link', { name: 'Add your child' }).click();
    await page.getByTestId('child-name').fill('Sam Bennett');
    await page.getByTestId('child-school').fill('Oakfield Primary School');
    await page.getByTestId('child-senders').fill('oakfield.sch.uk');
    await page.getByTestId('child-year').selectOption('Year 2');
    await page.getByTestId('child-status-sen-support').check();
    await page.getByTestId('child-primary-need').selectOption('SLCN');
    await page.getByTestId('child-save').click();
    // Saved: the child's page opens at their term dates, the next thing to fill in.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/child\/[^/]+\/terms$/);
    await expect.poll(() => page.getByTestId('child-link').allTextContents()).toEqual(['Sam Bennett']);
  });

  it('takes the typical English term dates', async () => {
    await page.getByTestId('terms-use-default').click();
    await expect.poll(() => page.getByTestId('term-row').count()).toBeGreaterThan(3);
    await page.getByTestId('terms-save').click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringMatching(/Saved/));
  });

  it('enters the support plan, and flags support with no person or frequency as not specific enough', async () => {
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('plan-new').click();
    await page.getByTestId('plan-starts').fill('2026-04-20');
    await page.getByTestId('plan-review').fill('2026-07-10');
    await page.getByTestId('plan-add-provision').click();
    await page.getByTestId('provision-what').last().fill('Small group phonics');
    await page.getByTestId('provision-who').last().fill('Mrs Okafor');
    await page.getByTestId('provision-times').last().fill('3');
    await page.getByTestId('provision-per').last().selectOption('week');
    await page.getByTestId('provision-minutes').last().fill('20');
    await page.getByTestId('plan-add-provision').click();
    await page.getByTestId('provision-what').last().fill('Access to a quiet space at lunchtime');
    // Live, before saving: the second has no person, no frequency and vague wording.
    await expect.poll(() => page.getByTestId('provision-gap').allTextContents()).toContainEqual(expect.stringMatching(/./));
    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-summary').waitFor();
    const summary = await page.getByTestId('plan-summary').textContent();
    expect(summary).toMatch(/Small group phonics/);
    expect(summary).toMatch(/quiet space/);
    expect(await page.getByTestId('plan-summary').getByTestId('provision-gap').count()).toBeGreaterThan(0);
  });

  it('files the school’s emails under the child and shows their promises on the timeline', async () => {
    for (const fixture of ['gmail-school-collapsed', 'yahoo-message']) {
      const { tabId, page: tab } = await h.openFixture(fixture);
      expect(await h.clip(tabId)).toMatchObject({ ok: true });
      await tab.close();
    }
    await page.getByTestId('tab-timeline').click();
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    // The school's two emails (Sam's name, oakfield.sch.uk) are filed under Sam; the parent's own
    // reply in the Gmail thread is too (it was sent to the school).
    await expect.poll(() => timeline.getByTestId('row-record').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => timeline.getByTestId('row-commitment').allTextContents()).toContainEqual(expect.stringMatching(OVERDUE_PROMISE));
    expect(h.extensionRequests()).toEqual([]);
  });

  it('flags the promise whose day has passed, and clears the flag once it is marked kept', async () => {
    await expect.poll(() => flagsOfKind('overdue-commitment')).toContainEqual(expect.stringMatching(OVERDUE_PROMISE));
    const flag = page.locator('[data-testid="flag"][data-flag-kind="overdue-commitment"]', { hasText: OVERDUE_PROMISE });
    await flag.getByTestId('flag-mark').click();
    const dialog = page.getByTestId('mark-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('mark-kept').check();
    // The evidence: the parent's own reply the next day, offered first as it came after the promise.
    const evidence = dialog.getByTestId('mark-evidence');
    const option = evidence.locator('optgroup[label="Saved after the promise"] option', { hasText: /Jo Bennett/ });
    await evidence.selectOption(await option.getAttribute('value'));
    await dialog.getByTestId('mark-note').fill('The plan came home in Sam’s book bag.');
    await dialog.getByTestId('mark-save').click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => flagsOfKind('overdue-commitment')).not.toContainEqual(expect.stringMatching(OVERDUE_PROMISE));
    const row = page.getByTestId('row-commitment').filter({ hasText: OVERDUE_PROMISE });
    await expect.poll(() => row.getByTestId('commitment-state').textContent()).toBe('Kept');
    expect(await row.textContent()).toMatch(/the email that shows it/);
  });

  it('suggests which part of the plan a promise is about, and keeps the parent’s confirmation', async () => {
    const row = page.getByTestId('row-commitment').filter({ hasText: /small group phonics/ });
    await row.getByRole('link', { name: /Where it was promised/ }).click();
    const finding = page.locator('[data-testid="finding"][data-kind="commitment"]', { hasText: /small group phonics/ });
    const link = finding.getByTestId('link-control');
    await expect.poll(() => link.getAttribute('data-state')).toBe('suggested');
    expect(await link.textContent()).toMatch(/Small group phonics/);
    await link.getByTestId('link-confirm').click();
    await expect.poll(() => finding.getByTestId('link-control').getAttribute('data-state')).toBe('confirmed');
    await page.goBack();
    await page.getByTestId('timeline').waitFor();
  });

  it('moves between timeline rows with the keyboard alone', async () => {
    const timeline = page.getByTestId('timeline');
    const first = timeline.locator('[role="listitem"][tabindex="0"]');
    await first.focus();
    const index = () => page.evaluate(() => document.activeElement?.getAttribute('data-index'));
    expect(await index()).toBe('0');
    await page.keyboard.press('ArrowDown');
    await expect.poll(index).toBe('1');
    await page.keyboard.press('End');
    const rows = Number(await timeline.getAttribute('data-rows'));
    await expect.poll(index).toBe(String(rows - 1));
    await page.keyboard.press('Home');
    await expect.poll(index).toBe('0');
    // Each row says where it is in the whole list, for screen readers.
    expect(await first.getAttribute('aria-setsize')).toBe(String(rows));
  });

  it('shows the child’s timeline in brief in the side panel', async () => {
    const panel = await h.extensionPage('sidepanel.html');
    await panel.getByTestId('panel-timeline').click();
    const compact = panel.getByTestId('compact-timeline');
    await compact.waitFor();
    await expect.poll(() => compact.textContent()).toMatch(/Sam Bennett/);
    expect(await compact.textContent()).toMatch(/Needs your attention/);
    // The kept promise is no longer among the flags here either.
    expect(await compact.getByTestId('compact-flag').allTextContents()).not.toContainEqual(expect.stringMatching(OVERDUE_PROMISE));
    expect(await compact.getByTestId('open-full-timeline').isVisible()).toBe(true);
    await panel.close();
  });

  it('keeps the child, plan and marks in the backup', async () => {
    const backup = (await h.exportBackup()) as unknown as { children: { name: string }[]; plans: unknown[]; marks: { status: string }[] };
    expect(backup.children.map((c) => c.name)).toEqual(['Sam Bennett']);
    expect(backup.plans).toHaveLength(1);
    expect(backup.marks.map((m) => m.status)).toEqual(['kept']);
    expect((backup as unknown as { links: unknown[] }).links).toHaveLength(1);
    expect(h.extensionErrors).toEqual([]);
  });
});
