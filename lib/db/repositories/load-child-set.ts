import Dexie from 'dexie';
import type { OnRecordDatabase } from '@/lib/db/database';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { IsoDay } from '@/lib/model/plan';

/**
 * Everything one child's timeline needs, read in one transaction so it is consistent. Only the
 * light parts: record heads rather than whole emails, and the two kinds of finding the timeline
 * shows (commitments and vague wording).
 */
export async function loadChildRecordSet(db: OnRecordDatabase, childId: string, today: IsoDay): Promise<ChildRecordSet | null> {
  return db.transaction('r', [db.children, db.calendars, db.recordHeads, db.findings, db.plans, db.events, db.links, db.marks], async () => {
    const child = await db.children.get(childId);
    if (!child) return null;
    const [calendar, records, commitments, vague, plans, events, links, marks] = await Promise.all([
      child.calendarId ? db.calendars.get(child.calendarId) : undefined,
      db.recordHeads.where('childId').equals(childId).toArray(),
      db.findings.where('[childId+kind]').equals([childId, 'commitment']).toArray(),
      db.findings.where('[childId+kind]').equals([childId, 'vague']).toArray(),
      db.plans.where('childId').equals(childId).toArray(),
      db.events.where('childId').equals(childId).toArray(),
      db.links.where('childId').equals(childId).toArray(),
      db.marks.where('childId').equals(childId).toArray(),
    ]);
    return { child, calendar: calendar ?? null, today, records, findings: [...commitments, ...vague], plans, events, links, marks };
  });
}

/**
 * The first screen of a child's timeline, read in a few milliseconds however long the record: the
 * newest records and their promises, with the whole plan, events, links and marks. The timeline
 * shows this at once and the full set (and the flags, which need it) a moment later.
 */
export async function loadChildPreview(db: OnRecordDatabase, childId: string, today: IsoDay, newest = 150): Promise<ChildRecordSet | null> {
  return db.transaction('r', [db.children, db.calendars, db.recordHeads, db.findings, db.plans, db.events, db.links, db.marks], async () => {
    const child = await db.children.get(childId);
    if (!child) return null;
    const [calendar, records, plans, events, links, marks] = await Promise.all([
      child.calendarId ? db.calendars.get(child.calendarId) : undefined,
      db.recordHeads.where('[childId+sentAt]').between([childId, Dexie.minKey], [childId, Dexie.maxKey]).reverse().limit(newest).toArray(),
      db.plans.where('childId').equals(childId).toArray(),
      db.events.where('childId').equals(childId).toArray(),
      db.links.where('childId').equals(childId).toArray(),
      db.marks.where('childId').equals(childId).toArray(),
    ]);
    const findings = await db.findings.where('[recordId+kind]').anyOf(records.map((r) => [r.id, 'commitment'])).toArray();
    return { child, calendar: calendar ?? null, today, records, findings, plans, events, links, marks };
  });
}
