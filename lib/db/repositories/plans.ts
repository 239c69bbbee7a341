import type { OnRecordDatabase } from '@/lib/db/database';
import { summarisePlanChanges } from '@/lib/plan/provision/plan-changes';
import type { SupportPlan } from '@/lib/model/plan';
import { planProblems, tidyPlan } from '@/lib/model/support-plan';

// Blank plans and their checks are pure (lib/model/support-plan.ts); kept importable from here too.

export async function getPlan(db: OnRecordDatabase, planId: string): Promise<SupportPlan | undefined> {
  return db.plans.get(planId);
}

/** A child's plans, the latest started first. */
export async function plansOfChildNewestFirst(db: OnRecordDatabase, childId: string): Promise<SupportPlan[]> {
  return db.plans.where('[childId+startsOn]').between([childId, ''], [childId, '\uffff']).reverse().toArray();
}

/** A child's plans, in no particular order. */
export async function plansOfChild(db: OnRecordDatabase, childId: string): Promise<SupportPlan[]> {
  return db.plans.where('childId').equals(childId).toArray();
}

/**
 * Saves a plan. Saving changes to a plan already stored adds a revision saying what changed, in
 * plain English, which the timeline shows as a plan change.
 */
export async function savePlan(db: OnRecordDatabase, plan: SupportPlan, now = new Date()): Promise<SupportPlan> {
  const next = tidyPlan(plan);
  const problems = planProblems(next);
  if (problems.length) throw new Error(problems.join(' '));
  return db.transaction('rw', db.plans, async () => {
    const before = await db.plans.get(next.id);
    const changes = before ? summarisePlanChanges(before, next) : [];
    const saved: SupportPlan = {
      ...next,
      revisions: changes.length ? [...(before?.revisions ?? []), { at: now.toISOString(), summary: changes.join('; ') }] : (before?.revisions ?? next.revisions),
      updatedAt: now.toISOString(),
    };
    await db.plans.put(saved);
    return saved;
  });
}

export async function deletePlan(db: OnRecordDatabase, planId: string): Promise<void> {
  await db.transaction('rw', db.plans, db.links, async () => {
    await db.plans.delete(planId);
    // Findings linked to this plan's items fall back to suggestions.
    const stale = (await db.links.toArray()).filter((l) => l.item?.planId === planId).map((l) => l.findingId);
    await db.links.bulkDelete(stale);
  });
}
