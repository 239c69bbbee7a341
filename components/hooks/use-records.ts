import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import type { SavedRecord } from '@/lib/model/record';

/** Every saved record, newest first; undefined while the database is opening. */
export function useRecords(): SavedRecord[] | undefined {
  return useLiveQuery(() => getDatabase().records.orderBy('capturedAt').reverse().toArray(), []);
}

/** One record: undefined while loading, null when it is not (or no longer) in the record. */
export function useRecord(id: string): SavedRecord | null | undefined {
  return useLiveQuery(async () => (await getDatabase().records.get(id)) ?? null, [id]);
}
