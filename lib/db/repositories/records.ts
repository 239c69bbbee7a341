import type { OnRecordDatabase } from '@/lib/db/database';
import type { SavedRecord } from '@/lib/model/record';

/** One saved record, whole (text and HTML), or undefined when it is not (or no longer) saved. */
export async function getRecord(db: OnRecordDatabase, recordId: string): Promise<SavedRecord | undefined> {
  return db.records.get(recordId);
}

/** Saved records carrying any of these webmail message ids. */
export async function recordsByMessageIds(db: OnRecordDatabase, messageIds: readonly string[]): Promise<SavedRecord[]> {
  if (messageIds.length === 0) return [];
  return db.records.where('messageId').anyOf([...messageIds]).toArray();
}
