import type { Flag } from '@/lib/plan/flags/types';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { MarkTarget } from './MarkDialog';

interface Props {
  flags: readonly Flag[];
  set: ChildRecordSet;
  onShow(flagId: string): void;
  onMark(target: MarkTarget): void;
}

const SHOWN_AT_FIRST = 8;

/** What the timeline tells the parent without being asked: act first, then things to check. */
export function AttentionList({ flags, set, onShow, onMark }: Props) {
  const ordered = [...flags].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'act' ? -1 : 1));
  const act = ordered.filter((f) => f.severity === 'act').length;
  return (
    <section className="card attention" aria-labelledby="attention-heading" data-testid="attention">
      <h2 id="attention-heading">Needs your attention</h2>
      {ordered.length === 0 ? (
        <p data-testid="attention-empty">Nothing overdue or missing that On Record can see.</p>
      ) : (
        <>
          <p className="quiet small">
            {act} to chase, {ordered.length - act} to check.
          </p>
          <ul className="flag-list">
            {ordered.map((flag, i) => (
              <FlagItem key={flag.id} flag={flag} hidden={i >= SHOWN_AT_FIRST} set={set} onShow={onShow} onMark={onMark} />
            ))}
          </ul>
          {ordered.length > SHOWN_AT_FIRST ? <ShowAll count={ordered.length - SHOWN_AT_FIRST} /> : null}
        </>
      )}
    </section>
  );
}

function ShowAll({ count }: { count: number }) {
  return (
    <button
      type="button"
      className="button-small button-quiet"
      onClick={(event) => {
        const list = event.currentTarget.previousElementSibling;
        list?.classList.add('show-all');
        event.currentTarget.remove();
        (list?.querySelectorAll<HTMLElement>('.flag-item')[SHOWN_AT_FIRST]?.querySelector('h3') as HTMLElement | null)?.focus();
      }}
    >
      Show {count} more
    </button>
  );
}

function FlagItem({ flag, hidden, set, onShow, onMark }: { flag: Flag; hidden: boolean; set: ChildRecordSet; onShow(id: string): void; onMark(t: MarkTarget): void }) {
  const commitment =
    flag.kind === 'overdue-commitment' || flag.kind === 'undated-commitment'
      ? set.findings.find((f) => f.id === flag.findingId && f.kind === 'commitment')
      : undefined;
  return (
    <li className={`flag-item severity-${flag.severity}${hidden ? ' beyond-first' : ''}`} data-testid="flag" data-flag-kind={flag.kind} data-flag-id={flag.id}>
      <h3 tabIndex={-1}>
        <span className="flag-severity">{flag.severity === 'act' ? 'Chase' : 'Check'}</span> {flag.title}
      </h3>
      <p>{flag.detail}</p>
      <div className="flag-actions">
        {commitment && commitment.kind === 'commitment' ? (
          <button type="button" className="button-small" onClick={() => onMark({ finding: commitment })} data-testid="flag-mark">
            Mark kept or not kept
          </button>
        ) : null}
        {flag.kind !== 'vague-from-sender' && flag.kind !== 'vague-rising' ? (
          <button type="button" className="button-small button-quiet" onClick={() => onShow(flag.id)}>
            Show on the timeline
          </button>
        ) : null}
      </div>
    </li>
  );
}
