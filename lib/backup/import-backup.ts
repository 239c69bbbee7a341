import type { OnRecordDatabase } from '../db/database';
import { findDuplicate, sameCapture } from '../records/find-duplicate';
import { headOf } from '../records/record-head';
import type { SavedRecord } from '../records/types';
import { validateBackup } from './validate-backup';

export type ImportOutcome = { ok: true; added: number; skipped: number } | { ok: false; added: 0; skipped: 0; error: string };

/**
 * Merges a backup into the database: records already here (same id, same message, or same text)
 * are skipped. A bad file changes nothing: it is checked whole before anything is written, and the
 * writes share one transaction.
 */
export async function importBackup(db: OnRecordDatabase, input: unknown): Promise<ImportOutcome> {
  const check = validateBackup(input);
  if (!check.ok) return { ok: false, added: 0, skipped: 0, error: check.error };
  try {
    return await db.transaction('rw', db.records, db.recordHeads, async () => {
      const toAdd: SavedRecord[] = [];
      for (const record of check.backup.records) {
        const here =
          toAdd.some((r) => r.id === record.id || sameCapture(r, record)) ||
          (await db.records.get(record.id)) !== undefined ||
          (await findDuplicate(db, record)) !== undefined;
        if (!here) toAdd.push(record);
      }
      await db.records.bulkAdd(toAdd);
      await db.recordHeads.bulkAdd(toAdd.map(headOf));
      return { ok: true as const, added: toAdd.length, skipped: check.backup.records.length - toAdd.length };
    });
  } catch (error) {
    return { ok: false, added: 0, skipped: 0, error: `The backup could not be imported, so nothing was changed: ${String(error)}` };
  }
}
