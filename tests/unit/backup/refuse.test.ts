import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '@/lib/backup/export-backup';
import type { Backup } from '@/lib/backup/format';
import { importBackup } from '@/lib/backup/import-backup';
import { OnRecordDatabase } from '@/lib/db/database';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { makeItem } from '../make-item';
import { child, FEB, plan, seedEverything, snapshot } from './fixtures';

let source: OnRecordDatabase;
let target: OnRecordDatabase;
let good: Backup;
beforeEach(async () => {
  source = new OnRecordDatabase(`src-${crypto.randomUUID()}`);
  target = new OnRecordDatabase(`dst-${crypto.randomUUID()}`);
  await seedEverything(source);
  good = JSON.parse(JSON.stringify(await exportBackup(source))) as Backup;
  // Something already here, which a refused import must leave exactly as it is.
  await saveCaptured(target, [makeItem({ messageId: 'msg-here', text: 'Already here' })]);
  await target.children.put(child({ id: 'child-here', name: 'Leo', calendarId: null }));
  await target.plans.put(plan({ id: 'plan-here', childId: 'child-here' }));
});
afterEach(async () => {
  await source.delete();
  await target.delete();
});

/** A copy of the good backup with one thing broken. */
function breakIt(damage: (b: Backup) => void): Backup {
  const copy = structuredClone(good);
  damage(copy);
  return copy;
}

/** Writes a value the types would not allow: damage, as a file might carry it. */
function poke(target: unknown, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

describe('a damaged version 2 backup is refused whole, saying where, and changes nothing', () => {
  it.each<[string, (b: Backup) => void, RegExp]>([
    ['a provision done zero times', (b) => poke(b.plans[0]!.provisions[2]!.frequency, 'times', 0), /more than zero \(at plans\.0\.provisions\.2\.frequency\.times\)/],
    ['a provision done "weekly"', (b) => poke(b.plans[0]!.provisions[0]!.frequency, 'times', 'weekly'), /\(at plans\.0\.provisions\.0\.frequency\.times\)/],
    ['an unknown frequency', (b) => poke(b.plans[0]!.provisions[0]!.frequency, 'per', 'month'), /\(at plans\.0\.provisions\.0\.frequency\.per\)/],
    ['negative minutes', (b) => (b.plans[0]!.provisions[0]!.minutes = -5), /\(at plans\.0\.provisions\.0\.minutes\)/],
    ['an unknown plan kind', (b) => poke(b.plans[1], 'kind', 'statement'), /\(at plans\.1\.kind\)/],
    ['a plan with no child', (b) => poke(b.plans[0], 'childId', ''), /must not be empty \(at plans\.0\.childId\)/],
    ['a start day that is not a day', (b) => (b.plans[0]!.startsOn = '15/09/2025'), /YYYY-MM-DD \(at plans\.0\.startsOn\)/],
    ['a target with an empty id', (b) => (b.plans[0]!.targets[0]!.id = ''), /\(at plans\.0\.targets\.0\.id\)/],
    ['a revision without a time', (b) => (b.plans[0]!.revisions[0]!.at = 'last week'), /\(at plans\.0\.revisions\.0\.at\)/],
    ['an empty child id', (b) => (b.children[0]!.id = ''), /must not be empty \(at children\.0\.id\)/],
    ['an unknown SEN status', (b) => poke(b.children[0], 'senStatus', 'statement'), /\(at children\.0\.senStatus\)/],
    ['an unknown need code', (b) => poke(b.children[1], 'secondaryNeed', 'ADHD'), /\(at children\.1\.secondaryNeed\)/],
    ['no weeks of evidence', (b) => (b.children[0]!.evidenceWeeks = 0), /\(at children\.0\.evidenceWeeks\)/],
    ['a child twice', (b) => b.children.push({ ...b.children[0]! }), /the same id appears twice \(at children\.2\.id\)/],
    ['a term starting on 30 February', (b) => (b.calendars[0]!.terms[1]!.start = '2026-02-30'), /must be a real date \(at calendars\.0\.terms\.1\.start\)/],
    ['an unknown calendar source', (b) => poke(b.calendars[0], 'source', 'web'), /\(at calendars\.0\.source\)/],
    ['a closure that is not a day', (b) => (b.calendars[0]!.closures = ['INSET']), /\(at calendars\.0\.closures\.0\)/],
    ['an unknown event kind', (b) => poke(b.events[1], 'kind', 'party'), /\(at events\.1\.kind\)/],
    ['an event day with a time', (b) => (b.events[0]!.day = '2025-12-08T10:00:00Z'), /\(at events\.0\.day\)/],
    ['an event edited "today"', (b) => (b.events[0]!.updatedAt = 'today'), /\(at events\.0\.updatedAt\)/],
    ['a link without a finding', (b) => (b.links[0]!.findingId = ''), /\(at links\.0\.findingId\)/],
    ['a link to an unknown kind of plan item', (b) => (b.links[0]!.item = { planId: 'plan-1', itemKind: 'outcome', itemId: 'prov-1' } as never), /\(at links\.0\.item\.itemKind\)/],
    ['a link made "yesterday"', (b) => (b.links[1]!.linkedAt = 'yesterday'), /\(at links\.1\.linkedAt\)/],
    ['an unknown mark', (b) => poke(b.marks[0], 'status', 'done'), /\(at marks\.0\.status\)/],
    ['one finding marked twice', (b) => b.marks.push({ ...b.marks[0]! }), /the same findingId appears twice \(at marks\.1\.findingId\)/],
    ['no marks list', (b) => delete (b as Partial<Backup>).marks, /\(at marks\)/],
    ['a damaged record', (b) => poke(b.records[2], 'textHash', 'abc'), /SHA-256 in hex \(at records\.2\.textHash\)/],
  ])('%s', async (_name, damage, where) => {
    const before = await snapshot(target);
    const out = await importBackup(target, breakIt(damage));
    expect(out).toMatchObject({ ok: false, added: 0, skipped: 0 });
    if (!out.ok) {
      expect(out.error).toMatch(/^This backup file is damaged and was not imported: /);
      expect(out.error).toMatch(where);
      expect(out.error).toMatch(/Nothing was changed\.$/);
    }
    expect(await snapshot(target)).toEqual(before);
  });
});

describe('a backup that does not fit this database is refused and changes nothing', () => {
  it.each<[string, (b: Backup) => void, RegExp]>([
    ['a plan', (b) => (b.plans[1]!.childId = 'child-gone'), /a plan belongs to a child who is neither in the backup nor on this computer \(at plans\.1\.childId\)/],
    ['an event', (b) => (b.events[0]!.childId = 'child-gone'), /an? event .*\(at events\.0\.childId\)/],
    ['a link', (b) => (b.links[1]!.childId = 'child-gone'), /\(at links\.1\.childId\)/],
    ['a mark', (b) => (b.marks[0]!.childId = 'child-gone'), /\(at marks\.0\.childId\)/],
  ])('%s for a child who is nowhere', async (_name, damage, where) => {
    const before = await snapshot(target);
    const out = await importBackup(target, breakIt(damage));
    expect(out).toMatchObject({ ok: false, added: 0, skipped: 0 });
    if (!out.ok) {
      expect(out.error).toMatch(/^This backup file is damaged and was not imported: /);
      expect(out.error).toMatch(where);
      expect(out.error).toMatch(/Nothing was changed\.$/);
    }
    expect(await snapshot(target)).toEqual(before);
  });

  it('even when only the last thing cannot be written: every table is as it was', async () => {
    // A stray record head under the id of a record in the file: every other table is written
    // first, then adding the heads fails on the duplicate key, and all of it must roll back.
    await target.recordHeads.put({ id: good.records[1]!.id, childId: null, kind: 'email', sentAt: null, capturedAt: FEB, subject: 'stray', fromName: '', fromAddress: '', url: '', snippet: '' });
    const before = await snapshot(target);
    const out = await importBackup(target, good);
    expect(out).toMatchObject({ ok: false, added: 0, skipped: 0 });
    if (!out.ok) expect(out.error).toMatch(/^The backup could not be imported, so nothing was changed: /);
    expect(await snapshot(target)).toEqual(before);
    // The database still works: with the stray head gone, the same file imports.
    await target.recordHeads.delete(good.records[1]!.id);
    expect(await importBackup(target, good)).toMatchObject({ ok: true, added: 3 });
  });
});
