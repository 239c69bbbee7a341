import type { Table } from 'dexie';
import type { StoredFinding } from '@/lib/model/finding';

export type FindingsTable = Table<StoredFinding, string>;

/** By record for the side panel; by kind and due day for the timeline's overdue promises. */
export const findingsSchema = '&id, recordId, kind, [recordId+kind], due';

/** Version 3 adds a child's findings of one kind, read together by the timeline. */
export const findingsSchemaV3 = '&id, recordId, kind, [recordId+kind], due, [childId+kind]';
