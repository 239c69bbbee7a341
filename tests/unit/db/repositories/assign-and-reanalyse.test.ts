import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { analyseAndStore, analyseStale, staleRecordIds } from '@/lib/db/repositories/findings';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { assignRecord } from '@/lib/db/repositories/assign-record';
import { saveCalendar } from '@/lib/db/repositories/calendars';
import { saveChild } from '@/lib/db/repositories/children';
import { blankChild } from '@/lib/model/child';
import { setLink } from '@/lib/db/repositories/links';
import { setMark } from '@/lib/db/repositories/marks';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`assign-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const CALENDAR = {
  name: 'St Mary’s',
  terms: [
    { name: 'Autumn 2026', start: '2026-09-02', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' },
    { name: 'Spring 2027', start: '2027-01-05', end: '2027-03-26', halfTermStart: '2027-02-15', halfTermEnd: '2027-02-19' },
  ],
};

const email = makeItem({
  sentAt: '2026-10-05T09:00:00+01:00',
  text: 'Dear Ms Green,\n\nI will send you the updated plan before half term. We will keep an eye on her reading.\n\nKind regards,',
});

async function commitmentDue(recordId: string): Promise<string | null | undefined> {
  const found = (await db.findings.where('[recordId+kind]').equals([recordId, 'commitment']).toArray()).find((f) => f.text.includes('send'));
  return found?.kind === 'commitment' ? found.due : undefined;
}

describe('a record read against its child’s term dates', () => {
  it('has no day for "before half term" until its child has term dates, then gets one', async () => {
    const { recordIds } = await saveCaptured(db, [email]);
    const id = recordIds[0]!;
    await analyseAndStore(db, [id]);
    expect(await commitmentDue(id)).toBeNull();

    const calendar = await saveCalendar(db, CALENDAR, 'manual');
    const child = await saveChild(db, { ...blankChild(), name: 'Amelia Green', calendarId: calendar.id });
    await assignRecord(db, id, child.id);
    expect(await staleRecordIds(db)).toEqual([id]);
    await analyseStale(db);
    expect(await commitmentDue(id)).toBe('2026-10-23');
    // Both promises (the plan, and keeping an eye on her reading) are now found under the child.
    expect(await db.findings.where('[childId+kind]').equals([child.id, 'commitment']).count()).toBe(2);
    expect(await staleRecordIds(db)).toEqual([]);

    // Changing the term dates makes the record stale again, and the new half term moves the day.
    await saveCalendar(db, { ...calendar, terms: [{ ...CALENDAR.terms[0]!, halfTermStart: '2026-10-19', halfTermEnd: '2026-10-23' }, CALENDAR.terms[1]!] }, 'manual', new Date(Date.now() + 1000));
    expect(await staleRecordIds(db)).toEqual([id]);
    await analyseStale(db);
    expect(await commitmentDue(id)).toBe('2026-10-16');
  });

  it('keeps links and marks when read again; moving the record to another child keeps its marks and drops its links', async () => {
    const { recordIds } = await saveCaptured(db, [email]);
    const id = recordIds[0]!;
    const amelia = await saveChild(db, { ...blankChild(), name: 'Amelia' });
    const tom = await saveChild(db, { ...blankChild(), name: 'Tom' });
    await assignRecord(db, id, amelia.id);
    await analyseStale(db);
    const promise = (await db.findings.where('[recordId+kind]').equals([id, 'commitment']).toArray()).find((f) => f.text.includes('send'))!;
    await setLink(db, promise.id, amelia.id, { planId: 'p', itemKind: 'provision', itemId: 'x' });
    await setMark(db, { findingId: promise.id, childId: amelia.id, status: 'kept', evidenceRecordId: id, note: '' });

    await analyseAndStore(db, [id]);
    expect(await db.findings.get(promise.id)).toBeDefined();
    expect(await db.links.get(promise.id)).toBeDefined();

    await assignRecord(db, id, tom.id);
    expect(await db.links.count()).toBe(0);
    expect(await db.marks.get(promise.id)).toMatchObject({ childId: tom.id, status: 'kept' });
    expect((await db.recordHeads.get(id))?.childId).toBe(tom.id);
    expect(await db.findings.where('[childId+kind]').equals([amelia.id, 'commitment']).count()).toBe(0);

    // Filed under no child, a mark has no timeline to sit on.
    await assignRecord(db, id, null);
    expect(await db.marks.count()).toBe(0);
  });
});
