import type { IsoDay, SupportPlan } from '@/lib/model/plan';

/** The plan in force today: the latest to have started. A plan entered ahead of its start waits. */
export function currentPlan(plans: SupportPlan[], today: IsoDay): SupportPlan | null {
  let best: SupportPlan | null = null;
  for (const plan of plans) if (plan.startsOn <= today && (!best || plan.startsOn > best.startsOn)) best = plan;
  return best ?? null;
}
