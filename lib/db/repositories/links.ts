import type { OnRecordDatabase } from '@/lib/db/database';
import type { FindingLink, PlanItemRef } from '@/lib/model/plan';

/** Records what the parent confirmed a finding is about: a plan item, or (null) none of the plan. */
export async function setLink(db: OnRecordDatabase, findingId: string, childId: string, item: PlanItemRef | null, now = new Date()): Promise<void> {
  await db.links.put({ findingId, childId, item, linkedAt: now.toISOString() });
}

/** Forgets the parent's choice, so the suggestion shows again. */
export async function clearLink(db: OnRecordDatabase, findingId: string): Promise<void> {
  await db.links.delete(findingId);
}

/** A child's confirmed links, for linking findings to their plans. */
export async function linksOfChild(db: OnRecordDatabase, childId: string): Promise<FindingLink[]> {
  return db.links.where('childId').equals(childId).toArray();
}
