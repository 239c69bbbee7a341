import type { Child, IsoDay } from '@/lib/model/plan';
import { currentPlan } from '@/lib/plan/current-plan';
import { formatDay } from '@/lib/calendar/format-day';
import { PlanSummary } from '@/components/forms/plan/PlanSummary';
import { usePlans } from '@/components/hooks/use-plans';

export function PlanTab({ child, today }: { child: Child; today: IsoDay }) {
  const plans = usePlans(child.id);
  const editHash = (planId?: string) => `#/child/${encodeURIComponent(child.id)}/plan/edit${planId ? `/${encodeURIComponent(planId)}` : ''}`;
  if (plans === undefined) return <p className="quiet">Opening…</p>;
  const current = currentPlan(plans, today);
  const older = plans.filter((p) => p.id !== current?.id);
  return (
    <div className="plan-tab">
      {current ? (
        <PlanSummary plan={current} onEdit={() => (location.hash = editHash(current.id))} />
      ) : (
        <section className="card">
          <h2>No support plan yet</h2>
          <p>
            Enter the plan the school gave you: the targets or outcomes, and for each piece of support what it is, who
            gives it, how often, for how long, and when it will be reviewed.
          </p>
        </section>
      )}
      <p>
        <a className="button-primary" href={editHash()} data-testid="plan-new">
          {current ? 'Enter a new plan (after a review)' : 'Enter the plan'}
        </a>
      </p>
      {older.length ? (
        <section aria-labelledby="older-plans-heading">
          <h2 id="older-plans-heading">Other plans</h2>
          <ul className="plain-list">
            {older.map((plan) => (
              <li key={plan.id}>
                <a href={editHash(plan.id)}>
                  {plan.title}, from {formatDay(plan.startsOn)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
