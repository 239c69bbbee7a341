import { useMemo, useRef, useState } from 'react';
import { computeClocks } from '@/lib/plan/clocks';
import { computeFlags } from '@/lib/plan/flags';
import { buildTimeline } from '@/lib/plan/timeline/build-timeline';
import type { Child, ChildEvent, IsoDay } from '@/lib/model/plan';
import { EventForm } from '@/components/forms/event/EventForm';
import { useProgressiveChildSet } from '@/components/hooks/use-progressive-child-set';
import { AttentionList } from '@/components/child-page/AttentionList';
import { DeadlinesList } from '@/components/child-page/DeadlinesList';
import { MarkDialog, type MarkTarget } from '@/components/child-page/MarkDialog';
import { recordOptions } from '@/components/child-page/record-options';
import { UnfiledNotice } from '@/components/child-page/UnfiledNotice';
import { TermYearNotices } from '@/components/child-page/TermYearNotices';
import { useTermYearNotices } from '@/components/hooks/use-term-year-notices';
import { VagueCounts } from '@/components/child-page/VagueCounts';
import { VirtualTimeline, type VirtualTimelineHandle } from '@/components/child-page/VirtualTimeline';

/** A child's timeline: what needs attention, the legal deadlines, then everything term by term. */
export function TimelineView({ child, today }: { child: Child; today: IsoDay }) {
  const { set, complete } = useProgressiveChildSet(child.id, today);
  const list = useRef<VirtualTimelineHandle>(null);
  const [marking, setMarking] = useState<MarkTarget | null>(null);
  const [editingEvent, setEditingEvent] = useState<ChildEvent | 'new' | null>(null);

  const computed = useMemo(() => {
    if (!set) return null;
    // Flags need the whole record: a promise looks overdue until its later mark is read.
    const flags = complete ? computeFlags(set) : [];
    const clocks = computeClocks(set.events, today);
    const rows = buildTimeline(set, flags, clocks);
    return { flags, clocks, rows };
  }, [set, today, complete]);
  const records = useMemo(() => (set ? recordOptions(set.records) : []), [set]);
  // Without any term dates the notice below says so once; with some, each missing year is named.
  // Asked for once the whole record is in, so the first screen is not held up.
  const calendar = set?.calendar ?? null;
  const termYears = useTermYearNotices(child.id, calendar, complete && calendar !== null);
  const lookups = useMemo(
    () => ({ recordById: new Map((set?.records ?? []).map((r) => [r.id, r])), linkByFinding: new Map((set?.links ?? []).map((l) => [l.findingId, l])) }),
    [set],
  );

  if (set === undefined || !computed) return <p className="quiet" aria-busy="true">Opening the timeline…</p>;
  if (set === null) return <p role="alert">This child is no longer in your record.</p>;

  return (
    <div className="timeline-page" data-testid="timeline-page">
      <UnfiledNotice child={child} />
      {!set.calendar ? (
        <p className="notice" data-testid="no-term-dates">
          No term dates yet, so the timeline is grouped by month and “by half term” in emails has no date.{' '}
          <a href={`#/child/${encodeURIComponent(child.id)}/terms`}>Add the school’s term dates</a>.
        </p>
      ) : (
        <TermYearNotices childId={child.id} notices={termYears} />
      )}
      <div className="timeline-columns">
        <div className="timeline-side">
          {complete ? (
            <AttentionList flags={computed.flags} onShow={(flagId) => list.current?.showFlag(flagId)} onMark={setMarking} set={set} />
          ) : (
            <section className="card attention" aria-labelledby="attention-heading" aria-busy="true" data-testid="attention-loading">
              <h2 id="attention-heading">Needs your attention</h2>
              <p className="quiet">Reading your whole record…</p>
            </section>
          )}
          <DeadlinesList clocks={computed.clocks} today={today} />
          {complete ? <VagueCounts set={set} /> : null}
        </div>
        <section className="timeline-main" aria-labelledby="timeline-heading">
          <div className="timeline-toolbar">
            <h2 id="timeline-heading">Timeline</h2>
            <button type="button" className="button-small" onClick={() => setEditingEvent('new')} data-testid="event-add">
              Record a meeting, review or letter
            </button>
          </div>
          {editingEvent ? (
            <div className="card">
              <EventForm
                key={editingEvent === 'new' ? 'new' : editingEvent.id}
                child={child}
                event={editingEvent === 'new' ? undefined : editingEvent}
                records={records}
                today={today}
                onSaved={() => setEditingEvent(null)}
                onCancel={() => setEditingEvent(null)}
              />
            </div>
          ) : null}
          {complete ? null : (
            <p className="quiet small" role="status">
              Showing your newest emails while the rest are read…
            </p>
          )}
          <VirtualTimeline ref={list} rows={computed.rows} set={set} lookups={lookups} onMark={setMarking} onEditEvent={setEditingEvent} />
        </section>
      </div>
      {marking ? <MarkDialog target={marking} set={set} onClose={() => setMarking(null)} /> : null}
    </div>
  );
}
