import type { Table } from 'dexie';
import type { CommitmentMark } from '@/lib/model/plan';

export type MarksTable = Table<CommitmentMark, string>;

/** One mark per commitment; a child's marks load together for the timeline. */
export const marksSchema = '&findingId, childId';
