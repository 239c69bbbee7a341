// The three clocks a request for an EHC needs assessment starts: the decision whether to assess
// (6 weeks), notice that no plan will be issued (16 weeks) and the final plan (20 weeks). Only the
// latest request counts: asking again starts them again.
//
// The 16- and 20-week clocks appear once the local authority has agreed to assess (or a later step
// is recorded). A refusal to assess stops them: there is no plan to wait for, only an appeal
// (appeal-clock.ts). A refusal followed by a later step (the council went ahead after all, say after
// an appeal) does not stop them.

import type { ChildEvent, ChildEventKind } from '@/lib/model/plan';
import type { ClockDraft } from '@/lib/plan/clocks/clock-draft';
import { dayWithWeekday } from '@/lib/calendar/day-words';
import { firstOnOrAfter, latestOf } from '@/lib/plan/clocks/event-log';
import { statutoryDue } from '@/lib/plan/clocks/statutory-due';

/** Any of these means the local authority has decided whether to issue a plan. */
const PLAN_DECIDED: readonly ChildEventKind[] = ['no-plan-notice', 'draft-plan-served', 'final-plan-issued'];
/** Any of these means the local authority went ahead with the assessment. */
const WENT_AHEAD: readonly ChildEventKind[] = ['assessment-agreed', ...PLAN_DECIDED];

const LATER_STEP: Partial<Record<ChildEventKind, string>> = {
  'no-plan-notice': 'a notice that no plan will be issued',
  'draft-plan-served': 'the draft plan',
  'final-plan-issued': 'the final plan',
};

/** The latest refusal on or after the request, unless the council went ahead after it. */
function standingRefusal(events: readonly ChildEvent[], request: ChildEvent): ChildEvent | undefined {
  const refusal = latestOf(events, 'assessment-refused', request.day);
  if (!refusal) return undefined;
  const after = events.slice(events.indexOf(refusal) + 1);
  return after.some((e) => WENT_AHEAD.includes(e.kind)) ? undefined : refusal;
}

export function requestClocks(events: readonly ChildEvent[]): ClockDraft[] {
  const request = latestOf(events, 'assessment-requested');
  if (!request) return [];
  const decision = firstOnOrAfter(events, ['assessment-agreed', 'assessment-refused'], request.day);
  const wentAhead = firstOnOrAfter(events, WENT_AHEAD, request.day);
  const planDecided = firstOnOrAfter(events, PLAN_DECIDED, request.day);
  const finalPlan = firstOnOrAfter(events, ['final-plan-issued'], request.day);
  const noPlan = firstOnOrAfter(events, ['no-plan-notice'], request.day);
  const refusal = standingRefusal(events, request);
  const base = { startedBy: request, moved: null };

  const clocks: ClockDraft[] = [
    {
      ...base,
      id: 'assessment-decision',
      dueOn: statutoryDue('assessment-decision', request.day),
      // A later step without a recorded decision: the decision was made, but we cannot say when.
      outcome: decision
        ? { state: 'met', on: decision.day }
        : planDecided
          ? {
              state: 'stopped',
              because:
                `This deadline no longer applies: you recorded ${LATER_STEP[planDecided.kind]} on ${dayWithWeekday(planDecided.day)}, ` +
                'so the local authority decided to assess, but the day it decided is not recorded.',
            }
          : null,
    },
  ];
  // Before the decision whether to assess there is no plan to wait for.
  if (!wentAhead && !refusal) return clocks;

  const refused = refusal
    ? {
        state: 'stopped' as const,
        because:
          `This deadline no longer applies: the local authority refused to assess on ${dayWithWeekday(refusal.day)}, so there is no plan to wait for. ` +
          'You can appeal the refusal: the deadline for that is shown separately.',
      }
    : null;
  const earlierRefusal = latestOf(events, 'assessment-refused', request.day);
  const note =
    !refusal && earlierRefusal
      ? `The local authority refused to assess on ${dayWithWeekday(earlierRefusal.day)} and went ahead later. ` +
        'If it did so because of an appeal (a tribunal order, or the local authority not opposing your appeal), different time limits apply, ' +
        'counted from the order or from its notice to the tribunal (SEND Regulations 2014, regulations 44 and 45). These dates are counted from your request.'
      : undefined;

  clocks.push(
    {
      ...base,
      id: 'no-plan-notice',
      dueOn: statutoryDue('no-plan-notice', request.day),
      outcome: planDecided ? { state: 'met', on: planDecided.day } : refused,
      note,
    },
    {
      ...base,
      id: 'final-plan',
      dueOn: statutoryDue('final-plan', request.day),
      outcome: finalPlan
        ? { state: 'met', on: finalPlan.day }
        : (refused ??
          (noPlan
            ? {
                state: 'stopped',
                because:
                  `This deadline no longer applies: the local authority told you on ${dayWithWeekday(noPlan.day)} that it will not issue a plan. ` +
                  'You can appeal that decision: the deadline for that is shown separately.',
              }
            : null)),
      note,
    },
  );
  return clocks;
}
