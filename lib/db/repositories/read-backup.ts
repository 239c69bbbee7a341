import type { OnRecordDatabase } from '@/lib/db/database';
import type { Child, ChildEvent, CommitmentMark, FindingLink, SchoolCalendar, SupportPlan } from '@/lib/model/plan';
import type { SavedRecord } from '@/lib/model/record';

/** What the parent saved or entered: everything a backup carries (findings are worked out again). */
export interface SavedCollections {
  records: SavedRecord[];
  children: Child[];
  calendars: SchoolCalendar[];
  plans: SupportPlan[];
  events: ChildEvent[];
  links: FindingLink[];
  marks: CommitmentMark[];
}

/**
 * Everything the parent saved or entered, read in one transaction so the parts agree. Records come
 * oldest capture first; the rest in key order, so the same database always gives the same file.
 */
export async function readSavedCollections(db: OnRecordDatabase): Promise<SavedCollections> {
  return db.transaction('r', [db.records, db.children, db.calendars, db.plans, db.events, db.links, db.marks], async () => ({
    records: await db.records.orderBy('capturedAt').toArray(),
    children: await db.children.toArray(),
    calendars: await db.calendars.toArray(),
    plans: await db.plans.toArray(),
    events: await db.events.toArray(),
    links: await db.links.toArray(),
    marks: await db.marks.toArray(),
  }));
}
