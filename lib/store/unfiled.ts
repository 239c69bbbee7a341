import type { OnRecordDatabase } from '../db/database';
import { guessChild } from '../plan/assign/guess-child';
import type { Child } from '../plan/types';

/**
 * Saved records filed under no child that look like they are about this one (their name, their
 * school's addresses): emails saved before the child was added, or before the school's addresses
 * were entered. Offered to the parent to file in one step, never filed behind their back, since
 * "no child" may have been their own choice.
 */
export async function unfiledRecordIdsFor(db: OnRecordDatabase, child: Child): Promise<string[]> {
  const children = await db.children.toArray();
  const unfiled = (await db.recordHeads.toArray()).filter((h) => h.childId === null).map((h) => h.id);
  const ids: string[] = [];
  // In slices, so thousands of unfiled emails never sit in memory at once.
  for (let i = 0; i < unfiled.length; i += 500) {
    for (const record of await db.records.bulkGet(unfiled.slice(i, i + 500))) {
      if (record && guessChild(record, children)?.childId === child.id) ids.push(record.id);
    }
  }
  return ids;
}
