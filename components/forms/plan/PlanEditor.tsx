import { useState } from 'react';
import type { Child, IsoDay, SupportPlan } from '@/lib/model/plan';
import { usePlan } from '@/components/hooks/use-plans';
import { PlanForm } from '@/components/forms/plan/PlanForm';

/**
 * Add a support plan (planId = null) or change one. Quick entry is the point: paste a line of
 * provision and have it filled in, and see at once what the plan leaves too vague to check.
 */
export function PlanEditor({
  child,
  planId,
  today,
  onSaved,
  onCancel,
  showHeading = true,
}: {
  child: Child;
  planId: string | null;
  today: IsoDay;
  onSaved(plan: SupportPlan): void;
  onCancel?(): void;
  /** False when the page's own heading already says what the form is for. */
  showHeading?: boolean;
}) {
  // A new plan, once saved, keeps its form (and its "Saved." message) if the page then passes its id.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const ours = planId !== null && planId === createdId;
  const openId = planId && !ours ? planId : null;
  const stored = usePlan(openId);

  if (openId && stored === undefined) {
    return (
      <p className="quiet" role="status">
        Opening the plan…
      </p>
    );
  }
  if (openId && stored === null) {
    return (
      <div className="or-form">
        <p className="message error" role="alert" data-testid="plan-missing">
          This plan could not be found. It may have been deleted.
        </p>
        {onCancel ? (
          <div className="form-actions">
            <button type="button" className="button-small" onClick={onCancel} data-testid="plan-cancel">
              Go back
            </button>
          </div>
        ) : null}
      </div>
    );
  }
  return (
    <PlanForm
      key={openId ?? 'new'}
      child={child}
      initial={openId ? (stored ?? null) : null}
      today={today}
      onSaved={(plan, wasNew) => {
        if (wasNew) setCreatedId(plan.id);
        onSaved(plan);
      }}
      onCancel={onCancel}
      showHeading={showHeading}
    />
  );
}
