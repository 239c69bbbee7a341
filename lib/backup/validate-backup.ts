import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';
import { backupSchema } from './schema';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/** Checks a parsed backup file, saying in plain words what is wrong with a bad one. */
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
  const parsed = backupSchema.safeParse(input);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  return { ok: false, error: `This backup file is damaged and was not imported: ${issue.message}${where}. Nothing was changed.` };
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
