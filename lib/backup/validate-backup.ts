import type { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/lib/backup/format';
import { backupSchema, backupV1Schema } from '@/lib/backup/schema';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/** Where a problem is, as the file spells it: " (at plans.0.provisions.2.frequency.times)". */
function where(path: readonly PropertyKey[]): string {
  return path.length ? ` (at ${path.map(String).join('.')})` : '';
}

export function damaged(message: string, path: readonly PropertyKey[] = []): string {
  return `This backup file is damaged and was not imported: ${message}${where(path)}. Nothing was changed.`;
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return damaged(issue.message, issue.path);
}

/**
 * Checks a parsed backup file, saying in plain words what is wrong with a bad one. Files from older
 * versions are read as the current version: version 1 had records only, so it brings no children,
 * calendars, plans, events, links or marks.
 */
export function validateBackup(input: unknown): BackupCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'This file is not an On Record backup.' };
  }
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return { ok: false, error: 'This file is not an On Record backup.' };
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of On Record (format ${version}). Update On Record, then import it again.`,
    };
  }
  if (version === 1) {
    const parsed = backupV1Schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: firstProblem(parsed.error) };
    const { exportedAt, records } = parsed.data;
    return {
      ok: true,
      backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, records, children: [], calendars: [], plans: [], events: [], links: [], marks: [] },
    };
  }
  const parsed = backupSchema.safeParse(input);
  if (parsed.success) return { ok: true, backup: parsed.data };
  return { ok: false, error: firstProblem(parsed.error) };
}

/** Reads backup text, e.g. from a file the parent picked. */
export function parseBackupText(text: string): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not an On Record backup (it is not readable JSON). Nothing was changed.' };
  }
  return validateBackup(json);
}
