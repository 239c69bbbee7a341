// Statutory clocks for every child, from the events the parent has recorded. Pure: "today" is
// passed in, and nothing is read from or written to storage.

import { daysBetween, isIsoDay } from '@/lib/calendar/day';
import type { ChildEvent, IsoDay } from '@/lib/model/plan';
import { appealClock } from '@/lib/plan/clocks/appeal-clock';
import type { ClockDraft } from '@/lib/plan/clocks/clock-draft';
import { inDayOrder } from '@/lib/plan/clocks/event-log';
import { annualReviewClock, draftCommentsClock } from '@/lib/plan/clocks/plan-clocks';
import { requestClocks } from '@/lib/plan/clocks/request-clocks';
import type { ClockId, StatutoryClock } from '@/lib/plan/clocks/statutory-clock';
import { STATUTORY_PERIODS } from '@/lib/plan/clocks/statutory-periods';

/** Ties on the due day keep the order things happen in. */
const CLOCK_ORDER: readonly ClockId[] = ['assessment-decision', 'no-plan-notice', 'draft-comments', 'final-plan', 'annual-review', 'tribunal-appeal'];

function clocksForChild(events: readonly ChildEvent[]): ClockDraft[] {
  const ordered = inDayOrder(events);
  return [...requestClocks(ordered), ...draftCommentsClock(ordered), ...annualReviewClock(ordered), ...appealClock(ordered)];
}

function finish(draft: ClockDraft, today: IsoDay): StatutoryClock {
  const period = STATUTORY_PERIODS[draft.id];
  const { outcome } = draft;
  const state = outcome ? outcome.state : today > draft.dueOn ? 'overdue' : 'running';
  return {
    id: draft.id,
    childId: draft.startedBy.childId,
    title: draft.title ?? period.title,
    actor: period.actor,
    startedBy: draft.startedBy.id,
    startedOn: draft.startedBy.day,
    dueOn: draft.dueOn,
    moved: draft.moved,
    state,
    metOn: outcome?.state === 'met' ? outcome.on : null,
    stoppedBecause: outcome?.state === 'stopped' ? outcome.because : null,
    daysLeft: daysBetween(today, draft.dueOn),
    citation: { ...period.citation },
    explanation: [outcome?.state === 'stopped' ? outcome.because : '', period.explanation, draft.note ?? ''].filter(Boolean).join(' '),
  };
}

export function computeClocks(events: ChildEvent[], today: IsoDay): StatutoryClock[] {
  const byChild = new Map<string, ChildEvent[]>();
  for (const event of events) {
    // A damaged record (from an old backup, say) is left out rather than allowed to break every clock.
    if (!event || !isIsoDay(event.day) || typeof event.childId !== 'string') continue;
    const list = byChild.get(event.childId) ?? [];
    list.push(event);
    byChild.set(event.childId, list);
  }
  const clocks = [...byChild.values()].flatMap(clocksForChild).map((draft) => finish(draft, today));
  return clocks.sort(
    (a, b) =>
      (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
      CLOCK_ORDER.indexOf(a.id) - CLOCK_ORDER.indexOf(b.id) ||
      (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0),
  );
}
