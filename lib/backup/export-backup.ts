import type { OnRecordDatabase } from '@/lib/db/database';
import { readSavedCollections } from '@/lib/db/repositories/read-backup';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/lib/backup/format';

/**
 * Everything the parent saved or entered, as one file (read in one transaction so the parts agree;
 * see read-backup.ts for the order). Findings and analyses are not included: the background works
 * them out again after an import.
 */
export async function exportBackup(db: OnRecordDatabase, now = new Date()): Promise<Backup> {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...(await readSavedCollections(db)) };
}

export function backupFileName(now = new Date()): string {
  return `on-record-backup-${now.toISOString().slice(0, 10)}.json`;
}
