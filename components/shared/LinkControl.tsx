import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { StoredFinding } from '@/lib/model/finding';
import { suggestLinks } from '@/lib/plan/linking/suggest-links';
import type { FindingLink, IsoDay, PlanItemRef, SupportPlan } from '@/lib/model/plan';
import { clearLink, setLink } from '@/components/hooks/use-links';
import { planItemLabel, planItemOptions, planItemValue } from '@/lib/ui/plan-items';

interface Props {
  finding: StoredFinding;
  childId: string;
  plans: readonly SupportPlan[];
  link: FindingLink | undefined;
  senderName: string;
  subject: string;
  today: IsoDay;
  /** The sentence around the finding, when the record's text is at hand. */
  sentence?: string;
}

const NONE = 'none';

/**
 * Which part of the plan a finding is about: the parent's confirmed choice, or On Record's
 * suggestion waiting to be confirmed or changed. Focus stays in the control as it changes shape,
 * so a keyboard user never lands back at the top of the page.
 */
export function LinkControl({ finding, childId, plans, link, senderName, subject, today, sentence }: Props) {
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const options = useMemo(() => planItemOptions(plans), [plans]);
  const suggestion = useMemo(
    () =>
      link || plans.length === 0
        ? undefined
        : suggestLinks({ findingText: finding.text, sentence: sentence ?? finding.text, recordSubject: subject, senderName }, [...plans], today)[0],
    [link, plans, finding.text, subject, senderName, today, sentence],
  );
  if (plans.length === 0 || options.length === 0) return null;
  const confirmed = link ? (link.item ? planItemLabel(plans, link.item) : 'None of the plan') : null;

  /** Runs a change, then puts focus on the first button of the control's new shape. */
  const act = async (change: () => Promise<void>) => {
    try {
      setError('');
      await change();
      setChanging(false);
      requestAnimationFrame(() => box.current?.querySelector<HTMLElement>('button, select')?.focus());
    } catch (e) {
      setError(`Could not save this: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const choose = (item: PlanItemRef | null) => act(() => setLink(finding.id, childId, item));

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('item');
    if (!value) return;
    void choose(value === NONE ? null : (options.find((o) => o.value === value)?.ref ?? null));
  };

  let body;
  if (changing) {
    body = (
      <form onSubmit={save} className="link-form">
        <label>
          About{' '}
          <select name="item" autoFocus data-testid="link-select" defaultValue={link?.item ? planItemValue(link.item) : suggestion ? planItemValue(suggestion.item) : ''}>
            <option value="">Choose…</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            <option value={NONE}>None of the plan</option>
          </select>
        </label>{' '}
        <button type="submit" className="button-small" data-testid="link-save">
          Save
        </button>{' '}
        <button type="button" className="button-small button-quiet" onClick={() => void act(async () => undefined)}>
          Cancel
        </button>
      </form>
    );
  } else if (confirmed) {
    body = (
      <p>
        About: <strong>{confirmed}</strong>{' '}
        <button type="button" className="button-small button-quiet" onClick={() => setChanging(true)}>
          Change
        </button>
        <button type="button" className="button-small button-quiet" onClick={() => void act(() => clearLink(finding.id))}>
          Undo
        </button>
      </p>
    );
  } else if (suggestion) {
    body = (
      <p>
        About <strong>{suggestion.label}</strong>? <span className="quiet small">({suggestion.reasons.join('; ')})</span>{' '}
        <button type="button" className="button-small" data-testid="link-confirm" onClick={() => void choose(suggestion.item)}>
          Yes
        </button>{' '}
        <button type="button" className="button-small button-quiet" onClick={() => setChanging(true)}>
          Something else
        </button>
      </p>
    );
  } else {
    body = (
      <p>
        <button type="button" className="button-small button-quiet" onClick={() => setChanging(true)} data-testid="link-choose">
          Link to the plan
        </button>
      </p>
    );
  }
  const state = changing ? 'changing' : confirmed ? 'confirmed' : suggestion ? 'suggested' : 'none';
  return (
    <div className="link-control" data-testid="link-control" data-state={state} ref={box}>
      {body}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
