// The side panel (opened in a tab: chrome-extension://ID/sidepanel.html) lists what was saved,
// follows new saves live, and opens a record exactly as captured. The options page restores a
// backup file and says what happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, loadExpected } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await Harness.launch();
});
afterAll(async () => {
  await h?.close();
});

describe('side panel', () => {
  it('lists a saved email, opens it, and shows new saves without a reload', async () => {
    const [email] = loadExpected('generic-webmail');
    const { page, tabId } = await h.openFixture('generic-webmail');
    const answer = await h.clip(tabId);
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok) return;
    const [id] = answer.recordIds;

    const panel = await h.extensionPage('sidepanel.html');
    const list = panel.getByTestId('record-list');
    await list.waitFor();
    const row = list.locator(`[data-testid="record-row"][data-record-id="${id}"]`);
    await row.waitFor();
    expect(await list.getByTestId('record-row').count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain(email!.subject);

    await row.click();
    const view = panel.getByTestId('record-view');
    await view.waitFor();
    const shown = (await view.textContent())!.replace(/\s+/g, ' ');
    expect(shown).toContain(email!.subject);
    expect(shown).toContain(email!.from!.name);
    // The message itself, as captured.
    const sentence = email!.text.split('\n').find((l) => l.length > 40)!;
    expect(shown).toContain(sentence.replace(/\s+/g, ' '));

    // Saved from another tab while the panel is open: the list follows.
    const other = await h.openFixture('tapestry-observation');
    const second = await h.clip(other.tabId);
    expect(second).toMatchObject({ ok: true });
    if (!second.ok) return;
    await list.locator(`[data-testid="record-row"][data-record-id="${second.recordIds[0]}"]`).waitFor({ timeout: 10_000 });
    expect(await list.getByTestId('record-row').count()).toBe(2);

    // Showing a saved message loaded nothing from the web, and nothing went wrong on the page.
    expect(h.extensionRequests()).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
    await page.close();
    await other.page.close();
    await panel.close();
  });
});

describe('options page', () => {
  it('refuses a bad backup file with a message, and restores a good one', async () => {
    const before = await h.exportBackup();
    const options = await h.extensionPage('options.html');
    const input = options.getByTestId('import-backup-input');
    const result = options.getByTestId('import-result');

    await input.setInputFiles({ name: 'not-a-backup.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toMatch(/not an On Record backup/);
    expect(await result.getAttribute('data-ok')).toBe('false');
    expect((await h.exportBackup()).records).toEqual(before.records);

    const extra = { ...before.records[0]!, id: 'restored-1', messageId: 'restored-msg-1', text: 'We will review the plan before half term.' };
    const file = JSON.stringify({ ...before, records: [...before.records, extra] });
    await input.setInputFiles({ name: 'on-record-backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await expect.poll(async () => (await h.exportBackup()).records.length, { timeout: 10_000 }).toBe(before.records.length + 1);
    const already = before.records.length;
    await expect
      .poll(() => result.textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`Added 1 saved item\\. ${already === 1 ? '1 saved item was' : `${already} saved items were`} already here`));
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(h.extensionErrors).toEqual([]);
    await options.close();
  });

  it('exports a backup file holding every record', async () => {
    const options = await h.extensionPage('options.html');
    const [download] = await Promise.all([options.waitForEvent('download', { timeout: 10_000 }), options.getByTestId('export-backup').click()]);
    const file = await download.path();
    const { readFile } = await import('node:fs/promises');
    const saved = JSON.parse(await readFile(file, 'utf8')) as { format: string; version: number; records: { id: string }[] };
    expect(saved).toMatchObject({ format: 'on-record-backup', version: 2 });
    const now = await h.exportBackup();
    expect(saved.records.map((r) => r.id).sort()).toEqual(now.records.map((r) => r.id).sort());
    expect(download.suggestedFilename()).toMatch(/^on-record-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await options.close();
  });
});
