import type { PlanKind, PlanTarget } from '@/lib/model/plan';
import { targetChoiceLabel } from '@/lib/ui/forms/plan-draft';

/** Which of the plan's (non-empty) targets a support works towards, as checkboxes; nothing when none is written yet. */
export function ProvisionTargetChoice({
  idPrefix,
  kind,
  targets,
  chosen,
  onChange,
}: {
  /** The DOM id each checkbox's id starts with. */
  idPrefix: string;
  kind: PlanKind;
  targets: readonly PlanTarget[];
  chosen: readonly string[];
  onChange(targetId: string, checked: boolean): void;
}) {
  if (!targets.some((t) => t.text.trim())) return null;
  return (
    <fieldset className="form-fieldset">
      <legend className="field-label">Which {kind === 'ehc-plan' ? 'outcomes' : 'targets'} it works towards (optional)</legend>
      <div className="check-list">
        {targets.map((t, ti) => {
          if (!t.text.trim()) return null;
          const id = `${idPrefix}-${t.id}`;
          return (
            <div key={t.id} className="check-option">
              <input id={id} type="checkbox" checked={chosen.includes(t.id)} onChange={(e) => onChange(t.id, e.target.checked)} data-testid="provision-target" />
              <label htmlFor={id}>{targetChoiceLabel(kind, t, ti)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
