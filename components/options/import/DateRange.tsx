import { useId } from 'react';
import { dayOf } from '@/lib/ui/import/dates';

interface Props {
  fromDay: string;
  toDay: string;
  onChange(fromDay: string, toDay: string): void;
  /** Earliest and latest email found (ISO), for the hint and the inputs' limits. */
  earliest: string | null;
  latest: string | null;
  hint: string;
  problem: string | null;
}

/** "From" and "To" days; empty means no limit, which is where both start. */
export function DateRange({ fromDay, toDay, onChange, earliest, latest, hint, problem }: Props) {
  const fromId = useId();
  const toId = useId();
  const hintId = useId();
  const problemId = useId();
  const min = dayOf(earliest) ?? undefined;
  const max = dayOf(latest) ?? undefined;
  const describedBy = [hint ? hintId : '', problem ? problemId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="import-dates">
      <legend>Only emails between these dates (optional)</legend>
      {hint ? (
        <p className="quiet small" id={hintId}>
          {hint} Leave both empty to bring in every date.
        </p>
      ) : null}
      <div className="import-dates-row">
        <div>
          <label htmlFor={fromId}>From</label>
          <input id={fromId} type="date" value={fromDay} min={min} max={max} onChange={(e) => onChange(e.target.value, toDay)} aria-describedby={describedBy} aria-invalid={problem ? true : undefined} />
        </div>
        <div>
          <label htmlFor={toId}>To</label>
          <input id={toId} type="date" value={toDay} min={min} max={max} onChange={(e) => onChange(fromDay, e.target.value)} aria-describedby={describedBy} aria-invalid={problem ? true : undefined} />
        </div>
      </div>
      {problem ? (
        <p className="message error" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
