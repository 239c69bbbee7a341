import { memo } from 'react';
import { EVENT_KINDS } from '@/lib/plan/event-kinds';
import type { ChildRecordSet, CommitmentState, TimelineRow } from '@/lib/plan/timeline/types';
import type { ChildEvent, FindingLink } from '@/lib/model/plan';
import type { RecordHead } from '@/lib/model/record-head';
import { actorLabel } from '@/lib/findings/words';
import { kindLabel, subjectOrPlaceholder } from '@/lib/ui/format';
import { formatDay, formatDayShort } from '@/lib/calendar/format-day';
import { LinkControl } from '@/components/shared/LinkControl';
import type { MarkTarget } from '@/components/child-page/MarkDialog';

const STATE_LABELS: Record<CommitmentState, string> = {
  kept: 'Kept',
  'not-kept': 'Not kept',
  overdue: 'Overdue',
  open: 'Not due yet',
  undated: 'No date given',
};

const PLAN_CHANGE_LABELS = { started: 'Plan started', changed: 'Plan changed', 'review-due': 'Plan review due' } as const;

/** Built once per set, so a row never searches the whole record while the list scrolls. */
export interface RowLookups {
  recordById: ReadonlyMap<string, RecordHead>;
  linkByFinding: ReadonlyMap<string, FindingLink>;
}

interface Props {
  row: TimelineRow;
  set: ChildRecordSet;
  lookups: RowLookups;
  onMark(target: MarkTarget): void;
  onEditEvent(event: ChildEvent): void;
}

/** "the school" mid-sentence; a person's name as written. */
function actorInSentence(actor: string): string {
  const label = actorLabel(actor);
  return label === 'The school' ? 'the school' : label === 'Not said' ? 'someone not named' : label;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const TimelineRowView = memo(function TimelineRowView({ row, set, lookups, onMark, onEditEvent }: Props) {
  switch (row.type) {
    case 'term': {
      const c = row.counts;
      const parts = [
        plural(c.records, 'email or page', 'emails and pages'),
        `${plural(c.commitments, 'promise', 'promises')}${c.overdue ? ` (${c.overdue} overdue)` : ''}`,
        plural(c.vague, 'vague phrase', 'vague phrases'),
      ];
      return (
        <div className="term-header">
          <h3>
            {row.label}
            {row.current ? <span className="badge badge-now"> now</span> : null}
          </h3>
          <p className="quiet small">
            {formatDayShort(row.from)} to {formatDayShort(row.to)} · {parts.join(' · ')}
          </p>
        </div>
      );
    }
    case 'record': {
      const h = row.head;
      return (
        <div className="entry entry-record">
          <p className="entry-when">
            <time dateTime={row.day}>{formatDay(row.day)}</time> · {kindLabel(h.kind)}
            {h.fromName || h.fromAddress ? ` from ${h.fromName || h.fromAddress}` : ''}
          </p>
          <p className="entry-title">
            <a href={`#/record/${encodeURIComponent(h.id)}`}>{subjectOrPlaceholder(h.subject)}</a>
          </p>
          {row.commitments || row.vague ? (
            <p className="entry-counts small">
              {row.commitments ? <span className="badge badge-commitment">{plural(row.commitments, 'promise', 'promises')}</span> : null}{' '}
              {row.vague ? <span className="badge badge-vague">{plural(row.vague, 'vague phrase', 'vague phrases')}</span> : null}
            </p>
          ) : null}
        </div>
      );
    }
    case 'commitment': {
      const f = row.finding;
      const head = lookups.recordById.get(f.recordId);
      return (
        <div className={`entry entry-commitment state-${row.state}`} data-state={row.state}>
          <p className="entry-when">
            <span className={`badge state-badge state-${row.state}`} data-testid="commitment-state">
              {STATE_LABELS[row.state]}
            </span>{' '}
            Promise by {actorInSentence(f.actor)}
            {f.due ? (
              <>
                , due <time dateTime={f.due}>{formatDay(f.due)}</time>
              </>
            ) : null}
            {f.hedged ? ' · with a hedge' : ''}
            {f.conditional ? ' · only if something happens' : ''}
          </p>
          <p className="entry-title promise-text">“{f.text}”</p>
          {row.mark ? (
            <p className="small">
              Marked {row.mark.status === 'kept' ? 'kept' : 'not kept'} on {formatDayShort(row.mark.markedAt.slice(0, 10))}
              {row.mark.evidenceRecordId ? (
                <>
                  {' '}
                  · <a href={`#/record/${encodeURIComponent(row.mark.evidenceRecordId)}`}>the email that shows it</a>
                </>
              ) : null}
              {row.mark.note ? ` · ${row.mark.note}` : ''}
            </p>
          ) : null}
          <div className="entry-actions">
            <button type="button" className="button-small" onClick={() => onMark({ finding: f })} data-testid="mark-open">
              {row.mark ? 'Change the mark' : 'Mark kept or not kept'}
            </button>
            <a className="small" href={`#/record/${encodeURIComponent(f.recordId)}`}>
              Where it was promised{row.recordDay ? ` (${formatDayShort(row.recordDay)})` : ''}
            </a>
          </div>
          <LinkControl
            finding={f}
            childId={set.child.id}
            plans={set.plans}
            link={lookups.linkByFinding.get(f.id)}
            senderName={head?.fromName ?? ''}
            subject={head?.subject ?? ''}
            today={set.today}
          />
        </div>
      );
    }
    case 'event': {
      const e = row.event;
      return (
        <div className="entry entry-event">
          <p className="entry-when">
            <time dateTime={row.day}>{formatDay(row.day)}</time>
          </p>
          <p className="entry-title">{EVENT_KINDS[e.kind].label}</p>
          {e.note ? <p className="small">{e.note}</p> : null}
          <div className="entry-actions">
            <button type="button" className="button-small button-quiet" onClick={() => onEditEvent(e)}>
              Edit
            </button>
            {e.recordId ? (
              <a className="small" href={`#/record/${encodeURIComponent(e.recordId)}`}>
                The saved email
              </a>
            ) : null}
          </div>
        </div>
      );
    }
    case 'plan':
      return (
        <div className="entry entry-plan">
          <p className="entry-when">
            <time dateTime={row.day}>{formatDay(row.day)}</time> · {PLAN_CHANGE_LABELS[row.change]}
          </p>
          <p className="entry-title">{row.summary}</p>
          <a className="small" href={`#/child/${encodeURIComponent(set.child.id)}/plan`}>
            See the plan
          </a>
        </div>
      );
    case 'clock':
      return (
        <div className={`entry entry-clock clock-${row.clock.state}`}>
          <p className="entry-when">
            <time dateTime={row.day}>{formatDay(row.day)}</time> · Legal deadline
          </p>
          <p className="entry-title">{row.clock.title}</p>
        </div>
      );
  }
});
