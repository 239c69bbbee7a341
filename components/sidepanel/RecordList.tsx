import { useEffect, useRef } from 'react';
import { formatDateTime, kindLabel, machineDate, snippet, sourceLabel, subjectOrPlaceholder } from '@/lib/ui/format';
import type { SavedRecord } from '@/lib/model/record';
import { findingsSummary } from '@/lib/findings/words';
import type { FindingKind } from '@/lib/model/finding';
import { useFindingCounts } from '@/components/hooks/use-findings';

interface Props {
  records: SavedRecord[] | undefined;
  onOpen: (recordId: string) => void;
  /** Put keyboard focus back on this row (the one just closed). */
  focusId: string | null;
  /** The record open above the list, marked as current. */
  openId: string | null;
  /** Records the latest save made or found, marked "Just saved". */
  justSaved: readonly string[];
}

export const EMPTY_HELP =
  'Open a school email and click the On Record button in your toolbar, or right-click and choose Save to On Record. Select a passage first to save just that passage.';

export function RecordList({ records, onOpen, focusId, openId, justSaved }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const counts = useFindingCounts();

  useEffect(() => {
    if (!focusId || !listRef.current) return;
    const row = listRef.current.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(focusId)}"]`);
    row?.focus();
  }, [focusId, records === undefined]);

  if (records === undefined) {
    return (
      <section className="record-list-section" aria-busy="true">
        <ListHeading level={1} />
        <p className="quiet">Opening your record…</p>
      </section>
    );
  }

  if (records.length === 0) {
    return (
      <section className="record-list-section">
        <ListHeading level={openId ? 2 : 1} />
        <div className="empty-state" data-testid="record-list" data-count="0">
          <p className="empty-lead">Nothing saved yet.</p>
          <p>{EMPTY_HELP}</p>
          <p className="quiet">Everything you save stays in this browser.</p>
        </div>
      </section>
    );
  }

  return (
    <section className="record-list-section" aria-labelledby="record-list-heading">
      <ListHeading level={openId ? 2 : 1} id="record-list-heading" />
      <p className="quiet count">
        {records.length === 1 ? '1 item saved' : `${records.length} items saved`}, newest first
      </p>
      <ul className="record-list" data-testid="record-list" data-count={records.length} ref={listRef}>
        {records.map((record) => (
          <li key={record.id}>
            <RecordRow record={record} counts={counts?.get(record.id)} onOpen={onOpen} isOpen={record.id === openId} isNew={justSaved.includes(record.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface RowProps {
  record: SavedRecord;
  /** What On Record found in it, by kind; undefined when nothing (or not read yet). */
  counts: Partial<Record<FindingKind, number>> | undefined;
  onOpen: (id: string) => void;
  isOpen: boolean;
  isNew: boolean;
}

function RecordRow({ record, counts, onOpen, isOpen, isNew }: RowProps) {
  const sent = formatDateTime(record.sentAt);
  const saved = formatDateTime(record.capturedAt);
  const from = sourceLabel(record);
  const text = snippet(record.text, 120);
  const summary = counts ? findingsSummary(counts) : '';
  return (
    <button
      type="button"
      className={isOpen ? 'record-row is-open' : 'record-row'}
      data-testid="record-row"
      data-record-id={record.id}
      aria-current={isOpen ? 'true' : undefined}
      onClick={() => onOpen(record.id)}
    >
      <span className="row-meta">
        <span className={`kind-badge kind-${record.kind}`}>{kindLabel(record.kind)}</span>
        {isNew ? <span className="new-badge">Just saved</span> : null}
        {isOpen ? <span className="open-badge">Open above</span> : null}
        {sent ? (
          <time className="row-date" dateTime={machineDate(record.sentAt)}>
            {sent}
          </time>
        ) : (
          <span className="row-date">
            Saved <time dateTime={machineDate(record.capturedAt)}>{saved}</time>
          </span>
        )}
      </span>
      <span className="row-subject">{subjectOrPlaceholder(record.subject)}</span>
      {from ? <span className="row-from">{record.from ? `From ${from}` : from}</span> : null}
      {text ? <span className="row-snippet">{text}</span> : null}
      {summary ? (
        <span className="row-findings" data-testid="row-findings">
          <span className="visually-hidden">Found: {findingsSummary(counts!, ', ')}</span>
          <span aria-hidden="true">{summary}</span>
        </span>
      ) : null}
    </button>
  );
}

function ListHeading({ level, id }: { level: 1 | 2; id?: string }) {
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag className="page-title" id={id}>
      Your record
    </Tag>
  );
}
