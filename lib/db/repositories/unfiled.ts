import type { OnRecordDatabase } from '@/lib/db/database';
import { guessChild } from '@/lib/plan/assign/guess-child';
import { matchSchoolSender } from '@/lib/plan/assign/school-senders';
import type { Child } from '@/lib/model/plan';
import type { RecordHead } from '@/lib/model/record-head';

/** Cheap first pass on the light heads: from the child's school, or naming them in the subject. */
function mightBeAbout(head: RecordHead, child: Child): boolean {
  if (head.fromAddress && matchSchoolSender(head.fromAddress, child.schoolSenders)) return true;
  const names = [child.name.split(/\s+/)[0] ?? '', ...child.knownAs].filter((n) => n.length > 1);
  return names.some((n) => head.subject.includes(n));
}

/**
 * Saved records filed under no child that look like they are about this one (their name, their
 * school's addresses): emails saved before the child was added, or before the school's addresses
 * were entered. Offered to the parent to file in one step, never filed behind their back, since
 * "no child" may have been their own choice. Only the few that pass a first look at their heads
 * are read whole.
 */
export async function unfiledRecordIdsFor(db: OnRecordDatabase, child: Child): Promise<string[]> {
  const children = await db.children.toArray();
  const candidates = (await db.recordHeads.toArray()).filter((h) => h.childId === null && mightBeAbout(h, child)).map((h) => h.id);
  const ids: string[] = [];
  for (let i = 0; i < candidates.length; i += 200) {
    for (const record of await db.records.bulkGet(candidates.slice(i, i + 200))) {
      if (record && guessChild(record, children)?.childId === child.id) ids.push(record.id);
    }
  }
  return ids;
}
