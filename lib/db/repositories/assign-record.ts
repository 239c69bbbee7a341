import type { OnRecordDatabase } from '@/lib/db/database';

/**
 * Says which children saved records are about, in one transaction. Findings move with their record.
 * A kept or not-kept mark is a fact about what happened, so it moves too; links point into the old
 * child's plan, so they go (the new child's plan gets its own suggestions). Returns the ids of the
 * records that moved: the caller asks the background to read just those again, against the new
 * child's term dates. Records already filed there, or gone, are left alone and not returned.
 */
export async function moveRecords(db: OnRecordDatabase, recordIds: readonly string[], childId: string | null): Promise<string[]> {
  return db.transaction('rw', [db.records, db.recordHeads, db.findings, db.links, db.marks], async () => {
    const moved: string[] = [];
    for (const recordId of recordIds) {
      const record = await db.records.get(recordId);
      if (!record || record.childId === childId) continue;
      await db.records.update(recordId, { childId });
      await db.recordHeads.update(recordId, { childId });
      const findingIds = await db.findings.where('recordId').equals(recordId).primaryKeys();
      await db.findings.where('recordId').equals(recordId).modify({ childId });
      await db.links.bulkDelete(findingIds);
      if (childId) await db.marks.where('findingId').anyOf(findingIds).modify({ childId });
      else await db.marks.bulkDelete(findingIds);
      moved.push(recordId);
    }
    return moved;
  });
}

/** As moveRecords, counting the records that moved. */
export async function assignRecords(db: OnRecordDatabase, recordIds: readonly string[], childId: string | null): Promise<number> {
  return (await moveRecords(db, recordIds, childId)).length;
}

/** As moveRecords for one record: its id when it moved, else nothing. */
export async function assignRecord(db: OnRecordDatabase, recordId: string, childId: string | null): Promise<string[]> {
  return moveRecords(db, [recordId], childId);
}
