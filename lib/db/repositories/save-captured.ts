import type { CapturedItem } from '@/lib/model/captured-item';
import type { OnRecordDatabase } from '@/lib/db/database';
import { buildRecord } from '@/lib/model/build-record';
import { findDuplicate, sameCapture } from '@/lib/db/repositories/find-duplicate';
import { headOf } from '@/lib/model/record-head';
import type { SavedRecord } from '@/lib/model/record';

export interface SaveOutcome {
  /** Every captured item's record id, in page order: new ones and the copies already saved. */
  recordIds: string[];
  /** Ids of records this call created. */
  addedIds: string[];
  /** True when everything captured was saved already: nothing new was written. */
  duplicate: boolean;
}

export interface SaveOptions {
  now?: Date;
  /** Which child a new record is about (a guess the parent can change), or null. */
  childFor?: (record: SavedRecord) => string | null;
}

/** Saves what was captured, keeping one copy of anything saved before. All or nothing. */
export async function saveCaptured(db: OnRecordDatabase, items: CapturedItem[], options: SaveOptions | Date = {}): Promise<SaveOutcome> {
  const { now = new Date(), childFor } = options instanceof Date ? { now: options } : options;
  // Hash before the transaction: awaiting Web Crypto inside it would let IndexedDB commit early.
  const candidates = await Promise.all(items.map((item) => buildRecord(item, now)));
  return db.transaction('rw', db.records, db.recordHeads, async () => {
    const recordIds: string[] = [];
    const added: SavedRecord[] = [];
    for (const candidate of candidates) {
      const earlier = added.find((r) => sameCapture(r, candidate)) ?? (await findDuplicate(db, candidate));
      if (earlier) {
        recordIds.push(earlier.id);
        continue;
      }
      added.push(childFor ? { ...candidate, childId: childFor(candidate) } : candidate);
      recordIds.push(candidate.id);
    }
    await db.records.bulkAdd(added);
    await db.recordHeads.bulkAdd(added.map(headOf));
    return { recordIds, addedIds: added.map((r) => r.id), duplicate: candidates.length > 0 && added.length === 0 };
  });
}
