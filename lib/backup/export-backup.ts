import type { OnRecordDatabase } from '@/lib/db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/lib/backup/format';

/**
 * Everything the parent saved or entered, read in one transaction so the parts agree. Records come
 * oldest capture first; the rest in key order, so the same database always gives the same file.
 * Findings and analyses are not included: the background works them out again after an import.
 */
export async function exportBackup(db: OnRecordDatabase, now = new Date()): Promise<Backup> {
  return db.transaction('r', [db.records, db.children, db.calendars, db.plans, db.events, db.links, db.marks], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    records: await db.records.orderBy('capturedAt').toArray(),
    children: await db.children.toArray(),
    calendars: await db.calendars.toArray(),
    plans: await db.plans.toArray(),
    events: await db.events.toArray(),
    links: await db.links.toArray(),
    marks: await db.marks.toArray(),
  }));
}

export function backupFileName(now = new Date()): string {
  return `on-record-backup-${now.toISOString().slice(0, 10)}.json`;
}
