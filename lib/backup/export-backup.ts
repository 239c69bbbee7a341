import type { OnRecordDatabase } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

export async function exportBackup(db: OnRecordDatabase, now = new Date()): Promise<Backup> {
  const records = await db.records.orderBy('capturedAt').toArray();
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), records };
}

export function backupFileName(now = new Date()): string {
  return `on-record-backup-${now.toISOString().slice(0, 10)}.json`;
}
