import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/backup/export-backup';
import type { Backup } from '@/lib/backup/format';
import { importBackup, type ImportOutcome } from '@/lib/backup/import-backup';
import { validateBackup } from '@/lib/backup/validate-backup';
import { OnRecordDatabase } from '@/lib/db/database';
import { toImportResponse } from '@/lib/protocol/backup';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { makeItem } from '../make-item';
import { calendar, child, event, FEB, JAN, link, MAR, mark, plan, seedEverything, snapshot } from './fixtures';

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

/** The backup as it travels: written to a file and read back. */
const throughJson = (backup: Backup): unknown => JSON.parse(JSON.stringify(backup));

function ok(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`import failed: ${outcome.error}`);
  return outcome;
}

const none = { added: 0, updated: 0, skipped: 0 };

describe('backup version 2: children, calendars, plans, events, links and marks', () => {
  it('exports every collection, in a stable order', async () => {
    await seedEverything(source);
    const backup = await exportBackup(source, new Date('2026-04-01T12:00:00Z'));
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'records', 'children', 'calendars', 'plans', 'events', 'links', 'marks']);
    expect(backup.version).toBe(2);
    expect(backup.children.map((c) => c.id)).toEqual(['child-1', 'child-2']);
    expect(backup.plans.map((p) => p.id)).toEqual(['plan-1', 'plan-2']);
    expect([backup.calendars.length, backup.events.length, backup.links.length, backup.marks.length]).toEqual([1, 2, 2, 1]);
    expect(await exportBackup(source, new Date('2026-04-01T12:00:00Z'))).toEqual(backup);
    expect(validateBackup(throughJson(backup))).toEqual({ ok: true, backup });
  });

  it('round-trips into an empty database with every table identical', async () => {
    await seedEverything(source);
    const backup = await exportBackup(source);
    const out = ok(await importBackup(target, throughJson(backup)));
    expect(out.details).toEqual({
      records: { added: 3, skipped: 0 },
      children: { ...none, added: 2 },
      calendars: { ...none, added: 1 },
      plans: { ...none, added: 2 },
      events: { ...none, added: 2 },
      links: { ...none, added: 2 },
      marks: { ...none, added: 1 },
    });
    expect(out.warnings).toEqual([]);
    const { findings: _f, analyses: _a, ...before } = await snapshot(source);
    const { findings, analyses, ...after } = await snapshot(target);
    expect(after).toEqual(before);
    expect([findings, analyses]).toEqual([[], []]); // worked out again by the background, never carried
    // Importing the same file again changes nothing and says so.
    const again = ok(await importBackup(target, throughJson(backup)));
    expect(again.details).toMatchObject({ records: { added: 0, skipped: 3 }, children: { ...none, skipped: 2 }, marks: { ...none, skipped: 1 } });
    expect((await snapshot(target)).plans).toEqual(before.plans);
  });

  it('keeps a calendar without closures exactly as it was', async () => {
    const noClosures = calendar();
    delete noClosures.closures;
    await source.calendars.put(noClosures);
    ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect(await target.calendars.get('cal-1')).toEqual(noClosures);
  });

  it('still imports a version 1 file (records only)', async () => {
    await saveCaptured(source, [makeItem(), makeItem({ messageId: 'msg-2', text: 'Second' })]);
    const records = await source.records.orderBy('capturedAt').toArray();
    const v1 = { format: 'on-record-backup', version: 1, exportedAt: '2025-06-01T10:00:00.000Z', records };
    const check = validateBackup(throughJson(v1 as unknown as Backup));
    expect(check).toMatchObject({ ok: true, backup: { version: 2, children: [], calendars: [], plans: [], events: [], links: [], marks: [] } });
    const out = ok(await importBackup(target, throughJson(v1 as unknown as Backup)));
    expect(out).toMatchObject({ added: 2, skipped: 0, details: { records: { added: 2, skipped: 0 }, children: none, plans: none, marks: none } });
    expect(await target.records.toArray()).toEqual(await source.records.toArray());
    expect(await target.recordHeads.toArray()).toEqual(await source.recordHeads.toArray());
  });

  it('passes details and warnings through the background’s answer', async () => {
    await seedEverything(source);
    const out = await importBackup(target, throughJson(await exportBackup(source)));
    expect(toImportResponse(out)).toEqual({ ok: true, added: 3, skipped: 0, details: ok(out).details, warnings: [] });
  });
});

describe('merging into a database that has data', () => {
  it('adds what is absent and, where both have one, keeps the later', async () => {
    await target.children.bulkPut([child({ name: 'Amelia (here, newer)', updatedAt: MAR }), child({ id: 'child-2', name: 'Leo (here, older)', updatedAt: JAN })]);
    await target.calendars.put(calendar({ name: 'Here, same age', updatedAt: FEB }));
    await target.plans.put(plan({ title: 'Here, older', updatedAt: JAN }));
    await target.events.put(event({ note: 'Here, newer', createdAt: MAR }));
    await target.links.put(link('r1:commitment:1-9', { item: null, linkedAt: JAN }));
    await target.marks.bulkPut([mark('r1:commitment:1-9', { status: 'not-kept', markedAt: MAR }), mark('r1:commitment:20-30', { markedAt: JAN })]);

    await source.children.bulkPut([
      child({ name: 'Amelia (backup, older)', updatedAt: FEB }),
      child({ id: 'child-2', name: 'Leo (backup, newer)', updatedAt: FEB }),
      child({ id: 'child-3', name: 'Ava', calendarId: null }),
    ]);
    await source.calendars.put(calendar({ name: 'Backup, same age', updatedAt: FEB }));
    await source.plans.bulkPut([plan({ title: 'Backup, newer', updatedAt: FEB }), plan({ id: 'plan-3', childId: 'child-3' })]);
    await source.events.put(event({ note: 'Backup, older', createdAt: FEB }));
    await source.links.put(link('r1:commitment:1-9', { linkedAt: FEB }));
    await source.marks.bulkPut([mark('r1:commitment:1-9', { status: 'kept', markedAt: FEB }), mark('r1:commitment:20-30', { status: 'not-kept', markedAt: MAR })]);

    const out = ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect(out.details).toEqual({
      records: { added: 0, skipped: 0 },
      children: { added: 1, updated: 1, skipped: 1 },
      calendars: { added: 0, updated: 0, skipped: 1 },
      plans: { added: 1, updated: 1, skipped: 0 },
      events: { added: 0, updated: 0, skipped: 1 },
      links: { added: 0, updated: 1, skipped: 0 },
      marks: { added: 0, updated: 1, skipped: 1 },
    });
    expect((await target.children.toArray()).map((c) => c.name)).toEqual(['Amelia (here, newer)', 'Leo (backup, newer)', 'Ava']);
    expect((await target.calendars.get('cal-1'))?.name).toBe('Here, same age');
    expect((await target.plans.get('plan-1'))?.title).toBe('Backup, newer');
    expect((await target.events.get('event-1'))?.note).toBe('Here, newer');
    expect((await target.links.get('r1:commitment:1-9'))?.item).toEqual({ planId: 'plan-1', itemKind: 'provision', itemId: 'prov-1' });
    expect((await target.marks.toArray()).map((m) => m.status)).toEqual(['not-kept', 'not-kept']);
  });

  it('compares times as instants, not as text', async () => {
    await target.children.put(child({ name: 'Here', updatedAt: '2026-02-05T09:30:00+01:00' })); // 08:30 UTC
    await source.children.put(child({ name: 'Backup', updatedAt: '2026-02-05T09:00:00.000Z' }));
    ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect((await target.children.get('child-1'))?.name).toBe('Backup');
  });

  it('an event edited later in the backup replaces the copy here, though both were created together', async () => {
    await target.children.put(child());
    await target.events.put(event({ note: 'Here, as first saved', createdAt: JAN, updatedAt: JAN }));
    await source.events.put(event({ note: 'Backup, edited later', createdAt: JAN, updatedAt: MAR }));
    const out = ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect(out.details.events).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(await target.events.get('event-1')).toEqual(event({ note: 'Backup, edited later', createdAt: JAN, updatedAt: MAR }));
  });

  it('an event edited here after the backup was made stays, against an older copy with or without updatedAt', async () => {
    await target.children.put(child());
    await target.events.bulkPut([
      event({ note: 'Here, edited', createdAt: JAN, updatedAt: MAR }),
      event({ id: 'event-2', note: 'Here, edited too', createdAt: JAN, updatedAt: FEB }),
    ]);
    // event-2 comes from a version that did not stamp updatedAt: its createdAt stands in.
    await source.events.bulkPut([
      event({ note: 'Backup, edited earlier', createdAt: JAN, updatedAt: FEB }),
      event({ id: 'event-2', note: 'Backup, never edited', createdAt: JAN }),
    ]);
    const backup = throughJson(await exportBackup(source));
    const out = ok(await importBackup(target, backup));
    expect(out.details.events).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect((await target.events.toArray()).map((e) => e.note)).toEqual(['Here, edited', 'Here, edited too']);
  });

  it('an edited event in the backup beats one here saved before updatedAt existed (createdAt only)', async () => {
    await target.children.put(child());
    await target.events.put(event({ note: 'Here, never edited', createdAt: JAN }));
    await source.events.put(event({ note: 'Backup, edited', createdAt: JAN, updatedAt: FEB }));
    ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect((await target.events.get('event-1'))?.note).toBe('Backup, edited');
  });

  it('accepts plans and marks for a child who is only here, not in the backup', async () => {
    await target.children.put(child());
    await source.plans.put(plan());
    await source.marks.put(mark('r1:commitment:1-9'));
    const out = ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect(out.details.plans.added).toBe(1);
    expect(out.details.marks.added).toBe(1);
  });

  it('keeps a child whose term dates are missing, without them, and warns', async () => {
    await source.children.bulkPut([child({ calendarId: 'cal-gone' }), child({ id: 'child-2', name: 'Leo', calendarId: 'cal-1' })]);
    await target.calendars.put(calendar()); // Leo's dates are here, though not in the backup
    const out = ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect(out.warnings).toEqual(['The school term dates for Amelia Jones were not in the backup, so choose them again.']);
    expect((await target.children.get('child-1'))?.calendarId).toBeNull();
    expect((await target.children.get('child-2'))?.calendarId).toBe('cal-1');
  });
});

describe('a record the database already holds under another id', () => {
  it('moves the backup’s links, marks and events on to the copy here', async () => {
    const { recordIds } = await seedEverything(source);
    const [first] = recordIds as [string, string, string];
    // The same two emails, saved separately on this computer: same message ids, new record ids.
    const here = await saveCaptured(target, [makeItem(), makeItem({ messageId: 'msg-2', text: 'We will start Lexia three times a week.' })]);
    const [hereFirst, hereSecond] = here.recordIds as [string, string];
    expect(hereFirst).not.toBe(first);

    const out = ok(await importBackup(target, throughJson(await exportBackup(source))));
    expect(out.details.records).toEqual({ added: 1, skipped: 2 });
    expect((await target.links.toCollection().primaryKeys()).sort()).toEqual([`${hereFirst}:commitment:10-40`, `${hereSecond}:vague:0-12`].sort());
    expect(await target.marks.toArray()).toEqual([mark(`${hereFirst}:commitment:10-40`, { evidenceRecordId: hereSecond })]);
    expect((await target.events.get('event-1'))?.recordId).toBe(hereFirst);
    expect(await target.records.count()).toBe(3);
    expect(await target.recordHeads.count()).toBe(3);
  });

  it('within one file, moves them on to the first copy', async () => {
    await seedEverything(source);
    const backup = await exportBackup(source);
    const [original] = backup.records as [Backup['records'][number]];
    const copy = { ...original, id: 'copy-of-first' };
    const withCopy: Backup = {
      ...backup,
      records: [...backup.records, copy],
      links: [],
      marks: [mark(`${original.id}:commitment:10-40`, { markedAt: JAN }), mark('copy-of-first:commitment:10-40', { status: 'not-kept', markedAt: FEB })],
    };
    const out = ok(await importBackup(target, throughJson(withCopy)));
    expect(out.details.records).toEqual({ added: 3, skipped: 1 });
    expect(out.details.marks).toEqual({ added: 1, updated: 0, skipped: 1 });
    expect(await target.marks.toArray()).toEqual([mark(`${original.id}:commitment:10-40`, { status: 'not-kept', markedAt: FEB })]);
  });
});
