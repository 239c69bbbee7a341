// The background reads again only the records a write named; the whole table only at start-up.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OnRecordDatabase } from '@/lib/db/database';
import { moveRecords } from '@/lib/db/repositories/assign-record';
import { saveCalendar } from '@/lib/db/repositories/calendars';
import { chooseCalendar, saveChild } from '@/lib/db/repositories/children';
import { blankChild } from '@/lib/model/child';
import { analyseStale, staleRecordIds } from '@/lib/db/repositories/findings';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { makeItem } from '../../make-item';

let db: OnRecordDatabase;
beforeEach(() => {
  db = new OnRecordDatabase(`targeted-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const TERMS = { name: 'St Mary’s', terms: [{ name: 'Autumn 2026', start: '2026-09-02', end: '2026-12-18', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30' }] };

describe('reading again only the records a write returned', () => {
  it('analyses just the given records, leaving the others stale for the start-up catch-up', async () => {
    const { recordIds } = await saveCaptured(db, [makeItem({ messageId: 'a' }), makeItem({ messageId: 'b' }), makeItem({ messageId: 'c' })]);
    const [a, b, c] = recordIds;
    expect(await analyseStale(db, [a!, 'not-saved'])).toBe(1);
    expect(await db.analyses.get(a!)).toBeDefined();
    expect((await staleRecordIds(db)).sort()).toEqual([b, c].sort());
    expect(await staleRecordIds(db, undefined, [a!, b!])).toEqual([b]);

    // Nothing named, nothing read; the whole table when no ids are given.
    expect(await analyseStale(db, [])).toBe(0);
    expect(await analyseStale(db)).toBe(2);
    expect(await staleRecordIds(db)).toEqual([]);
  });

  it('does not read every stamp and head when given ids', async () => {
    const { recordIds } = await saveCaptured(db, [makeItem({ messageId: 'a' }), makeItem({ messageId: 'b' })]);
    await analyseStale(db);
    const wholeStamps = vi.spyOn(db.analyses, 'toArray');
    const wholeHeads = vi.spyOn(db.recordHeads, 'toArray');
    expect(await analyseStale(db, [recordIds[0]!])).toBe(0);
    expect(wholeStamps).not.toHaveBeenCalled();
    expect(wholeHeads).not.toHaveBeenCalled();
  });

  it('a write’s returned ids are exactly what the change made stale', async () => {
    const { recordIds } = await saveCaptured(db, [makeItem({ messageId: 'a' }), makeItem({ messageId: 'b' })]);
    const [a, b] = recordIds;
    await analyseStale(db);
    const calendar = await saveCalendar(db, TERMS, 'manual');
    const amelia = await saveChild(db, { ...blankChild(), name: 'Amelia', calendarId: calendar.id });
    const tom = await saveChild(db, { ...blankChild(), name: 'Tom' });

    // Filed under a child with term dates: stale, and returned.
    const moved = await moveRecords(db, [a!], amelia.id);
    expect(moved).toEqual(await staleRecordIds(db));
    expect(await analyseStale(db, moved)).toBe(1);

    // Another child takes up the same term dates: their record is stale, and returned.
    await moveRecords(db, [b!], tom.id);
    const chosen = await chooseCalendar(db, tom.id, calendar.id);
    expect(chosen).toEqual(await staleRecordIds(db));
    expect(await analyseStale(db, chosen)).toBe(1);
    expect(await staleRecordIds(db)).toEqual([]);
  });
});
