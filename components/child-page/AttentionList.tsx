import { useMemo, useRef, useState } from 'react';
import type { Flag } from '@/lib/plan/flags/types';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { MarkTarget } from '@/components/child-page/MarkDialog';
import { TermDatesLink } from '@/components/record/TermDatesLink';

interface Props {
  flags: readonly Flag[];
  set: ChildRecordSet;
  onShow(flagId: string): void;
  onMark(target: MarkTarget): void;
}

const SHOWN_AT_FIRST = 8;
const MORE_AT_A_TIME = 20;

/** What the timeline tells the parent without being asked: act first, then things to check. */
export function AttentionList({ flags, set, onShow, onMark }: Props) {
  // Years of unmarked promises can mean thousands of flags: only those asked for are in the page.
  const [shown, setShown] = useState(SHOWN_AT_FIRST);
  const list = useRef<HTMLUListElement>(null);
  const ordered = useMemo(() => [...flags].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'act' ? -1 : 1)), [flags]);
  const commitments = useMemo(() => {
    const byId = new Map<string, Extract<ChildRecordSet['findings'][number], { kind: 'commitment' }>>();
    for (const f of set.findings) if (f.kind === 'commitment') byId.set(f.id, f);
    return byId;
  }, [set.findings]);
  const act = ordered.filter((f) => f.severity === 'act').length;
  const more = () => {
    const firstNew = shown;
    setShown(shown + MORE_AT_A_TIME);
    // Keyboard users land on the first of the newly shown flags.
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('.flag-item h3')[firstNew]?.focus());
  };
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
          <ul className="flag-list" ref={list}>
            {ordered.slice(0, shown).map((flag) => (
              <FlagItem
                key={flag.id}
                flag={flag}
                childId={set.child.id}
                commitment={flag.findingId ? commitments.get(flag.findingId) : undefined}
                onShow={onShow}
                onMark={onMark}
              />
            ))}
          </ul>
          {ordered.length > shown ? (
            <button type="button" className="button-small button-quiet" onClick={more} data-testid="attention-more">
              Show {Math.min(MORE_AT_A_TIME, ordered.length - shown)} more of {ordered.length - shown}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function FlagItem({
  flag,
  childId,
  commitment,
  onShow,
  onMark,
}: {
  flag: Flag;
  childId: string;
  commitment: MarkTarget['finding'] | undefined;
  onShow(id: string): void;
  onMark(t: MarkTarget): void;
}) {
  return (
    <li className={`flag-item severity-${flag.severity}`} data-testid="flag" data-flag-kind={flag.kind} data-flag-id={flag.id}>
      <h3 tabIndex={-1}>
        <span className="flag-severity">{flag.severity === 'act' ? 'Chase' : 'Check'}</span> {flag.title}
      </h3>
      <FlagDetail flag={flag} childId={childId} />
      <div className="flag-actions">
        {commitment ? (
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

/** What the flag saw; a promise waiting for a school year's term dates links to the Term dates tab. */
function FlagDetail({ flag, childId }: { flag: Flag; childId: string }) {
  const ask = flag.kind === 'undated-commitment' ? flag.termDates : undefined;
  if (!ask) return <p>{flag.detail}</p>;
  return (
    <p data-testid="flag-term-dates" data-year={ask.year}>
      {ask.before}
      <TermDatesLink childId={childId} testId="flag-term-dates-link">
        {ask.link}
      </TermDatesLink>
      {ask.after}
    </p>
  );
}
