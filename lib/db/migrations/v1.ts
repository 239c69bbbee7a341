import type Dexie from 'dexie';
import { recordsSchema } from '@/lib/db/tables/records';

/** Version 1: saved records. Children, findings and plans arrive as later versions. */
export function v1(db: Dexie): void {
  db.version(1).stores({ records: recordsSchema });
}
