import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { formatDateTime, formatSentAt, kindLabel, machineDate, snippet, sourceLabel, subjectOrPlaceholder } from '@/lib/ui/format';
import type { RecordHead } from '@/lib/model/record-head';
import { findingsSummary } from '@/lib/findings/words';
import type { FindingKind } from '@/lib/model/finding';
import { useFindingCounts } from '@/components/hooks/use-findings';

interface Props {
  /** The records' heads, newest first: the list never loads an email's text or HTML. */
  records: RecordHead[] | undefined;
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

export const IMPORT_HELP =
  'Already have years of school emails, letters or plans? Bring them in at once from Import, backup and settings, below.';

/** Rows drawn beyond the screen, so Tab reaches the next row before it has scrolled in. */
const OVERSCAN = 8;
/** A row with a subject, a sender and two lines of snippet, before it is measured. */
const ESTIMATED_ROW_PX = 150;
/** The space between rows (.record-list's gap), kept inside each measured row. */
const ROW_GAP = '0.65rem';

/**
 * Every saved item, newest first. Only the rows near the screen are in the page (virtualised
 * against the panel's own scrolling), so years of saved email list as fast as ten.
 */
export function RecordList({ records, onOpen, focusId, openId, justSaved }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const counts = useFindingCounts();
  const listTop = useTopInPage(listRef, (records?.length ?? 0) > 0);
  const rows = records ?? [];

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: OVERSCAN,
    scrollMargin: listTop,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  // Focus goes back to the row just closed; scrolled into the page first when it is not drawn.
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focusId) setPendingFocus(focusId);
  }, [focusId, records === undefined]);
  useEffect(() => {
    if (!pendingFocus || !listRef.current || records === undefined) return;
    const row = listRef.current.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(pendingFocus)}"]`);
    if (row) {
      row.focus();
      setPendingFocus(null);
      return;
    }
    const index = records.findIndex((r) => r.id === pendingFocus);
    if (index < 0) setPendingFocus(null);
    else virtualizer.scrollToIndex(index, { align: 'center' });
  });

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
          <p>{IMPORT_HELP}</p>
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
      <ul
        className="record-list"
        data-testid="record-list"
        data-count={records.length}
        ref={listRef}
        style={{ display: 'block', position: 'relative', height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const record = records[item.index]!;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={records.length}
              aria-posinset={item.index + 1}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                paddingBottom: item.index < records.length - 1 ? ROW_GAP : 0,
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              <RecordRow record={record} counts={counts?.get(record.id)} onOpen={onOpen} isOpen={record.id === openId} isNew={justSaved.includes(record.id)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Where an element starts, down from the top of the page, kept up to date as what is above it
 * grows or shrinks (a record opening above the list): the virtualiser's scroll margin.
 */
function useTopInPage(ref: RefObject<HTMLElement | null>, shown: boolean): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    if (!shown) return;
    const measure = () => {
      const el = ref.current;
      if (el) setTop(el.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref, shown]);
  return top;
}

interface RowProps {
  record: RecordHead;
  /** What On Record found in it, by kind; undefined when nothing (or not read yet). */
  counts: Partial<Record<FindingKind, number>> | undefined;
  onOpen: (id: string) => void;
  isOpen: boolean;
  isNew: boolean;
}

function RecordRow({ record, counts, onOpen, isOpen, isNew }: RowProps) {
  const sent = formatSentAt(record);
  const saved = formatDateTime(record.capturedAt);
  // A head keeps the sender as two strings: none at all is no sender, as `from: null` was.
  const sender = record.fromName || record.fromAddress ? { name: record.fromName, address: record.fromAddress } : null;
  const from = sourceLabel({ from: sender, url: record.url });
  const text = snippet(record.snippet, 120);
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
      {from ? <span className="row-from">{sender ? `From ${from}` : from}</span> : null}
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
