// Clocks that run once there is a plan: the parent's 15 days to comment on a draft, and the
// annual review.

import type { ChildEvent } from '@/lib/model/plan';
import type { ClockDraft } from '@/lib/plan/clocks/clock-draft';
import { dayWithWeekday } from '@/lib/calendar/day-words';
import { firstOnOrAfter, latestOf } from '@/lib/plan/clocks/event-log';
import { statutoryDue } from '@/lib/plan/clocks/statutory-due';

export function draftCommentsClock(events: readonly ChildEvent[]): ClockDraft[] {
  const draft = latestOf(events, 'draft-plan-served');
  if (!draft) return [];
  // A draft from before the latest request belongs to an earlier round.
  const request = latestOf(events, 'assessment-requested');
  if (request && request.day > draft.day) return [];
  // Whichever comes first: comments sent meet the deadline; once the plan is final the chance to
  // comment on the draft has gone.
  const ended = firstOnOrAfter(events, ['comments-sent', 'final-plan-issued'], draft.day);
  return [
    {
      id: 'draft-comments',
      startedBy: draft,
      dueOn: statutoryDue('draft-comments', draft.day),
      moved: null,
      outcome: !ended
        ? null
        : ended.kind === 'comments-sent'
          ? { state: 'met', on: ended.day }
          : {
              state: 'stopped',
              because:
                `This deadline no longer applies: the final plan was issued on ${dayWithWeekday(ended.day)}, so the time to comment on the draft is over. ` +
                'If you disagree with the final plan, you can appeal its contents: the deadline for that is shown separately.',
            },
    },
  ];
}

/**
 * The day the current plan was first made: the first final plan after the request that led to the
 * latest final plan. Later final plans are amendments, which do not restart the 12 months; reviews do.
 */
function planMade(events: readonly ChildEvent[]): ChildEvent | undefined {
  const latestPlan = latestOf(events, 'final-plan-issued');
  if (!latestPlan) return undefined;
  const request = events.filter((e) => e.kind === 'assessment-requested' && e.day <= latestPlan.day).at(-1);
  return firstOnOrAfter(events, ['final-plan-issued'], request?.day ?? '');
}

export function annualReviewClock(events: readonly ChildEvent[]): ClockDraft[] {
  const made = planMade(events);
  const review = latestOf(events, 'annual-review', made?.day ?? '');
  const start = review ?? made;
  if (!start) return [];
  return [
    {
      id: 'annual-review',
      startedBy: start,
      dueOn: statutoryDue('annual-review', start.day),
      moved: null,
      // Each review starts a new 12 months, so the current clock is never met, only replaced.
      outcome: null,
    },
  ];
}
