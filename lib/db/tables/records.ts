import type { Table } from 'dexie';
import type { SavedRecord } from '@/lib/model/record';

export type RecordsTable = Table<SavedRecord, string>;

/**
 * Indexes: capturedAt for the newest-first list; messageId and textHash find duplicates;
 * sentAt and childId serve the timeline (a child's records in the order they were sent).
 */
export const recordsSchema = '&id, capturedAt, sentAt, messageId, textHash, kind, childId, [childId+sentAt]';
