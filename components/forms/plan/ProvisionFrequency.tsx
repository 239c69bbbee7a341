import type { FrequencyPer } from '@/lib/model/plan';
import { PER_OPTIONS, isFrequencyPer } from '@/lib/ui/forms/plan-draft';
import { FieldError, describedBy } from '@/components/forms/form-parts';
import { WholeNumberInput } from '@/components/forms/controls';
import { Options } from '@/components/shared/Options';

/**
 * "How often": a number of times and a period, two controls under one legend. `timesId` is the
 * number box's field id, so its problem links and focus land there.
 */
export function ProvisionFrequency({
  timesId,
  times,
  per,
  error,
  onTimes,
  onPer,
}: {
  timesId: string;
  times: string;
  per: FrequencyPer;
  error: string | undefined;
  onTimes(times: string): void;
  onPer(per: FrequencyPer): void;
}) {
  const perId = `${timesId}-per`;
  const hintId = `${timesId}-hint`;
  return (
    <fieldset className={`form-fieldset form-field${error ? ' has-error' : ''}`}>
      <legend className="field-label">How often</legend>
      <p id={hintId} className="field-hint">
        Leave empty if the plan does not say.
      </p>
      <FieldError id={`${timesId}-error`} message={error} />
      <div className="inline-controls">
        <label htmlFor={timesId} className="visually-hidden">
          Number of times
        </label>
        <WholeNumberInput
          control={{ id: timesId, 'aria-describedby': describedBy(hintId, error && `${timesId}-error`), 'aria-invalid': error ? true : undefined }}
          value={times}
          onChange={onTimes}
          testId="provision-times"
        />
        <span aria-hidden="true">{times.trim() === '1' ? 'time' : 'times'}</span>
        <label htmlFor={perId} className="visually-hidden">
          Per
        </label>
        <select id={perId} className="select-input" value={per} onChange={(e) => isFrequencyPer(e.target.value) && onPer(e.target.value)} data-testid="provision-per">
          <Options options={PER_OPTIONS} />
        </select>
      </div>
    </fieldset>
  );
}
