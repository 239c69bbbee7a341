import type { OnRecordDatabase } from '../db/database';

/**
 * Says which child a saved record is about. Its findings move with it; links to the old child's
 * plan and marks made on the old child's timeline no longer apply, so they go. The caller then
 * asks the background to read the record again against the new child's term dates.
 */
export async function assignRecord(db: OnRecordDatabase, recordId: string, childId: string | null): Promise<void> {
  await db.transaction('rw', [db.records, db.recordHeads, db.findings, db.links, db.marks], async () => {
    const record = await db.records.get(recordId);
    if (!record || record.childId === childId) return;
    await db.records.update(recordId, { childId });
    await db.recordHeads.update(recordId, { childId });
    const findingIds = await db.findings.where('recordId').equals(recordId).primaryKeys();
    await db.findings.where('recordId').equals(recordId).modify({ childId });
    await db.links.bulkDelete(findingIds);
    await db.marks.bulkDelete(findingIds);
  });
}
