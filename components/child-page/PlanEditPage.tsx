import type { Child, IsoDay } from '@/lib/model/plan';
import { PlanEditor } from '@/components/forms/plan/PlanEditor';

export function PlanEditPage({ child, planId, today }: { child: Child; planId: string | null; today: IsoDay }) {
  const toPlanTab = () => (location.hash = `#/child/${encodeURIComponent(child.id)}/plan`);
  return (
    <section className="card" aria-labelledby="plan-edit-heading">
      <h1 id="plan-edit-heading" className="page-title">
        {planId ? `Edit ${child.name}’s plan` : `New plan for ${child.name}`}
      </h1>
      <PlanEditor key={planId ?? 'new'} showHeading={false} child={child} planId={planId} today={today} onSaved={toPlanTab} onCancel={toPlanTab} />
    </section>
  );
}
