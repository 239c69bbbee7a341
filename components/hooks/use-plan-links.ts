import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import { linksOfChild } from '@/lib/db/repositories/links';
import { plansOfChild } from '@/lib/db/repositories/plans';
import type { FindingLink, SupportPlan } from '@/lib/model/plan';

/** A child's plans and the links the parent confirmed, for linking findings; null with no child. */
export function usePlanLinks(childId: string | null): { plans: SupportPlan[]; links: Map<string, FindingLink> } | null | undefined {
  return useLiveQuery(async () => {
    if (!childId) return null;
    const db = getDatabase();
    const [plans, links] = await Promise.all([plansOfChild(db, childId), linksOfChild(db, childId)]);
    return { plans, links: new Map(links.map((l) => [l.findingId, l])) };
  }, [childId]);
}
