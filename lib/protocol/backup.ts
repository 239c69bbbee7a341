// Page → background: export everything as a backup, or import one (the options page, and automation).
import type { Backup } from '@/lib/backup/format';
import type { ImportDetails, ImportOutcome } from '@/lib/backup/import-backup';
import { hasType } from '@/lib/protocol/message-type';

export interface ExportBackupRequest {
  type: 'export-backup';
}
export type ExportBackupResponse = Backup;

export interface ImportBackupRequest {
  type: 'import-backup';
  /** Checked by the background (lib/backup/validate-backup.ts), not here: a damaged file is refused with a reason. */
  backup: unknown;
}
/** `added` and `skipped` count records; `details` counts every kind (see lib/backup/import-backup.ts). */
export type ImportBackupResponse = {
  ok: boolean;
  added: number;
  skipped: number;
  error?: string;
  details?: ImportDetails;
  /** Things the parent should put right, e.g. term dates that were not in the backup. */
  warnings?: string[];
};

export function isExportBackupRequest(value: unknown): value is ExportBackupRequest {
  return hasType(value, 'export-backup');
}

/** True when the answer to 'export-backup' is a backup, not a failure or nothing. */
export function isBackup(value: unknown): value is Backup {
  return typeof value === 'object' && value !== null && Array.isArray((value as { records?: unknown }).records);
}

export function isImportBackupRequest(value: unknown): value is ImportBackupRequest {
  return hasType(value, 'import-backup');
}

export function toImportResponse(outcome: ImportOutcome): ImportBackupResponse {
  return outcome.ok
    ? { ok: true, added: outcome.added, skipped: outcome.skipped, details: outcome.details, warnings: outcome.warnings }
    : outcome;
}
