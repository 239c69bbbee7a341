import type Dexie from 'dexie';
import { analysesSchema } from '@/lib/db/tables/analyses';
import { findingsSchema } from '@/lib/db/tables/findings';

/**
 * Version 2: findings (dates, commitments, vague wording, warnings) and the stamp of the rules that
 * found them. Records saved under version 1 have no stamp, so the background analyses them.
 */
export function v2(db: Dexie): void {
  db.version(2).stores({ findings: findingsSchema, analyses: analysesSchema });
}
