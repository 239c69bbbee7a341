// Writes that change how records read return those records' ids, so the page asks the background
// to read only them again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { assignRecord, assignRecords, moveRecords } from '@/lib/db/repositories/assign-record';
import { saveCalendar, saveCalendarWithAffected } from '@/lib/db/repositories/calendars';
import { chooseCalendar, deleteChild, saveChild, saveChildWithAffected } from '@/lib/db/repositories/children';
import { blankChild } from '@/lib/model/child';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`affected-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const TERMS = { name: 'St Mary’s', terms: [{ name: 'Autumn 2026', start: '2026-09-02', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' }] };

async function threeRecords(): Promise<string[]> {
  const { recordIds } = await saveCaptured(db, [makeItem({ messageId: 'a' }), makeItem({ messageId: 'b' }), makeItem({ messageId: 'c' })]);
  return recordIds;
}

describe('moving records between children', () => {
  it('returns the ids that moved, leaving out records already there and ids not saved', async () => {
    const [a, b, c] = await threeRecords();
    const amelia = await saveChild(db, { ...blankChild(), name: 'Amelia' });
    expect(await moveRecords(db, [a!, b!, 'not-saved'], amelia.id)).toEqual([a, b]);
    expect(await moveRecords(db, [a!, c!], amelia.id)).toEqual([c]);
    expect(await assignRecord(db, a!, amelia.id)).toEqual([]);
    expect(await assignRecord(db, a!, null)).toEqual([a]);
    expect(await assignRecords(db, [a!, b!], null)).toBe(1);
  });
});

describe('a child’s term dates', () => {
  it('saving a child returns their records when their calendar changed, and none otherwise', async () => {
    const [a, b] = await threeRecords();
    const calendar = await saveCalendar(db, TERMS, 'manual');
    const first = await saveChildWithAffected(db, { ...blankChild(), name: 'Amelia' });
    expect(first.affectedRecordIds).toEqual([]);
    await moveRecords(db, [a!, b!], first.child.id);

    const renamed = await saveChildWithAffected(db, { ...first.child, name: 'Amelia Green' });
    expect(renamed.affectedRecordIds).toEqual([]);
    expect(renamed.child.name).toBe('Amelia Green');

    const withDates = await saveChildWithAffected(db, { ...renamed.child, calendarId: calendar.id });
    expect(withDates.affectedRecordIds.sort()).toEqual([a, b].sort());
    expect((await db.children.get(first.child.id))?.calendarId).toBe(calendar.id);
  });

  it('choosing (or sharing) a calendar returns the child’s records when the choice changed', async () => {
    const [a] = await threeRecords();
    const calendar = await saveCalendar(db, TERMS, 'manual');
    const child = await saveChild(db, { ...blankChild(), name: 'Amelia' });
    await moveRecords(db, [a!], child.id);
    expect(await chooseCalendar(db, child.id, calendar.id)).toEqual([a]);
    expect((await db.children.get(child.id))?.calendarId).toBe(calendar.id);
    expect(await chooseCalendar(db, child.id, calendar.id)).toEqual([]);
    expect(await chooseCalendar(db, 'no-such-child', calendar.id)).toEqual([]);
  });

  it('saving term dates returns the records of every child using them, and only theirs', async () => {
    const [a, b, c] = await threeRecords();
    const calendar = await saveCalendar(db, TERMS, 'manual');
    const amelia = await saveChild(db, { ...blankChild(), name: 'Amelia', calendarId: calendar.id });
    const tom = await saveChild(db, { ...blankChild(), name: 'Tom', calendarId: calendar.id });
    const leo = await saveChild(db, { ...blankChild(), name: 'Leo' });
    await moveRecords(db, [a!], amelia.id);
    await moveRecords(db, [b!], tom.id);
    await moveRecords(db, [c!], leo.id);

    const edited = await saveCalendarWithAffected(db, { ...calendar, name: 'St Mary’s (new dates)' }, 'manual');
    expect(edited.affectedRecordIds.sort()).toEqual([a, b].sort());
    expect(edited.calendar.name).toBe('St Mary’s (new dates)');
    expect((await saveCalendarWithAffected(db, { ...TERMS, name: 'Unused' }, 'manual')).affectedRecordIds).toEqual([]);
  });

  it('deleting a child returns the records it leaves filed under no child', async () => {
    const [a, b, c] = await threeRecords();
    const amelia = await saveChild(db, { ...blankChild(), name: 'Amelia' });
    await moveRecords(db, [a!, b!], amelia.id);
    expect((await deleteChild(db, amelia.id)).sort()).toEqual([a, b].sort());
    expect((await db.records.get(a!))?.childId).toBeNull();
    expect((await db.records.get(c!))?.childId).toBeNull();
    expect(await deleteChild(db, amelia.id)).toEqual([]);
  });
});
