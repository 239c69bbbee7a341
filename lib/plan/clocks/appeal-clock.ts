// The parent's deadline to appeal the latest decision that can be appealed to the SEND Tribunal:
// a refusal to assess, a notice that no plan will be issued, a final plan (its contents) or any
// other decision letter. A mediation certificate counts with the latest decision on or before its
// date; an appeal recorded on or after the decision meets the deadline.

import type { ChildEvent, ChildEventKind } from '@/lib/model/plan';
import type { ClockDraft } from '@/lib/plan/clocks/clock-draft';
import { dayWithWeekday } from '@/lib/calendar/day-words';
import { firstOnOrAfter, latestOf } from '@/lib/plan/clocks/event-log';
import { appealTimeLimit, applyTribunalTimeRules } from '@/lib/plan/clocks/tribunal-deadline';

type AppealableKind = Extract<ChildEventKind, 'assessment-refused' | 'no-plan-notice' | 'final-plan-issued' | 'decision-letter'>;

const APPEALABLE: Readonly<Record<AppealableKind, { title: string; decision: string }>> = {
  'assessment-refused': { title: 'Appeal to the tribunal against the refusal to assess', decision: 'the decision not to assess' },
  'no-plan-notice': { title: 'Appeal to the tribunal against the decision not to issue a plan', decision: 'the notice that no plan will be issued' },
  'final-plan-issued': { title: 'Appeal to the tribunal against the contents of the final plan', decision: 'the final plan' },
  'decision-letter': { title: 'Appeal to the tribunal against the decision', decision: 'the decision letter' },
};

function isAppealable(event: ChildEvent): event is ChildEvent & { kind: AppealableKind } {
  return Object.hasOwn(APPEALABLE, event.kind);
}

export function appealClock(events: readonly ChildEvent[]): ClockDraft[] {
  const decision = events.findLast(isAppealable);
  if (!decision) return [];
  const { title, decision: what } = APPEALABLE[decision.kind];
  const certificate = latestOf(events, 'mediation-certificate', decision.day);
  const limit = appealTimeLimit(decision.day, certificate?.day ?? null);
  const { dueOn, moved } = applyTribunalTimeRules(limit.endsOn);
  const fromCertificate = limit.countedFrom === 'mediation-certificate' && certificate;
  const lodged = firstOnOrAfter(events, ['appeal-lodged'], decision.day);
  return [
    {
      id: 'tribunal-appeal',
      title,
      startedBy: fromCertificate ? certificate : decision,
      dueOn,
      moved,
      outcome: lodged ? { state: 'met', on: lodged.day } : null,
      note: fromCertificate
        ? `It is counted from your mediation certificate of ${dayWithWeekday(certificate.day)}, because that gives you longer than 2 months from ${what}, dated ${dayWithWeekday(decision.day)}.`
        : `It is counted from ${what}, dated ${dayWithWeekday(decision.day)}.`,
    },
  ];
}
