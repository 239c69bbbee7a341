// A child's support plans: the list, one plan as stored, and saving.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import { getPlan, plansOfChildNewestFirst, savePlan as saveStoredPlan } from '@/lib/db/repositories/plans';
import type { SupportPlan } from '@/lib/model/plan';

// The store's blanks and rules, so the editor starts from and checks what a save would accept.
export { blankPlan, blankProvision, blankTarget, planProblems } from '@/lib/model/support-plan';

/** A child's plans, the latest start first; undefined while loading. */
export function usePlans(childId: string): SupportPlan[] | undefined {
  return useLiveQuery(() => plansOfChildNewestFirst(getDatabase(), childId), [childId]);
}

/** One plan: undefined while loading, null when there is none (no id, or deleted). */
export function usePlan(planId: string | null): SupportPlan | null | undefined {
  return useLiveQuery(async () => (planId ? ((await getPlan(getDatabase(), planId)) ?? null) : null), [planId]);
}

/** Saves the plan; a change to a stored plan adds a revision saying what changed. */
export function savePlan(plan: SupportPlan): Promise<SupportPlan> {
  return saveStoredPlan(getDatabase(), plan);
}
