import type { SenStatus } from '@/lib/model/plan';
import { STATUS_OPTIONS } from '@/lib/ui/forms/child-options';

/** The child's SEN status at school, as radio buttons each with its hint. */
export function SenStatusChoice({ prefix, value, onChange }: { prefix: string; value: SenStatus; onChange(status: SenStatus): void }) {
  return (
    <fieldset className="form-fieldset">
      <legend className="field-label">SEN status at school</legend>
      <div className="radio-list">
        {STATUS_OPTIONS.map((o) => {
          const id = `${prefix}-status-${o.value}`;
          return (
            <div key={o.value} className="radio-option">
              <input
                id={id}
                type="radio"
                name={`${prefix}-status`}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={`${id}-hint`}
                data-testid={`child-status-${o.value}`}
              />
              <label htmlFor={id}>
                {o.label}
                <span id={`${id}-hint`} className="option-hint">
                  {o.hint}
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
