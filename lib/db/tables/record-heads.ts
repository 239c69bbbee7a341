import type { Table } from 'dexie';
import type { RecordHead } from '../../records/record-head';

export type RecordHeadsTable = Table<RecordHead, string>;

/** A child's records in the order they were sent, without their text (see record-head.ts). */
export const recordHeadsSchema = '&id, childId, capturedAt';
