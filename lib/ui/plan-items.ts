import type { PlanItemRef, SupportPlan } from '@/lib/model/plan';

export interface PlanItemOption {
  ref: PlanItemRef;
  /** "Lexia (SEN Support plan)" or "Target: Read 30 common exception words". */
  label: string;
  /** A stable value for a <select>. */
  value: string;
}

export function planItemValue(ref: PlanItemRef): string {
  return `${ref.planId}/${ref.itemKind}/${ref.itemId}`;
}

/** Every provision and target of these plans, as choices for linking a finding. */
export function planItemOptions(plans: readonly SupportPlan[]): PlanItemOption[] {
  const options: PlanItemOption[] = [];
  const several = plans.length > 1;
  for (const plan of [...plans].sort((a, b) => b.startsOn.localeCompare(a.startsOn))) {
    const of = several ? ` (${plan.title}, ${plan.startsOn.slice(0, 4)})` : '';
    for (const p of plan.provisions) {
      const ref: PlanItemRef = { planId: plan.id, itemKind: 'provision', itemId: p.id };
      options.push({ ref, label: `${p.what || 'Support'}${of}`, value: planItemValue(ref) });
    }
    for (const t of plan.targets) {
      const ref: PlanItemRef = { planId: plan.id, itemKind: 'target', itemId: t.id };
      options.push({ ref, label: `Target: ${t.text}${of}`, value: planItemValue(ref) });
    }
  }
  return options;
}

/** The label of a linked item, or null when the plan or item has since been removed. */
export function planItemLabel(plans: readonly SupportPlan[], ref: PlanItemRef): string | null {
  return planItemOptions(plans).find((o) => o.value === planItemValue(ref))?.label ?? null;
}
