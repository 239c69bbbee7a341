import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { filterTimeline } from '@/lib/plan/timeline/build-timeline';
import type { ChildRecordSet, TimelineRow, TimelineRowType } from '@/lib/plan/timeline/types';
import type { ChildEvent } from '@/lib/model/plan';
import type { MarkTarget } from '@/components/child-page/MarkDialog';
import { TimelineRowView } from '@/components/child-page/TimelineRowView';
import type { RowLookups } from '@/components/child-page/TimelineRowView';

export interface VirtualTimelineHandle {
  /** Scrolls to the row a flag points at, and focuses it. */
  showFlag(flagId: string): void;
}

interface Props {
  ref?: Ref<VirtualTimelineHandle>;
  rows: readonly TimelineRow[];
  set: ChildRecordSet;
  lookups: RowLookups;
  onMark(target: MarkTarget): void;
  onEditEvent(event: ChildEvent): void;
}

const FILTERS: { type: Exclude<TimelineRowType, 'term'>; label: string }[] = [
  { type: 'record', label: 'Emails and pages' },
  { type: 'commitment', label: 'Promises' },
  { type: 'event', label: 'Meetings and letters' },
  { type: 'plan', label: 'Plan changes' },
  { type: 'clock', label: 'Legal deadlines' },
];
const ALL = new Set<TimelineRowType>(['term', 'record', 'commitment', 'event', 'plan', 'clock']);

/**
 * Years of records in one list: only the rows on screen are in the page (virtualised), so it opens
 * and scrolls at the same speed with ten thousand emails as with ten. Arrow keys, Page Up/Down,
 * Home and End move between rows; each row's buttons are reached with Tab.
 */
export function VirtualTimeline({ ref, rows, set, lookups, onMark, onEditEvent }: Props) {
  const [kinds, setKinds] = useState<Set<TimelineRowType>>(ALL);
  const [text, setText] = useState('');
  const shown = useMemo(() => (kinds.size === ALL.size && !text.trim() ? [...rows] : filterTimeline([...rows], { kinds, text })), [rows, kinds, text]);
  const scroller = useRef<HTMLDivElement>(null);
  const [activeIndex, setActive] = useState(0);
  // A filter can shrink the list under the active row: keep one row reachable by Tab.
  const active = Math.min(activeIndex, Math.max(0, shown.length - 1));
  const [focusPending, setFocusPending] = useState(false);

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (shown[i]?.type === 'term' ? 76 : 92),
    getItemKey: (i) => shown[i]?.key ?? i,
    overscan: 6,
  });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(shown.length - 1, index));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: 'auto' });
    setFocusPending(true);
  };

  // Focus after the row is rendered: it may not exist until the list has scrolled to it.
  useEffect(() => {
    if (!focusPending) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      setFocusPending(false);
    }
  });

  useImperativeHandle(ref, () => ({
    showFlag(flagId: string) {
      let index = shown.findIndex((r) => r.type !== 'term' && r.flagIds.includes(flagId));
      if (index < 0 && shown !== rows) {
        // Hidden by a filter: clear the filter, then find it in the whole list.
        setKinds(ALL);
        setText('');
        index = rows.findIndex((r) => r.type !== 'term' && r.flagIds.includes(flagId));
      }
      if (index >= 0) {
        setActive(index);
        requestAnimationFrame(() => {
          virtualizer.scrollToIndex(index, { align: 'center' });
          setFocusPending(true);
        });
      }
    },
  }));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('button, a, select, input, textarea')) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / 90));
    const to: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: shown.length - 1 };
    if (!(event.key in to)) return;
    event.preventDefault();
    moveTo(to[event.key]!);
  };

  const toggle = (type: TimelineRowType) => {
    const next = new Set(kinds);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    setKinds(next);
    setActive(0);
  };

  return (
    <div className="virtual-timeline">
      <div className="timeline-filters" role="group" aria-label="Show on the timeline">
        {FILTERS.map((f) => (
          <label key={f.type} className="filter-chip">
            <input type="checkbox" checked={kinds.has(f.type)} onChange={() => toggle(f.type)} data-testid={`filter-${f.type}`} /> {f.label}
          </label>
        ))}
        <label className="filter-search">
          <span className="visually-hidden">Search the timeline</span>
          <input type="search" placeholder="Search the timeline" value={text} onChange={(e) => {
              setText(e.target.value);
              setActive(0);
            }}
            data-testid="timeline-search"
          />
        </label>
      </div>
      <p className="visually-hidden" role="status">
        {shown.length === rows.length ? '' : `${shown.filter((r) => r.type !== 'term').length} items shown`}
      </p>
      {shown.length === 0 ? (
        <p className="quiet" data-testid="timeline-empty">
          {rows.length === 0 ? 'Nothing on the timeline yet. Save an email from the school, or enter the support plan.' : 'Nothing matches.'}
        </p>
      ) : (
        <div
          ref={scroller}
          className="timeline-scroller"
          role="list"
          aria-label="Timeline, newest first. Use the arrow keys to move between items."
          data-testid="timeline"
          data-rows={shown.length}
          onKeyDown={onKeyDown}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = shown[item.index]!;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="listitem"
                  aria-setsize={shown.length}
                  aria-posinset={item.index + 1}
                  tabIndex={item.index === active ? 0 : -1}
                  onFocus={() => setActive(item.index)}
                  className={`timeline-row row-${row.type}`}
                  data-testid={`row-${row.type}`}
                  data-key={row.key}
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
                >
                  <TimelineRowView row={row} set={set} lookups={lookups} onMark={onMark} onEditEvent={onEditEvent} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
