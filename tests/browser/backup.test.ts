// Backup and restore through the automation messages: a backup taken in one browser profile and
// restored into a fresh one gives back every record exactly; restoring merges without duplicates;
// a bad file is refused whole with a message, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backup } from '../../lib/backup/format';
import { byId, Harness } from './harness';

let source: Harness;
let backup: Backup;

beforeAll(async () => {
  source = await Harness.launch();
  // Emails, a page read by the article adapter, a frame-based webmail, and a selected passage.
  for (const name of ['generic-webmail', 'roundcube-iframe', 'tapestry-observation', 'classdojo-post']) {
    const { page, tabId } = await source.openFixture(name);
    const answer = await source.clip(tabId);
    if (!answer.ok) throw new Error(`could not clip ${name}: ${answer.error}`);
    await page.close();
  }
  const { page, tabId } = await source.openFixture('arbor-message');
  await page.evaluate(() => {
    const p = Array.from(document.querySelectorAll('p')).find((el) => (el.textContent ?? '').trim().length > 40)!;
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const passage = await source.clip(tabId);
  if (!passage.ok) throw new Error(`could not clip a selection: ${passage.error}`);
  backup = await source.exportBackup();
});

afterAll(async () => {
  await source?.close();
});

describe('backup', () => {
  it('exports every record in the documented format', () => {
    expect(backup).toMatchObject({ format: 'on-record-backup', version: 2 });
    expect(Number.isNaN(Date.parse(backup.exportedAt))).toBe(false);
    expect(backup.records).toHaveLength(5);
    expect(new Set(backup.records.map((r) => r.kind))).toEqual(new Set(['email', 'page', 'selection']));
  });

  it('restores into a fresh browser profile without loss, and merging again adds nothing', async () => {
    const target = await Harness.launch();
    try {
      expect((await target.exportBackup()).records).toEqual([]);
      // Through JSON, as the file on disk would be.
      const fromFile: unknown = JSON.parse(JSON.stringify(backup));
      expect(await target.importBackup(fromFile)).toMatchObject({ ok: true, added: 5, skipped: 0 });
      const restored = await target.exportBackup();
      expect(byId(restored.records)).toEqual(byId(backup.records));

      expect(await target.importBackup(fromFile)).toMatchObject({ ok: true, added: 0, skipped: 5 });
      expect(byId((await target.exportBackup()).records)).toEqual(byId(backup.records));

      // The side panel of the restored profile lists them all.
      const panel = await target.extensionPage('sidepanel.html');
      await expect.poll(() => panel.getByTestId('record-row').count(), { timeout: 10_000 }).toBe(5);
      expect(target.extensionRequests()).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('skips records already here under another id: same message id, or same text and kind', async () => {
    const copies = backup.records.map((r) => ({ ...r, id: `copy-${r.id}` }));
    const answer = await source.importBackup({ ...backup, records: copies });
    expect(answer).toMatchObject({ ok: true, added: 0, skipped: 5 });
    expect(byId((await source.exportBackup()).records)).toEqual(byId(backup.records));
  });
});

describe('a bad backup', () => {
  const good = () => structuredClone(backup);
  const fresh = (id: string) => ({ ...good().records[0]!, id, messageId: `new-${id}`, text: `New text ${id}` });

  it.each<[string, () => unknown, RegExp]>([
    ['not a backup at all', () => 'hello', /not an On Record backup/],
    ['nothing', () => null, /not an On Record backup/],
    ['another format', () => ({ ...good(), format: 'other-app-backup' }), /not an On Record backup/],
    ['a newer version', () => ({ ...good(), version: 3 }), /newer version of On Record/],
    ['no records list', () => ({ format: 'on-record-backup', version: 1, exportedAt: new Date().toISOString() }), /damaged.*records/],
    [
      'one damaged record among good new ones',
      () => ({ ...good(), records: [fresh('a'), { ...fresh('b'), textHash: 'not-a-hash' }, fresh('c')] }),
      /damaged.*records\.1\.textHash/,
    ],
    [
      'a record missing its id',
      () => {
        const { id: _id, ...rest } = fresh('d');
        return { ...good(), records: [fresh('e'), rest] };
      },
      /damaged.*records\.1\.id/,
    ],
    ['a record of an unknown kind', () => ({ ...good(), records: [{ ...fresh('f'), kind: 'tweet' }] }), /damaged.*records\.0\.kind/],
  ])('%s is refused with a message, and nothing changes', async (_what, make, message) => {
    const before = await source.exportBackup();
    const answer = await source.importBackup(make());
    expect(answer).toMatchObject({ ok: false, added: 0, skipped: 0 });
    expect(answer.error).toMatch(message);
    expect(byId((await source.exportBackup()).records)).toEqual(byId(before.records));
  });

  it('made no network request', () => {
    expect(source.extensionRequests()).toEqual([]);
  });
});
