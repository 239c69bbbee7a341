// Whether a plan item is in force on a given day. Emails are usually about the support running now,
// so items from an earlier plan, an ended provision or a plan not yet started count for less.
import { longDay } from '@/lib/calendar/day-words';
import type { IsoDay, Provision, SupportPlan } from '@/lib/model/plan';

/** null when current; otherwise why not, in plain English. */
export type NotCurrent = string | null;

/**
 * A plan is current when it has started and no later plan for the same child has also started:
 * the newer plan replaces it even if nobody set an end date.
 */
export function planNotCurrent(plan: SupportPlan, plans: readonly SupportPlan[], today: IsoDay): NotCurrent {
  if (plan.startsOn > today) return `From a plan that starts on ${longDay(plan.startsOn)}`;
  const replaced = plans.some((p) => p.id !== plan.id && p.childId === plan.childId && p.startsOn <= today && p.startsOn > plan.startsOn);
  return replaced ? `From an earlier plan: ${plan.title.trim() || 'an earlier plan'}` : null;
}

export function provisionNotCurrent(p: Provision, today: IsoDay): NotCurrent {
  return p.to !== null && p.to < today ? `Ended on ${longDay(p.to)}` : null;
}
