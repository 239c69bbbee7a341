import type { SavedRecord } from '../records/types';

export const BACKUP_FORMAT = 'on-record-backup' as const;
/** Bumped whenever the backup gains or changes a field; import reads every version up to this. */
export const BACKUP_VERSION = 1 as const;

/** A whole On Record database as one JSON file (see docs/automation.md, "Backup format"). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  records: SavedRecord[];
}
