import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import { listRecordHeadsNewestFirst } from '@/lib/db/repositories/record-heads';
import { getRecord } from '@/lib/db/repositories/records';
import type { RecordHead } from '@/lib/model/record-head';
import type { SavedRecord } from '@/lib/model/record';

/**
 * Every saved record's head (subject, sender, dates, snippet), newest saved first, kept live;
 * undefined while the database is opening. Lists read these, never every email's text and HTML.
 */
export function useRecordHeads(): RecordHead[] | undefined {
  return useLiveQuery(() => listRecordHeadsNewestFirst(getDatabase()), []);
}

/** One record, whole: undefined while loading, null when it is not (or no longer) in the record. */
export function useRecord(id: string): SavedRecord | null | undefined {
  return useLiveQuery(async () => (await getRecord(getDatabase(), id)) ?? null, [id]);
}
