import { BROAD_AREAS } from '@/lib/plan/needs';
import type { BroadArea, PlanKind, PlanTarget } from '@/lib/model/plan';
import { targetWords } from '@/lib/ui/forms/plan-draft';
import { Field } from '@/components/forms/form-parts';
import { Options } from '@/components/shared/Options';

const AREAS = (Object.entries(BROAD_AREAS) as [BroadArea, string][]).map(([value, label]) => ({ value, label }));

/** The plan's targets (an EHC plan's outcomes), one box each, with an area of need and a Remove button. */
export function PlanTargets({
  prefix,
  kind,
  targets,
  onChange,
  onAdd,
  onRemove,
}: {
  prefix: string;
  kind: PlanKind;
  targets: readonly PlanTarget[];
  onChange(id: string, update: (t: PlanTarget) => PlanTarget): void;
  onAdd(): void;
  onRemove(id: string, index: number): void;
}) {
  const words = targetWords(kind);
  return (
    <section className="form-fieldset" aria-labelledby={`${prefix}-targets`}>
      <h3 id={`${prefix}-targets`}>{words.heading}</h3>
      <p className="field-hint">
        {kind === 'ehc-plan'
          ? 'The outcomes in section E of the plan, one per box. Leave a box empty to skip it.'
          : 'What the plan aims for, one target per box. Leave a box empty to skip it.'}
      </p>
      <ol className="row-list">
        {targets.map((t, i) => (
          <li key={t.id} className="row-card" data-testid="plan-target-row">
            <Field prefix={prefix} name={`target:${t.id}`} label={`${words.one} ${i + 1}`}>
              {(p) => (
                <textarea
                  {...p}
                  className="text-input"
                  rows={2}
                  value={t.text}
                  onChange={(e) => onChange(t.id, (x) => ({ ...x, text: e.target.value }))}
                  data-testid="plan-target"
                />
              )}
            </Field>
            <div className="inline-controls">
              <Field prefix={prefix} name={`target:${t.id}:area`} label="Area of need (optional)">
                {(p) => (
                  <select
                    {...p}
                    className="select-input"
                    value={t.area ?? ''}
                    onChange={(e) => onChange(t.id, (x) => ({ ...x, area: (e.target.value || null) as BroadArea | null }))}
                    data-testid="plan-target-area"
                  >
                    <option value="">Not set</option>
                    <Options options={AREAS} />
                  </select>
                )}
              </Field>
              <button type="button" className="button-small button-quiet push-end" onClick={() => onRemove(t.id, i)} data-testid="plan-remove-target">
                Remove {words.one.toLowerCase()} {i + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="form-actions" style={{ marginTop: '0.8rem' }}>
        <button type="button" id={`${prefix}-add-target`} className="button-small" onClick={onAdd} data-testid="plan-add-target">
          + Add {kind === 'ehc-plan' ? 'an outcome' : 'a target'}
        </button>
      </div>
    </section>
  );
}
