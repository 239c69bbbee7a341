// A support plan as the editor builds it: blank rows, tidy and validate, no I/O (saving, with its
// revision history, is lib/db/repositories/plans.ts).
import type { IsoDay, PlanKind, PlanTarget, Provision, SupportPlan } from '@/lib/model/plan';
import { newId } from '@/lib/util/new-id';

export const PLAN_TITLES: Record<PlanKind, string> = {
  'sen-support': 'SEN Support plan',
  iep: 'Individual education plan (IEP)',
  'ehc-plan': 'EHC plan',
};

export function blankPlan(childId: string, kind: PlanKind, today: IsoDay, now = new Date()): SupportPlan {
  const at = now.toISOString();
  return {
    id: newId(),
    childId,
    kind,
    title: PLAN_TITLES[kind],
    startsOn: today,
    reviewOn: null,
    targets: [],
    provisions: [],
    revisions: [],
    createdAt: at,
    updatedAt: at,
  };
}

export function blankTarget(): PlanTarget {
  return { id: newId(), text: '', area: null };
}

export function blankProvision(): Provision {
  return { id: newId(), what: '', who: '', frequency: null, minutes: null, from: null, to: null, targetIds: [] };
}

/** What stops a plan being saved; empty when nothing does. Unquantified provision is allowed, and flagged. */
export function planProblems(plan: SupportPlan): string[] {
  const problems: string[] = [];
  if (!plan.startsOn) problems.push('Enter the date the plan started.');
  if (plan.reviewOn && plan.startsOn && plan.reviewOn < plan.startsOn) problems.push('The review date is before the plan started.');
  plan.provisions.forEach((p, i) => {
    if (!p.what.trim()) problems.push(`Support ${i + 1}: say what the support is.`);
    if (p.from && p.to && p.to < p.from) problems.push(`Support ${i + 1} (${p.what}): it ends before it starts.`);
    if (p.frequency && !(p.frequency.times > 0)) problems.push(`Support ${i + 1} (${p.what}): how often must be more than zero.`);
    if (p.minutes !== null && !(p.minutes > 0)) problems.push(`Support ${i + 1} (${p.what}): minutes must be more than zero.`);
  });
  return problems;
}

/** Drops empty rows the parent added and left blank, and trims what they typed. */
export function tidyPlan(plan: SupportPlan): SupportPlan {
  return {
    ...plan,
    title: plan.title.trim() || PLAN_TITLES[plan.kind],
    targets: plan.targets.filter((t) => t.text.trim()).map((t) => ({ ...t, text: t.text.trim() })),
    provisions: plan.provisions
      .filter((p) => p.what.trim() || p.who.trim())
      .map((p) => ({ ...p, what: p.what.trim(), who: p.who.trim() })),
  };
}
