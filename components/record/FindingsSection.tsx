import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { StoredFinding } from '@/lib/model/finding';
import { formatDayBrief } from '@/lib/calendar/format-day';
import { FINDING_KINDS, KIND_TABLE, markClass } from '@/lib/findings/kinds';
import { isRetired, STUB_WHY } from '@/lib/findings/retired-finding';
import { PROMISE_TERM_YEAR_REST, RETIRED_LINE, actorLabel, concernLabel, groupFindings, vagueLabel } from '@/lib/findings/words';
import { recordLineRest, termDatesLinkText } from '@/lib/ui/term-year-notice';
import { TermDatesLink } from '@/components/record/TermDatesLink';

interface Props {
  findings: readonly StoredFinding[];
  selectedId: string | null;
  /** Show this finding's words in the message. */
  onShow: (findingId: string) => void;
  /** More to show under a finding: which part of the child's plan it is about. */
  renderExtra?: (finding: StoredFinding) => ReactNode;
}

export const NOTHING_FOUND = 'On Record found no dates, promises or vague wording in this message.';

/** What On Record found in a message, grouped, each item linked to its words in the text below. */
export function FindingsSection({ findings, selectedId, onShow, renderExtra }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (findings.length === 0) {
    return (
      <section className="findings" data-testid="findings" data-count="0" aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="findings-heading">
          What On Record found
        </h2>
        <p className="findings-none">{NOTHING_FOUND}</p>
      </section>
    );
  }

  const copy = async (finding: StoredFinding & { kind: 'vague' }) => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(finding.ask);
      setCopiedId(finding.id);
      setAnnouncement('Copied. You can paste the question into your reply.');
    } catch {
      setCopiedId(null);
      setAnnouncement('Could not copy. Select the question and copy it yourself.');
    }
    timer.current = window.setTimeout(() => {
      setCopiedId(null);
      setAnnouncement('');
    }, 4000);
  };

  const groups = groupFindings(findings);
  return (
    <section className="findings" data-testid="findings" data-count={findings.length} aria-labelledby="findings-heading">
      <h2 id="findings-heading" className="findings-heading">
        What On Record found
      </h2>
      <p className="quiet small findings-help">Choose any item to see its words in the message below.</p>
      {FINDING_KINDS.filter((kind) => groups[kind].length > 0).map((kind) => (
        <div key={kind} className={`finding-group group-${kind}`}>
          <h3 className="finding-group-heading" id={`findings-${kind}`}>
            <span className={`kind-swatch ${markClass(kind)}`} aria-hidden="true" />
            {KIND_TABLE[kind].heading} <span className="group-count">{groups[kind].length}</span>
          </h3>
          <ul className="finding-list" aria-labelledby={`findings-${kind}`}>
            {groups[kind].map((finding) => (
              <FindingItem key={finding.id} finding={finding} selected={finding.id === selectedId} onShow={onShow}>
                <FindingDetails finding={finding} copied={copiedId === finding.id} onCopy={copy} />
                {isRetired(finding) ? (
                  <p className="finding-retired" data-testid="finding-retired">
                    {RETIRED_LINE}
                  </p>
                ) : null}
                {renderExtra?.(finding)}
              </FindingItem>
            ))}
          </ul>
        </div>
      ))}
      <p className="visually-hidden" role="status" data-testid="findings-status">
        {announcement}
      </p>
    </section>
  );
}

function FindingItem({ finding, selected, onShow, children }: { finding: StoredFinding; selected: boolean; onShow: (id: string) => void; children: ReactNode }) {
  // A click anywhere on the item shows its words, except on its own buttons (Copy question).
  const onClick = (event: MouseEvent<HTMLLIElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('button, a')) return; // The quote button handles itself.
    if (window.getSelection()?.toString()) return; // Selecting text to copy is not a click.
    onShow(finding.id);
  };
  const classes = ['finding', `finding-${finding.kind}`];
  if (isRetired(finding)) classes.push('is-retired');
  if (selected) classes.push('is-selected');
  return (
    <li
      className={classes.join(' ')}
      data-testid="finding"
      data-kind={finding.kind}
      data-finding-id={finding.id}
      data-retired={isRetired(finding) ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={onClick}
    >
      <button type="button" className="finding-quote" onClick={() => onShow(finding.id)}>
        <span className="visually-hidden">{KIND_TABLE[finding.kind].name}: </span>“<span data-testid="finding-words">{finding.text}</span>”
        <span className="visually-hidden">. Show in the message.</span>
      </button>
      {children}
    </li>
  );
}

function FindingDetails({
  finding,
  copied,
  onCopy,
}: {
  finding: StoredFinding;
  copied: boolean;
  onCopy: (finding: StoredFinding & { kind: 'vague' }) => void;
}) {
  switch (finding.kind) {
    case 'concern':
      return (
        <>
          <p className="finding-tags">
            <span className="tag tag-concern">{concernLabel(finding.type)}</span>
          </p>
          {finding.explanation && finding.explanation !== STUB_WHY ? <p className="finding-text">{finding.explanation}</p> : null}
        </>
      );
    case 'commitment': {
      const due = formatDayBrief(finding.due);
      return (
        <>
          <dl className="finding-facts">
            <div>
              <dt>Who:</dt> <dd>{actorLabel(finding.actor)}</dd>
            </div>
            <div>
              <dt>When:</dt>{' '}
              {due ? (
                <dd>
                  by <time dateTime={finding.due ?? undefined}>{due}</time>
                </dd>
              ) : finding.missingTermYear ? (
                <TermYearWhen year={finding.missingTermYear} childId={finding.childId} />
              ) : (
                <dd className="no-date" data-testid="no-date">
                  <span aria-hidden="true">! </span>No date given<span className="no-date-hint"> – you could ask when</span>
                </dd>
              )}
            </div>
          </dl>
          {finding.hedged || finding.conditional ? (
            <p className="finding-tags">
              {finding.hedged ? (
                <span className="tag" title="Promised with a hedge, such as “we will try to”">
                  Hedged
                </span>
              ) : null}
              {finding.conditional ? (
                <span className="tag" title="Promised only if something happens first">
                  Only if…
                </span>
              ) : null}
            </p>
          ) : null}
        </>
      );
    }
    case 'vague':
      return (
        <>
          <p className="finding-tags">
            <span className="tag tag-vague">{vagueLabel(finding.category)}</span>
          </p>
          {finding.why && finding.why !== STUB_WHY ? <p className="finding-text">{finding.why}</p> : null}
          {finding.ask ? (
            <div className="finding-ask">
              <p className="ask-label">You could ask:</p>
              <p className="ask-question">{finding.ask}</p>
              <button type="button" className="button-small copy-button" onClick={() => onCopy(finding)}>
                {copied ? (
                  <>
                    <span aria-hidden="true">✓ </span>Copied
                  </>
                ) : (
                  'Copy question'
                )}
              </button>
            </div>
          ) : null}
        </>
      );
    case 'date': {
      const day = formatDayBrief(finding.date);
      const until = formatDayBrief(finding.until);
      return (
        <>
          {finding.missingTermYear && !day ? (
            <TermYearLine year={finding.missingTermYear} words={finding.text} childId={finding.childId} />
          ) : (
            <p className="finding-facts">
              {day ? (
                <time dateTime={finding.date ?? undefined}>{day}</time>
              ) : (
                <span className="quiet">No single day{until ? `; ends ${until}` : ''}</span>
              )}
            </p>
          )}
          {finding.conflict ? (
            <p className="finding-conflict">
              <span aria-hidden="true">! </span>Check this date: {finding.conflict}
            </p>
          ) : null}
        </>
      );
    }
  }
}

/**
 * Beside a term word the calendar could not place: "Add term dates for 2022–23 to place “after half
 * term”.", the first part a link to the child's term dates (plain words for an email under no child).
 */
function TermYearLine({ year, words, childId }: { year: string; words: string; childId: string | null }) {
  const linkText = termDatesLinkText(year);
  return (
    <p className="finding-term-year" data-testid="term-year-line" data-year={year}>
      {childId ? <TermDatesLink childId={childId} testId="term-year-link">{linkText}</TermDatesLink> : linkText}
      {recordLineRest(words.replace(/\s+/g, ' ').trim())}
    </p>
  );
}

/**
 * A promise whose time is a term word the calendar could not place: "Add term dates for 2022–23 to
 * see when it is due.", the first part a link to the child's term dates.
 */
function TermYearWhen({ year, childId }: { year: string; childId: string | null }) {
  const linkText = termDatesLinkText(year);
  return (
    <dd className="term-year-when" data-testid="term-year-when" data-year={year}>
      {childId ? <TermDatesLink childId={childId}>{linkText}</TermDatesLink> : linkText}
      {PROMISE_TERM_YEAR_REST}
    </dd>
  );
}
