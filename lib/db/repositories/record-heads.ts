import type { OnRecordDatabase } from '@/lib/db/database';
import type { RecordHead } from '@/lib/model/record-head';

/** Every record's head, newest saved first: what the side panel lists, without any email's text. */
export async function listRecordHeadsNewestFirst(db: OnRecordDatabase): Promise<RecordHead[]> {
  return db.recordHeads.orderBy('capturedAt').reverse().toArray();
}

/**
 * The ids of these children's records, read from the light heads by the childId index. A write
 * that changes how a child's records read (their term dates) returns these, so only they are
 * analysed again.
 */
export async function recordIdsOfChildren(db: OnRecordDatabase, childIds: readonly string[]): Promise<string[]> {
  if (childIds.length === 0) return [];
  return (await db.recordHeads.where('childId').anyOf([...childIds]).primaryKeys()) as string[];
}
