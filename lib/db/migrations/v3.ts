import type Dexie from 'dexie';
import type { StoredFinding } from '@/lib/model/finding';
import { headOf, type RecordHead } from '@/lib/model/record-head';
import type { SavedRecord } from '@/lib/model/record';
import { calendarsSchema } from '@/lib/db/tables/calendars';
import { childrenSchema } from '@/lib/db/tables/children';
import { eventsSchema } from '@/lib/db/tables/events';
import { findingsSchemaV3 } from '@/lib/db/tables/findings';
import { linksSchema } from '@/lib/db/tables/links';
import { marksSchema } from '@/lib/db/tables/marks';
import { plansSchema } from '@/lib/db/tables/plans';
import { recordHeadsSchema } from '@/lib/db/tables/record-heads';

/**
 * Version 3: children, their school calendars, support plans, events (reviews, meetings and the
 * events that start statutory clocks), links from findings to the plan, kept/not-kept marks, and
 * record heads so the timeline opens without reading every email's text.
 */
export function v3(db: Dexie): void {
  db.version(3)
    .stores({
      children: childrenSchema,
      calendars: calendarsSchema,
      plans: plansSchema,
      events: eventsSchema,
      links: linksSchema,
      marks: marksSchema,
      recordHeads: recordHeadsSchema,
      findings: findingsSchemaV3,
    })
    .upgrade(async (tx) => {
      const childOf = new Map<string, string | null>();
      const heads: RecordHead[] = [];
      // One pass with a cursor: an upgrade must not hold every email's text in memory at once.
      await tx.table<SavedRecord, string>('records').each((record) => {
        childOf.set(record.id, record.childId);
        heads.push(headOf(record));
      });
      await tx.table<RecordHead, string>('recordHeads').bulkPut(heads);
      await tx
        .table<StoredFinding, string>('findings')
        .toCollection()
        .modify((finding) => {
          finding.childId = childOf.get(finding.recordId) ?? null;
        });
    });
}
