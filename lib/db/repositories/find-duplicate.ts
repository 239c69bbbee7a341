import type { OnRecordDatabase } from '@/lib/db/database';
import type { SavedRecord } from '@/lib/model/record';

type DuplicateKey = Pick<SavedRecord, 'messageId' | 'textHash' | 'kind'>;

/**
 * The saved record this one repeats, if any: same webmail message id, else (when the webmail
 * gives none) the same kind of capture with the same normalised text.
 */
export async function findDuplicate(db: OnRecordDatabase, key: DuplicateKey): Promise<SavedRecord | undefined> {
  if (key.messageId) return db.records.where('messageId').equals(key.messageId).first();
  return db.records
    .where('textHash')
    .equals(key.textHash)
    .filter((r) => r.kind === key.kind)
    .first();
}

export function sameCapture(a: DuplicateKey, b: DuplicateKey): boolean {
  if (a.messageId || b.messageId) return a.messageId === b.messageId;
  return a.textHash === b.textHash && a.kind === b.kind;
}
