import type { Table } from 'dexie';
import type { RecordHead } from '@/lib/model/record-head';

export type RecordHeadsTable = Table<RecordHead, string>;

/** A child's records, newest sent first for the timeline's first screen, without their text (see record-head.ts). */
export const recordHeadsSchema = '&id, childId, capturedAt, [childId+sentAt]';
