import { formatDay } from '@/lib/calendar/format-day';
import type { ClosureDraft } from '@/lib/ui/forms/term-draft';
import { fieldDomId } from '@/components/forms/form-parts';

/** Days the school is shut during term, a date box each. */
export function ClosureDays({
  prefix,
  closures,
  onChange,
  onAdd,
  onRemove,
}: {
  prefix: string;
  closures: readonly ClosureDraft[];
  onChange(key: string, day: string): void;
  onAdd(): void;
  onRemove(key: string, index: number): void;
}) {
  return (
    <section className="form-fieldset" aria-labelledby={`${prefix}-closures`}>
      <h3 id={`${prefix}-closures`}>INSET and closure days</h3>
      <p className="field-hint">Days the school is shut during term: staff training (INSET) days, bank holidays, polling days.</p>
      {closures.length ? (
        <ul className="row-list" style={{ marginTop: '0.6rem' }}>
          {closures.map((c, i) => {
            const id = fieldDomId(prefix, `closure:${c.key}`);
            return (
              <li key={c.key} className="inline-controls" data-testid="closure-row">
                <label htmlFor={id} className="visually-hidden">
                  Closure day {i + 1}
                </label>
                <input id={id} className="text-input date-input" type="date" value={c.day} onChange={(e) => onChange(c.key, e.target.value)} data-testid="closure-day" />
                <span className="quiet">{formatDay(c.day)}</span>
                <button type="button" className="button-small button-quiet" onClick={() => onRemove(c.key, i)} data-testid="closure-remove">
                  Remove<span className="visually-hidden"> closure day {i + 1}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="quiet">None added.</p>
      )}
      <div className="form-actions" style={{ marginTop: '0.6rem' }}>
        <button type="button" id={`${prefix}-add-closure`} className="button-small" onClick={onAdd} data-testid="closures-add">
          + Add a closure day
        </button>
      </div>
    </section>
  );
}
