import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/backup/export-backup';
import { importBackup } from '@/lib/backup/import-backup';
import { parseBackupText } from '@/lib/backup/validate-backup';
import { OnRecordDatabase } from '@/lib/db/database';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { makeItem } from '../make-item';

let source: OnRecordDatabase;
let target: OnRecordDatabase;
beforeEach(() => {
  source = new OnRecordDatabase(`src-${crypto.randomUUID()}`);
  target = new OnRecordDatabase(`dst-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

async function seed() {
  await saveCaptured(source, [
    makeItem(),
    makeItem({ messageId: 'msg-2', text: 'Second message' }),
    makeItem({ kind: 'page', adapter: 'article', messageId: null, text: 'Portal post', from: null, sentAt: null }),
  ]);
}

describe('backup', () => {
  it('round-trips every record without loss through JSON', async () => {
    await seed();
    const backup = await exportBackup(source, new Date('2025-01-01T00:00:00Z'));
    expect(backup).toMatchObject({ format: 'on-record-backup', version: 2, exportedAt: '2025-01-01T00:00:00.000Z' });
    const check = parseBackupText(JSON.stringify(backup));
    expect(check.ok).toBe(true);
    expect(await importBackup(target, JSON.parse(JSON.stringify(backup)))).toMatchObject({ ok: true, added: 3, skipped: 0, warnings: [] });
    const restored = await exportBackup(target);
    expect(restored.records).toEqual(backup.records);
    expect(await target.recordHeads.toArray()).toEqual(await source.recordHeads.toArray());
  });

  it('merges without duplicates: same id, same message id, or same text', async () => {
    await seed();
    const backup = await exportBackup(source);
    await importBackup(target, backup);
    expect(await importBackup(target, backup)).toMatchObject({ ok: true, added: 0, skipped: 3, details: { records: { added: 0, skipped: 3 } } });
    // The same email saved separately on another computer has another id but the same message id.
    const other = new OnRecordDatabase(`other-${crypto.randomUUID()}`);
    await saveCaptured(other, [makeItem(), makeItem({ messageId: 'msg-new', text: 'New one' })]);
    expect(await importBackup(target, await exportBackup(other))).toMatchObject({ ok: true, added: 1, skipped: 1 });
    await other.delete();
    expect(await target.records.count()).toBe(4);
    expect(await target.recordHeads.count()).toBe(4);
  });

  it.each([
    ['not JSON', '{oops', /not readable JSON/],
    ['another file', '{"hello":1}', /not an On Record backup/],
    ['a newer backup', '{"format":"on-record-backup","version":99,"records":[]}', /newer version of On Record \(format 99\)/],
    ['the next version', '{"format":"on-record-backup","version":3,"records":[]}', /newer version of On Record \(format 3\)/],
    ['a version 2 file without its plans', '{"format":"on-record-backup","version":2,"exportedAt":"2026-01-01T00:00:00Z","records":[],"children":[],"calendars":[],"events":[],"links":[],"marks":[]}', /damaged.*\(at plans\)/],
    ['a damaged version 1 file', '{"format":"on-record-backup","version":1,"exportedAt":"2025-01-01T00:00:00Z","records":[{"id":""}]}', /damaged.*\(at records\.0\.id\)/],
    ['a file without a version', '{"format":"on-record-backup","records":[]}', /damaged.*\(at version\)/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const check = parseBackupText(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toMatch(message);
  });

  it('refuses a damaged backup whole, naming the bad field, and changes nothing', async () => {
    await seed();
    await importBackup(target, await exportBackup(source));
    const before = await exportBackup(target);
    const backup = await exportBackup(source);
    const damaged = {
      ...backup,
      records: [{ ...backup.records[0], id: 'fresh-id', messageId: 'fresh' }, { ...backup.records[1], sentAt: 'last Tuesday' }],
    };
    const out = await importBackup(target, damaged);
    expect(out.ok).toBe(false);
    expect(out).toMatchObject({ added: 0, skipped: 0 });
    if (!out.ok) expect(out.error).toMatch(/records\.1\.sentAt/);
    expect((await exportBackup(target)).records).toEqual(before.records);
  });
});
