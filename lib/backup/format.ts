import type { SavedCollections } from '@/lib/db/repositories/read-backup';

export const BACKUP_FORMAT = 'on-record-backup' as const;
/**
 * Bumped whenever the backup gains or changes a field; import reads every version up to this.
 * 1: records only. 2: adds children, calendars, plans, events, links and marks.
 */
export const BACKUP_VERSION = 2 as const;

/**
 * A whole On Record database as one JSON file (see docs/automation.md, "Backup format"): what the
 * parent saved or entered. Findings and analyses are left out: the background works them out again.
 */
/** Everything the parent saved or entered (lib/db/repositories/read-backup.ts), with what the file is. */
export interface Backup extends SavedCollections {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
}

/** The collections a backup carries besides its records, in the order they are exported. */
export const PLAN_COLLECTIONS = ['children', 'calendars', 'plans', 'events', 'links', 'marks'] as const;
export type PlanCollection = (typeof PLAN_COLLECTIONS)[number];
