import { useMemo, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import type { StoredFinding } from '@/lib/findings/types';
import { suggestLinks } from '@/lib/plan/linking/suggest-links';
import type { FindingLink, IsoDay, SupportPlan } from '@/lib/plan/types';
import { clearLink, setLink } from '@/lib/store/links';
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
 * suggestion waiting to be confirmed or changed.
 */
export function LinkControl({ finding, childId, plans, link, senderName, subject, today, sentence }: Props) {
  const [changing, setChanging] = useState(false);
  const options = useMemo(() => planItemOptions(plans), [plans]);
  const suggestion = useMemo(
    () => (link || plans.length === 0 ? undefined : suggestLinks({ findingText: finding.text, sentence: sentence ?? finding.text, recordSubject: subject, senderName }, [...plans], today)[0]),
    [link, plans, finding.text, subject, senderName, today, sentence],
  );
  if (plans.length === 0 || options.length === 0) return null;
  const db = getDatabase();
  const confirmed = link ? (link.item ? planItemLabel(plans, link.item) : 'None of the plan') : null;

  if (changing) {
    return (
      <label className="link-control" data-testid="link-control">
        <span>About</span>{' '}
        <select
          autoFocus
          data-testid="link-select"
          defaultValue={link?.item ? planItemValue(link.item) : (suggestion ? planItemValue(suggestion.item) : '')}
          onChange={async (event) => {
            const value = event.target.value;
            if (!value) return;
            const chosen = options.find((o) => o.value === value);
            await setLink(db, finding.id, childId, value === NONE ? null : (chosen?.ref ?? null));
            setChanging(false);
          }}
          onBlur={() => setChanging(false)}
        >
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          <option value={NONE}>None of the plan</option>
        </select>
      </label>
    );
  }

  if (confirmed) {
    return (
      <p className="link-control" data-testid="link-control" data-state="confirmed">
        About: <strong>{confirmed}</strong>{' '}
        <button type="button" className="button-small button-quiet" onClick={() => setChanging(true)}>
          Change
        </button>
        <button type="button" className="button-small button-quiet" onClick={() => void clearLink(db, finding.id)}>
          Undo
        </button>
      </p>
    );
  }

  if (suggestion) {
    return (
      <p className="link-control" data-testid="link-control" data-state="suggested">
        About <strong>{suggestion.label}</strong>? <span className="quiet small">({suggestion.reasons.join('; ')})</span>{' '}
        <button type="button" className="button-small" data-testid="link-confirm" onClick={() => void setLink(db, finding.id, childId, suggestion.item)}>
          Yes
        </button>{' '}
        <button type="button" className="button-small button-quiet" onClick={() => setChanging(true)}>
          Something else
        </button>
      </p>
    );
  }

  return (
    <p className="link-control" data-testid="link-control" data-state="none">
      <button type="button" className="button-small button-quiet" onClick={() => setChanging(true)} data-testid="link-choose">
        Link to the plan
      </button>
    </p>
  );
}
